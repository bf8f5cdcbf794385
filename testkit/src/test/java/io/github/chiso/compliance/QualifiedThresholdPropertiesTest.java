package io.github.chiso.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.Indicator;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A threshold's qualifiers ("dự kiến", "khoảng", "phấn đấu") are shown, never judged. */
class QualifiedThresholdPropertiesTest {
  record Case(Threshold threshold, Indicator indicator, BigDecimal value) {}

  @Test
  void qualifiersNeverChangeAVerdict() {
    // Mutation checked: CompiledThreshold accepting only '+' for a qualified threshold failed here.
    Gen<BigDecimal> numbers = ChisoGen.decimals(4, 2);
    Gen<Case> cases = Gen.combine(ChisoGen.thresholds(numbers), ChisoGen.indicators("I"), numbers, Case::new);
    Property.forAll("qualified and plain thresholds judge alike", cases).tries(2000).verify(c -> {
      Threshold plain = Threshold.builder().from(c.threshold()).qualifiers(java.util.List.of()).build();
      Rational value = Rational.valueOf(c.value());
      assertThat(CompiledThreshold.of(c.threshold(), c.indicator()).meets(value))
          .as("%s on %s", c.threshold(), c.value())
          .isEqualTo(CompiledThreshold.of(plain, c.indicator()).meets(value));
    });
  }
}
