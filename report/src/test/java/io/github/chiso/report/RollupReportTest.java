package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Task;
import io.github.chiso.model.TaskStatus;
import io.github.chiso.seeds.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Seed 002's 2025 plan on commune results only: districts and the province are judged on rollups. */
class RollupReportTest {
  private static final Hierarchy DONG_NAI = Seeds.dongNai();
  private static final Plan PLAN = Seeds.seed002Plan();

  /** DL-01 for every commune but the first, n of 100 digitised. */
  static List<Result> communeResults() {
    List<Result> results = new ArrayList<>();
    List<AdminUnit> communes = DONG_NAI.unitsOf(Tier.COMMUNE);
    for (AdminUnit commune : communes.subList(1, communes.size())) {
      results.add(Result.of("DL-01", commune.code(), Period.year(2025), Reading.fraction(20 + Long.parseLong(commune.code()) % 70, 100)));
    }
    return results;
  }

  @Test
  void everyAncestorIsJudgedOnItsRollupWithCoverage() {
    List<Result> results = communeResults();
    ReportData report = ReportData.of(PLAN, DONG_NAI, results, LocalDate.of(2025, 12, 31));
    Assessment province = report.assessments().stream()
        .filter(a -> a.targetCode().equals("DL-01") && a.subjectCode().equals("75")).findFirst().orElseThrow();
    long n = results.stream().mapToLong(r -> ((Reading.Fraction) r.reading()).numerator()).sum();
    assertThat(province.status()).isNotEqualTo(Status.NO_DATA);
    assertThat(province.value()).contains(Rational.of(100 * n, 100L * results.size()));
    RolledUp rolled = report.rollup(province).orElseThrow();
    assertThat(rolled.standsIn()).isTrue();
    assertThat(rolled.sourceTier()).isEqualTo(Tier.COMMUNE);
    assertThat(rolled.coverage().expected()).isEqualTo(159);
    assertThat(rolled.coverage().reporting()).isEqualTo(158);
    assertThat(rolled.coverage().missing()).containsExactly(DONG_NAI.unitsOf(Tier.COMMUNE).get(0).code());

    // Every district is judged on its communes; none is left without data.
    List<Assessment> districts = report.assessments().stream()
        .filter(a -> a.targetCode().equals("DL-01") && a.scope().equals(Scope.of(Tier.DISTRICT))).toList();
    assertThat(districts).hasSize(11).allMatch(a -> a.status() == Status.MET || a.status() == Status.NOT_MET);
    Map<String, long[]> byDistrict = new TreeMap<>();
    for (Result r : results) {
      String district = DONG_NAI.parent(r.subjectCode()).orElseThrow().code();
      long[] sums = byDistrict.computeIfAbsent(district, k -> new long[2]);
      sums[0] += ((Reading.Fraction) r.reading()).numerator();
      sums[1] += 100;
    }
    for (Assessment district : districts) {
      long[] sums = byDistrict.get(district.subjectCode());
      assertThat(district.value()).contains(Rational.of(100 * sums[0], sums[1]));
    }
  }

  @Test
  void theTextShowsNamesCoverageAndTheDistrictTableInBothLanguages() {
    ReportData report = ReportData.of(PLAN, DONG_NAI, communeResults(), LocalDate.of(2025, 12, 31));
    String en = text(report, io.github.chiso.text.Language.EN);
    assertThat(en).contains("DL-01 Dossiers and results digitised — districts, worst first")
        .contains("rolled up from communes: 158/159 communes reporting")
        .containsPattern("\\n +75 +Tỉnh Đồng Nai +2025 +(MET|NOT_MET) ");
    String vi = text(report, io.github.chiso.text.Language.VI);
    assertThat(vi).contains("tổng hợp từ xã: 158/159 xã báo cáo")
        .contains("DL-01 Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa — huyện, xếp từ thấp nhất")
        .contains("điểm phần trăm").doesNotContain(" pp").doesNotContain("no result reported");
  }

