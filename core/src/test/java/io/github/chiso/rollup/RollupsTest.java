package io.github.chiso.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
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
import io.github.chiso.model.Target;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupsTest {
  private static final Period Y2025 = Period.year(2025);
  //            75
  //        731      732
  //   26001 26002   26101
  private static final Hierarchy TREE =
      Hierarchy.of(
          TierScheme.VIETNAM_2021_2025,
          List.of(
              AdminUnit.of("75", "Đồng Nai", Tier.PROVINCE),
              AdminUnit.of("731", "Biên Hòa", Tier.DISTRICT, "75"),
              AdminUnit.of("732", "Long Khánh", Tier.DISTRICT, "75"),
              AdminUnit.of("26001", "Xã A", Tier.COMMUNE, "731"),
              AdminUnit.of("26002", "Xã B", Tier.COMMUNE, "731"),
              AdminUnit.of("26101", "Xã C", Tier.COMMUNE, "732")),
          List.of(
              Body.of("SYT", "Sở Y tế", BodyKind.DEPARTMENT, "75"),
              Body.of("STC", "Sở Tài chính", BodyKind.DEPARTMENT, "75"),
              Body.of("SXD", "Sở Xây dựng", BodyKind.DEPARTMENT, "75")));

  private static Indicator indicator(Measure measure, UnitRollup overUnits, PeriodRollup overPeriods) {
    return Indicator.builder()
        .code("X")
        .nameVi("x")
        .measure(measure)
        .area(Area.DIGITAL_GOVERNMENT)
        .rollup(overUnits == UnitRollup.WEIGHTED_MEAN
            ? RollupRule.weightedMean("population", overPeriods)
            : RollupRule.of(overUnits, overPeriods))
        .build();
  }

  private static Result result(String unit, Period period, Reading reading) {
    return Result.of("X", unit, period, reading);
  }

  @Test
  void ratioOfSumsAddsPartsNeverMeansShares() {
    Indicator share = indicator(Measure.PERCENT, UnitRollup.RATIO_OF_SUMS, PeriodRollup.LAST);
    Rollup rollup =
        Rollups.overUnits(
            RollupSpec.of(share, Y2025),
            TREE,
            List.of(
                result("26001", Y2025, Reading.fraction(392, 505)),
                result("26002", Y2025, Reading.fraction(100, 200)),
                result("26101", Y2025, Reading.fraction(3, 4))));
    RollupCell district = rollup.require("731");
    assertThat(district.numerator()).contains(BigInteger.valueOf(492));
    assertThat(district.denominator()).contains(BigInteger.valueOf(705));
    assertThat(district.value()).contains(Rational.of(49200, 705));
    RollupCell province = rollup.require("75");
    assertThat(province.numerator()).contains(BigInteger.valueOf(495));
    assertThat(province.denominator()).contains(BigInteger.valueOf(709));
    assertThat(province.coverage()).isEqualTo(Coverage.of(3, 3, List.of()));
    assertThat(rollup.require("26002").value()).contains(Rational.valueOf(50));
  }

  @Test
  void ratioOfSumsNeedsPartsFromEveryUnit() {
    Indicator share = indicator(Measure.PERCENT, UnitRollup.RATIO_OF_SUMS, PeriodRollup.LAST);
    Rollup rollup =
        Rollups.overUnits(
            RollupSpec.of(share, Y2025),
            TREE,
            List.of(
                result("26001", Y2025, Reading.fraction(392, 505)),
                result("26002", Y2025, Reading.decimal("50"))));
    assertThat(rollup.require("731").value()).isEmpty();
    assertThat(rollup.require("731").reason())
        .contains("1 of 2 results have no numerator and denominator, so no ratio of sums");
  }

  @Test
  void meanIsOverSourceUnitsNotMeanOfMeans() {
    Indicator index = indicator(Measure.INDEX, UnitRollup.MEAN, PeriodRollup.LAST);
    Rollup rollup =
        Rollups.overUnits(
            RollupSpec.of(index, Y2025),
            TREE,
            List.of(
                result("26001", Y2025, Reading.decimal("0.2")),
                result("26002", Y2025, Reading.decimal("0.4")),
                result("26101", Y2025, Reading.decimal("0.9"))));
    assertThat(rollup.require("731").value()).contains(Rational.of(3, 10));
    // (0.2 + 0.4 + 0.9) / 3 = 0.5, not (0.3 + 0.9) / 2 = 0.6
    assertThat(rollup.require("75").value()).contains(Rational.of(1, 2));
  }

  @Test
  void sumMinMaxWeightedMean() {
    List<Result> results =
        List.of(
            result("26001", Y2025, Reading.decimal("10")),
            result("26002", Y2025, Reading.decimal("30")),
            result("26101", Y2025, Reading.decimal("20")));
    assertThat(value(UnitRollup.SUM, results)).contains(Rational.valueOf(60));
    assertThat(value(UnitRollup.MIN, results)).contains(Rational.valueOf(10));
    assertThat(value(UnitRollup.MAX, results)).contains(Rational.valueOf(30));
    Indicator weighted = indicator(Measure.COUNT, UnitRollup.WEIGHTED_MEAN, PeriodRollup.LAST);
    RollupSpec spec =
        RollupSpec.builder()
            .indicator(weighted)
            .period(Y2025)
            .putWeights("26001", Rational.valueOf(1))
            .putWeights("26002", Rational.valueOf(1))
            .putWeights("26101", Rational.valueOf(2))
            .build();
    // (10 + 30 + 2·20) / 4 = 20
    assertThat(Rollups.overUnits(spec, TREE, results).require("75").value()).contains(Rational.valueOf(20));
    RollupSpec unweighted = RollupSpec.builder().from(spec).weights(java.util.Map.of()).build();
    assertThatThrownBy(() -> Rollups.overUnits(unweighted, TREE, results))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rollup of X: no weight for unit '26101'");
  }

  private static java.util.Optional<Rational> value(UnitRollup rule, List<Result> results) {
    return Rollups.overUnits(RollupSpec.of(indicator(Measure.COUNT, rule, PeriodRollup.LAST), Y2025), TREE, results)
        .require("75")
        .value();
  }

  @Test
  void shareOfUnitsMeetingCountsUnitsWithExactParts() {
    Indicator share = indicator(Measure.PERCENT, UnitRollup.RATIO_OF_SUMS, PeriodRollup.LAST);
    RollupSpec spec =
        RollupSpec.builder()
            .indicator(share)
            .period(Y2025)
            .rule(UnitRollup.SHARE_OF_UNITS_MEETING)
            .unitThreshold(Threshold.atLeast("60"))
            .build();
    Rollup rollup =
        Rollups.overUnits(
            spec,
            TREE,
            List.of(
                result("26001", Y2025, Reading.fraction(60, 100)),
                result("26002", Y2025, Reading.decimal("59.99")),
                result("26101", Y2025, Reading.decimal("75"))));
    RollupCell province = rollup.require("75");
    assertThat(province.numerator()).contains(BigInteger.TWO);
    assertThat(province.denominator()).contains(BigInteger.valueOf(3));
    assertThat(province.value()).contains(Rational.of(200, 3));
    RollupSpec counting = RollupSpec.builder().from(spec).rule(UnitRollup.COUNT_OF_UNITS_MEETING).build();
    assertThat(Rollups.overUnits(counting, TREE, List.of(result("26101", Y2025, Reading.decimal("75"))))
            .require("75").value())
        .contains(Rational.ONE);
    assertThatThrownBy(() -> RollupSpec.builder().from(spec).unitThreshold(java.util.Optional.empty()).build())
        .hasMessageContaining("rule SHARE_OF_UNITS_MEETING needs a unitThreshold");
  }

  @Test
  void missingUnitsAreListedNeverZeroAndPolicyDecides() {
    Indicator count = indicator(Measure.COUNT, UnitRollup.SUM, PeriodRollup.SUM);
    List<Result> results =
        List.of(
            result("26001", Y2025, Reading.decimal("5")),
            result("26101", Y2025, Reading.text(TextStatus.IN_PROGRESS, "đang tổng hợp")));
    Rollup skip = Rollups.overUnits(RollupSpec.of(count, Y2025), TREE, results);
    RollupCell province = skip.require("75");
    assertThat(province.value()).contains(Rational.valueOf(5));
    assertThat(province.coverage()).isEqualTo(Coverage.of(3, 1, List.of("26002", "26101")));
    assertThat(province.childCoverage()).isEqualTo(Coverage.of(2, 1, List.of("732")));
    assertThat(skip.require("732").value()).isEmpty();
    assertThat(skip.require("732").reason()).contains("no unit reported");

    RollupSpec all = RollupSpec.builder().indicator(count).period(Y2025).policy(CoveragePolicy.REQUIRE_ALL).build();
    RollupCell strict = Rollups.overUnits(all, TREE, results).require("75");
    assertThat(strict.value()).isEmpty();
    assertThat(strict.reason()).contains("1 of 3 units reported; policy REQUIRE_ALL withholds the value");

    RollupSpec third =
        RollupSpec.builder().from(all).policy(CoveragePolicy.requireShare(Rational.of(1, 3))).build();
    assertThat(Rollups.overUnits(third, TREE, results).require("75").value()).contains(Rational.valueOf(5));
  }

  @Test
  void periodsCombineByTheIndicatorsPeriodRule() {
    List<Result> months =
        List.of(
            result("26001", Period.month(2025, 1), Reading.fraction(10, 100)),
            result("26001", Period.month(2025, 2), Reading.fraction(30, 100)),
            result("26001", Period.month(2025, 3), Reading.fraction(50, 100)));
    Indicator flow = indicator(Measure.PERCENT, UnitRollup.RATIO_OF_SUMS, PeriodRollup.SUM);
    RollupCell q1 = Rollups.overUnits(RollupSpec.of(flow, Period.quarter(2025, 1)), TREE, months).require("26001");
    assertThat(q1.numerator()).contains(BigInteger.valueOf(90));
    assertThat(q1.denominator()).contains(BigInteger.valueOf(300));
    assertThat(q1.asOf()).isEqualTo(java.time.LocalDate.of(2025, 3, 31));

    Indicator stock = indicator(Measure.PERCENT, UnitRollup.RATIO_OF_SUMS, PeriodRollup.LAST);
    assertThat(Rollups.overUnits(RollupSpec.of(stock, Y2025), TREE, months).require("26001").value())
        .contains(Rational.valueOf(50));

    Indicator mean = indicator(Measure.INDEX, UnitRollup.MEAN, PeriodRollup.MEAN);
    assertThat(Rollups.overUnits(RollupSpec.of(mean, Y2025), TREE, months).require("26001").value())
        .contains(Rational.of(1, 10).add(Rational.of(3, 10)).add(Rational.of(5, 10)).divide(Rational.valueOf(3)));

    List<Result> overlapping =
        List.of(result("26001", Period.month(2025, 1), Reading.decimal("1")), result("26001", Period.quarter(2025, 1), Reading.decimal("3")));
    assertThatThrownBy(() -> Rollups.overUnits(RollupSpec.of(flow, Y2025), TREE, overlapping))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unit 26001: periods 2025-01 and 2025-Q1 overlap");
  }

  @Test
  void departmentsAverageIsAGroupRollup() {
    Indicator online = indicator(Measure.PERCENT, UnitRollup.MEAN, PeriodRollup.LAST);
    Target target =
        Target.builder()
            .code("DG-01")
            .indicator(online)
            .period(Y2025)
            .threshold(BodyKind.DEPARTMENT, Threshold.atLeast("80"))
            .build();
    RollupCell departments =
        Rollups.overBodies(
            RollupSpec.of(online, Y2025),
            TREE,
            BodyKind.DEPARTMENT,
            "75",
            List.of(
                result("SYT", Period.quarter(2025, 3), Reading.decimal("90")),
                result("STC", Period.quarter(2025, 3), Reading.decimal("75"))));
    assertThat(departments.value()).contains(Rational.of(165, 2));
    assertThat(departments.scope()).isEqualTo(Scope.of(BodyKind.DEPARTMENT));
    assertThat(departments.coverage()).isEqualTo(Coverage.of(3, 2, List.of("SXD")));
    Assessment a = Rollups.assess(target, Rollups.bodyGroup("75", BodyKind.DEPARTMENT), departments);
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.margin()).contains(Rational.of(5, 2));
    assertThat(a.asOf()).isEqualTo(java.time.LocalDate.of(2025, 9, 30));
  }

  @Test
  void assessingARollupJudgesEachTierAgainstItsThreshold() {
    Indicator share = indicator(Measure.PERCENT, UnitRollup.RATIO_OF_SUMS, PeriodRollup.LAST);
    Target target =
        Target.builder()
            .code("DG-02")
            .indicator(share)
            .period(Y2025)
            .threshold(Tier.PROVINCE, Threshold.atLeast("90"))
            .threshold(Tier.DISTRICT, Threshold.atLeast("70"))
            .threshold(Tier.COMMUNE, Threshold.atLeast("60"))
            .build();
    RollupSpec spec =
        RollupSpec.builder().indicator(share).period(Y2025).policy(CoveragePolicy.REQUIRE_ALL).build();
    Rollup rollup =
        Rollups.overUnits(
            spec,
            TREE,
            List.of(
                result("26001", Y2025, Reading.fraction(7, 10)),
                result("26002", Y2025, Reading.fraction(5, 10))));
    List<Assessment> assessments = Rollups.assess(target, rollup, TREE);
    assertThat(assessments)
        .extracting(Assessment::subjectCode, Assessment::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("75", Status.NOT_EVALUABLE),
            org.assertj.core.groups.Tuple.tuple("731", Status.NOT_MET),
            org.assertj.core.groups.Tuple.tuple("732", Status.NO_DATA),
            org.assertj.core.groups.Tuple.tuple("26001", Status.MET),
            org.assertj.core.groups.Tuple.tuple("26002", Status.NOT_MET),
            org.assertj.core.groups.Tuple.tuple("26101", Status.NO_DATA));
    assertThat(assessments.get(0).reason()).hasValueSatisfying(r -> assertThat(r).contains("REQUIRE_ALL"));
    assertThat(assessments.get(1).value()).contains(Rational.valueOf(60));
  }
}
