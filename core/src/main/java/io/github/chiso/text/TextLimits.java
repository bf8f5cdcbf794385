package io.github.chiso.text;

import io.github.chiso.TextParseException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The limits on what Chiso reads, the same for wording, CSV cells and JSON documents, so that every
 * reader works in time linear in its input and reads back whatever a Chiso writer wrote.
 *
 * <ul>
 *   <li>A number's plain form (sign, digits and decimal separator, no exponent, no thousands
 *       separators) has at most {@value #MAX_NUMBER_LENGTH} characters: {@link #fits} tells.
 *   <li>A phrase read by {@link TargetText#parse} or {@link ResultText#parse} has at most {@value
 *       #MAX_PHRASE_LENGTH} characters.
 *   <li>Any other text (a note, a prose result, a name, a CSV cell, a JSON string) has at most
 *       {@value #MAX_TEXT_LENGTH} characters.
 *   <li>Text is well-formed UTF-16: no surrogate stands alone ({@link #unpairedSurrogateAt}).
 * </ul>
 *
 * @since 0.1.0
 */
public final class TextLimits {
  /** The most characters of a number's plain form. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The most characters of a threshold's or a numeric result's wording. */
  public static final int MAX_PHRASE_LENGTH = 1_000;

  /** The most characters of a note, a name, a CSV cell or a JSON string. */
  public static final int MAX_TEXT_LENGTH = 100_000;

  private TextLimits() {}

  /**
   * Whether {@code value}'s plain form ({@link BigDecimal#toPlainString} with a negative scale taken
   * as 0) has at most {@value #MAX_NUMBER_LENGTH} characters: the numbers Chiso reads and writes.
   * 1E+99 fits, 1E+100 does not; 1E-98 fits, 1E-99 does not.
   */
  public static boolean fits(BigDecimal value) {
    return plainLength(value) <= MAX_NUMBER_LENGTH;
  }

  /** The length of {@code value}'s plain form, computed without building it. */
  static long plainLength(BigDecimal value) {
    long scale = value.scale();
    long sign = value.signum() < 0 ? 1 : 0;
    if (value.signum() == 0) {
      return scale <= 0 ? 1 : scale + 2;
    }
    long precision = value.precision();
    if (scale <= 0) {
      return sign + precision - scale;
    }
    return sign + (scale < precision ? precision + 1 : scale + 2);
  }

  /**
   * The index of the first surrogate in {@code text} that is not half of a pair, or -1 when the
   * text is well-formed UTF-16. Such text cannot be encoded as UTF-8 and is refused by every reader.
   */
  public static int unpairedSurrogateAt(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks {@code text} against {@code maxLength} and for unpaired surrogates, raising the parse
   * error at the first character past the limit or at the surrogate.
   */
  static void check(String text, int maxLength) {
    if (text.length() > maxLength) {
      throw new TextParseException(
          text, maxLength, String.format(Locale.ROOT, "longer than %,d characters (%,d)", maxLength, text.length()));
    }
    int surrogate = unpairedSurrogateAt(text);
    if (surrogate >= 0) {
      throw new TextParseException(
          text, surrogate, String.format(Locale.ROOT, "unpaired surrogate U+%04X: not Unicode text", (int) text.charAt(surrogate)));
    }
  }
}
