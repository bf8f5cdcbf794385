package io.github.chiso.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Recurrence;
import io.github.chiso.model.Task;
import io.github.chiso.text.Deadline;
import io.github.chiso.text.DeadlineText;
import io.github.chiso.text.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's "Tasks" example, as written there, with the values its comments claim. */
class ReadmeTaskExampleTest {
  @Test
  void theReadmeExampleSaysTrue() {
    Deadline d = DeadlineText.parse("hoàn thành trước ngày 28/10/2022");
    assertThat(d.due()).contains(LocalDate.of(2022, 10, 27));
    assertThat(DeadlineText.parse("trước ngày 15 hằng tháng").recurrence())
        .contains(Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(0, 14)));
    Task task = Task.builder().code("3-4").description("…").dueWording("trước ngày 28/10/2022")
        .due(d.due().get()).build();
    Standing s = Standing.of(task, LocalDate.of(2022, 10, 28));
    assertThat(s.state()).isEqualTo(Standing.State.OVERDUE);
    assertThat(s.daysOverdue()).isEqualTo(1);
    assertThat(DeadlineText.format(d, Language.EN)).isEqualTo("before 28 October 2022");
  }
}
