package io.github.chiso.completeness;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Period;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One expected report: the requirement, the subject, the period, its due date, where it stands, the
 * day it was received (when it was) and the days late or overdue.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReportStatus {

  ReportStatus() {}

  /** The requirement's code. */
  public abstract String requirementCode();

  /** The code of the unit or body that must report. */
  public abstract String subjectCode();

  /** The period reported on. */
  public abstract Period period();

  /** The last day on which the report is on time. */
  public abstract LocalDate due();

  /** Where it stands on the judging day. */
  public abstract ReportState state();

  /** The day the report was complete, when it was received by the judging day. */
  public abstract Optional<LocalDate> received();

  /** Days late (LATE), days overdue (MISSING), else 0. */
  public abstract long days();

  /** A builder, for readers and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportStatus}; {@code build()} validates. */
  public static final class Builder extends ImmutableReportStatus.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean received = state() == ReportState.ON_TIME || state() == ReportState.LATE;
    Check.argument(received == received().isPresent(),
        "report %s of %s for %s: state %s %s a received date", requirementCode(), subjectCode(), period(), state(),
        received ? "needs" : "has no");
    Check.argument((state() == ReportState.LATE || state() == ReportState.MISSING) == (days() > 0),
        "report %s of %s for %s: state %s with %s days", requirementCode(), subjectCode(), period(), state(), days());
  }

  @Override
  public String toString() {
    return requirementCode() + " " + subjectCode() + " " + period() + " due " + due() + ": " + state()
        + (days() > 0 ? " " + days() + "d" : "");
  }
}
