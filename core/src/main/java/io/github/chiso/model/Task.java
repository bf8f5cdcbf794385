package io.github.chiso.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task a plan assigns: what to do, the lead agency, partners, the deadline, the status, and the
 * codes of the plan's targets the task carries (agency tasks often set their own targets).
 *
 * <p>A deadline is one of: a due date ({@link #due}), a {@link #recurrence} ("hằng tháng", "trước
 * ngày 15/12 hằng năm"), {@link #ongoing} ("thường xuyên"), or none; {@link #dueWording} keeps it as
 * the document writes it ({@code io.github.chiso.text.DeadlineText} reads the wording into these).
 * Where a task stands on a day is {@code io.github.chiso.task.Standing}'s business.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Task {

  Task() {}

  /** Stable code, unique within a plan. */
  public abstract String code();

  /** What to do, as the document says it. */
  public abstract String description();

  /**
   * The agency that leads (chủ trì), or those the document addresses collectively ("các cấp ủy
   * đảng, chính quyền các cấp"); empty when the document names no one.
   */
  public abstract Optional<String> lead();

  /** Agencies that take part (phối hợp). */
  public abstract ImmutableList<String> partners();

  /** The last day on which it is on time: "trước ngày 28/10/2022" (before 28 October) is 27 October. */
  public abstract Optional<LocalDate> due();

  /**
   * The deadline as the document writes it: "trước ngày 28/10/2022", "trong tháng 01/2025", "Dự
   * kiến tháng 12/2022", "hàng tháng", "thường xuyên".
   *
   * @since 0.2.0
   */
  public abstract Optional<String> dueWording();

  /**
   * How the task recurs, each occurrence due by the recurrence's rule ("hằng tháng": every month, by
   * its last day); a recurring task has no single {@link #due} date.
   *
   * @since 0.2.0
   */
  public abstract Optional<Recurrence> recurrence();

  /**
   * Whether the task has no end ("thường xuyên", "liên tục"): no due date and no recurrence.
   *
   * @since 0.2.0
   */
  @Value.Default
  public boolean ongoing() {
    return false;
  }

  /**
   * How the deadline is meant: {@link Qualifier#EXPECTED} ("dự kiến tháng 12/2022") or {@link
   * Qualifier#ASPIRATIONAL} ("phấn đấu hoàn thành trước …"); the due date is judged as stated.
   *
   * @since 0.2.0
   */
  public abstract ImmutableSet<Qualifier> qualifiers();

  /**
   * The day the task was done: a one-off task is DONE from this day on (its status must be {@link
   * TaskStatus#DONE}); for a recurring task, the day it was last done.
   *
   * @since 0.2.0
   */
  public abstract Optional<LocalDate> completed();

  /** Where it stands; unknown unless stated. */
  @Value.Default
  public TaskStatus status() {
    return TaskStatus.UNKNOWN;
  }

  /** Codes of the plan's targets this task is accountable for. */
  public abstract ImmutableList<String> targetCodes();

  /** Where the task is stated. */
  public abstract Optional<SourceRef> source();

  /** A builder for a task. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Task}; {@code build()} validates. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Check.code("task code", code());
    Check.argument(!description().isBlank(), "task %s: description must not be blank", code());
    lead().ifPresent(lead -> Check.argument(!lead.isBlank(), "task %s: lead must not be blank", code()));
    dueWording().ifPresent(w -> Check.argument(!w.isBlank(), "task %s: dueWording must not be blank", code()));
    for (Qualifier q : qualifiers()) {
      Check.argument(q == Qualifier.EXPECTED || q == Qualifier.ASPIRATIONAL,
          "task %s: qualifier %s does not suit a deadline (EXPECTED or ASPIRATIONAL)", code(), q);
    }
    Check.argument(recurrence().isEmpty() || due().isEmpty(),
        "task %s: a recurring task (%s) has no single due date, but due was %s", code(), recurrence().orElse(null), due().orElse(null));
    Check.argument(!ongoing() || due().isEmpty() && recurrence().isEmpty(),
        "task %s: an ongoing task has no due date or recurrence, but had %s", code(), due().isPresent() ? due().get() : recurrence().orElse(null));
    Check.argument(completed().isEmpty() || status() == TaskStatus.DONE || recurrence().isPresent(),
        "task %s: completed on %s but its status is %s, not DONE", code(), completed().orElse(null), status());
  }
}
