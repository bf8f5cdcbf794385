package io.github.chiso.testkit.assertj;

import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.gap.Gap;
import io.github.chiso.model.Plan;
import io.github.chiso.rollup.RollupCell;

/**
 * The entry point: {@code import static io.github.chiso.testkit.assertj.ChisoAssertions.assertThat;}.
 *
 * @since 0.1.0
 */
public final class ChisoAssertions {
  private ChisoAssertions() {}

  /** Assertions on an assessment. */
  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }

  /** Assertions on a gap. */
  public static GapAssert assertThat(Gap actual) {
    return new GapAssert(actual);
  }

  /** Assertions on a rollup cell. */
  public static RollupCellAssert assertThat(RollupCell actual) {
    return new RollupCellAssert(actual);
  }

  /** Assertions on a plan. */
  public static PlanAssert assertThat(Plan actual) {
    return new PlanAssert(actual);
  }

  /** Assertions on a consistency finding. */
  public static FindingAssert assertThat(Finding actual) {
    return new FindingAssert(actual);
  }
}
