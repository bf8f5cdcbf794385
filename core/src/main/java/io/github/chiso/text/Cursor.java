package io.github.chiso.text;

import io.github.chiso.TextParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A read position in a text, with case-insensitive keyword matching. Not thread-safe. */
final class Cursor {
  private final String text;
  private final String lower;
  private int position;

  Cursor(String text) {
    this.text = text;
    this.lower = text.toLowerCase(Locale.ROOT);
  }

  String text() {
    return text;
  }

  int position() {
    return position;
  }

  boolean atEnd() {
    skipSpaces();
    return position >= text.length();
  }

  char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  void skipSpaces() {
    while (position < text.length()
        && (Character.isWhitespace(text.charAt(position)) || text.charAt(position) == '\u00a0')) {
      position++;
    }
  }

  /** Consumes {@code c} after optional spaces if it is next. */
  boolean accept(char c) {
    skipSpaces();
    if (peek() == c) {
      position++;
      return true;
    }
    return false;
  }

  /**
   * Consumes the longest of {@code words} that is next (after spaces), case-insensitively, as a
   * whole word when it ends in a letter.
   */
  Optional<String> acceptAny(List<String> words) {
    skipSpaces();
    String best = null;
    for (String word : words) {
      if (lower.startsWith(word, position)
          && (best == null || word.length() > best.length())
          && endsAtWordBoundary(word)) {
        best = word;
      }
    }
    if (best != null) {
      position += best.length();
    }
    return Optional.ofNullable(best);
  }

  private boolean endsAtWordBoundary(String word) {
    int end = position + word.length();
    return !Character.isLetter(word.charAt(word.length() - 1))
        || end >= text.length()
        || !Character.isLetter(text.charAt(end));
  }

  /** Consumes a run of characters that can form a number: digits, '.', ',' and a leading sign. */
  String takeNumber() {
    skipSpaces();
    int start = position;
    if (peek() == '-' || peek() == '\u2212' || peek() == '+') {
      position++;
    }
    while (position < text.length()) {
      char c = text.charAt(position);
      if (Character.isDigit(c) || c == '.' || c == ',') {
        position++;
      } else {
        break;
      }
    }
    String token = text.substring(start, position);
    if (token.chars().noneMatch(Character::isDigit)) {
      position = start;
      throw fail("expected a number");
    }
    return token;
  }

  TextParseException fail(String problem) {
    return new TextParseException(text, position, problem);
  }

  TextParseException fail(int at, String problem) {
    return new TextParseException(text, at, problem);
  }
}
