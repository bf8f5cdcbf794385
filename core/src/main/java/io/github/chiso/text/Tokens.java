package io.github.chiso.text;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a phrase into tokens in one pass: numbers (digits with '.' or ',' between digits), words
 * (letters, digits glued to letters such as "5G" or "IPv6", joined by inner hyphens such as
 * "QĐ-TTg"; a year after a hyphen stays a number, "end-2025"), and single punctuation. Each
 * character is looked at a bounded number of times, so splitting is linear in the text. Not part of
 * the API.
 */
final class Tokens {
  enum Type { NUMBER, WORD, PERCENT, SLASH, OPEN, CLOSE, DASH, SYMBOL, COMMA, STOP, COLON, PLUS, OTHER }

  /** One token: its type, the text as written, its lower case, and where it is. */
  record Token(Type type, String text, String lower, int start, int end) {
    boolean is(Type t) {
      return type == t;
    }

    boolean isWord(String w) {
      return type == Type.WORD && lower.equals(w);
    }
  }

  /** Units that documents glue to a number ("40Tbps", "100Mbps", "5km"). */
  private static final ImmutableSet<String> GLUED_UNITS =
      ImmutableSet.of("tbps", "gbps", "mbps", "kbps", "km", "ha", "gb", "tb", "mb", "kw", "mw", "kwh", "m", "m2", "st", "nd", "rd", "th");

  private Tokens() {}

  static List<Token> split(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        i++;
      } else if (isDigit(c)) {
        int start = i;
        i = digits(text, i);
        while (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && isDigit(text.charAt(i + 1))) {
          i = digits(text, i + 1);
        }
        if (i < n && isLetter(text.charAt(i))) {
          int letters = word(text, i);
          String glued = text.substring(i, letters).toLowerCase(Locale.ROOT);
          if (GLUED_UNITS.contains(glued)) {
            tokens.add(token(Type.NUMBER, text, start, i));
            tokens.add(token(Type.WORD, text, i, letters));
          } else {
            tokens.add(token(Type.WORD, text, start, letters));
          }
          i = letters;
        } else {
          tokens.add(token(Type.NUMBER, text, start, i));
        }
      } else if (isLetter(c)) {
        int end = word(text, i);
        Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        int glued = gluedNumber(text, i, end, previous != null && previous.is(Type.WORD) ? previous.lower() + " " : "");
        if (glued > i) {
          // A known word glued to its number ("Đạt80%", "top10"): the word, then the number.
          tokens.add(token(Type.WORD, text, i, glued));
          i = glued;
          continue;
        }
        tokens.add(token(Type.WORD, text, i, end));
        i = end;
      } else {
        int end = i + 1;
        Type type;
        switch (c) {
          case '%':
            type = Type.PERCENT;
            break;
          case '/':
            type = Type.SLASH;
            break;
          case '(':
          case '[':
            type = Type.OPEN;
            break;
          case ')':
          case ']':
            type = Type.CLOSE;
            break;
          case '-':
          case '\u2013':
          case '\u2014':
          case '\u2212':
            type = Type.DASH;
            break;
          case '>':
          case '<':
            type = Type.SYMBOL;
            if (end < n && text.charAt(end) == '=') {
              end++;
            }
            break;
          case '\u2265':
          case '\u2264':
          case '=':
            type = Type.SYMBOL;
            break;
          case '~':
          case '\u2248':
          case '\u223c':
            // "about": read as the word it stands for ("~60%", "≈ 70%").
            type = Type.WORD;
            break;
          case ',':
            type = Type.COMMA;
            break;
          case ';':
          case '.':
          case '!':
          case '?':
          case '\u2026':
            type = Type.STOP;
            break;
          case ':':
            type = Type.COLON;
            break;
          case '+':
            type = Type.PLUS;
            break;
          default:
            type = Type.OTHER;
        }
        tokens.add(token(type, text, i, end));
        i = end;
      }
    }
    return tokens;
  }

  /**
   * Where the digits start in the word from {@code start} to {@code end} when it is a known word of
   * two letters or more that leads a number (its letters alone, or with the word {@code before} it)
   * glued to a number ("Đạt80" is "Đạt" and "80"); else {@code start}. Names
   * keep their digits ("IPv6", "B2C", "COVID-19": letters after the digits, or no known word).
   */
  private static int gluedNumber(String text, int start, int end, String before) {
    int d = start;
    while (d < end && !isDigit(text.charAt(d))) {
      d++;
    }
    if (d == start || d == end) {
      return start;
    }
    for (int k = d; k < end; k++) {
      if (!isDigit(text.charAt(k))) {
        return start;
      }
    }
    String letters = text.substring(start, d).toLowerCase(Locale.ROOT);
    // The word alone or with the word before it ("tối thiểu70%").
    java.util.Set<Words.Role> roles = java.util.EnumSet.noneOf(Words.Role.class);
    roles.addAll(Words.roles(letters));
    if (!before.isEmpty()) {
      roles.addAll(Words.roles(before + letters));
    }
    return d - start >= 2 && !java.util.Collections.disjoint(roles, GLUED_LEADS) ? d : start;
  }

  /** The words that may be glued to the number they lead: lead-ins, comparators, qualifiers, ranks, changes. */
  private static final java.util.Set<Words.Role> GLUED_LEADS = java.util.EnumSet.of(Words.Role.LEAD,
      Words.Role.AT_LEAST, Words.Role.ABOVE, Words.Role.AT_MOST, Words.Role.BELOW, Words.Role.EQUAL,
      Words.Role.APPROXIMATE, Words.Role.ESTIMATED, Words.Role.TOP, Words.Role.RANK, Words.Role.INCREASE, Words.Role.DECREASE);

  private static Token token(Type type, String text, int start, int end) {
    String s = text.substring(start, end);
    return new Token(type, s, s.toLowerCase(Locale.ROOT), start, end);
  }

  private static int digits(String text, int i) {
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of a word starting at {@code i}: letters, digits and marks, with inner hyphens. */
  private static int word(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (isLetter(c) || isDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == '-' || c == '&') && i + 1 < n && (isLetter(text.charAt(i + 1)) || isDigit(text.charAt(i + 1)))
          && i > 0 && isLetter(text.charAt(i - 1)) && !(c == '-' && yearEndsAt(text, i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether a year (four digits from 1900 to 2100) that ends a word starts at {@code i}: "end-2025". */
  private static boolean yearEndsAt(String text, int i) {
    int end = digits(text, i);
    if (end - i != 4 || end < text.length() && (isLetter(text.charAt(end)) || isDigit(text.charAt(end)))) {
      return false;
    }
    int year = Integer.parseInt(text.substring(i, end));
    return year >= 1900 && year <= 2100;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c);
  }
}
