package io.github.chiso.report;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.rollup.Coverage;
import io.github.chiso.rollup.RollupCell;

/**
 * A target judged on a unit's value rolled up from the results of a lower tier ({@link
 * io.github.chiso.rollup.Rollups#overUnits} by the indicator's rule, then {@link
 * io.github.chiso.rollup.Rollups#assess}), with the coverage of the units below it. Immutable.
 *
 * @since 0.1.0
 */
public final class RolledUp {
  private final Assessment assessment;
  private final RollupCell cell;
  private final Tier sourceTier;
  private final boolean standsIn;

  RolledUp(Assessment assessment, RollupCell cell, Tier sourceTier, boolean standsIn) {
    this.assessment = assessment;
    this.cell = cell;
    this.sourceTier = sourceTier;
    this.standsIn = standsIn;
  }

  /** The verdict on the rolled-up value. */
  public Assessment assessment() {
    return assessment;
  }

  /** The rolled-up value with its parts and coverage. */
  public RollupCell cell() {
    return cell;
  }

  /** How many of the units of {@link #sourceTier} below the unit reported, and which did not. */
  public Coverage coverage() {
    return cell.coverage();
  }

  /** The tier whose results were rolled up. */
  public Tier sourceTier() {
    return sourceTier;
  }

  /**
   * Whether the unit reported no figure of its own, so that this verdict stands in the report's
   * {@linkplain ReportData#assessments assessments} for the NO_DATA it would otherwise have; when the
   * unit did report, the rollup is shown beside its own figure as a cross-check.
   */
  public boolean standsIn() {
    return standsIn;
  }
}
