package io.github.chiso.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A result's qualifiers ("khoảng", "hơn", "ước đạt") are shown with the verdict, never judged. */
class QualifiedResultPropertiesTest {
  private static final AdminUnit PROVINCE = AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE);
  private static final Period YEAR = Period.year(2025);

  record Case(Target target, Result result) {}

  private static final Gen<Reading> READINGS = Gen.oneOf(
      ChisoGen.numericReadings(ChisoGen.decimals(3, 2), 200), ChisoGen.ranks().map(r -> (Reading) r));

  /** A target on a threshold near the readings and a result on it, qualified at times. */
  private static final Gen<Case> CASES = ChisoGen.indicators("I").flatMap(indicator -> Gen.combine(
      ChisoGen.thresholds(ChisoGen.decimals(3, 2)),
      READINGS.flatMap(r -> ChisoGen.resultQualifiers(r).map(q -> Result.builder().indicatorCode("I")
          .subjectCode("75").period(YEAR).reading(r).qualifiers(q).build())),
      (threshold, result) -> new Case(target(indicator, threshold), result)));

  private static Target target(Indicator indicator, Threshold threshold) {
    return Target.builder().code("T").indicator(indicator).period(YEAR).threshold(Tier.PROVINCE, threshold).build();
  }

  @Test
  void qualifiersNeverChangeAVerdictAndTheAssessmentShowsThem() {
    // Mutation checked: Compliance.assess judging a MORE_THAN result as value + 1 (so "hơn 80%"
    // met "> 80") failed here.
    Property.forAll("a qualified result is judged as the same result without qualifiers", CASES).tries(2000)
        .verify(c -> {
          Result plain = Result.builder().from(c.result()).qualifiers(List.of()).build();
          Assessment qualified = Compliance.assess(c.target(), PROVINCE, c.result());
          Assessment unqualified = Compliance.assess(c.target(), PROVINCE, plain);
          assertThat(qualified.qualifiers()).as("%s", c.result()).isEqualTo(c.result().qualifiers());
          assertThat(Assessment.builder().from(qualified).qualifiers(List.of()).build())
              .as("%s against %s", c.result(), c.target().thresholds())
              .isEqualTo(unqualified);
          assertThat(CompiledPlan.of(plan(c.target())).status(c.target(), PROVINCE, c.result()))
              .as("verdict-only %s", c.result()).isEqualTo(qualified.status());
        });
  }

  private static Plan plan(Target target) {
    return Plan.builder().number("P").kind(DocumentKind.PLAN)
        .issuer("x").jurisdiction("75").period(YEAR).addTargets(target).build();
  }
}
