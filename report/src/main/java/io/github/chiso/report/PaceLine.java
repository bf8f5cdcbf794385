package io.github.chiso.report;

import io.github.chiso.gap.PaceAssessment;
import io.github.chiso.model.Target;
import java.util.Optional;

/**
 * The pace of one unit toward one target, from its earliest to its latest numeric result ({@link
 * io.github.chiso.gap.Pace#assess}), or why it could not be assessed. Immutable.
 *
 * @since 0.1.0
 */
public final class PaceLine {
  private final Target target;
  private final String subjectCode;
  private final Optional<PaceAssessment> pace;
  private final Optional<String> reason;

  PaceLine(Target target, String subjectCode, Optional<PaceAssessment> pace, Optional<String> reason) {
    this.target = target;
    this.subjectCode = subjectCode;
    this.pace = pace;
    this.reason = reason;
  }

  /** The target. */
  public Target target() {
    return target;
  }

  /** The unit or body. */
  public String subjectCode() {
    return subjectCode;
  }

  /** The pace, when it could be assessed. */
  public Optional<PaceAssessment> pace() {
    return pace;
  }

  /** Why there is no pace (e.g. the threshold has no direction), when there is none. */
  public Optional<String> reason() {
    return reason;
  }
}
