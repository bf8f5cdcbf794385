package io.github.chiso.task;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Period;
import io.github.chiso.model.Recurrence;
import io.github.chiso.model.Task;
import io.github.chiso.model.TaskStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a task stands on a day ({@link #asOf}), by these rules:
 *
 * <ul>
 *   <li>{@link State#DONE}: its status is {@link TaskStatus#DONE} and it was {@link Task#completed
 *       completed} on or before the day (or no completion day is recorded);
 *   <li>{@link State#ONGOING}: it has no end ("thường xuyên");
 *   <li>{@link State#UNDATED}: it has no due date and does not recur;
 *   <li>a one-off task with a due date is {@link State#OPEN} up to and including the due day, and
 *       {@link State#OVERDUE} by one day the day after, by n days n days after; a day before its
 *       completion day is judged so too, as it was not yet done;
 *   <li>a recurring task stands by one {@link #occurrence}: the last occurrence that fell due before
 *       the day, OVERDUE unless the task was completed on or after that occurrence's first day (and on
 *       or before the day); else the next occurrence due on or after the day, OPEN (DONE when it was
 *       already completed within it). Occurrences and their due days are {@link Recurrence}'s.
 * </ul>
 *
 * A task that was never recorded done is not assumed done: a recurring task without a completion
 * day is overdue once its first occurrence has passed. Immutable.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Standing {
  Standing() {}

  /** Where a task stands, most urgent first. */
  public enum State {
    /** Due before the day and not done. */
    OVERDUE,
    /** Due on or after the day, not done. */
    OPEN,
    /** No end: "thường xuyên", "liên tục". */
    ONGOING,
    /** No due date and no recurrence, not done. */
    UNDATED,
    /** Done on or before the day. */
    DONE
  }

  /** The day the standing is for. */
  public abstract LocalDate asOf();

  /** Where the task stands. */
  public abstract State state();

  /** The due day: the task's, or its {@link #occurrence}'s; empty when ongoing or undated (or done without one). */
  public abstract Optional<LocalDate> due();

  /** For a recurring task, the occurrence the standing is of. */
  public abstract Optional<Period> occurrence();

  /** Days from the due day to {@link #asOf} when OVERDUE (at least 1); else 0. */
  @Value.Default
  public long daysOverdue() {
    return 0;
  }

  @Value.Check
  void check() {
    Check.argument((state() == State.OVERDUE) == (daysOverdue() > 0),
        "standing %s: days overdue %s must be positive exactly when overdue", state(), daysOverdue());
  }

  /**
   * Where {@code task} stands on {@code asOf}, every occurrence of a recurring task counting (as if
   * it had always been set); {@link #of(Task, LocalDate, LocalDate)} starts it on the day it was set.
   */
  public static Standing of(Task task, LocalDate asOf) {
    return of(task, asOf, LocalDate.MIN);
  }

  /**
   * Where {@code task}, set on {@code setOn} (the day its plan or notice was issued), stands on {@code
   * asOf}: a recurring task's occurrences that ended before {@code setOn} do not count, so a monthly
   * task set on 7 September is first due at the end of September and is not overdue for August. A
   * one-off task stands as {@link #of(Task, LocalDate)} says.
   */
  public static Standing of(Task task, LocalDate asOf, LocalDate setOn) {
    ImmutableStanding.Builder out = ImmutableStanding.builder().asOf(asOf);
    boolean doneByThen = task.status() == TaskStatus.DONE
        && task.completed().map(c -> !c.isAfter(asOf)).orElse(true);
    if (task.recurrence().isPresent()) {
      return doneByThen ? out.state(State.DONE).build() : recurring(task, task.recurrence().get(), asOf, setOn, out);
    }
    if (doneByThen) {
      return out.state(State.DONE).due(task.due()).build();
    }
    if (task.ongoing()) {
      return out.state(State.ONGOING).build();
    }
    if (task.due().isEmpty()) {
      return out.state(State.UNDATED).build();
    }
    LocalDate due = task.due().get();
    long late = ChronoUnit.DAYS.between(due, asOf);
    return late > 0 ? out.state(State.OVERDUE).due(due).daysOverdue(late).build() : out.state(State.OPEN).due(due).build();
  }

  /** Years searched back for the last occurrence due: more than the longest due rule (DueRule.MAX_YEARS). */
  private static final int YEARS_BACK = 12;

  private static Standing recurring(
      Task task, Recurrence recurrence, LocalDate asOf, LocalDate setOn, ImmutableStanding.Builder out) {
    int from = Math.max(Math.max(1000, asOf.getYear() - YEARS_BACK), Math.min(9999, setOn.getYear()));
    int to = Math.min(9999, Math.max(asOf.getYear(), setOn.getYear()) + 1);
    List<Period> occurrences = recurrence.occurrences(Period.range(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
    Period last = null;
    Period next = null;
    for (Period occurrence : occurrences) {
      if (occurrence.end().isBefore(setOn)) {
        continue;
      }
      if (recurrence.dueDate(occurrence).isBefore(asOf)) {
        last = occurrence;
      } else if (next == null) {
        next = occurrence;
      }
    }
    Optional<LocalDate> completed = task.completed().filter(c -> !c.isAfter(asOf));
    if (last != null && !doneWithin(completed, last)) {
      LocalDate due = recurrence.dueDate(last);
      return out.state(State.OVERDUE).occurrence(last).due(due).daysOverdue(ChronoUnit.DAYS.between(due, asOf)).build();
    }
    if (next == null) {
      return out.state(State.UNDATED).build();
    }
    return out.state(doneWithin(completed, next) ? State.DONE : State.OPEN).occurrence(next).due(recurrence.dueDate(next)).build();
  }

  private static boolean doneWithin(Optional<LocalDate> completed, Period occurrence) {
    return completed.map(c -> !c.isBefore(occurrence.start())).orElse(false);
  }
}
