package io.github.chiso.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.Change;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets on a change against a reference, judged from a stated change or from two results. */
class ChangeTargetTest {
  private static final AdminUnit LAM_DONG = AdminUnit.of("68", "Tỉnh Lâm Đồng", Tier.PROVINCE);
  private static final Hierarchy HIERARCHY = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(LAM_DONG));
  private static final Indicator ACCOUNTS =
      Indicator.of("TK", "Số tài khoản định danh điện tử", Measure.COUNT, Area.DIGITAL_SOCIETY);
  private static final Indicator HOURS = Indicator.builder().code("TG").nameVi("Thời gian xử lý hồ sơ")
      .measure(Measure.DURATION).polarity(Polarity.LOWER_IS_BETTER).area(Area.DIGITAL_GOVERNMENT).build();
  private static final Indicator RANK = Indicator.builder().code("DTI").nameVi("Thứ hạng DTI")
      .measure(Measure.RANK).polarity(Polarity.LOWER_IS_BETTER).area(Area.DIGITAL_GOVERNMENT).build();
  private static final Period Y2025 = Period.year(2025);

  private static final Change RISE_SINCE_2023 =
      Change.of(Change.Direction.INCREASE, Change.Basis.RELATIVE, Period.year(2023));
  private static final Change FALL_YEAR_ON_YEAR = Change.yearOnYear(Change.Direction.DECREASE, Change.Basis.RELATIVE);
  private static final Change PLACES_SINCE_2020 =
      Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2020));

  private static Target target(String code, Indicator indicator, Change change, Threshold threshold) {
    return Target.builder().code(code).indicator(indicator).period(Y2025).change(change)
        .threshold(Tier.PROVINCE, threshold).build();
  }

  /** "tăng ít nhất 15% so với năm 2023". */
  private static final Target RISE = target("T-RISE", ACCOUNTS, RISE_SINCE_2023, Threshold.atLeast("15"));
  /** "giảm 20% so với cùng kỳ" on processing time. */
  private static final Target FALL = target("T-FALL", HOURS, FALL_YEAR_ON_YEAR, Threshold.atLeast("20"));
  /** "tăng ít nhất 10 bậc so với năm 2020". */
  private static final Target PLACES = target("T-RANK", RANK, PLACES_SINCE_2020, Threshold.atLeast("10"));

  private static Result result(Indicator indicator, Period period, Reading reading) {
    return Result.of(indicator.code(), "68", period, reading);
  }

  private static Assessment twoResults(Target target, Reading now, Period then, Reading before) {
    Result current = result(target.indicator(), Y2025, now);
    Result reference = result(target.indicator(), then, before);
    Assessment assessment = Compliance.assess(target, LAM_DONG, current, reference);
    Plan plan = plan(target);
    assertThat(CompiledPlan.of(plan).status(target, LAM_DONG, current, reference)).isEqualTo(assessment.status());
    assertThat(Compliance.assess(plan, HIERARCHY, List.of(reference, current))).containsExactly(assessment);
    return assessment;
  }

  private static Plan plan(Target... targets) {
    return Plan.builder().number("KH-1").kind(DocumentKind.PLAN).issuer("UBND tỉnh").jurisdiction("68")
        .period(Y2025).addTargets(targets).build();
  }

  @Test
  void aRelativeRiseIsExactAtItsBound() {
    Assessment met = twoResults(RISE, Reading.decimal("1150"), Period.year(2023), Reading.decimal("1000"));
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.value()).contains(Rational.valueOf(15));
    assertThat(met.margin()).contains(Rational.ZERO);
    assertThat(met.referenceValue()).contains(Rational.valueOf(1000));
    assertThat(met.referencePeriod()).contains(Period.year(2023));
    assertThat(met.change()).contains(RISE_SINCE_2023);
    Assessment short1 = twoResults(RISE, Reading.decimal("1149.99"), Period.year(2023), Reading.decimal("1000"));
    assertThat(short1.status()).isEqualTo(Status.NOT_MET);
    assertThat(short1.value()).contains(Rational.of(14999, 1000));
  }

  @Test
  void aFallYearOnYearOfALowerIsBetterIndicator() {
    Assessment met = twoResults(FALL, Reading.decimal("8"), Period.year(2024), Reading.decimal("10"));
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.value()).contains(Rational.valueOf(20));
    assertThat(met.referencePeriod()).contains(Period.year(2024));
    assertThat(twoResults(FALL, Reading.decimal("8.01"), Period.year(2024), Reading.decimal("10")).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(twoResults(FALL, Reading.decimal("12"), Period.year(2024), Reading.decimal("10")).value())
        .contains(Rational.valueOf(-20));
  }

  @Test
  void aRiseOfARankIsAGainOfPlaces() {
    Assessment met = twoResults(PLACES, Reading.rank(18, 63), Period.year(2020), Reading.rank(28, 63));
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.value()).contains(Rational.valueOf(10));
    assertThat(twoResults(PLACES, Reading.rank(19, 63), Period.year(2020), Reading.rank(28, 63)).status())
        .isEqualTo(Status.NOT_MET);
  }

  /** Seed 004: "tăng 13 bậc so với năm 2020", a result stated as a change. */
  @Test
  void aStatedChangeIsJudgedAgainstATargetWithTheSameReference() {
    Result delta = result(RANK, Y2025, Reading.delta(new BigDecimal("13"), PLACES_SINCE_2020));
    Assessment met = Compliance.assess(PLACES, LAM_DONG, delta);
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.value()).contains(Rational.valueOf(13));
    assertThat(met.referenceValue()).isEmpty();
    assertThat(Compliance.assess(plan(PLACES), HIERARCHY, List.of(delta))).containsExactly(met);
    assertThat(CompiledPlan.of(plan(PLACES)).status(PLACES, LAM_DONG, delta)).isEqualTo(Status.MET);

    Result lost = result(RANK, Y2025, Reading.delta(new BigDecimal("2"), PLACES_SINCE_2020.flip()));
    assertThat(Compliance.assess(PLACES, LAM_DONG, lost).value()).contains(Rational.valueOf(-2));
    assertThat(Compliance.assess(PLACES, LAM_DONG, lost).status()).isEqualTo(Status.NOT_MET);

    Result since2021 = result(RANK, Y2025, Reading.delta(new BigDecimal("13"),
        Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2021))));
    Assessment other = Compliance.assess(PLACES, LAM_DONG, since2021);
    assertThat(other.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(other.reason()).hasValueSatisfying(r -> assertThat(r).contains("2021").contains("2020"));
  }

  @Test
  void aYearOnYearDeltaMatchesAFixedReferenceToTheYearBefore() {
    Target fixed = target("T-24", HOURS, Change.of(Change.Direction.DECREASE, Change.Basis.RELATIVE, Period.year(2024)),
        Threshold.atLeast("20"));
    Result delta = result(HOURS, Y2025, Reading.delta(new BigDecimal("25"), FALL_YEAR_ON_YEAR));
    assertThat(Compliance.assess(fixed, LAM_DONG, delta).status()).isEqualTo(Status.MET);
    Result absolute = result(HOURS, Y2025, Reading.delta(new BigDecimal("25"),
        Change.yearOnYear(Change.Direction.DECREASE, Change.Basis.ABSOLUTE)));
    assertThat(Compliance.assess(fixed, LAM_DONG, absolute).reason())
        .hasValueSatisfying(r -> assertThat(r).contains("ABSOLUTE").contains("RELATIVE"));
  }

  @Test
  void aChangeIsNotALevelAndALevelIsNotAChange() {
    Target level = Target.builder().code("T-L").indicator(RANK).period(Y2025)
        .threshold(Tier.PROVINCE, Threshold.atMost("15")).build();
    Result delta = result(RANK, Y2025, Reading.delta(new BigDecimal("13"), PLACES_SINCE_2020));
    Assessment onLevel = Compliance.assess(level, LAM_DONG, delta);
    assertThat(onLevel.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(onLevel.reason()).hasValueSatisfying(r -> assertThat(r).contains("states a change"));
    assertThat(CompiledPlan.of(plan(level)).status(level, LAM_DONG, delta)).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(delta.reading().value(Measure.RANK)).isEmpty();

    Assessment alone = Compliance.assess(RISE, LAM_DONG, result(ACCOUNTS, Y2025, Reading.decimal("1150")));
    assertThat(alone.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(alone.reason()).hasValueSatisfying(r -> assertThat(r).contains("reference period 2023"));
    assertThat(Compliance.judge(RISE, LAM_DONG, Rational.valueOf(1150), Y2025, Y2025.end()).reason())
        .hasValueSatisfying(r -> assertThat(r).contains("reference period 2023"));
    assertThat(Compliance.judgeChange(RISE, LAM_DONG, Rational.valueOf(1150), Y2025, Y2025.end(),
        Rational.valueOf(1000)).status()).isEqualTo(Status.MET);
  }

  @Test
  void whatIsMissingIsNamed() {
    Assessment none = Compliance.assess(plan(RISE), HIERARCHY,
        List.of(result(ACCOUNTS, Y2025, Reading.decimal("1150")), result(ACCOUNTS, Period.year(2022), Reading.decimal("1")))).get(0);
    assertThat(none.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(none.reason()).hasValueSatisfying(r -> assertThat(r).contains("no result for the reference period 2023"));

    Assessment zero = twoResults(RISE, Reading.decimal("5"), Period.year(2023), Reading.decimal("0"));
    assertThat(zero.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(zero.reason()).hasValueSatisfying(r -> assertThat(r).contains("not positive"));

    Assessment text = twoResults(RISE, Reading.decimal("5"), Period.year(2023),
        Reading.text(TextStatus.NOT_AVAILABLE, "chưa thống kê"));
    assertThat(text.reason()).hasValueSatisfying(r -> assertThat(r).contains("reference result for 2023").contains("text only"));

    Assessment share = twoResults(PLACES, Reading.rank(5), Period.year(2020), Reading.fraction(18, 63));
    assertThat(share.reason()).hasValueSatisfying(r -> assertThat(r).contains("share, not a place"));
  }

  /** The reference is picked by the rule that picks the judged result: the latest within its period. */
  @Test
  void theReferenceIsTheLatestResultWithinItsPeriod() {
    List<Result> results = List.of(
        Result.builder().indicatorCode("TK").subjectCode("68").period(Period.year(2023)).reading(Reading.decimal("500"))
            .build(),
        Result.builder().indicatorCode("TK").subjectCode("68").period(Period.year(2023)).reading(Reading.decimal("1000"))
            .asOf(LocalDate.of(2024, 3, 1)).build(),
        Result.of("TK", "68", Period.month(2023, 6), Reading.decimal("1")),
        Result.of("TK", "68", Y2025, Reading.decimal("1200")));
    Assessment a = Compliance.assess(plan(RISE), HIERARCHY, results).get(0);
    assertThat(a.referenceValue()).contains(Rational.valueOf(1000));
    assertThat(a.value()).contains(Rational.valueOf(20));
    Assessment asOf2024 = Compliance.assess(plan(RISE), HIERARCHY, results, LocalDate.of(2025, 12, 31)).get(0);
    assertThat(asOf2024).isEqualTo(a);
    Assessment early = Compliance.assess(plan(RISE), HIERARCHY, results.subList(0, 1).stream()
        .collect(java.util.stream.Collectors.toList()), LocalDate.of(2025, 12, 31)).get(0);
    assertThat(early.status()).isEqualTo(Status.NO_DATA);
  }

  /** A range on the amount: its better end follows the change's sense, not the indicator's alone. */
  @Test
  void aRangeOfAmountsIsMetFromBeyondItsBetterEnd() {
    Target capped = target("T-CAP", HOURS, Change.yearOnYear(Change.Direction.INCREASE, Change.Basis.RELATIVE),
        Threshold.between("0", "5"));
    assertThat(Compliance.amountPolarity(capped.change().orElseThrow(), capped.indicator())).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(twoResults(capped, Reading.decimal("10"), Period.year(2024), Reading.decimal("10")).status())
        .isEqualTo(Status.MET);
    assertThat(twoResults(capped, Reading.decimal("10.6"), Period.year(2024), Reading.decimal("10")).status())
        .isEqualTo(Status.NOT_MET);
    assertThat(Compliance.amountPolarity(RISE_SINCE_2023, RISE.indicator())).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(Compliance.amountPolarity(FALL_YEAR_ON_YEAR, FALL.indicator())).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(Compliance.amountPolarity(PLACES_SINCE_2020, PLACES.indicator())).isEqualTo(Polarity.HIGHER_IS_BETTER);
  }

  @Test
  void impossibleChangesAreRefusedNamingTheTarget() {
    assertThatThrownBy(() -> target("T-X", RANK, RISE_SINCE_2023, Threshold.atLeast("5")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("T-X").hasMessageContaining("RELATIVE");
    assertThatThrownBy(() -> target("T-Y", ACCOUNTS,
        Change.of(Change.Direction.INCREASE, Change.Basis.RELATIVE, Period.year(2025)), Threshold.atLeast("5")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("T-Y").hasMessageContaining("reference period 2025");
    assertThatThrownBy(() -> target("T-Z", ACCOUNTS, RISE_SINCE_2023,
        Threshold.builder().from(Threshold.atLeast("5")).appliesTo(Threshold.AppliesTo.AVERAGE).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("T-Z").hasMessageContaining("average");
    assertThatThrownBy(() -> Reading.delta(new BigDecimal("-1"), RISE_SINCE_2023))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("-1");
    Result current = result(ACCOUNTS, Y2025, Reading.decimal("1"));
    assertThatThrownBy(() -> Compliance.assess(RISE, LAM_DONG, current, result(ACCOUNTS, Period.year(2024), Reading.decimal("1"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("2024").hasMessageContaining("2023");
    Target level = Target.builder().code("T-L").indicator(ACCOUNTS).period(Y2025)
        .threshold(Tier.PROVINCE, Threshold.atLeast("1")).build();
    assertThatThrownBy(() -> Compliance.assess(level, LAM_DONG, current, current))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("T-L");
  }

  @Test
  void periodsOneYearEarlier() {
    assertThat(Period.quarter(2025, 3).minusYears(1)).isEqualTo(Period.quarter(2024, 3));
    assertThat(Period.month(2025, 2).minusYears(1)).isEqualTo(Period.month(2024, 2));
    assertThat(Period.day(LocalDate.of(2024, 2, 29)).minusYears(1)).isEqualTo(Period.day(LocalDate.of(2023, 2, 28)));
    assertThat(Period.half(2025, 1).minusYears(1)).isEqualTo(Period.half(2024, 1));
    assertThat(FALL_YEAR_ON_YEAR.referenceFor(Period.quarter(2025, 1))).isEqualTo(Period.quarter(2024, 1));
    assertThatThrownBy(() -> Period.year(1000).minusYears(1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void gapsAreInTheChangesUnitsAndPaceIsRefused() {
    Assessment short1 = twoResults(RISE, Reading.decimal("1100"), Period.year(2023), Reading.decimal("1000"));
    io.github.chiso.gap.Gap gap = io.github.chiso.gap.Gaps.of(short1);
    assertThat(gap.gap()).contains(Rational.valueOf(5));
    assertThat(gap.required()).contains(Rational.valueOf(15));
    io.github.chiso.gap.PacePoint start = io.github.chiso.gap.PacePoint.of(Rational.ONE, LocalDate.of(2024, 1, 1));
    io.github.chiso.gap.PacePoint end = io.github.chiso.gap.PacePoint.of(Rational.ONE, LocalDate.of(2024, 6, 1));
    assertThatThrownBy(() -> io.github.chiso.gap.Pace.assess(RISE, LAM_DONG.scope(), start, end))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("T-RISE");
  }

  @Test
  void aRolledUpChangeIsJudgedFromTheCellsOfBothPeriods() {
    io.github.chiso.rollup.RollupCell now = cell(Y2025, "1150");
    io.github.chiso.rollup.RollupCell then = cell(Period.year(2023), "1000");
    assertThat(io.github.chiso.rollup.Rollups.assess(RISE, LAM_DONG, now, then).status()).isEqualTo(Status.MET);
    assertThat(io.github.chiso.rollup.Rollups.assess(RISE, LAM_DONG, now).status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThatThrownBy(() -> io.github.chiso.rollup.Rollups.assess(RISE, LAM_DONG, now, cell(Period.year(2024), "1")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("2024");
  }

  private static io.github.chiso.rollup.RollupCell cell(Period period, String value) {
    Hierarchy h = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(LAM_DONG,
        AdminUnit.of("24001", "Xã A", Tier.COMMUNE, "68")));
    io.github.chiso.rollup.Rollup rollup = io.github.chiso.rollup.Rollups.overUnits(
        io.github.chiso.rollup.RollupSpec.of(ACCOUNTS, period), h,
        List.of(Result.of("TK", "24001", period, Reading.decimal(value))));
    return rollup.require("68");
  }

  /** The bulk path judges a change target's rows through the object API, each with its reference row. */
  @Test
  void theBulkPathJudgesChangesAsTheObjectApiDoes() {
    List<Result> results = List.of(result(ACCOUNTS, Period.year(2023), Reading.decimal("1000")),
        result(ACCOUNTS, Y2025, Reading.decimal("1150")), result(ACCOUNTS, Period.month(2025, 6), Reading.decimal("1100")));
    io.github.chiso.bulk.BulkVerdicts verdicts = io.github.chiso.bulk.BulkCompliance.verdicts(
        io.github.chiso.bulk.BulkResults.builder(HIERARCHY, List.of(ACCOUNTS)).addAll(results).build(),
        CompiledPlan.of(plan(RISE)));
    assertThat(verdicts.status(0, RISE)).isEmpty();
    assertThat(verdicts.status(1, RISE)).contains(Status.MET);
    assertThat(verdicts.status(2, RISE)).contains(Status.NOT_MET);
    assertThatThrownBy(() -> io.github.chiso.bulk.BulkResults.builder(HIERARCHY, List.of(RANK))
        .add(result(RANK, Y2025, Reading.delta(BigDecimal.ONE, PLACES_SINCE_2020))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("row 0");
  }
}
