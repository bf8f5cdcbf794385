package io.github.chiso.report;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Rational;
import io.github.chiso.text.Language;
import io.github.chiso.text.NumberText;
import io.github.chiso.text.TargetText;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the report writes values, thresholds and margins. */
final class Formats {
  private Formats() {}

  static String value(Rational value, Measure measure, Language language) {
    BigDecimal rounded = value.toBigDecimal(measure == Measure.INDEX ? 4 : 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    String number = NumberText.format(rounded.scale() < 0 ? rounded.setScale(0) : rounded, language);
    return measure == Measure.PERCENT ? number + "%" : number;
  }

  static String signed(Rational value, Measure measure, Language language) {
    String text = value(value, measure, language);
    return value.signum() >= 0 ? "+" + text : text;
  }

  static String value(Assessment a, Language language) {
    return a.value().map(v -> value(v, a.indicator().measure(), language)).orElse("—");
  }

  static String threshold(Assessment a, Language language) {
    return a.threshold().map(t -> TargetText.format(t, a.indicator().measure(), language)).orElse("—");
  }

  static String margin(Assessment a, Language language) {
    return a.margin().map(m -> signed(m, a.indicator().measure(), language)).orElse("");
  }

}
