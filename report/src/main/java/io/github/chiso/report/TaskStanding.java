package io.github.chiso.report;

import io.github.chiso.model.Task;
import io.github.chiso.task.Standing;
import java.time.LocalDate;

/**
 * Where a plan's task stands on the report's date, as {@link Standing} decides it (done, overdue,
 * open, ongoing or undated; a recurring task by its occurrence due or overdue), in the order the
 * report lists tasks: most urgent first.
 *
 * @since 0.1.0
 */
public enum TaskStanding {
  OVERDUE,
  OPEN,
  /** No end: "thường xuyên" (since 0.2.0). */
  ONGOING,
  UNDATED,
  DONE;

  /** The standing of {@code task} on {@code asOf}: {@link Standing#of}'s state. */
  public static TaskStanding of(Task task, LocalDate asOf) {
    return of(Standing.of(task, asOf));
  }

  /** The report's name for {@code standing}'s state. */
  static TaskStanding of(Standing standing) {
    return valueOf(standing.state().name());
  }
}
