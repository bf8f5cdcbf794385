package io.github.chiso.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelValidationTest {
  private static final Indicator ONLINE =
      Indicator.of("DG-01", "Dịch vụ công trực tuyến toàn trình", Measure.PERCENT, Area.DIGITAL_GOVERNMENT);

  private static Target.Builder target(String code) {
    return Target.builder().code(code).indicator(ONLINE).period(Period.year(2025));
  }

  @Test
  void indicatorDefaultsFollowTheMeasure() {
    assertThat(ONLINE.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(ONLINE.rollup()).isEqualTo(RollupRule.of(UnitRollup.RATIO_OF_SUMS, PeriodRollup.LAST));
    Indicator accounts = Indicator.of("DS-01", "Tài khoản", Measure.COUNT, Area.DIGITAL_SOCIETY);
    assertThat(accounts.rollup()).isEqualTo(RollupRule.of(UnitRollup.SUM, PeriodRollup.SUM));
  }

  @Test
  void weightedMeanNeedsAWeightAndOnlyIt() {
    assertThat(RollupRule.weightedMean("population", PeriodRollup.LAST).weight()).contains("population");
    assertThatThrownBy(() -> RollupRule.of(UnitRollup.WEIGHTED_MEAN, PeriodRollup.LAST))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("WEIGHTED_MEAN");
  }

  @Test
  void tieredTargetPicksTheSubjectsOwnThreshold() {
    Target target =
        target("DG-02")
            .threshold(Tier.PROVINCE, Threshold.atLeast("90"))
            .threshold(BodyKind.DEPARTMENT, Threshold.atLeast("80"))
            .threshold(Tier.DISTRICT, Threshold.atLeast("70"))
            .threshold(Tier.COMMUNE, Threshold.atLeast("60"))
            .build();
    assertThat(target.thresholdFor(Scope.of(Tier.DISTRICT))).contains(Threshold.atLeast("70"));
    assertThat(target.thresholdFor(Scope.of(BodyKind.DEPARTMENT))).contains(Threshold.atLeast("80"));
    assertThat(target.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void provinceWideThresholdAppliesElsewhereOnlyWhereThePlanSaysSo() {
    Target strict = target("DS-01").threshold(Tier.PROVINCE, Threshold.atLeast("100")).build();
    assertThat(strict.thresholdFor(Scope.of(Tier.COMMUNE))).isEmpty();
    Target everywhere =
        target("DS-02")
            .threshold(Tier.PROVINCE, Threshold.atLeast("100"))
            .fallbackScope(Scope.of(Tier.PROVINCE))
            .build();
    assertThat(everywhere.thresholdFor(Scope.of(Tier.COMMUNE))).contains(Threshold.atLeast("100"));
  }

  @Test
  void targetInvariantsNameTheTargetAndValue() {
    assertThatThrownBy(() -> target("X").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("target X: thresholds must not be empty");
    assertThatThrownBy(
            () ->
                target("X")
                    .threshold(Tier.PROVINCE, Threshold.atLeast("1"))
                    .fallbackScope(Scope.of(Tier.COMMUNE))
                    .build())
        .hasMessageContaining("target X: fallbackScope 'commune' has no threshold");
    assertThatThrownBy(
            () ->
                target("X")
                    .threshold(Tier.PROVINCE, Threshold.atLeast("1"))
                    .deadline(LocalDate.of(2024, 1, 1))
                    .build())
        .hasMessageContaining("target X: deadline 2024-01-01 is before the start of its period 2025");
    assertThatThrownBy(
            () -> target("X").threshold(Tier.PROVINCE, Threshold.atLeast("1")).parentCode("X").build())
        .hasMessageContaining("target X: is its own parent");
    assertThatThrownBy(() -> target("X").threshold(Tier.PROVINCE, Threshold.atLeast("1")).period(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("period");
  }

  @Test
  void thresholdInvariants() {
    assertThat(Threshold.between("65", "70").upperBound()).contains(new BigDecimal("70"));
    assertThatThrownBy(() -> Threshold.between("70", "65"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("upperBound 65 is below bound 70");
    assertThatThrownBy(() -> Threshold.builder().comparator(Comparator.BETWEEN).bound(BigDecimal.ONE).build())
        .hasMessageContaining("upperBound is required");
    assertThatThrownBy(
            () ->
                Threshold.builder()
                    .comparator(Comparator.AT_LEAST)
                    .bound(BigDecimal.ONE)
                    .upperBound(BigDecimal.TEN)
                    .build())
        .hasMessageContaining("upperBound 10 is only allowed for BETWEEN");
    Threshold phased = Threshold.atLeast("100").from(LocalDate.of(2022, 12, 1));
    assertThat(phased.isInEffectOn(LocalDate.of(2022, 11, 30))).isFalse();
    assertThat(phased.isInEffectOn(LocalDate.of(2022, 12, 1))).isTrue();
    assertThat(phased.toString()).isEqualTo("≥ 100 from 2022-12-01");
  }

  @Test
  void comparatorAlgebra() {
    for (Comparator c : Comparator.values()) {
      assertThat(c.mirror().mirror()).isEqualTo(c);
    }
    assertThat(Comparator.AT_LEAST.complement()).isEqualTo(Comparator.BELOW);
    assertThat(Comparator.ABOVE.complement()).isEqualTo(Comparator.AT_MOST);
    assertThatThrownBy(Comparator.BETWEEN::complement).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readingsHoldExactlyOneKindOfValue() {
    assertThat(Reading.fraction(392, 505).value(Measure.PERCENT)).contains(Rational.of(39200, 505));
    assertThat(Reading.fraction(1, 4).value(Measure.INDEX)).contains(Rational.of(1, 4));
    assertThat(Reading.decimal("0.3509").value(Measure.INDEX)).contains(Rational.of(3509, 10000));
    assertThat(Reading.text(TextStatus.IN_PROGRESS, "đang").value(Measure.PERCENT)).isEmpty();
    assertThat(Reading.fraction(14186, 71231, new BigDecimal("8")).reportedShare())
        .contains(new BigDecimal("8"));
    // a numerator above its denominator is kept as reported; consistency checks flag it
    assertThat(Reading.fraction(6, 5).ratio()).isEqualTo(Rational.of(6, 5));
    assertThatThrownBy(() -> Reading.fraction(1, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("fraction 1/0: denominator must be positive");
    assertThatThrownBy(() -> Reading.fraction(-1, 5))
        .hasMessageContaining("fraction -1/5: numerator must not be negative");
  }

  @Test
  void resultAsOfDefaultsToPeriodEnd() {
    Result result = Result.of("DG-01", "75", Period.quarter(2022, 3), Reading.decimal("9.23"));
    assertThat(result.asOf()).isEqualTo(LocalDate.of(2022, 9, 30));
    assertThatThrownBy(() -> Result.of("DG-01", " ", Period.year(2022), Reading.decimal("1")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("result subjectCode must be non-blank");
  }

  @Test
  void planChecksCodesParentsIndicatorsAndTasks() {
    Target whole = target("DS-07").threshold(Tier.PROVINCE, Threshold.above("65")).build();
    Target part =
        Target.builder()
            .from(whole)
            .code("DS-07a")
            .indicator(Indicator.of("DS-07a", "Sử dụng DVCTT", Measure.PERCENT, Area.DIGITAL_SOCIETY))
            .parentCode("DS-07")
            .build();
    Plan.Builder plan =
        Plan.builder()
            .number("KH/2025")
            .kind(DocumentKind.PLAN)
            .issuer("UBND tỉnh Đồng Nai")
            .jurisdiction("75")
            .period(Period.year(2025))
            .addTargets(whole, part);
    Plan ok =
        plan.addTasks(
                Task.builder()
                    .code("T1")
                    .description("Tuyên truyền")
                    .lead("Sở TT&TT")
                    .addTargetCodes("DS-07a")
                    .build())
            .build();
    assertThat(ok.partsOf("DS-07")).containsExactly(part);
    assertThat(ok.indicators()).containsOnlyKeys("DG-01", "DS-07a");
    assertThat(ok.target("DS-07a")).contains(part);

    Plan.Builder orphan =
        Plan.builder().from(ok).targets(java.util.List.of(part)).tasks(java.util.List.of());
    assertThatThrownBy(orphan::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("target DS-07a has parent 'DS-07', which the plan lacks");

    Plan.Builder duplicate = Plan.builder().from(ok).addTargets(whole);
    assertThatThrownBy(duplicate::build).hasMessageContaining("duplicate target code 'DS-07'");

    Target sameCodeOtherIndicator =
        Target.builder()
            .from(whole)
            .code("DG-other")
            .indicator(Indicator.of("DG-01", "Khác", Measure.COUNT, Area.DIGITAL_GOVERNMENT))
            .build();
    assertThatThrownBy(() -> Plan.builder().from(ok).addTargets(sameCodeOtherIndicator).build())
        .hasMessageContaining("target DG-other defines indicator DG-01 differently");

    Task stray = Task.builder().code("T2").description("x").lead("y").addTargetCodes("NOPE").build();
    assertThatThrownBy(() -> Plan.builder().from(ok).addTasks(stray).build())
        .hasMessageContaining("task T2 names target 'NOPE', which the plan lacks");
  }

  @Test
  void planIssueDateMayBeOnlyAMonth() {
    Plan plan =
        Plan.builder()
            .number("TB/2022")
            .kind(DocumentKind.NOTICE)
            .issuer("UBND tỉnh Đắk Nông")
            .issued(Period.parse("2022-09"))
            .jurisdiction("67")
            .period(Period.year(2022))
            .build();
    assertThat(plan.issued()).contains(Period.month(2022, 9));
  }

  @Test
  void planBandsMustNameTargetsOfThePlan() {
    Target target = target("DS-07").threshold(Tier.PROVINCE, Threshold.above("65")).build();
    BandScale lights = BandScale.builder().addBands("green", "red").addBoundaries(new BigDecimal("65")).build();
    Plan.Builder plan = Plan.builder().number("KH/2025").kind(DocumentKind.PLAN).issuer("UBND tỉnh Đồng Nai")
        .jurisdiction("75").period(Period.year(2025)).addTargets(target);
    assertThat(plan.build().bandings()).isEmpty();
    assertThat(plan.putBandings("DS-07", Banding.of(Tier.PROVINCE, lights)).build().bandings()).containsKey("DS-07");
    assertThatThrownBy(() -> plan.putBandings("DS-99", Banding.of(Tier.PROVINCE, lights)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("target 'DS-99'");
  }
}
