package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.completeness.Completeness;
import io.github.chiso.completeness.ReportingCounts;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Recurrence;
import io.github.chiso.schedule.Reporters;
import io.github.chiso.schedule.ReportingRequirement;
import io.github.chiso.schedule.ReportingSchedule;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.text.Language;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The completeness section for seed 002's units: Đồng Nai before the reform (the province, 11
 * districts, 159 communes, 17 departments). The schedule and the received dates are
 * <b>illustrative</b> (the plan asks its bodies to report but the seeds publish no dates): communes
 * report two of the plan's indicators monthly by the 5th of the next month, districts and
 * departments three quarterly within 10 days, over the first half of 2025, judged on 8 July 2025.
 */
class CompletenessReportTest {
  private static final LocalDate JUDGED_ON = LocalDate.of(2025, 7, 8);
  private static final Period H1 = Period.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));

  static ReportingSchedule schedule() {
    return ReportingSchedule.builder().title("Chế độ báo cáo chuyển đổi số 6 tháng đầu năm 2025 (minh họa)")
        .addRequirements(
            ReportingRequirement.of("BC-XA", Reporters.of(Tier.COMMUNE), List.of("CQ-02", "CQ-07"),
                Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(1, 5)), H1),
            ReportingRequirement.of("BC-HUYEN", Reporters.of(Tier.DISTRICT), List.of("CQ-01", "CQ-02", "CQ-04"),
                Recurrence.of(Frequency.QUARTERLY, DueRule.daysAfterEnd(10)), H1),
            ReportingRequirement.of("BC-SO", Reporters.of(BodyKind.DEPARTMENT), List.of("CQ-01", "CQ-06", "CQ-07"),
                Recurrence.of(Frequency.QUARTERLY, DueRule.daysAfterEnd(10)), H1))
        .build();
  }

  /** Deterministic illustrative results: most on time, one in eight late by 1–20 days, one in twelve absent. */
  static List<Result> results(Hierarchy hierarchy, ReportingSchedule schedule) {
    SplittableRandom random = new SplittableRandom(2);
    List<Result> results = new ArrayList<>();
    for (ReportingRequirement requirement : schedule.requirements()) {
      for (Subject subject : requirement.reporters(hierarchy)) {
        for (Period period : requirement.periods()) {
          int draw = random.nextInt(24);
          LocalDate due = requirement.recurrence().dueDate(period);
          LocalDate received = draw < 3 ? due.plusDays(1 + random.nextInt(20)) : due.minusDays(random.nextInt(5));
          for (String indicator : requirement.indicatorCodes()) {
            if (draw == 3 && indicator.equals(requirement.indicatorCodes().get(0))) {
              continue;
            }
            if (draw == 4) {
              continue;
            }
            results.add(Result.builder().indicatorCode(indicator).subjectCode(subject.code()).period(period)
                .asOf(received).reading(Reading.decimal(BigDecimal.valueOf(50 + random.nextInt(51)))).build());
          }
        }
      }
    }
    return results;
  }

  @Test
  void theSectionForSeed002sUnits() throws IOException {
    Hierarchy dongNai = Seeds.dongNai();
    ReportingSchedule schedule = schedule();
    Completeness completeness = Completeness.of(schedule, dongNai, results(dongNai, schedule), JUDGED_ON);
    String vi = CompletenessReport.text(completeness, dongNai, Language.VI, 5);
    String en = CompletenessReport.text(completeness, dongNai, Language.EN, 5);
    Path out = Path.of("target", "completeness-seed002.txt");
    Files.writeString(out, vi + "\n" + en, StandardCharsets.UTF_8);

    ReportingCounts communes = completeness.countsOf(Scope.of(Tier.COMMUNE));
    assertThat(communes.expected() + communes.pending()).isEqualTo(159L * 6);
    ReportingCounts districts = completeness.countsOf(Scope.of(Tier.DISTRICT));
    assertThat(districts.expected() + districts.pending()).isEqualTo(11L * 2);
    assertThat(districts.pending()).as("Q2 is due on 10 July: pending unless received early").isBetween(1L, 11L);
    ReportingCounts departments = completeness.countsOf(Scope.of(BodyKind.DEPARTMENT));
    assertThat(departments.expected() + departments.pending()).isEqualTo(17L * 2);
    assertThat(completeness.countsWithin("75")).isEqualTo(completeness.total());
    assertThat(vi).startsWith("Tình hình gửi báo cáo đến ngày 2025-07-08")
        .contains("  xã ", "  huyện ", "  sở, ban, ngành ", "Đơn vị gửi muộn hoặc chưa gửi");
    assertThat(en).contains("  commune ", "  district ", "  provincial departments ", "Late or missing reporters");
    Subject worst = completeness.mostMissing(Scope.of(Tier.COMMUNE), 1).get(0).subject();
    assertThat(vi.lines().filter(l -> l.startsWith("    " + worst.code() + " ") && l.contains(worst.name())))
        .as("the commune with the most missing reports, by name").hasSize(1);
    for (String line : vi.split("\n")) {
      if (line.startsWith("  xã ") && line.endsWith("%")) {
        assertThat(line).contains(Long.toString(communes.expected()), Long.toString(communes.onTime()));
      }
    }
  }
}
