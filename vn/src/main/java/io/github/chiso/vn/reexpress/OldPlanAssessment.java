package io.github.chiso.vn.reexpress;

import io.github.chiso.compliance.Assessment;
import org.immutables.value.Value;

/**
 * One verdict of a plan written before the reform on results reported after it: the core's
 * assessment, what the judged value stands for ({@link #basis()}), and whether it rests on an
 * estimate (a new unit shared between old ones by allocation weights).
 */
@Value.Immutable
public abstract class OldPlanAssessment {

  OldPlanAssessment() {}

  /** The verdict, as the core gives it. */
  @Value.Parameter
  public abstract Assessment assessment();

  /** What was judged, e.g. "reported by the new unit" or "part of 75 descended from old 75: 55 new communes". */
  @Value.Parameter
  public abstract String basis();

  /** Whether the value judged includes an estimated share of a divided unit. */
  @Value.Parameter
  public abstract boolean estimated();

  static OldPlanAssessment of(Assessment assessment, String basis, boolean estimated) {
    return ImmutableOldPlanAssessment.of(assessment, basis, estimated);
  }

  @Override
  public String toString() {
    return assessment() + " — " + basis() + (estimated() ? " [estimated]" : "");
  }
}
