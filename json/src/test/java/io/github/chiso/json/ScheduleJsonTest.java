package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Group;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Period;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Recurrence;
import io.github.chiso.schedule.Reporters;
import io.github.chiso.schedule.ReportingRequirement;
import io.github.chiso.schedule.ReportingSchedule;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting schedules: round trip, schema, and errors naming the JSON path. */
class ScheduleJsonTest {
  static final ReportingSchedule SCHEDULE = ReportingSchedule.builder().title("Chế độ báo cáo chuyển đổi số 2025")
      .addRequirements(
          ReportingRequirement.builder().code("BC-THANG").name("Báo cáo tháng").reporters(Reporters.of(Tier.COMMUNE))
              .indicatorCodes(List.of("DG-01", "DG-02")).window(Period.year(2025))
              .recurrence(Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(1, 5))).build(),
          ReportingRequirement.of("BC-QUY", Reporters.of(Group.of("75", Scope.of(BodyKind.DEPARTMENT))), List.of("DG-01"),
              Recurrence.of(Frequency.QUARTERLY, DueRule.daysAfterEnd(10)), Period.year(2025)),
          ReportingRequirement.of("BC-NAM", Reporters.codes("75", "STTTT"), List.of("DTI"),
              Recurrence.of(Frequency.YEARLY, DueRule.onDate(MonthDay.of(12, 15), 0)),
              Period.range(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2030, 12, 31))),
          ReportingRequirement.of("BC-30-6", Reporters.of(Tier.DISTRICT), List.of("DG-02"),
              Recurrence.annually(MonthDay.of(6, 30), DueRule.daysAfterEnd(7)), Period.year(2025)))
      .build();

  @Test
  void writeThenReadGivesTheScheduleAndTheSameDocument() {
    String json = ChisoJson.writeSchedule(SCHEDULE);
    Schemas.assertValid(Schemas.SCHEDULE, json);
    ReportingSchedule read = ChisoJson.readSchedule(json);
    assertThat(read).isEqualTo(SCHEDULE);
    assertThat(ChisoJson.writeSchedule(read)).isEqualTo(json);
    assertThat(ChisoJson.mapper().readValue(json, ReportingSchedule.class)).isEqualTo(SCHEDULE);
    Recurrence recurrence = SCHEDULE.requirements().get(3).recurrence();
    assertThat(ChisoJson.mapper().readValue(ChisoJson.mapper().writeValueAsString(recurrence), Recurrence.class))
        .isEqualTo(recurrence);
  }

  @Test
  void theDocumentReadsAsFormatSays() {
    String json = "{\"format\":\"chiso.schedule\",\"formatVersion\":1,\"requirements\":[{\"code\":\"M\","
        + "\"reporters\":{\"scope\":{\"kind\":\"TIER\",\"key\":\"commune\"},\"within\":\"75\"},\"indicators\":[\"A\"],"
        + "\"window\":\"2025\",\"recurrence\":{\"every\":\"MONTHLY\",\"due\":{\"dayOfMonth\":5,\"monthsAfter\":1}}}]}";
    Schemas.assertValid(Schemas.SCHEDULE, json);
    ReportingRequirement m = ChisoJson.readSchedule(json).requirements().get(0);
    assertThat(m.reporters()).isEqualTo(Reporters.of(Group.of("75", Scope.of(Tier.COMMUNE))));
    assertThat(m.periods()).hasSize(12);
    assertThat(m.recurrence().dueDate(Period.month(2025, 12))).isEqualTo(java.time.LocalDate.of(2026, 1, 5));
  }

  private static String withRequirement(String requirement) {
    return "{\"format\":\"chiso.schedule\",\"formatVersion\":1,\"requirements\":[" + requirement + "]}";
  }

  private static String requirement(String reporters, String recurrence) {
    return "{\"code\":\"M\",\"reporters\":" + reporters + ",\"indicators\":[\"A\"],\"window\":\"2025\",\"recurrence\":"
        + recurrence + "}";
  }

  private static final String COMMUNES = "{\"scope\":{\"kind\":\"TIER\",\"key\":\"commune\"}}";
  private static final String MONTHLY = "{\"every\":\"MONTHLY\",\"due\":{\"daysAfterEnd\":5}}";

  private static void refused(String json, String path, String problem) {
    beyondTheSchema(json, path, problem);
    assertThat(Schemas.errors(Schemas.SCHEDULE, json)).as("the schema refuses it too: %s", json).isNotEmpty();
  }

  /** Refused by the reader, where a schema cannot say it (a day the calendar lacks, duplicate codes). */
  private static void beyondTheSchema(String json, String path, String problem) {
    assertThatThrownBy(() -> ChisoJson.readSchedule(json)).isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining(path).hasMessageContaining(problem);
  }

  @Test
  void badDocumentsAreRefusedWithTheirPath() {
    refused(withRequirement(requirement(COMMUNES, "{\"every\":\"MONTHLY\",\"due\":{\"daysAfterEnd\":-1}}")),
        "$.requirements[0].recurrence.due", "-1");
    refused(withRequirement(requirement(COMMUNES, "{\"every\":\"MONTHLY\",\"due\":{\"daysAfterEnd\":5,\"monthsAfter\":1}}")),
        "$.requirements[0].recurrence.due.monthsAfter", "does not go with");
    refused(withRequirement(requirement(COMMUNES, "{\"every\":\"MONTHLY\",\"due\":{\"dayOfMonth\":5}}")),
        "$.requirements[0].recurrence.due.monthsAfter", "missing required field");
    refused(withRequirement(requirement(COMMUNES, "{\"every\":\"WEEKLY\",\"due\":{\"daysAfterEnd\":5}}")),
        "$.requirements[0].recurrence.every", "expected one of");
    beyondTheSchema(withRequirement(requirement(COMMUNES, "{\"every\":\"ANNUAL_DAY\",\"day\":\"02-30\",\"due\":{\"daysAfterEnd\":0}}")),
        "$.requirements[0].recurrence.day", "not a day of the year");
    refused(withRequirement(requirement(COMMUNES, "{\"every\":\"YEARLY\",\"day\":\"06-30\",\"due\":{\"daysAfterEnd\":0}}")),
        "$.requirements[0].recurrence.day", "ANNUAL_DAY");
    refused(withRequirement(requirement(COMMUNES, "{\"every\":\"YEARLY\",\"due\":{\"onDate\":\"12/15\",\"yearsAfter\":0}}")),
        "$.requirements[0].recurrence.due.onDate", "MM-DD");
    refused(withRequirement(requirement("{\"codes\":[]}", MONTHLY)), "$.requirements[0].reporters", "neither");
    refused(withRequirement(requirement("{\"codes\":[\"75\"],\"scope\":{\"kind\":\"TIER\",\"key\":\"commune\"}}", MONTHLY)),
        "$.requirements[0].reporters", "either");
    beyondTheSchema(withRequirement(requirement(COMMUNES, MONTHLY) + "," + requirement(COMMUNES, MONTHLY)),
        "$.requirements[1].code", "duplicate requirement code");
    refused(withRequirement(requirement(COMMUNES, MONTHLY).replace("[\"A\"]", "[\"A\",\"A\"]")),
        "$.requirements[0]", "'A' is listed twice");
    beyondTheSchema(withRequirement(requirement(COMMUNES, MONTHLY).replace("\"2025\"", "\"2025-13\"")),
        "$.requirements[0].window", "2025-13");
    refused(withRequirement(requirement(COMMUNES, MONTHLY).replace("\"code\":\"M\",", "\"code\":\"M\",\"due\":1,")),
        "$.requirements[0].due", "unknown field");
    refused("{\"format\":\"chiso.plan\",\"formatVersion\":1,\"requirements\":[]}", "$.format", "chiso.schedule");
  }

  /** The example of FORMAT.md, kept as a golden document: valid, read as described, written back equal. */
  @Test
  void theFormatExampleReads() {
    String json = GoldenDocumentsTest.golden("schedule.json");
    Schemas.assertValid(Schemas.SCHEDULE, json);
    ReportingSchedule schedule = ChisoJson.readSchedule(json);
    assertThat(schedule.requirements()).extracting(ReportingRequirement::code)
        .containsExactly("BC-THANG", "BC-QUY", "BC-NAM", "BC-30-6");
    assertThat(schedule.requirements().get(2).periods()).hasSize(6);
    assertThat(schedule.requirements().get(2).recurrence().dueDate(Period.year(2030)))
        .isEqualTo(java.time.LocalDate.of(2030, 12, 15));
    assertThat(schedule.requirements().get(3).periods()).containsExactly(Period.day(java.time.LocalDate.of(2025, 6, 30)));
    assertThat(ChisoJson.readSchedule(ChisoJson.writeSchedule(schedule))).isEqualTo(schedule);
  }
}
