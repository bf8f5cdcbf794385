package io.github.chiso.bulk;

import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.rollup.RollupSpec;
import java.util.List;

/**
 * A plan's whole question over a {@link BulkResults} in one pass over the rows: the verdict of every
 * row against every target that applies, the rollups, and the verdict of every rolled-up cell. The
 * answers are those of {@link BulkCompliance#verdicts}, {@link BulkRollup#of(BulkResults, List,
 * int)} and {@link BulkRollup#verdicts(CompiledPlan, int)} called one after the other; here each
 * thread reads the rows of its own provinces once, judges them, rolls them up and judges its cells
 * while they are in cache. Immutable.
 *
 * @since 0.1.0
 */
public final class BulkAnalysis {
  private final BulkRollup rollup;

  private BulkAnalysis(BulkRollup rollup) {
    this.rollup = rollup;
  }

  /** Every row, and every indicator × period rolled up with the indicator's own rules, on up to {@code threads} threads. */
  public static BulkAnalysis of(BulkResults results, CompiledPlan plan, int threads) {
    return of(results, plan, BulkRollup.defaultSpecs(results), threads);
  }

  /**
   * Every row, and the rollups {@code specs} ask for, on up to {@code threads} threads.
   *
   * @throws io.github.chiso.InvalidValueException as {@link BulkCompliance#verdicts} and {@link
   *     BulkRollup#of(BulkResults, List, int)} do
   */
  public static BulkAnalysis of(BulkResults results, CompiledPlan plan, List<RollupSpec> specs, int threads) {
    return new BulkAnalysis(new BulkRollup(results, specs, threads, plan));
  }

  /** The verdicts of every row, as {@link BulkCompliance#verdicts} gives them. */
  public BulkVerdicts rows() {
    return rollup.rowVerdicts();
  }

  /** The rollups. */
  public BulkRollup rollup() {
    return rollup;
  }

  /** The verdicts of every cell, indexed by {@link BulkRollup#item}, as {@link BulkRollup#verdicts} gives them. */
  public BulkVerdicts cells() {
    return rollup.cellVerdicts();
  }
}
