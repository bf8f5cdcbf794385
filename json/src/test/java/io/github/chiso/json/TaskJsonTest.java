package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chiso.model.Plan;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Task;
import io.github.chiso.model.TaskStatus;
import io.github.chiso.text.Deadline;
import io.github.chiso.text.DeadlineText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A task's deadline as written, recurrence, ongoing flag, qualifiers and completion day in plan documents. */
class TaskJsonTest {
  private static Task fromWording(String code, String wording) {
    Deadline d = DeadlineText.parse(wording);
    Task.Builder task = Task.builder().code(code).description("Nhiệm vụ " + code).dueWording(wording)
        .ongoing(d.isOngoing()).addAllQualifiers(d.qualifiers());
    d.due().ifPresent(task::due);
    d.recurrence().ifPresent(task::recurrence);
    return task.build();
  }

  private static Plan plan() {
    return Plan.builder().from(GoldenDocumentsTest.expectedPlan()).addTasks(
        fromWording("K1", "Dự kiến tháng 12/2022"),
        fromWording("K2", "hàng tháng"),
        fromWording("K3", "trước ngày 15/12 hằng năm"),
        fromWording("K4", "thường xuyên"),
        fromWording("K5", "định kỳ 6 tháng"),
        Task.builder().from(fromWording("K6", "trước ngày 28/10/2022")).status(TaskStatus.DONE)
            .completed(LocalDate.of(2022, 10, 20)).build()).build();
  }

  @Test
  void theNewFieldsRoundTripAndMatchTheSchema() {
    Plan plan = plan();
    String json = ChisoJson.writePlan(plan);
    Schemas.assertValid(Schemas.PLAN, json);
    Plan read = ChisoJson.readPlan(json);
    assertThat(read).isEqualTo(plan);
    assertThat(ChisoJson.writePlan(read)).isEqualTo(json);
    assertThat(json).contains("\"dueWording\" : \"Dự kiến tháng 12/2022\"", "\"qualifiers\" : [ \"EXPECTED\" ]",
        "\"recurrence\" : {", "\"every\" : \"HALF_YEARLY\"", "\"ongoing\" : true", "\"completed\" : \"2022-10-20\"");
    assertThat(read.tasks().get(3).recurrence().orElseThrow().due().date()).isEqualTo(java.time.MonthDay.of(12, 14));
    assertThat(read.tasks().get(1).qualifiers()).containsExactly(Qualifier.EXPECTED);
  }

  @Test
  void aTaskWithoutTheNewFieldsWritesNoneOfThem() {
    String json = ChisoJson.writePlan(GoldenDocumentsTest.expectedPlan());
    assertThat(json).doesNotContain("dueWording", "recurrence", "ongoing", "qualifiers", "completed");
  }

  private static InvalidDocumentException error(String from, String to) {
    String json = ChisoJson.writePlan(plan());
    assertThat(json).contains(from);
    return catchThrowableOfType(InvalidDocumentException.class, () -> ChisoJson.readPlan(json.replace(from, to)));
  }

  @Test
  void badValuesAreRefusedWithTheirPath() {
    assertThat(error("\"qualifiers\" : [ \"EXPECTED\" ]", "\"qualifiers\" : [ \"APPROXIMATE\" ]").location())
        .isEqualTo("$.tasks[1]");
    assertThat(error("\"qualifiers\" : [ \"EXPECTED\" ]", "\"qualifiers\" : [ \"EXPECTED\", \"EXPECTED\" ]").location())
        .isEqualTo("$.tasks[1].qualifiers");
    assertThat(error("\"ongoing\" : true", "\"ongoing\" : \"yes\"").location()).isEqualTo("$.tasks[4].ongoing");
    assertThat(error("\"every\" : \"HALF_YEARLY\"", "\"every\" : \"WEEKLY\"").location()).isEqualTo("$.tasks[5].recurrence.every");
    InvalidDocumentException notDone = error("\"status\" : \"DONE\"", "\"status\" : \"IN_PROGRESS\"");
    assertThat(notDone.location()).isEqualTo("$.tasks[6]");
    assertThat(notDone.getMessage()).contains("completed on 2022-10-20");
    assertThat(error("\"completed\" : \"2022-10-20\"", "\"completed\" : \"2022-10-32\"").location()).isEqualTo("$.tasks[6].completed");
  }
}
