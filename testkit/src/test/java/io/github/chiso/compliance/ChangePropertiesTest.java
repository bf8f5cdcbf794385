package io.github.chiso.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Change;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of targets on a change: the amount computed from two results is exact at the bound and moves
 * the verdict the way the change's sense says; a result stating the same change gets the same
 * verdict and amount as the two results it summarises.
 */
class ChangePropertiesTest {
  private static final AdminUnit PROVINCE = AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE);
  private static final Period Y2025 = Period.year(2025);

  record Case(Indicator indicator, Change change, Threshold threshold, BigDecimal reference, BigDecimal value) {}

  private static final Gen<Indicator> INDICATORS = Gen.combine(Gen.elements(Measure.COUNT, Measure.PERCENT, Measure.RANK,
      Measure.DURATION), Gen.elements(Polarity.values()), (m, p) -> Indicator.builder().code("I").nameVi("chỉ tiêu")
      .measure(m).polarity(p).area(Area.DIGITAL_GOVERNMENT).build());

  private static BigDecimal positive(Indicator indicator, BigDecimal value) {
    return indicator.measure() == Measure.RANK ? value.setScale(0, java.math.RoundingMode.CEILING).max(BigDecimal.ONE) : value;
  }

  private static final Gen<Case> CASES = INDICATORS.flatMap(indicator -> Gen.combine(
      ChisoGen.changes(indicator.measure(), Y2025),
      ChisoGen.thresholds(ChisoGen.decimals(2, 2)),
      Gen.combine(ChisoGen.nonNegativeDecimals(new BigDecimal("500"), 2), ChisoGen.nonNegativeDecimals(new BigDecimal("500"), 2),
          (r, v) -> new BigDecimal[] {r, v}),
      (change, threshold, rv) -> new Case(indicator, change, threshold,
          positive(indicator, rv[0].add(BigDecimal.ONE)), positive(indicator, rv[1]))));

  private static Target target(Case c) {
    return Target.builder().code("T").indicator(c.indicator()).period(Y2025).change(c.change())
        .threshold(Tier.PROVINCE, c.threshold()).build();
  }

  private static Reading reading(Case c, BigDecimal v) {
    return c.indicator().measure() == Measure.RANK ? Reading.rank(v.longValueExact()) : Reading.decimal(v);
  }

  private static Assessment twoResults(Case c, BigDecimal value) {
    Target target = target(c);
    Period against = c.change().referenceFor(Y2025);
    return Compliance.assess(target, PROVINCE, Result.of("I", "75", Y2025, reading(c, value)),
        Result.of("I", "75", against, reading(c, c.reference())));
  }

  @Test
  void aStatedChangeIsJudgedAsTheTwoResultsItSummarises() {
    Property.forAll("stated change = change of two results", CASES).tries(1000).verify(c -> {
      Assessment computed = twoResults(c, c.value());
      assertThat(computed.status()).isIn(Status.MET, Status.NOT_MET);
      Rational amount = computed.value().orElseThrow();
      if (!amount.equals(Rational.valueOf(amount.toBigDecimal(30)))) {
        return;   // a relative amount without a finite decimal cannot be stated
      }
      BigDecimal exact = amount.toBigDecimal(30);
      Reading.Delta delta = exact.signum() >= 0 ? Reading.delta(exact, c.change())
          : Reading.delta(exact.negate(), c.change().flip());
      Assessment stated = Compliance.assess(target(c), PROVINCE, Result.of("I", "75", Y2025, delta));
      assertThat(stated.status()).isEqualTo(computed.status());
      assertThat(stated.value()).isEqualTo(computed.value());
      assertThat(stated.margin()).isEqualTo(computed.margin());
    });
  }

  /** A value that moves further the change's way never turns MET into NOT_MET for a lower bound. */
  @Test
  void movingFurtherTheChangesWayHelpsALowerBound() {
    Property.forAll("further the change's way, no worse", CASES.filter(c -> c.threshold().comparator().isLowerBound()))
        .tries(1000).verify(c -> {
          Assessment before = twoResults(c, c.value());
          boolean rises = c.change().direction() == Change.Direction.INCREASE;
          boolean placeFalls = c.indicator().measure() == Measure.RANK ? rises : !rises;
          BigDecimal further = placeFalls ? c.value().subtract(BigDecimal.ONE) : c.value().add(BigDecimal.ONE);
          if (further.signum() <= 0 && c.indicator().measure() == Measure.RANK) {
            return;
          }
          Assessment after = twoResults(c, further);
          assertThat(after.value().orElseThrow()).isGreaterThan(before.value().orElseThrow());
          if (before.status() == Status.MET) {
            assertThat(after.status()).isEqualTo(Status.MET);
          }
        });
  }
}
