package io.github.chiso.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Period;
import io.github.chiso.model.Recurrence;
import io.github.chiso.model.Task;
import io.github.chiso.model.TaskStatus;
import io.github.chiso.task.Standing.State;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.testkit.property.Source;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a task stands: monotone in the day for one-off tasks; by Recurrence's occurrences for recurring ones. */
class StandingPropertiesTest {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  private static LocalDate day(Source s, int span) {
    return BASE.plusDays(s.draw(span));
  }

  private record OneOff(Task task, LocalDate first, LocalDate second) {}

  private static final Gen<OneOff> ONE_OFF = s -> {
    Task.Builder task = Task.builder().code("T").description("x");
    long shape = s.draw(3);
    if (shape == 0) {
      task.due(day(s, 400));
    } else if (shape == 1) {
      task.ongoing(true);
    }
    long done = s.draw(2);
    if (done >= 1) {
      task.status(TaskStatus.DONE);
      if (done == 2) {
        task.completed(day(s, 400));
      }
    } else {
      task.status(s.draw(1) == 0 ? TaskStatus.UNKNOWN : TaskStatus.IN_PROGRESS);
    }
    LocalDate a = day(s, 500);
    return new OneOff(task.build(), a, a.plusDays(s.draw(200)));
  };

  private static int order(State state) {
    return state == State.OPEN ? 0 : state == State.OVERDUE ? 1 : state == State.DONE ? 2 : -1;
  }

  /** Checked against DONE only on the completion day itself ({@code c.equals(asOf)}): fails. */
  @Test
  void oneOffStandingIsMonotoneInTheDay() {
    Property.forAll("one-off standing is monotone", ONE_OFF).tries(3000).verify(c -> {
      Standing a = Standing.of(c.task(), c.first());
      Standing b = Standing.of(c.task(), c.second());
      if (a.state() == State.DONE) {
        assertThat(b.state()).isEqualTo(State.DONE);
      }
      if (order(a.state()) >= 0) {
        assertThat(order(b.state())).as("%s then %s", a, b).isGreaterThanOrEqualTo(order(a.state()));
      } else {
        assertThat(b.state()).isIn(a.state(), State.DONE);
      }
      if (a.state() == State.OVERDUE && b.state() == State.OVERDUE) {
        assertThat(b.daysOverdue()).isEqualTo(a.daysOverdue() + ChronoUnit.DAYS.between(c.first(), c.second()));
      }
      if (b.state() == State.OVERDUE) {
        assertThat(b.due().orElseThrow().plusDays(b.daysOverdue())).isEqualTo(c.second());
      }
    });
  }

  private record Recurring(Recurrence recurrence, LocalDate asOf, LocalDate completed) {}

  private static final Gen<Recurring> RECURRING = s -> {
    Frequency f = Frequency.values()[(int) s.draw(Frequency.values().length - 1)];
    DueRule rule;
    long kind = s.draw(2);
    boolean yearly = f == Frequency.YEARLY || f == Frequency.ANNUAL_DAY;
    if (kind == 0) {
      rule = DueRule.daysAfterEnd((int) s.draw(60));
    } else if (kind == 1 || !yearly) {
      rule = DueRule.dayOfMonthAfter((f == Frequency.ANNUAL_DAY ? 1 : 0) + (int) s.draw(2), 1 + (int) s.draw(30));
    } else {
      rule = DueRule.onDate(MonthDay.of(1 + (int) s.draw(11), 1 + (int) s.draw(27)), f == Frequency.ANNUAL_DAY ? 1 : (int) s.draw(1));
    }
    Recurrence r = f == Frequency.ANNUAL_DAY
        ? Recurrence.annually(MonthDay.of(1 + (int) s.draw(11), 1 + (int) s.draw(27)), rule) : Recurrence.of(f, rule);
    LocalDate asOf = day(s, 1500);
    return new Recurring(r, asOf, s.draw(1) == 0 ? null : asOf.minusDays(s.draw(500)).plusDays(s.draw(30)));
  };

