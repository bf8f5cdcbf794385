package io.github.chiso.completeness;

/**
 * The one decision of this package, shared by the object path ({@link Completeness}) and the bulk
 * path ({@link io.github.chiso.bulk.BulkCompleteness}): given a report's due day, the day it was
 * received and the day it is judged (all as epoch days), where does it stand, and by how many days.
 *
 * <ul>
 *   <li>received on or before the judging day: {@link ReportState#ON_TIME} if on or before the due
 *       day, else {@link ReportState#LATE} by (received − due) days;
 *   <li>not received by the judging day (never, or only after it): {@link ReportState#MISSING} by
 *       (judging day − due) days once the due day is over, else {@link ReportState#PENDING}.
 * </ul>
 *
 * <p>A report's received day is the day its last indicator first arrived: the latest, over its
 * indicators, of the earliest as-of date of each indicator's results ({@link #NOT_RECEIVED} while an
 * indicator has none). Due dates come from {@link io.github.chiso.model.Recurrence#dueDate}.
 *
 * @since 0.1.0
 */
public final class Timeliness {
  /** The received day of a report an indicator of which has no result. */
  public static final long NOT_RECEIVED = Long.MAX_VALUE;

  private Timeliness() {}

  /** Where a report due on {@code dueDay}, received on {@code receivedDay}, stands on {@code judgedDay}. */
  public static ReportState state(long dueDay, long receivedDay, long judgedDay) {
    if (receivedDay <= judgedDay) {
      return receivedDay <= dueDay ? ReportState.ON_TIME : ReportState.LATE;
    }
    return judgedDay > dueDay ? ReportState.MISSING : ReportState.PENDING;
  }

  /** Days late (LATE), days overdue (MISSING), else 0, as {@link #state} decides. */
  public static long days(long dueDay, long receivedDay, long judgedDay) {
    switch (state(dueDay, receivedDay, judgedDay)) {
      case LATE:
        return receivedDay - dueDay;
      case MISSING:
        return judgedDay - dueDay;
      default:
        return 0;
    }
  }
}
