package io.github.chiso.text;

import io.github.chiso.TextParseException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as documents write them. Vietnamese text uses a decimal comma and dots between thousands,
 * but the same documents also write "83.5%"; these rules, applied in order, decide (Vietnamese):
 *
 * <ol>
 *   <li>With both '.' and ',' present, the separator that appears last is the decimal separator and
 *       the other separates thousands ("1.234,5" and "1,234.5" are both 1234.5).
 *   <li>A lone ',' is a decimal comma ("77,62", "0,3509", "1,0"); several commas separate thousands.
 *   <li>Several dots separate thousands ("3.103.499").
 *   <li>A lone '.' followed by exactly three digits, after an integer part of one to three digits
 *       that is not "0", separates thousands ("51.212", "125.805"); any other lone '.' is a decimal
 *       point ("83.5", "0.351", "1234.567").
 * </ol>
 *
 * Thousands groups must be well formed (one to three leading digits, then groups of three). English
 * text ({@link Language#EN}) reads strictly: '.' is the decimal point and ',' separates thousands. A
 * leading '-' or '−' makes the number negative. The scale is kept: "1,0" reads as 1.0, not 1.
 *
 * <p>A number's plain form has at most {@value TextLimits#MAX_NUMBER_LENGTH} characters ({@link
 * TextLimits#fits}); longer text is refused before it is converted, so reading takes time linear in
 * the text. {@link #format} writes the number back in the language's style; {@code parse(format(x,
 * l), l)} equals {@code x} for every decimal of non-negative scale that {@link TextLimits#fits}.
 *
 * @since 0.1.0
 */
public final class NumberText {
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:S\\d{3})+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final int TOO_LONG = TextLimits.MAX_NUMBER_LENGTH * 2;

  private NumberText() {}

  /** Reads a number by the Vietnamese rules. */
  public static BigDecimal parse(String text) {
    return parse(text, Language.VI);
  }

  /**
   * Reads a number in {@code language}'s style.
   *
   * @throws TextParseException with the text and position if it is not a well-formed number
   */
  public static BigDecimal parse(String text, Language language) {
    int offset = 0;
    while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
      offset++;
    }
    String body = text.strip();
    boolean negative = body.startsWith("-") || body.startsWith("\u2212");
    if (negative || body.startsWith("+")) {
      body = body.substring(1);
      offset++;
    }
    if (body.isEmpty()) {
      throw new TextParseException(text, offset, "expected a number");
    }
    // A number that fits has at most one separator for every three digits: anything longer is refused
    // before a regular expression or BigDecimal sees it.
    if (body.length() > TOO_LONG) {
      throw tooLong(text, offset);
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
        throw new TextParseException(
            text, offset + i, "unexpected character '" + c + "' in a number");
      }
    }
    char decimal = decimalSeparator(body, language);
    int point = decimal == 0 ? -1 : body.lastIndexOf(decimal);
    String integerPart = point < 0 ? body : body.substring(0, point);
    String fraction = point < 0 ? "" : body.substring(point + 1);
    if (point >= 0 && !DIGITS.matcher(fraction).matches()) {
      throw new TextParseException(
          text, offset + point + 1, "expected digits after the decimal separator '" + decimal + "'");
    }
    String digits = integerPart;
    if (!DIGITS.matcher(integerPart).matches()) {
      char grouping = integerPart.indexOf(',') >= 0 && decimal != ',' ? ',' : '.';
      if (!GROUPED.matcher(integerPart.replace(grouping, 'S')).matches()) {
        throw new TextParseException(
            text, offset, "expected digits grouped by threes with '" + grouping + "'");
      }
      digits = integerPart.replace(String.valueOf(grouping), "");
    }
    BigDecimal value = new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
    value = negative ? value.negate() : value;
    if (!TextLimits.fits(value)) {
      throw tooLong(text, offset);
    }
    return value;
  }

  /**
   * Whether {@code token} (digits and separators) is written in a way documents use both for a
   * decimal and for thousands, so that the rules above decided: Vietnamese text with exactly one
   * separator followed by exactly three digits, after one to three digits that are not "0" ("1,234",
   * "68,457", "51.212", "12,000"), except a dot before three digits ending in "0" ("15.000": read as
   * thousands, and a decimal is not written with a trailing zero, so it is not in doubt). "12,000" is
   * read as the decimal 12.000 by the rules above and is in doubt for the same reason. English text
   * reads strictly and is never ambiguous.
   */
  public static boolean isAmbiguous(String token, Language language) {
    String body = token.strip();
    if (language == Language.EN || body.startsWith("-") || body.startsWith("+") || body.startsWith("\u2212")) {
      return false;
    }
    int separators = count(body, '.') + count(body, ',');
    if (separators != 1) {
      return false;
    }
    int point = Math.max(body.indexOf('.'), body.indexOf(','));
    String before = body.substring(0, point);
    boolean trailingZeroThousands = body.charAt(point) == '.' && body.charAt(body.length() - 1) == '0';
    return body.length() - point - 1 == 3 && !trailingZeroThousands && !before.isEmpty() && before.length() <= 3 && !before.equals("0")
        && DIGITS.matcher(before).matches() && DIGITS.matcher(body.substring(point + 1)).matches();
  }

  private static TextParseException tooLong(String text, int at) {
    return new TextParseException(text, at, "a number's plain form may have at most "
        + TextLimits.MAX_NUMBER_LENGTH + " characters (digits, sign and decimal separator)");
  }

  /** The decimal separator of {@code body} (digits and separators only), or 0 for an integer. */
  private static char decimalSeparator(String body, Language language) {
    int dots = count(body, '.');
    int commas = count(body, ',');
    if (language == Language.EN) {
      return dots > 0 ? '.' : 0;
    }
    if (dots > 0 && commas > 0) {
      return body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    }
    if (commas == 1) {
      return ',';
    }
    if (commas > 1 || dots > 1) {
      return 0;
    }
    if (dots == 1) {
      int point = body.indexOf('.');
      String before = body.substring(0, point);
      boolean thousands =
          body.length() - point - 1 == 3
              && before.length() >= 1
              && before.length() <= 3
              && !before.equals("0");
      return thousands ? 0 : '.';
    }
    return 0;
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  /** Writes {@code value} in Vietnamese style ("3.103.499", "77,62"). */
  public static String format(BigDecimal value) {
    return format(value, Language.VI);
  }

  /** Writes {@code value} in {@code language}'s style, keeping its scale (a negative scale is 0). */
  public static String format(BigDecimal value, Language language) {
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    char decimal = language == Language.VI ? ',' : '.';
    char grouping = language == Language.VI ? '.' : ',';
    String plain = value.abs().toPlainString();
    int point = plain.indexOf('.');
    String integerPart = point < 0 ? plain : plain.substring(0, point);
    StringBuilder out = new StringBuilder();
    if (value.signum() < 0) {
      out.append('-');
    }
    int lead = integerPart.length() % 3 == 0 ? 3 : integerPart.length() % 3;
    out.append(integerPart, 0, lead);
    for (int i = lead; i < integerPart.length(); i += 3) {
      out.append(grouping).append(integerPart, i, i + 3);
    }
    if (point >= 0) {
      out.append(decimal).append(plain, point + 1, plain.length());
    }
    return out.toString();
  }
}
