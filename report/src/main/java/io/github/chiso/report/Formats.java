package io.github.chiso.report;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Rational;
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
    BigDecimal rounded = value.toBigDecimal(measure == Measure.INDEX ? 4 : 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return NumberText.format(rounded.scale() < 0 ? rounded.setScale(0) : rounded, language);
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
    return a.value().map(v -> ResultText.qualifierWords(a.qualifiers(), language) + value(v, a.indicator().measure(), language))
        .orElse("—");
  }

  /** The words of the judged value's qualifiers alone ("khoảng", "ước khoảng"); empty for none. */
  static String qualifiers(Assessment a, Language language) {
    return ResultText.qualifierWords(a.qualifiers(), language).strip();
  }

  static String threshold(Assessment a, Language language) {
    return a.threshold().map(t -> TargetText.format(t, a.indicator().measure(), language)).orElse("—");
  }

  static String margin(Assessment a, Language language) {
    return a.margin().map(m -> signed(m, a.indicator().measure(), language)).orElse("");
  }


  /** A rating's score to one decimal, or empty when the scale gives none. */
  static String score(io.github.chiso.score.Rating rating) {
    return rating.score().map(v -> v.toBigDecimal(1, java.math.RoundingMode.HALF_EVEN).toPlainString()).orElse("");
  }
}
