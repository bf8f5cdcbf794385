package io.github.chiso.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.RollupRule;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parts an engine that groups and accumulates by itself (chiso-spark) builds a rollup from: a
 * unit's figure, a tally read back from its fields, a cell from a tally; put together they give the
 * cells {@link Rollups#overUnits} gives.
 */
class RollupPartsTest {
  private static final Period Y2025 = Period.year(2025);
  private static final Hierarchy TREE = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(
      AdminUnit.of("75", "Đồng Nai", Tier.PROVINCE),
      AdminUnit.of("26001", "Xã A", Tier.COMMUNE, "75"),
      AdminUnit.of("26002", "Xã B", Tier.COMMUNE, "75"),
      AdminUnit.of("26003", "Xã C", Tier.COMMUNE, "75")));

  private static Indicator share(PeriodRollup overPeriods) {
    return Indicator.builder().code("X").nameVi("x").measure(Measure.PERCENT).area(Area.DIGITAL_GOVERNMENT)
        .rollup(RollupRule.of(UnitRollup.RATIO_OF_SUMS, overPeriods)).build();
  }

  private static final List<Result> RESULTS = List.of(
      Result.of("X", "26001", Period.quarter(2025, 1), Reading.fraction(392, 505)),
      Result.of("X", "26001", Period.quarter(2025, 2), Reading.fraction(400, 505)),
      Result.of("X", "26002", Y2025, Reading.fraction(1, 2)),
      Result.of("X", "26003", Y2025, Reading.text(TextStatus.IN_PROGRESS, "đang triển khai")),
      Result.of("Y", "26003", Y2025, Reading.decimal("10")),
      Result.of("X", "26003", Period.year(2024), Reading.decimal("10")));

  @Test
  void figuresTalliedAndFinishedGiveTheCellsOfOverUnits() {
    for (PeriodRollup overPeriods : List.of(PeriodRollup.LAST, PeriodRollup.SUM, PeriodRollup.MEAN)) {
      for (UnitRollup rule : UnitRollup.values()) {
        RollupSpec spec = RollupSpec.builder().indicator(share(overPeriods)).period(Y2025).rule(rule)
            .unitThreshold(Threshold.atLeast("60")).putWeights("26001", Rational.of(3, 1))
            .putWeights("26002", Rational.ONE).putWeights("26003", Rational.ONE)
            .policy(CoveragePolicy.requireShare(Rational.of(2, 3))).build();
        RollupCell expected = Rollups.overUnits(spec, TREE, RESULTS).require("75");
        Tally tally = Tally.EMPTY;
        List<String> missing = new ArrayList<>();
        for (String code : List.of("26001", "26002", "26003")) {
          Optional<Observation> figure = Rollups.observation(spec, code, RESULTS.stream()
              .filter(r -> r.subjectCode().equals(code)).toList());
          if (figure.isPresent()) {
            tally = tally.plus(Tally.of(figure.get()));
          } else {
            missing.add(code);
          }
        }
        assertThat(missing).as("%s %s", overPeriods, rule).containsExactly("26003");
        Coverage coverage = Coverage.of(3, 2, missing);
        RollupCell cell = Rollups.cell(spec, "75", TREE.unit("75").orElseThrow().scope(), tally, coverage, coverage,
            expected.asOf());
        assertThat(cell).as("%s %s", overPeriods, rule).isEqualTo(expected);
      }
    }
  }

  @Test
  void aTallyReadBackFromItsFieldsIsTheSameTally() {
    Tally tally = Tally.EMPTY;
    for (Observation o : List.of(
        Observation.builder().subjectCode("a").value(Rational.of(392, 5)).numerator(java.math.BigInteger.valueOf(392))
            .denominator(java.math.BigInteger.valueOf(505)).weight(Rational.of(1, 3)).meets(true).build(),
        Observation.of("b", Rational.of(-7, 2)))) {
      tally = tally.plus(Tally.of(o));
      Tally t = tally;
      assertThat(Tally.of(t.count(), t.sum(), t.withParts(), t.numerators(), t.denominators(), t.weighted(),
          t.weightedSum(), t.weights(), t.min(), t.max(), t.judged(), t.meeting())).isEqualTo(t);
    }
    Tally empty = Tally.EMPTY;
    assertThat(Tally.of(0, empty.sum(), 0, empty.numerators(), empty.denominators(), 0, empty.weightedSum(),
        empty.weights(), Optional.empty(), Optional.empty(), 0, 0)).isSameAs(Tally.EMPTY);
  }

  @Test
  void inconsistentFieldsAreRefused() {
    Tally t = Tally.of(Observation.of("a", Rational.ONE));
    assertThatThrownBy(() -> Tally.of(1, t.sum(), 2, t.numerators(), t.denominators(), 0, t.weightedSum(),
        t.weights(), t.min(), t.max(), 0, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2 with parts");
    assertThatThrownBy(() -> Tally.of(1, t.sum(), 0, t.numerators(), t.denominators(), 0, t.weightedSum(),
        t.weights(), Optional.empty(), t.max(), 0, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("minimum");
    assertThatThrownBy(() -> Tally.of(0, Rational.ONE, 0, t.numerators(), t.denominators(), 0, t.weightedSum(),
        t.weights(), Optional.empty(), Optional.empty(), 0, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be empty");
    assertThatThrownBy(() -> Rollups.cell(RollupSpec.of(share(PeriodRollup.LAST), Y2025), "75",
        TREE.unit("75").orElseThrow().scope(), t, Coverage.of(3, 2, List.of("26003")), Coverage.of(3, 2, List.of("26003")),
        Y2025.end())).isInstanceOf(InvalidValueException.class).hasMessageContaining("1 observations but 2 units");
  }
}
