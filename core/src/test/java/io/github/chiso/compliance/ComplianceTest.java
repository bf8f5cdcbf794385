package io.github.chiso.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
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

class ComplianceTest {
  private static final AdminUnit DONG_NAI = AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE);
  private static final AdminUnit BIEN_HOA = AdminUnit.of("731", "Biên Hòa", Tier.DISTRICT, "75");
  private static final AdminUnit LONG_KHANH = AdminUnit.of("732", "Long Khánh", Tier.DISTRICT, "75");
  private static final AdminUnit TRANG_DAI = AdminUnit.of("25993", "Trảng Dài", Tier.COMMUNE, "731");
  private static final Body STTTT = Body.of("STTTT", "Sở TT&TT", BodyKind.DEPARTMENT, "75");
  private static final Indicator SHARE =
      Indicator.of("DG-01", "Dịch vụ công trực tuyến", Measure.PERCENT, Area.DIGITAL_GOVERNMENT);
  private static final Indicator HOURS =
      Indicator.builder()
          .code("IS-01")
          .nameVi("Thời gian khôi phục")
          .measure(Measure.DURATION)
          .polarity(Polarity.LOWER_IS_BETTER)
          .area(Area.INFORMATION_SECURITY)
          .build();
  private static final Period Q3 = Period.quarter(2022, 3);

  private static Target target(Indicator indicator, Threshold threshold) {
    return Target.builder()
        .code("T")
        .indicator(indicator)
        .period(Period.year(2022))
        .threshold(Tier.PROVINCE, threshold)
        .build();
  }

  private static Plan plan2025(String jurisdiction, Target... targets) {
    return Plan.builder()
        .number("KH/2025")
        .kind(DocumentKind.PLAN)
        .issuer("UBND tỉnh")
        .jurisdiction(jurisdiction)
        .period(Period.year(2025))
        .addTargets(targets)
        .build();
  }

  private static Assessment judge(Target target, Reading reading) {
    return Compliance.assess(
        target, DONG_NAI, Result.of(target.indicator().code(), "75", Q3, reading));
  }

  @Test
  void fullPartsMeetAHundredPercent() {
    Assessment a = judge(target(SHARE, Threshold.atLeast("100")), Reading.fraction(505, 505));
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.margin()).contains(Rational.ZERO);
    assertThat(a.achievement()).contains(Rational.ONE);
  }

  @Test
  void partsJustBelowEightyPercentDoNotMeetIt() {
    Assessment a =
        judge(target(SHARE, Threshold.atLeast("80")), Reading.fraction(392, 505, new BigDecimal("77.62")));
    assertThat(a.status()).isEqualTo(Status.NOT_MET);
    assertThat(a.value()).contains(Rational.of(39200, 505));
    assertThat(a.margin()).contains(Rational.of(-240, 101));
    assertThat(a.achievement()).contains(Rational.of(39200, 505 * 80));
    assertThat(a.asOf()).isEqualTo(LocalDate.of(2022, 9, 30));
    assertThat(a.deadline()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(a.deadlineReached()).isFalse();
  }

  @Test
  void exactBoundaryForEveryComparator() {
    Reading sixty = Reading.decimal("60.0");
    assertThat(judge(target(SHARE, Threshold.atLeast("60")), sixty).status()).isEqualTo(Status.MET);
    assertThat(judge(target(SHARE, Threshold.above("60")), sixty).status()).isEqualTo(Status.NOT_MET);
    assertThat(judge(target(SHARE, Threshold.atMost("60")), sixty).status()).isEqualTo(Status.MET);
    assertThat(judge(target(SHARE, Threshold.below("60")), sixty).status()).isEqualTo(Status.NOT_MET);
    assertThat(judge(target(SHARE, Threshold.equalTo("60")), sixty).status()).isEqualTo(Status.MET);
    assertThat(judge(target(SHARE, Threshold.equalTo("60")), Reading.decimal("60.01")).margin())
        .contains(Rational.of(-1, 100));
  }

  @Test
  void strictAboveNeedsAnyExcess() {
    Assessment a = judge(target(SHARE, Threshold.above("60")), Reading.fraction(601, 1000));
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.margin()).contains(Rational.of(1, 10));
  }

  @Test
  void marginIsPositiveWhenBetterWhateverThePolarity() {
    Assessment fast = judge(target(HOURS, Threshold.atMost("24")), Reading.decimal("20"));
    assertThat(fast.status()).isEqualTo(Status.MET);
    assertThat(fast.margin()).contains(Rational.valueOf(4));
    assertThat(fast.achievement()).contains(Rational.of(24, 20));
    Assessment slow = judge(target(HOURS, Threshold.atMost("24")), Reading.decimal("30"));
    assertThat(slow.status()).isEqualTo(Status.NOT_MET);
    assertThat(slow.margin()).contains(Rational.valueOf(-6));
  }

  @Test
  void rangeIsMetFromWithinAndBeyondItsBetterEnd() {
    Target bank = target(SHARE, Threshold.between("65", "70"));
    Assessment above = judge(bank, Reading.decimal("81"));
    assertThat(above.status()).isEqualTo(Status.MET);
    assertThat(above.rangePosition()).contains(RangePosition.ABOVE);
    assertThat(above.margin()).contains(Rational.valueOf(16));
    assertThat(judge(bank, Reading.decimal("65")).rangePosition()).contains(RangePosition.WITHIN);
    assertThat(judge(bank, Reading.decimal("65")).status()).isEqualTo(Status.MET);
    Assessment below = judge(bank, Reading.decimal("64.9"));
    assertThat(below.status()).isEqualTo(Status.NOT_MET);
    assertThat(below.rangePosition()).contains(RangePosition.BELOW);

    Target hours = target(HOURS, Threshold.between("12", "24"));
    assertThat(judge(hours, Reading.decimal("6")).status()).isEqualTo(Status.MET);
    assertThat(judge(hours, Reading.decimal("6")).rangePosition()).contains(RangePosition.BELOW);
    assertThat(judge(hours, Reading.decimal("25")).status()).isEqualTo(Status.NOT_MET);
    assertThat(judge(hours, Reading.decimal("25")).margin()).contains(Rational.valueOf(-1));
  }

  @Test
  void textOnlyResultIsNotEvaluableWithItsNote() {
    Assessment a =
        judge(target(SHARE, Threshold.atLeast("100")), Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai"));
    assertThat(a.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(a.reason()).contains("text only (IN_PROGRESS): Đang triển khai");
    assertThat(a.margin()).isEmpty();
  }

  @Test
  void phasedThresholdIsNotEvaluableBeforeItTakesEffect() {
    Target digitised =
        Target.builder()
            .code("2022-II.3")
            .indicator(SHARE)
            .period(Period.year(2022))
            .threshold(Tier.PROVINCE, Threshold.atLeast("100").from(LocalDate.of(2022, 6, 1)))
            .threshold(Tier.DISTRICT, Threshold.atLeast("100").from(LocalDate.of(2022, 12, 1)))
            .build();
    Result province = Result.of("DG-01", "75", Q3, Reading.decimal("90"));
    Result district = Result.of("DG-01", "731", Q3, Reading.decimal("90"));
    assertThat(Compliance.assess(digitised, DONG_NAI, province).status()).isEqualTo(Status.NOT_MET);
    Assessment early = Compliance.assess(digitised, BIEN_HOA, district);
    assertThat(early.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(early.reason()).contains("threshold for district takes effect 2022-12-01, after 2022-09-30");
    Result yearEnd = Result.of("DG-01", "731", Period.year(2022), Reading.decimal("100"));
    Assessment late = Compliance.assess(digitised, BIEN_HOA, yearEnd);
    assertThat(late.status()).isEqualTo(Status.MET);
    assertThat(late.deadlineReached()).isTrue();
  }

  @Test
  void subjectWithoutThresholdIsNotEvaluable() {
    Assessment a =
        Compliance.assess(
            target(SHARE, Threshold.atLeast("80")), TRANG_DAI, Result.of("DG-01", "25993", Q3, Reading.decimal("90")));
    assertThat(a.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(a.reason()).contains("no threshold for commune");
  }

  @Test
  void mismatchedResultIsRejectedNamingBothCodes() {
    Target t = target(SHARE, Threshold.atLeast("80"));
    assertThatThrownBy(() -> Compliance.assess(t, DONG_NAI, Result.of("XX", "75", Q3, Reading.decimal("1"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("result indicator 'XX' does not match target T on indicator 'DG-01'");
    assertThatThrownBy(() -> Compliance.assess(t, DONG_NAI, Result.of("DG-01", "731", Q3, Reading.decimal("1"))))
        .hasMessageContaining("result subject '731' does not match subject '75'");
  }

  @Test
  void planAssessmentCoversEveryScopedSubjectInOrder() {
    Hierarchy hierarchy =
        Hierarchy.of(
            TierScheme.VIETNAM_2021_2025,
            List.of(DONG_NAI, BIEN_HOA, LONG_KHANH, TRANG_DAI),
            List.of(STTTT));
    Target tiered =
        Target.builder()
            .code("DG-02")
            .indicator(SHARE)
            .period(Period.year(2025))
            .threshold(Tier.PROVINCE, Threshold.atLeast("90"))
            .threshold(BodyKind.DEPARTMENT, Threshold.atLeast("80"))
            .threshold(Tier.DISTRICT, Threshold.atLeast("70"))
            .build();
    Plan plan = plan2025("75", tiered);
    Period q2 = Period.quarter(2025, 2);
    List<Result> results =
        List.of(
            Result.of("DG-01", "731", Period.quarter(2025, 1), Reading.decimal("60")),
            Result.of("DG-01", "731", q2, Reading.decimal("71")),
            Result.of("DG-01", "STTTT", q2, Reading.fraction(79, 100)),
            Result.of("DG-01", "75", Period.quarter(2024, 4), Reading.decimal("95")),
            Result.of("DG-01", "25993", q2, Reading.decimal("10")));

    List<Assessment> assessments = Compliance.assess(plan, hierarchy, results);

    assertThat(assessments)
        .extracting(Assessment::subjectCode, Assessment::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("75", Status.NO_DATA),
            org.assertj.core.groups.Tuple.tuple("731", Status.MET),
            org.assertj.core.groups.Tuple.tuple("732", Status.NO_DATA),
            org.assertj.core.groups.Tuple.tuple("STTTT", Status.NOT_MET));
    assertThat(assessments.get(1).period()).isEqualTo(q2);
    assertThat(assessments.get(3).scope()).isEqualTo(Scope.of(BodyKind.DEPARTMENT));
    assertThat(assessments.get(0).reason()).contains("no result reported");

    Scorecard scorecard = Scorecard.of(assessments);
    assertThat(scorecard.total()).isEqualTo(4);
    assertThat(scorecard.count(Status.NO_DATA)).isEqualTo(2);
    assertThat(scorecard.byArea().get(Area.DIGITAL_GOVERNMENT))
        .containsEntry(Status.MET, 1)
        .containsEntry(Status.NOT_MET, 1)
        .containsEntry(Status.NOT_EVALUABLE, 0);
  }

  @Test
  void threeTierPlanJudgesCommunesOfATwoTierHierarchy() {
    AdminUnit commune = AdminUnit.of("25993", "Phường Trảng Dài", Tier.COMMUNE, "75");
    Hierarchy after = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(DONG_NAI, commune));
    Target before =
        Target.builder()
            .code("DG-05")
            .indicator(SHARE)
            .period(Period.year(2025))
            .threshold(Tier.PROVINCE, Threshold.atLeast("90"))
            .threshold(Tier.DISTRICT, Threshold.atLeast("80"))
            .threshold(Tier.COMMUNE, Threshold.atLeast("60"))
            .build();
    Plan plan = plan2025("75", before);
    List<Assessment> assessments =
        Compliance.assess(
            plan,
            after,
            List.of(Result.of("DG-01", "25993", Period.quarter(2025, 3), Reading.decimal("61"))));
    assertThat(assessments)
        .extracting(Assessment::subjectCode, Assessment::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("75", Status.NO_DATA),
            org.assertj.core.groups.Tuple.tuple("25993", Status.MET));
  }

  @Test
  void asOfADateLaterResultsAreIgnoredAndPhasedThresholdsAreNotYetDue() {
    Hierarchy hierarchy = Hierarchy.of(TierScheme.VIETNAM_2021_2025, List.of(DONG_NAI, BIEN_HOA));
    Target digitised =
        Target.builder()
            .code("2022-II.3")
            .indicator(SHARE)
            .period(Period.year(2022))
            .threshold(Tier.PROVINCE, Threshold.atLeast("100").from(LocalDate.of(2022, 6, 1)))
            .threshold(Tier.DISTRICT, Threshold.atLeast("100").from(LocalDate.of(2022, 12, 1)))
            .build();
    Plan plan = plan2025("75", digitised);
    Plan plan2022 = Plan.builder().from(plan).period(Period.year(2022)).build();
    List<Result> results = List.of(
        Result.of("DG-01", "75", Q3, Reading.decimal("90")),
        Result.of("DG-01", "75", Period.quarter(2022, 4), Reading.decimal("100")));
    LocalDate reported = LocalDate.of(2022, 9, 30);
    List<Assessment> asOf = Compliance.assess(plan2022, hierarchy, results, reported);
    assertThat(asOf).extracting(Assessment::subjectCode, Assessment::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("75", Status.NOT_MET),
        org.assertj.core.groups.Tuple.tuple("731", Status.NOT_EVALUABLE));
    assertThat(asOf.get(1).reason()).contains("threshold for district takes effect 2022-12-01, after 2022-09-30");
    assertThat(asOf.get(1).asOf()).isEqualTo(reported);
    List<Assessment> yearEnd = Compliance.assess(plan2022, hierarchy, results, LocalDate.of(2022, 12, 31));
    assertThat(yearEnd).extracting(Assessment::status).containsExactly(Status.MET, Status.NO_DATA);
    assertThat(yearEnd.get(1).asOf()).isEqualTo(LocalDate.of(2022, 12, 31));
  }

  @Test
  void aThresholdOnTheAverageIsJudgedOnceForTheGroup() {
    AdminUnit bienHoa = BIEN_HOA;
    Hierarchy hierarchy = Hierarchy.of(TierScheme.VIETNAM_2021_2025, List.of(DONG_NAI, bienHoa, LONG_KHANH),
        List.of(STTTT, Body.of("SYT", "Sở Y tế", BodyKind.DEPARTMENT, "75")));
    Threshold average = io.github.chiso.text.TargetText.parse("đạt tỷ lệ trung bình tối thiểu 80%");
    Target target = Target.builder().code("CQ-01").indicator(SHARE).period(Period.year(2025))
        .threshold(Tier.PROVINCE, Threshold.atLeast("90"))
        .threshold(BodyKind.DEPARTMENT, average)
        .threshold(Tier.DISTRICT, io.github.chiso.text.TargetText.parse("đạt tỷ lệ trung bình tối thiểu 70%"))
        .build();
    Period q3 = Period.quarter(2025, 3);
    List<Result> results = List.of(
        Result.of("DG-01", "STTTT", q3, Reading.decimal("92")),
        Result.of("DG-01", "SYT", q3, Reading.fraction(3, 4)),
        Result.of("DG-01", "731", q3, Reading.decimal("60")));
    List<Assessment> assessments = Compliance.assess(plan2025("75", target), hierarchy, results);
    assertThat(assessments).extracting(Assessment::subjectCode, Assessment::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("75", Status.NO_DATA),
        org.assertj.core.groups.Tuple.tuple("75/department", Status.MET),
        org.assertj.core.groups.Tuple.tuple("75/district", Status.NOT_MET));
    // (92 + 75) / 2 = 83.5 ≥ 80; only Biên Hòa reported among districts: 60 < 70
    assertThat(assessments.get(1).value()).contains(Rational.of(167, 2));
    assertThat(assessments.get(2).value()).contains(Rational.valueOf(60));
    Assessment single = Compliance.assess(target, STTTT, results.get(0));
    assertThat(single.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(single.reason()).contains("the threshold for department is on their average, not on each");
  }

  @Test
  void planOutsideTheHierarchyIsRejected() {
    Plan plan = plan2025("33");
    assertThatThrownBy(
            () -> Compliance.assess(plan, Hierarchy.of(TierScheme.VIETNAM_2021_2025, List.of(DONG_NAI)), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("plan KH/2025: jurisdiction '33' is not a unit");
  }
}
