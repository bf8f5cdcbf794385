package io.github.chiso.completeness;

/**
 * Where one expected report stands on the day it is judged.
 *
 * @since 0.1.0
 */
public enum ReportState {
  /** Received on or before its due date. */
  ON_TIME,
  /** Received after its due date. */
  LATE,
  /** Not received, and its due date has passed. */
  MISSING,
  /** Not received, and not yet due: not expected yet. */
  PENDING
}
