package io.github.chiso.model;

import io.github.chiso.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an indicator rolls up, separately over units and over periods. A {@link
 * UnitRollup#WEIGHTED_MEAN} names its weight (e.g. {@code "population"}); no other rule has one.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RollupRule {

  RollupRule() {}

  /** How child units' values combine. */
  @Value.Parameter
  public abstract UnitRollup overUnits();

  /** How shorter periods' values combine. */
  @Value.Parameter
  public abstract PeriodRollup overPeriods();

  /** The weight of a weighted mean, by name. */
  @Value.Parameter
  public abstract Optional<String> weight();

  /** A rule without a weight. */
  public static RollupRule of(UnitRollup overUnits, PeriodRollup overPeriods) {
    return ImmutableRollupRule.of(overUnits, overPeriods, Optional.empty());
  }

  /** A weighted mean over units by {@code weight}. */
  public static RollupRule weightedMean(String weight, PeriodRollup overPeriods) {
    return ImmutableRollupRule.of(UnitRollup.WEIGHTED_MEAN, overPeriods, Optional.of(weight));
  }

  /**
   * The usual rule for a measure: ratio of sums for shares, sums for counts and money (summed over
   * periods too), mean for indices, and the latest value over periods for everything but counts and
   * money.
   */
  public static RollupRule defaultFor(Measure measure) {
    switch (measure) {
      case PERCENT:
        return of(UnitRollup.RATIO_OF_SUMS, PeriodRollup.LAST);
      case COUNT:
      case MONEY:
        return of(UnitRollup.SUM, PeriodRollup.SUM);
      case RANK:
        return of(UnitRollup.MIN, PeriodRollup.LAST);
      default:
        return of(UnitRollup.MEAN, PeriodRollup.LAST);
    }
  }

  @Value.Check
  void check() {
    Check.argument(
        (overUnits() == UnitRollup.WEIGHTED_MEAN) == weight().isPresent(),
        "rollup rule: a weight is required for WEIGHTED_MEAN and only for it, but got %s with weight %s",
        overUnits(),
        weight());
    weight().ifPresent(w -> Check.code("rollup weight", w));
  }
}
