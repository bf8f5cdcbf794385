package io.github.chiso.model;

import com.google.common.collect.ImmutableList;
import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task a plan assigns: what to do, the lead agency, partners, the due date, the status, and the
 * codes of the plan's targets the task carries (agency tasks often set their own targets).
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
  }
}