  private static String text(ReportData report, io.github.chiso.text.Language language) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    TextReport.print(report, ReportOptions.of(language).withLimit(200), new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void theDistrictTableIsWorstFirst() {
    ReportData report = ReportData.of(PLAN, DONG_NAI, communeResults(), LocalDate.of(2025, 12, 31));
    UnitTable table = report.unitTables().stream()
        .filter(t -> t.target().code().equals("DL-01") && t.scope().equals(Scope.of(Tier.DISTRICT))).findFirst().orElseThrow();
    List<Gap> ranked = table.ranked();
    assertThat(ranked).hasSize(11);
    for (int i = 1; i < ranked.size(); i++) {
      Assessment before = ranked.get(i - 1).assessment();
      Assessment after = ranked.get(i).assessment();
      if (before.status() == after.status()) {
        assertThat(before.margin().orElseThrow()).isLessThanOrEqualTo(after.margin().orElseThrow());
      } else {
        assertThat(before.status()).isEqualTo(Status.NOT_MET);
      }
    }
    assertThat(table.count(Status.MET) + table.count(Status.NOT_MET)).isEqualTo(11);
    assertThat(report.lagging(Scope.of(Tier.DISTRICT))).allMatch(g -> g.assessment().status() == Status.NOT_MET);
  }

  @Test
  void aUnitsOwnFigureStandsAndItsRollupIsACrossCheck() {
    List<Result> results = new ArrayList<>(communeResults());
    results.add(Result.of("DL-01", "75", Period.year(2025), Reading.decimal("71")));
    ReportData report = ReportData.of(PLAN, DONG_NAI, results, LocalDate.of(2025, 12, 31));
    Assessment province = report.assessments().stream()
        .filter(a -> a.targetCode().equals("DL-01") && a.subjectCode().equals("75")).findFirst().orElseThrow();
    assertThat(province.value()).contains(Rational.of(71, 1));
    assertThat(report.rollup(province)).hasValueSatisfying(r -> assertThat(r.standsIn()).isFalse());
  }

  @Test
  void paceNeedsTwoDatesAndTasksStandAsOfTheDate() {
    List<Result> results = List.of(
        Result.of("DL-01", "75", Period.quarter(2025, 1), Reading.decimal("40")),
        Result.of("DL-01", "75", Period.quarter(2025, 3), Reading.decimal("55")));
    ReportData report = ReportData.of(PLAN, DONG_NAI, results, LocalDate.of(2025, 9, 30));
    assertThat(report.pace()).singleElement().satisfies(p -> {
      assertThat(p.subjectCode()).isEqualTo("75");
      assertThat(p.pace().orElseThrow().baseline().value()).isEqualTo(Rational.of(40, 1));
      assertThat(p.pace().orElseThrow().latest().value()).isEqualTo(Rational.of(55, 1));
    });
    Task late = Task.builder().code("T1").description("x").lead("Sở TT&TT").due(LocalDate.of(2025, 6, 30)).build();
    Task done = Task.builder().code("T2").description("y").lead("Sở TT&TT").due(LocalDate.of(2025, 6, 30)).status(TaskStatus.DONE).build();
    Task open = Task.builder().code("T3").description("z").lead("Sở TT&TT").due(LocalDate.of(2025, 9, 30)).build();
    Plan withTasks = Plan.builder().from(PLAN).tasks(List.of(done, open, late)).build();
    ReportData tasks = ReportData.of(withTasks, DONG_NAI, results, LocalDate.of(2025, 9, 30));
    assertThat(tasks.tasks()).extracting(Task::code).containsExactly("T1", "T3", "T2");
    assertThat(tasks.standing(late)).isEqualTo(TaskStanding.OVERDUE);
    assertThat(tasks.standing(open)).isEqualTo(TaskStanding.OPEN);   // due on the date is not yet overdue
    assertThat(tasks.standing(done)).isEqualTo(TaskStanding.DONE);
  }

  @Test
  void theTaskTablesShowTheDaysOverdueAndTheDeadlineAsWritten() {
    Task late = Task.builder().code("T1").description("Báo cáo kết quả").lead("Sở TT&TT").due(LocalDate.of(2025, 6, 30))
        .dueWording("trước ngày 1/7/2025").build();
    Task monthly = Task.builder().code("T2").description("Đưa chuyên đề vào báo cáo").dueWording("hàng tháng")
        .recurrence(io.github.chiso.text.DeadlineText.parse("hàng tháng").recurrence().orElseThrow())
        .completed(LocalDate.of(2025, 8, 20)).build();
    Task always = Task.builder().code("T3").description("Rà soát").dueWording("thường xuyên").ongoing(true).build();
    Plan withTasks = Plan.builder().from(PLAN).tasks(List.of(always, monthly, late)).build();
    ReportData data = ReportData.of(withTasks, DONG_NAI, communeResults(), LocalDate.of(2025, 9, 30));
    assertThat(data.tasks()).extracting(Task::code).containsExactly("T1", "T2", "T3");
    assertThat(data.standingOf(late).daysOverdue()).isEqualTo(92);
    assertThat(data.standing(monthly)).isEqualTo(TaskStanding.OPEN);   // August done on 20 August; September due on the 30th
    assertThat(data.standingOf(monthly).due()).contains(LocalDate.of(2025, 9, 30));
    assertThat(data.standing(always)).isEqualTo(TaskStanding.ONGOING);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    TextReport.print(data, io.github.chiso.text.Language.VI, new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("QUÁ HẠN 92 NGÀY", "30/06/2025 (trước ngày 1/7/2025)", "30/09/2025 (hàng tháng)", "THƯỜNG XUYÊN");
    String html = HtmlReport.render(data, io.github.chiso.text.Language.EN);
    assertThat(html).contains("<tr class=\"OVERDUE\"><td>OVERDUE 92 DAYS</td>", "2025-06-30 (trước ngày 1/7/2025)", "<tr class=\"ONGOING\">");
  }

  @Test
  void aRecurringTaskCountsFromThePlansIssue() {
    Task monthly = Task.builder().code("T2").description("Đưa chuyên đề vào báo cáo").dueWording("hàng tháng")
        .recurrence(io.github.chiso.text.DeadlineText.parse("hàng tháng").recurrence().orElseThrow()).build();
    Plan issuedInSeptember = Plan.builder().from(PLAN).issued(Period.month(2025, 9)).tasks(List.of(monthly)).build();
    ReportData before = ReportData.of(issuedInSeptember, DONG_NAI, communeResults(), LocalDate.of(2025, 8, 15));
    assertThat(before.standing(monthly)).as("not overdue for July, before the plan set it").isEqualTo(TaskStanding.OPEN);
    assertThat(before.standingOf(monthly).due()).contains(LocalDate.of(2025, 9, 30));
    ReportData after = ReportData.of(issuedInSeptember, DONG_NAI, communeResults(), LocalDate.of(2025, 10, 3));
    assertThat(after.standingOf(monthly).daysOverdue()).as("September was due on the 30th").isEqualTo(3);
  }
}