  /** Checked against keeping the first occurrence that fell due instead of the last: fails. */
  @Test
  void aRecurringTaskStandsByTheOccurrenceRecurrenceGives() {
    Property.forAll("recurring standing agrees with Recurrence", RECURRING).tries(1500).verify(c -> {
      Recurrence r;
      try {
        r = c.recurrence();
        r.occurrences(Period.year(2020)).forEach(r::dueDate);
      } catch (io.github.chiso.InvalidValueException e) {
        throw new Gen.Discard("a due date before its occurrence starts");
      }
      Task.Builder builder = Task.builder().code("T").description("x").recurrence(r);
      if (c.completed() != null) {
        builder.completed(c.completed());
      }
      Task task = builder.build();
      Standing standing = Standing.of(task, c.asOf());
      List<Period> all = new ArrayList<>(r.occurrences(Period.range(LocalDate.of(c.asOf().getYear() - 3, 1, 1),
          LocalDate.of(c.asOf().getYear() + 1, 12, 31))));
      Period occurrence = standing.occurrence().orElseThrow();
      LocalDate due = standing.due().orElseThrow();
      assertThat(all).contains(occurrence);
      assertThat(r.dueDate(occurrence)).isEqualTo(due);
      boolean doneWithin = c.completed() != null && !c.completed().isAfter(c.asOf()) && !c.completed().isBefore(occurrence.start());
      if (standing.state() == State.OVERDUE) {
        assertThat(due).isBefore(c.asOf());
        assertThat(all).as("no later occurrence fell due").noneMatch(p -> r.dueDate(p).isAfter(due) && r.dueDate(p).isBefore(c.asOf()));
        assertThat(doneWithin).isFalse();
        assertThat(standing.daysOverdue()).isEqualTo(ChronoUnit.DAYS.between(due, c.asOf()));
      } else {
        assertThat(standing.state()).isIn(State.OPEN, State.DONE);
        assertThat(due).isAfterOrEqualTo(c.asOf());
        assertThat(all).as("no earlier occurrence is still due").noneMatch(p -> !r.dueDate(p).isBefore(c.asOf()) && r.dueDate(p).isBefore(due));
        assertThat(standing.state() == State.DONE).isEqualTo(doneWithin);
      }
    });
  }

  private record SetLater(Recurring recurring, long days) {}

  /**
   * A task set on a day stands as if always set, except that occurrences that ended before that day
   * do not count. Checked against dropping occurrences that start (instead of end) before the day:
   * fails where the unbounded standing's occurrence contains the day.
   */
  @Test
  void aTaskSetLaterStandsByOccurrencesFromTheOneItWasSetIn() {
    Property.forAll("recurring standing from the day set", Gen.combine(RECURRING, Gen.longs(-800, 400), SetLater::new))
        .tries(1500).verify(later -> {
      Recurring c = later.recurring();
      LocalDate setOn = c.asOf().plusDays(later.days());
      Recurrence r = c.recurrence();
      Task task;
      try {
        r.occurrences(Period.year(2020)).forEach(r::dueDate);
        Task.Builder builder = Task.builder().code("T").description("x").recurrence(r);
        if (c.completed() != null) {
          builder.completed(c.completed());
        }
        task = builder.build();
      } catch (io.github.chiso.InvalidValueException e) {
        throw new Gen.Discard("a due date before its occurrence starts");
      }
      Standing always = Standing.of(task, c.asOf());
      Standing set = Standing.of(task, c.asOf(), setOn);
      set.occurrence().ifPresent(p -> assertThat(p.end()).as("%s set on %s", set, setOn).isAfterOrEqualTo(setOn));
      if (!always.occurrence().orElseThrow().end().isBefore(setOn)) {
        assertThat(set).isEqualTo(always);
      }
      if (set.state() == State.OVERDUE) {
        assertThat(always.state()).isEqualTo(State.OVERDUE);
      }
    });
  }
}
