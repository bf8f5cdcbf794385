package io.github.chiso.completeness;

import io.github.chiso.hierarchy.Subject;
import org.immutables.value.Value;

/**
 * A subject's own reporting counts, as ranked by {@link Completeness#mostMissing}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SubjectCounts {

  SubjectCounts() {}

  /** The unit or body. */
  @Value.Parameter
  public abstract Subject subject();

  /** Its own reports (not those of the units below it). */
  @Value.Parameter
  public abstract ReportingCounts counts();

  /** Returns the pair. */
  public static SubjectCounts of(Subject subject, ReportingCounts counts) {
    return ImmutableSubjectCounts.of(subject, counts);
  }

  @Override
  public String toString() {
    return subject().code() + " " + subject().name() + ": " + counts();
  }
}
