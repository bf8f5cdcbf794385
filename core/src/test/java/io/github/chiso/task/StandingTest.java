package io.github.chiso.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Period;
import io.github.chiso.model.Recurrence;
import io.github.chiso.model.Task;
import io.github.chiso.model.TaskStatus;
import io.github.chiso.task.Standing.State;
import io.github.chiso.text.DeadlineText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StandingTest {
  private static Task.Builder task() {
    return Task.builder().code("T").description("Hoàn thành");
  }

  private static Task due(LocalDate due) {
    return task().due(due).build();
  }

  @Test
  void theDueDayItselfIsOnTimeAndTheDayAfterIsOneDayLate() {
    Task t = due(LocalDate.of(2022, 10, 27));   // "trước ngày 28/10/2022"
    assertThat(Standing.of(t, LocalDate.of(2022, 10, 27)).state()).isEqualTo(State.OPEN);
    Standing late = Standing.of(t, LocalDate.of(2022, 10, 28));
    assertThat(late.state()).isEqualTo(State.OVERDUE);
    assertThat(late.daysOverdue()).isEqualTo(1);
    assertThat(late.due()).contains(LocalDate.of(2022, 10, 27));
    assertThat(Standing.of(t, LocalDate.of(2022, 9, 1)).daysOverdue()).isZero();
  }

  @Test
  void daysOverdueCountAcrossMonthEndsAndLeapDays() {
    assertThat(Standing.of(due(LocalDate.of(2024, 2, 28)), LocalDate.of(2024, 3, 1)).daysOverdue()).isEqualTo(2);
    assertThat(Standing.of(due(LocalDate.of(2023, 2, 28)), LocalDate.of(2023, 3, 1)).daysOverdue()).isEqualTo(1);
    assertThat(Standing.of(due(LocalDate.of(2022, 12, 31)), LocalDate.of(2023, 1, 1)).daysOverdue()).isEqualTo(1);
    assertThat(Standing.of(due(LocalDate.of(2023, 12, 31)), LocalDate.of(2024, 12, 31)).daysOverdue()).isEqualTo(366);
    Task q4 = due(DeadlineText.parse("quý IV/2022").due().orElseThrow());
    assertThat(Standing.of(q4, LocalDate.of(2022, 12, 31)).state()).isEqualTo(State.OPEN);
    assertThat(Standing.of(q4, LocalDate.of(2023, 1, 1)).daysOverdue()).isEqualTo(1);
  }

  @Test
  void aTaskIsDoneOnlyFromTheDayItWasCompleted() {
    Task done = task().due(LocalDate.of(2022, 10, 27)).status(TaskStatus.DONE).completed(LocalDate.of(2022, 11, 3)).build();
    assertThat(Standing.of(done, LocalDate.of(2022, 10, 20)).state()).isEqualTo(State.OPEN);
    assertThat(Standing.of(done, LocalDate.of(2022, 11, 2)).daysOverdue()).isEqualTo(6);
    assertThat(Standing.of(done, LocalDate.of(2022, 11, 3)).state()).isEqualTo(State.DONE);
    assertThat(Standing.of(task().status(TaskStatus.DONE).build(), LocalDate.of(2000, 1, 1)).state()).isEqualTo(State.DONE);
    assertThatThrownBy(() -> task().completed(LocalDate.of(2022, 11, 3)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("completed on 2022-11-03");
  }

  @Test
  void ongoingAndUndatedTasksAreNeverOverdue() {
    assertThat(Standing.of(task().ongoing(true).dueWording("thường xuyên").build(), LocalDate.of(2030, 1, 1)).state())
        .isEqualTo(State.ONGOING);
    assertThat(Standing.of(task().build(), LocalDate.of(2030, 1, 1)).state()).isEqualTo(State.UNDATED);
    assertThatThrownBy(() -> task().ongoing(true).due(LocalDate.of(2022, 1, 1)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("ongoing");
  }

  @Test
  void aMonthlyTaskStandsByTheOccurrenceDueOrOverdue() {
    Recurrence by14th = DeadlineText.parse("trước ngày 15 hằng tháng").recurrence().orElseThrow();
    Task monthly = task().recurrence(by14th).build();
    Standing open = Standing.of(monthly, LocalDate.of(2024, 3, 14));
    assertThat(open.state()).isEqualTo(State.OVERDUE);   // February's was due on 14 February, never recorded done
    assertThat(open.occurrence()).contains(Period.month(2024, 2));
    assertThat(open.daysOverdue()).isEqualTo(29);
    Task doneInFebruary = task().recurrence(by14th).completed(LocalDate.of(2024, 2, 10)).build();
    Standing march = Standing.of(doneInFebruary, LocalDate.of(2024, 3, 14));
    assertThat(march.state()).isEqualTo(State.OPEN);
    assertThat(march.occurrence()).contains(Period.month(2024, 3));
    assertThat(march.due()).contains(LocalDate.of(2024, 3, 14));
    Standing dayAfter = Standing.of(doneInFebruary, LocalDate.of(2024, 3, 15));
    assertThat(dayAfter.state()).isEqualTo(State.OVERDUE);
    assertThat(dayAfter.daysOverdue()).isEqualTo(1);
    Task doneInMarch = task().recurrence(by14th).completed(LocalDate.of(2024, 3, 2)).build();
    assertThat(Standing.of(doneInMarch, LocalDate.of(2024, 3, 10)).state()).isEqualTo(State.DONE);
    assertThat(Standing.of(doneInMarch, LocalDate.of(2024, 3, 1)).state()).isEqualTo(State.OVERDUE);
  }

  @Test
  void aYearlyTaskDueByTheEndOfEachYear() {
    Task yearly = task().recurrence(Recurrence.of(Frequency.YEARLY, DueRule.daysAfterEnd(0)))
        .completed(LocalDate.of(2023, 12, 20)).build();
    Standing s = Standing.of(yearly, LocalDate.of(2024, 12, 31));
    assertThat(s.state()).isEqualTo(State.OPEN);
    assertThat(s.occurrence()).contains(Period.year(2024));
    assertThat(Standing.of(yearly, LocalDate.of(2025, 1, 1)).daysOverdue()).isEqualTo(1);
    assertThatThrownBy(() -> task().recurrence(Recurrence.of(Frequency.YEARLY, DueRule.daysAfterEnd(0)))
        .due(LocalDate.of(2024, 1, 1)).build()).isInstanceOf(InvalidValueException.class);
  }
}
