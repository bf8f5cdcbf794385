package io.github.chiso.report;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.model.Change;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.text.Language;
import io.github.chiso.text.NumberText;
import io.github.chiso.text.ResultText;
import io.github.chiso.text.TargetText;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the report writes values, thresholds and margins: shares with a percent sign, differences of
 * shares in percentage points ("-2.38 pp", "-2,38 điểm phần trăm"), numbers in the language's style.
 */
final class Formats {
  private Formats() {}

  static String number(Rational value, Measure measure, Language language) {
    return NumberText.format(rounded(value, measure), language);
  }

  /** {@code value} to the places the report shows for {@code measure}, without trailing zeros. */
  private static BigDecimal rounded(Rational value, Measure measure) {
    BigDecimal rounded = value.toBigDecimal(measure == Measure.INDEX ? 4 : 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  /** One decimal place, as distances on 0–100 are shown. */
  static String oneDecimal(Rational value, Language language) {
    return NumberText.format(value.toBigDecimal(1, RoundingMode.HALF_EVEN), language);
  }

  static String value(Rational value, Measure measure, Language language) {
    String number = number(value, measure, language);
    return measure == Measure.PERCENT ? number + "%" : number;
  }

  /** A difference in the measure: percentage points for shares. */
  static String difference(Rational value, Measure measure, Language language) {
    String number = number(value, measure, language);
    if (measure != Measure.PERCENT) {
      return number;
    }
    return number + (language == Language.VI ? " điểm phần trăm" : " pp");
  }

  static String signed(Rational value, Measure measure, Language language) {
    String text = difference(value, measure, language);
    return value.signum() >= 0 ? "+" + text : text;
  }

  /** The judged value with the words of its qualifiers: "khoảng 83,5%", "about 83.5%", "top 10". */
  static String value(Assessment a, Language language) {
    String words = ResultText.qualifierWords(a.qualifiers(), language);
    if (a.change().isPresent() && a.value().isPresent() && writable(a.change().get())) {
      return words + change(a.value().get(), a.change().get(), a.indicator().measure(), language);
    }
    return a.value().map(v -> words + value(v, a.indicator().measure(), language)).orElse("—");
  }

  /**
   * A result as reported, with its qualifiers and, for a count or amount, the indicator's unit:
   * "0,3509", "xếp thứ 41/63", "tăng 13 bậc so với năm 2020", "khoảng 15.000 trạm BTS"; a text
   * reading's note.
   */
  static String reported(Result result, Indicator indicator, Language language) {
    Reading reading = result.reading();
    String unit = indicator.unit().filter(u -> reading instanceof Reading.Decimal && indicator.measure() != Measure.PERCENT)
        .map(u -> " " + u).orElse("");
    return ResultText.qualifierWords(result.qualifiers(), language)
        + ResultText.format(reading, indicator.measure(), language) + unit;
  }

  /** The words of the judged value's qualifiers alone ("khoảng", "ước khoảng"); empty for none. */
  static String qualifiers(Assessment a, Language language) {
    return ResultText.qualifierWords(a.qualifiers(), language).strip();
  }

  /**
   * A change's amount as a result states it: "tăng 13 bậc so với năm 2020", "giảm 2,5% so với cùng
   * kỳ" (a negative amount is the other direction), rounded as values are.
   */
  static String change(Rational amount, Change change, Measure measure, Language language) {
    return ResultText.format(Reading.delta(rounded(amount.abs(), measure), amount.signum() >= 0 ? change : change.flip()),
        measure, language);
  }

  /** Whether wording can name the change's reference: a year, or the same period a year earlier. */
  private static boolean writable(Change change) {
    return change.reference().map(p -> p.granularity() == Period.Granularity.YEAR).orElse(true);
  }

  static String threshold(Assessment a, Language language) {
    Measure measure = a.indicator().measure();
    return a.threshold().map(t -> a.change().filter(Formats::writable)
        .map(c -> TargetText.format(t, c, measure, language))
        .orElseGet(() -> TargetText.format(t, measure, language))).orElse("—");
  }

  /** The margin in the change's units for a change target: points of the reference for a relative one. */
  static String margin(Assessment a, Language language) {
    Measure measure = a.change().map(c -> c.basis() == Change.Basis.RELATIVE ? Measure.PERCENT : a.indicator().measure())
        .orElse(a.indicator().measure());
    return a.margin().map(m -> signed(m, measure, language)).orElse("");
  }


  /** A rating's score to one decimal, or empty when the scale gives none. */
  static String score(io.github.chiso.score.Rating rating) {
    return rating.score().map(v -> v.toBigDecimal(1, java.math.RoundingMode.HALF_EVEN).toPlainString()).orElse("");
  }
}
