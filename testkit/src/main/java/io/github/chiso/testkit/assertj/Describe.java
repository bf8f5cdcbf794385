package io.github.chiso.testkit.assertj;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How assertion messages write values, the way a report would. */
final class Describe {
  private Describe() {}

  static String value(Rational value, Measure measure) {
    BigDecimal rounded = value.toBigDecimal(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    String text = (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    return measure == Measure.PERCENT ? text + "%" : text;
  }

  static String subject(Assessment a) {
    return a.scope().key() + " " + a.subjectCode();
  }

  /** "68% < 70%", "81% vs 65–70%", or the reason when there is no verdict. */
  static String why(Assessment a) {
    if (a.value().isEmpty() || a.threshold().isEmpty()) {
      return a.reason().orElse("no value");
    }
    Threshold t = a.threshold().get();
    Measure m = a.indicator().measure();
    String value = value(a.value().get(), m);
    String unit = m == Measure.PERCENT ? "%" : "";
    if (t.upperBound().isPresent()) {
      return value + " vs " + t.bound().toPlainString() + "–" + t.upperBound().get().toPlainString() + unit;
    }
    int cmp = a.value().get().compareTo(Rational.valueOf(t.bound()));
    String relation = cmp < 0 ? "<" : cmp > 0 ? ">" : "=";
    return value + " " + relation + " " + t.bound().toPlainString() + unit;
  }
}
