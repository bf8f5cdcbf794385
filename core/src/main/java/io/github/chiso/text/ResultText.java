package io.github.chiso.text;

import com.google.common.collect.ImmutableList;
import io.github.chiso.InvalidValueException;
import io.github.chiso.TextParseException;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Reading;
import io.github.chiso.model.TextStatus;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes result wording.
 *
 * <p>{@link #parse} reads numeric results: a decimal with an optional '%' ("83.5%", "9,23%",
 * "0,3509"), parts "n/d" ("3.103.499/3.118.174"), or a share with its parts in either order
 * ("77,62% (392/505)", "392/505 (77,62%)"). Numbers follow {@link NumberText}'s Vietnamese rules;
 * parts must be whole numbers, the numerator from 0 and the denominator from 1. {@link #read} also
 * accepts prose results ("Đang triển khai xây dựng") as text-only readings. Every problem, including
 * text beyond the {@link TextLimits}, raises {@link TextParseException} with the position.
 *
 * @since 0.1.0
 */
public final class ResultText {
  private static final ImmutableList<String> NOT_STARTED = ImmutableList.of("chưa", "not yet", "not started");
  private static final ImmutableList<String> IN_PROGRESS =
      ImmutableList.of("đang", "in progress", "under way", "being");

  private ResultText() {}

  /**
   * Reads a numeric result.
   *
   * @throws TextParseException with the text and position if it is not one of the numeric forms
   */
  public static Reading parse(String text) {
    TextLimits.check(text, TextLimits.MAX_PHRASE_LENGTH);
    Cursor cursor = new Cursor(text);
    cursor.skipSpaces();
    int firstAt = cursor.position();
    BigDecimal first = number(cursor);
    boolean firstIsShare = cursor.accept('%');
    if (!firstIsShare && cursor.accept('/')) {
      long numerator = whole(cursor, first, firstAt);
      long denominator = whole(cursor);
      if (cursor.accept('(')) {
        BigDecimal share = number(cursor);
        expect(cursor, '%');
        expect(cursor, ')');
        return finish(cursor, fraction(cursor, firstAt, numerator, denominator, Optional.of(share)));
      }
      return finish(cursor, fraction(cursor, firstAt, numerator, denominator, Optional.empty()));
    }
    if (firstIsShare && cursor.accept('(')) {
      cursor.skipSpaces();
      int partsAt = cursor.position();
      long numerator = whole(cursor);
      expect(cursor, '/');
      long denominator = whole(cursor);
      expect(cursor, ')');
      return finish(cursor, fraction(cursor, partsAt, numerator, denominator, Optional.of(first)));
    }
    return finish(cursor, Reading.decimal(first));
  }

  /**
   * Reads a result that may be prose: text starting with a digit or sign must be numeric ({@link
   * #parse}); any other non-blank text becomes a text-only reading whose status is {@link
   * TextStatus#NOT_STARTED} if it says "chưa" (not yet), {@link TextStatus#IN_PROGRESS} if it says
   * "đang" (under way), else {@link TextStatus#NOT_AVAILABLE}.
   */
  public static Reading read(String text) {
    TextLimits.check(text, TextLimits.MAX_TEXT_LENGTH);
    String note = text.strip();
    if (note.isEmpty()) {
      throw new TextParseException(text, 0, "expected a result");
    }
    char first = note.charAt(0);
    if (Character.isDigit(first) || first == '-' || first == '\u2212' || first == '+') {
      return parse(text);
    }
    String lower = note.toLowerCase(Locale.ROOT);
    if (NOT_STARTED.stream().anyMatch(lower::contains)) {
      return Reading.text(TextStatus.NOT_STARTED, note);
    }
    if (IN_PROGRESS.stream().anyMatch(lower::contains)) {
      return Reading.text(TextStatus.IN_PROGRESS, note);
    }
    return Reading.text(TextStatus.NOT_AVAILABLE, note);
  }

  /** Writes {@code reading} in Vietnamese for an indicator measured in {@code measure}. */
  public static String format(Reading reading, Measure measure) {
    return format(reading, measure, Language.VI);
  }

  /**
   * Writes {@code reading}: "83,5%", "77,62% (392/505)", "3.103.499/3.118.174", or a text reading's
   * note. {@link #parse} reads a numeric result back to an equal reading when {@code language} is
   * Vietnamese.
   */
  public static String format(Reading reading, Measure measure, Language language) {
    String symbol = measure == Measure.PERCENT ? "%" : "";
    if (reading instanceof Reading.Decimal) {
      return NumberText.format(((Reading.Decimal) reading).decimal(), language) + symbol;
    }
    if (reading instanceof Reading.Fraction) {
      Reading.Fraction fraction = (Reading.Fraction) reading;
      String parts =
          NumberText.format(BigDecimal.valueOf(fraction.numerator()), language)
              + "/"
              + NumberText.format(BigDecimal.valueOf(fraction.denominator()), language);
      return fraction
          .reportedShare()
          .map(share -> NumberText.format(share, language) + "% (" + parts + ")")
          .orElse(parts);
    }
    return ((Reading.Text) reading).note();
  }

  private static BigDecimal number(Cursor cursor) {
    cursor.skipSpaces();
    int at = cursor.position();
    String token = cursor.takeNumber();
    try {
      return NumberText.parse(token);
    } catch (TextParseException e) {
      throw cursor.fail(at + e.position(), e.problem());
    }
  }

  /** The parts as a reading; parts the model refuses ("5/0", "-1/2") fail at {@code at}, where they start. */
  private static Reading fraction(Cursor cursor, int at, long numerator, long denominator, Optional<BigDecimal> share) {
    try {
      return share.isPresent()
          ? Reading.fraction(numerator, denominator, share.get())
          : Reading.fraction(numerator, denominator);
    } catch (InvalidValueException e) {
      throw cursor.fail(at, e.getMessage());
    }
  }

  private static long whole(Cursor cursor) {
    cursor.skipSpaces();
    int at = cursor.position();
    return whole(cursor, number(cursor), at);
  }

  private static long whole(Cursor cursor, BigDecimal value, int at) {
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw cursor.fail(at, "parts must be whole numbers, but got " + value.toPlainString());
    }
  }

  private static void expect(Cursor cursor, char c) {
    if (!cursor.accept(c)) {
      throw cursor.fail("expected '" + c + "'");
    }
  }

  private static Reading finish(Cursor cursor, Reading reading) {
    if (!cursor.atEnd()) {
      throw cursor.fail("unexpected text");
    }
    return reading;
  }
}
