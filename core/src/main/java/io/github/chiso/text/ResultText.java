package io.github.chiso.text;

import io.github.chiso.model.Qualifier;
import io.github.chiso.TextParseException;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Reading;
import io.github.chiso.model.TextStatus;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes result wording.
 *
 * <p>{@link #parse} reads numeric results: a decimal with an optional '%' ("83.5%", "9,23%",
 * "0,3509"), parts "n/d" ("3.103.499/3.118.174"), or a share with its parts in either order
 * ("77,62% (392/505)", "392/505 (77,62%)"), with the words documents put around them ("Tỷ lệ hồ sơ
 * trực tuyến đạt 42%", "ước đạt 2,4 triệu tài khoản"). Numbers follow {@link NumberText}'s rules;
 * parts must be whole numbers, the numerator from 0 and the denominator from 1. {@link #read} also
 * accepts prose results ("Đang triển khai xây dựng") as text-only readings, but only prose without
 * a number. {@link #extract} keeps everything a phrase says ({@link ResultPhrase}). Every problem,
 * including text beyond the {@link TextLimits}, raises {@link TextParseException} with the position.
 *
 * @since 0.1.0
 */
public final class ResultText {

  private ResultText() {}

  /**
   * Reads a result phrase and returns its reading: the value of "đạt 42%", "77,62% (392/505)",
   * "ước đạt khoảng 2,4 triệu tài khoản", "6,5%/năm" (6.5); a {@link Reading.Rank} for a place in
   * a ranking ("xếp thứ 12/63": place 12 of 63, "đứng thứ ba cả nước": place 3); a {@link
   * Reading.Delta} for a change against a period or the same period a year earlier ("tăng 13 bậc so
   * với năm 2020": 13 places up against 2020, "giảm 5% so với cùng kỳ": a fall of 5% year on year;
   * '%' makes it relative, "điểm phần trăm" and units absolute). The words around
   * the number are read as {@link #extract} reads them; {@code extract} keeps what this drops (the
   * qualifiers, the unit, a rank's field, a rate's base, a quoted target).
   *
   * @throws TextParseException with the text and position if the phrase has no number, a number that
   *     is not well formed or that cannot be placed, states a change without a reference ("tăng
   *     20%") or against one the model does not hold ("so với đầu nhiệm kỳ"), or a group of places ("top 15", "thuộc nhóm 10 tỉnh dẫn đầu"), which
   *     bounds a place without giving it, or a place that is not a whole number from 1 within its
   *     field; also beyond {@value TextLimits#MAX_PHRASE_LENGTH} characters
   */
  public static Reading parse(String text) {
    return reading(PhraseReader.result(text, TextLimits.MAX_PHRASE_LENGTH, false, null), true);
  }

  /**
   * As {@link #parse(String)}, for an indicator measured in {@code measure}: in a {@link Measure#RANK}
   * column "18/63" and "18" are places (the rank 18 of 63, the rank 18), never the share 18/63.
   */
  public static Reading parse(String text, Measure measure) {
    return reading(PhraseReader.result(text, TextLimits.MAX_PHRASE_LENGTH, measure == Measure.RANK, null), true);
  }

  /**
   * Reads everything a result phrase says ({@link ResultPhrase}): the lenient extraction for bulk
   * use. Words it does not know become the note; numbers are never dropped: each is the value, the
   * parts or share, a rank's field, a rate's base, a quoted target, a year, a reference's number or a
   * further clause's value, and any other raises {@link TextParseException} at its position. Text
   * without a digit gives a {@link PhraseForm#STATUS} phrase whose status is, in this order of
   * precedence: {@link TextStatus#OVERDUE} ("quá hạn", "chậm tiến độ"), {@link
   * TextStatus#NOT_STARTED} ("chưa"), {@link TextStatus#IN_PROGRESS} ("đang", "tiếp tục"), {@link
   * TextStatus#RATED} ("xếp loại Khá"), {@link TextStatus#COMPLETED} ("hoàn thành", "đã triển
   * khai"), {@link TextStatus#NOT_AVAILABLE} for "-", "N/A", "không áp dụng", "không phát sinh",
   * "không có số liệu"; other digitless words, and a qualifier without a number ("khoảng một
   * nửa"), raise {@link TextParseException} rather than drop what they say. At most {@value TextLimits#MAX_TEXT_LENGTH}
   * characters; the time taken is linear in the text.
   */
  public static ResultPhrase extract(String text) {
    return PhraseReader.result(text, TextLimits.MAX_TEXT_LENGTH, false, null);
  }

  /** As {@link #extract(String)} for an indicator measured in {@code measure} (see {@link #parse(String, Measure)}). */
  public static ResultPhrase extract(String text, Measure measure) {
    return PhraseReader.result(text, TextLimits.MAX_TEXT_LENGTH, measure == Measure.RANK, null);
  }

  /**
   * Reads a result that may be prose: text with a number gives its reading as {@link #parse} does
   * (or raises {@link TextParseException}: a number is never dropped, and text whose numbers are only
   * a quoted target or a year, "Đang triển khai (mục tiêu 80%)", is refused at the first digit); text
   * without a digit becomes a text-only reading with the status {@link #extract} gives and the text
   * as its note.
   */
  public static Reading read(String text) {
    return read(text, Measure.PERCENT);
  }

  /** As {@link #read(String)}, for an indicator measured in {@code measure}. */
  public static Reading read(String text, Measure measure) {
    if (text.isBlank()) {
      throw new TextParseException(text, 0, "expected a result");
    }
    ResultPhrase phrase = extract(text, measure);
    if (phrase.reading().isEmpty()) {
      int digit = firstDigit(text);
      if (digit >= 0) {
        // "Đang triển khai (mục tiêu 80%)": the number is a target or a year, and no result value is given.
        throw new TextParseException(text, digit, "a number that is not a result value (a quoted target or a year)"
            + " and no result value: ResultText.extract reads it");
      }
      return Reading.text(phrase.status().orElseThrow(), text.strip());
    }
    return reading(phrase, false);
  }

  private static int firstDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Tokens.isDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static Reading reading(ResultPhrase phrase, boolean strict) {
    if (phrase.form() == PhraseForm.INCREASE || phrase.form() == PhraseForm.DECREASE) {
      Reading amount = phrase.reading().orElseThrow();
      if (phrase.change().isEmpty() || !(amount instanceof Reading.Decimal)) {
        throw new TextParseException(phrase.text(), 0, "the result states a change ("
            + phrase.form().name().toLowerCase(Locale.ROOT) + ") " + phrase.reference().map(r -> "against '" + r + "', "
                + "which is neither a period nor the same period a year earlier").orElse("without a reference")
            + (amount instanceof Reading.Decimal ? "" : ", or an amount that is not one number")
            + ": ResultText.extract reads it");
      }
      return Reading.delta(((Reading.Decimal) amount).decimal(), phrase.change().get());
    }
    if (phrase.qualifiers().contains(Qualifier.WITHIN)) {
      throw new TextParseException(phrase.text(), 0, "the result states a group of places (" + phrase.reading().orElseThrow()
          + " or better), not a place: ResultText.extract reads it");
    }
    return phrase.reading().orElseThrow(() -> new TextParseException(
        phrase.text(), phrase.text().length() - phrase.text().stripLeading().length(), "expected a number"));
  }

  /**
   * Writes what {@code phrase} says in {@code language}, for an indicator measured in {@code
   * measure}: "ước đạt khoảng 58,2% (mục tiêu tối thiểu 65%)", "xếp thứ 12/63", "tăng 12 bậc so với
   * năm 2022", "Hoàn thành". The note is not written. {@link #extract(String, Language)} reads the
   * text back to the same reading, form, qualifiers (but {@link Qualifier#AMBIGUOUS_NUMBER}, which
   * depends on how a number is written), unit, rank field, base, reference, years, quoted target and
   * further clause.
   */
  public static String format(ResultPhrase phrase, Measure measure, Language language) {
    return PhraseWriter.result(phrase, measure, language);
  }

  /**
   * The words {@link #format(ResultPhrase, Measure, Language)} writes before a result's number for
   * {@code qualifiers}, each followed by a space: "khoảng " ({@link Qualifier#APPROXIMATE}), "ước "
   * ("estimated "), "dự kiến " ("expected "), "hơn " ("more than "), "dưới " ("less than "), "top "
   * for {@link Qualifier#WITHIN}; empty for none ({@link Qualifier#AMBIGUOUS_NUMBER} has no word). For
   * showing a qualified value ("khoảng 83,5%") beside its verdict.
   *
   * @since 0.2.0
   */
  public static String qualifierWords(Set<Qualifier> qualifiers, Language language) {
    return (qualifiers.contains(Qualifier.WITHIN) ? "top " : "")
        + PhraseWriter.qualifiers(qualifiers, language == Language.VI, false);
  }

  /** As {@link #extract(String)}, reading numbers by {@code language}'s rules instead of guessing it. */
  public static ResultPhrase extract(String text, Language language) {
    return PhraseReader.result(text, TextLimits.MAX_TEXT_LENGTH, false, language);
  }

  /** Writes {@code reading} in Vietnamese for an indicator measured in {@code measure}. */
  public static String format(Reading reading, Measure measure) {
    return format(reading, measure, Language.VI);
  }

  /**
   * Writes {@code reading}: "83,5%", "77,62% (392/505)", "3.103.499/3.118.174", "xếp thứ 12/63"
   * ("ranked 12/63"), "tăng 13 bậc so với năm 2020" ("increased by 13 places compared with 2020"),
   * or a text reading's note. {@link #parse} reads a numeric result back to an equal reading when
   * {@code language} is Vietnamese, and a rank or a change in either language.
   */
  public static String format(Reading reading, Measure measure, Language language) {
    String symbol = measure == Measure.PERCENT ? "%" : "";
    if (reading instanceof Reading.Decimal) {
      return NumberText.format(((Reading.Decimal) reading).decimal(), language) + symbol;
    }
    if (reading instanceof Reading.Rank) {
      Reading.Rank rank = (Reading.Rank) reading;
      return (language == Language.EN ? "ranked " : "xếp thứ ") + rank.place()
          + rank.field().map(f -> "/" + f).orElse("");
    }
    if (reading instanceof Reading.Delta) {
      Reading.Delta delta = (Reading.Delta) reading;
      return PhraseWriter.change(delta.change(), language, false)
          + NumberText.format(delta.amount(), language) + Changes.unit(delta.change(), measure, language)
          + PhraseWriter.against(delta.change(), language);
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

}
