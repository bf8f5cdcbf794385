package io.github.chiso.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.bulk.BulkCompleteness;
import io.github.chiso.bulk.BulkResults;
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
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import io.github.chiso.rollup.Coverage;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Recurrence;
import io.github.chiso.schedule.Reporters;
import io.github.chiso.schedule.ReportingRequirement;
import io.github.chiso.schedule.ReportingSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact counts on a hand-made schedule at the boundaries of the due day and the judging day. */
class CompletenessTest {
  private static final Hierarchy H = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01,
      List.of(AdminUnit.of("75", "Đồng Nai", Tier.PROVINCE), AdminUnit.of("79", "TP Hồ Chí Minh", Tier.PROVINCE),
          AdminUnit.of("26001", "Xã An", Tier.COMMUNE, "75"), AdminUnit.of("26002", "Xã Bình", Tier.COMMUNE, "75"),
          AdminUnit.of("26003", "Xã Châu", Tier.COMMUNE, "75"), AdminUnit.of("27001", "Phường Dương", Tier.COMMUNE, "79")),
      List.of(Body.of("STTTT", "Sở Thông tin", BodyKind.DEPARTMENT, "75")));
  private static final Period Q1 = Period.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
  private static final ReportingRequirement MONTHLY = ReportingRequirement.of("M", Reporters.of(Tier.COMMUNE),
      List.of("A", "B"), Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(1, 5)), Q1);
  private static final ReportingRequirement QUARTERLY = ReportingRequirement.of("Q", Reporters.of(BodyKind.DEPARTMENT),
      List.of("A"), Recurrence.of(Frequency.QUARTERLY, DueRule.daysAfterEnd(10)), Period.year(2025));
  private static final LocalDate JUDGED = LocalDate.of(2025, 4, 5);
  private static final List<Result> RESULTS = new ArrayList<>();

  static {
    both("26001", 1, "2025-02-05");
    add("26001", "A", Period.month(2025, 2), "2025-03-05");
    add("26001", "B", Period.month(2025, 2), "2025-03-06");
    both("26001", 3, "2025-04-05");
    add("26002", "A", Period.month(2025, 1), "2025-01-31");
    both("26003", 1, "2025-02-01");
    add("26003", "A", Period.month(2025, 1), "2025-02-20");
    both("26003", 2, "2025-04-06");
    both("26003", 3, "2025-03-31");
    for (String indicator : List.of("A", "B")) {
      RESULTS.add(Result.builder().indicatorCode(indicator).subjectCode("27001").period(Period.month(2025, 1))
          .asOf(LocalDate.parse("2025-02-10")).reading(Reading.text(TextStatus.IN_PROGRESS, "đang tổng hợp")).build());
    }
    add("STTTT", "A", Period.quarter(2025, 1), "2025-04-01");
    add("26001", "C", Period.month(2025, 1), "2025-01-01");
    add("26002", "A", Period.year(2025), "2025-01-01");
  }

  private static void both(String unit, int month, String asOf) {
    add(unit, "A", Period.month(2025, month), asOf);
    add(unit, "B", Period.month(2025, month), asOf);
  }

  private static void add(String unit, String indicator, Period period, String asOf) {
    RESULTS.add(Result.builder().indicatorCode(indicator).subjectCode(unit).period(period)
        .asOf(LocalDate.parse(asOf)).reading(Reading.decimal(BigDecimal.ONE)).build());
  }

  private static final Completeness C = Completeness.of(ReportingSchedule.of(MONTHLY, QUARTERLY), H, RESULTS, JUDGED);

  private static ReportStatus report(String requirement, String unit, Period period) {
    return C.reports().stream().filter(r -> r.requirementCode().equals(requirement) && r.subjectCode().equals(unit)
        && r.period().equals(period)).findFirst().orElseThrow();
  }

  @Test
  void receivedOnTheDueDayIsOnTimeAndTheDayAfterIsOneDayLate() {
    assertThat(report("M", "26001", Period.month(2025, 1)).state()).isEqualTo(ReportState.ON_TIME);
    ReportStatus late = report("M", "26001", Period.month(2025, 2));
    assertThat(late.state()).isEqualTo(ReportState.LATE);
    assertThat(late.days()).isEqualTo(1);
    assertThat(late.received()).contains(LocalDate.of(2025, 3, 6));
    assertThat(late.due()).isEqualTo(LocalDate.of(2025, 3, 5));
    assertThat(report("M", "26001", Period.month(2025, 3)).state()).isEqualTo(ReportState.ON_TIME);
  }

  @Test
  void aReportNotYetDueIsPendingNotMissing() {
    assertThat(report("M", "26002", Period.month(2025, 3)).state()).isEqualTo(ReportState.PENDING);
    assertThat(report("Q", "STTTT", Period.quarter(2025, 2)).state()).isEqualTo(ReportState.PENDING);
    ReportStatus missing = report("M", "26002", Period.month(2025, 2));
    assertThat(missing.state()).isEqualTo(ReportState.MISSING);
    assertThat(missing.days()).isEqualTo(31);
  }

  @Test
  void aReportIsReceivedWhenItsLastIndicatorFirstArrived() {
    ReportStatus halfReported = report("M", "26002", Period.month(2025, 1));
    assertThat(halfReported.state()).isEqualTo(ReportState.MISSING);
    assertThat(halfReported.days()).isEqualTo(59);
    assertThat(report("M", "26003", Period.month(2025, 1)).received()).contains(LocalDate.of(2025, 2, 1));
    assertThat(report("M", "26003", Period.month(2025, 2)).state()).as("received after the judging day")
        .isEqualTo(ReportState.MISSING);
    assertThat(report("M", "26003", Period.month(2025, 3)).state()).as("early").isEqualTo(ReportState.ON_TIME);
    assertThat(report("M", "27001", Period.month(2025, 1))).as("text-only results are a report")
        .extracting(ReportStatus::state, ReportStatus::days).containsExactly(ReportState.LATE, 5L);
  }

  @Test
  void dhis2sThreeFiguresPerSubjectTierAndArea() {
    assertThat(C.counts("26001")).isEqualTo(ReportingCounts.of(3, 3, 2, 0));
    assertThat(C.counts("26002")).isEqualTo(ReportingCounts.of(2, 0, 0, 1));
    assertThat(C.counts("26003")).isEqualTo(ReportingCounts.of(3, 2, 2, 0));
    assertThat(C.counts("27001")).isEqualTo(ReportingCounts.of(2, 1, 0, 1));
    assertThat(C.counts("STTTT")).isEqualTo(ReportingCounts.of(1, 1, 1, 3));
    assertThat(C.counts("75")).isEqualTo(ReportingCounts.ZERO);
    assertThat(C.countsWithin("75")).isEqualTo(ReportingCounts.of(9, 6, 5, 4));
    assertThat(C.countsWithin("79")).isEqualTo(ReportingCounts.of(2, 1, 0, 1));
    assertThat(C.countsOf(Scope.of(Tier.COMMUNE))).isEqualTo(ReportingCounts.of(10, 6, 4, 2));
    assertThat(C.countsOf(Scope.of(BodyKind.DEPARTMENT))).isEqualTo(ReportingCounts.of(1, 1, 1, 3));
    assertThat(C.total()).isEqualTo(ReportingCounts.of(11, 7, 5, 5));
    assertThat(C.countsWithin("75").reportingRate()).contains(Rational.of(2, 3));
    assertThat(C.countsWithin("75").onTimeRate()).contains(Rational.of(5, 9));
    assertThat(ReportingCounts.ZERO.reportingRate()).isEmpty();
    assertThat(C.countsWithin("79").late()).isEqualTo(1);
    assertThat(C.countsWithin("79").missing()).isEqualTo(1);
  }

  @Test
  void mostMissingFirstThenMostLateThenHierarchyOrder() {
    assertThat(C.mostMissing(10)).extracting(s -> s.subject().code()).containsExactly("26002", "27001", "26003");
    assertThat(C.mostMissing(1)).extracting(s -> s.subject().code()).containsExactly("26002");
    assertThat(C.mostMissing(Scope.of(BodyKind.DEPARTMENT), 10)).isEmpty();
  }

  @Test
  void coverageOfOnePeriodIsTheRollupsCoverage() {
    assertThat(C.coverage("M", Period.month(2025, 2))).isEqualTo(Coverage.of(4, 1, List.of("26002", "26003", "27001")));
    assertThat(C.coverage("M", Period.month(2025, 3))).isEqualTo(Coverage.of(2, 2, List.of()));
    assertThatThrownBy(() -> C.coverage("M", Period.month(2025, 4))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2025-04");
  }

  @Test
  void theBulkPathGivesTheSameReportsCountsAndRanking() {
    List<Indicator> indicators = List.of(Indicator.of("A", "Chỉ tiêu A", Measure.COUNT, Area.DIGITAL_GOVERNMENT),
        Indicator.of("B", "Chỉ tiêu B", Measure.COUNT, Area.DIGITAL_GOVERNMENT),
        Indicator.of("C", "Chỉ tiêu C", Measure.COUNT, Area.DIGITAL_GOVERNMENT));
    Hierarchy units = Hierarchy.of(H.scheme(), H.units());
    List<Result> unitResults = RESULTS.stream().filter(r -> units.contains(r.subjectCode())).toList();
    ReportingSchedule schedule = ReportingSchedule.of(MONTHLY);
    Completeness expected = Completeness.of(schedule, units, unitResults, JUDGED);
    BulkResults bulk = BulkResults.builder(units, indicators).addAll(unitResults).build();
    for (int threads : new int[] {1, 2}) {
      BulkCompleteness actual = BulkCompleteness.of(bulk, schedule, JUDGED, threads);
      assertThat(actual.size()).isEqualTo(expected.reports().size());
      for (int i = 0; i < actual.size(); i++) {
        assertThat(actual.report(i)).isEqualTo(expected.reports().get(i));
      }
      for (AdminUnit unit : units.units()) {
        assertThat(actual.counts(unit.code())).isEqualTo(expected.counts(unit.code()));
        assertThat(actual.countsWithin(unit.code())).isEqualTo(expected.countsWithin(unit.code()));
      }
      assertThat(actual.mostMissing(10)).isEqualTo(expected.mostMissing(10));
      assertThat(actual.total()).isEqualTo(ReportingCounts.of(10, 6, 4, 2));
    }
    assertThatThrownBy(() -> BulkCompleteness.of(BulkResults.builder(H, indicators).build(),
        ReportingSchedule.of(QUARTERLY), JUDGED, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("requirement Q").hasMessageContaining("STTTT");
  }

  /** The README's example, as written there. */
  @Test
  void readmeExample() {
    Hierarchy hierarchy = H;
    List<Result> results = List.of(Result.builder().indicatorCode("CQ-02").subjectCode("26001")
            .period(Period.month(2025, 6)).asOf(LocalDate.of(2025, 7, 6)).reading(Reading.decimal(BigDecimal.ONE)).build(),
        Result.builder().indicatorCode("CQ-07").subjectCode("26001")
            .period(Period.month(2025, 6)).asOf(LocalDate.of(2025, 7, 2)).reading(Reading.decimal(BigDecimal.ONE)).build());
    ReportingSchedule schedule = ReportingSchedule.of(ReportingRequirement.of("BC-THANG",
        Reporters.of(Tier.COMMUNE), List.of("CQ-02", "CQ-07"),
        Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(1, 5)),   // by the 5th of the next month
        Period.year(2025)));
    Completeness c = Completeness.of(schedule, hierarchy, results, LocalDate.of(2025, 7, 8));
    assertThat(c.countsOf(Scope.of(Tier.COMMUNE)).reportingRate()).contains(Rational.of(1, 24));
    assertThat(c.countsWithin("75")).isEqualTo(ReportingCounts.of(18, 1, 0, 18));
    assertThat(c.mostMissing(10)).extracting(m -> m.subject().code()).containsExactly("26002", "26003", "27001", "26001");
    assertThat(c.reports(ReportState.LATE)).singleElement().satisfies(r -> {
      assertThat(r.due()).isEqualTo(LocalDate.of(2025, 7, 5));
      assertThat(r.received()).contains(LocalDate.of(2025, 7, 6));
      assertThat(r.days()).isEqualTo(1);
    });
  }
}
