package io.github.chiso.report;

import io.github.chiso.model.Task;
import io.github.chiso.model.TaskStatus;
import java.time.LocalDate;

/**
 * Where a plan's task stands on the report's date: done, overdue (due before the date and not
 * done), open (due on or after the date), or undated (no due date, not done).
 *
 * @since 0.1.0
 */
public enum TaskStanding {
  OVERDUE,
  OPEN,
  UNDATED,
  DONE;

  /** The standing of {@code task} on {@code asOf}. */
  public static TaskStanding of(Task task, LocalDate asOf) {
    if (task.status() == TaskStatus.DONE) {
      return DONE;
    }
    if (task.due().isEmpty()) {
      return UNDATED;
    }
    return task.due().get().isBefore(asOf) ? OVERDUE : OPEN;
  }
}
