package io.github.chiso.rollup;

import io.github.chiso.model.Measure;
import io.github.chiso.model.Rational;
import io.github.chiso.model.UnitRollup;
import java.util.Optional;
import java.util.function.Function;

/**
 * The built-in rollup rules as {@link Aggregator}s over {@link Tally}:
 *
 * <ul>
 *   <li>SUM: the sum of values;
 *   <li>RATIO_OF_SUMS: {@code scale × Σ numerators / Σ denominators}, only when every observation gave
 *       parts (392/505 and 100/200 give 492/705, never the mean of 77,62% and 50%);
 *   <li>WEIGHTED_MEAN: {@code Σ value × weight / Σ weight}, only when every observation has a weight
 *       and the weights are not all zero;
 *   <li>MEAN, MIN, MAX: over the values;
 *   <li>SHARE_OF_UNITS_MEETING: {@code 100 × meeting / judged}, a percentage;
 *   <li>COUNT_OF_UNITS_MEETING: the number meeting.
 * </ul>
 *
 * Every rule gives no value for no observations: missing is never zero.
 *
 * @since 0.1.0
 */
public final class Aggregators {
  private Aggregators() {}

  /** The aggregator of {@code rule} for values in {@code measure}. */
  public static Aggregator<Tally> forRule(UnitRollup rule, Measure measure) {
    Rational scale = Rational.of(measure.fractionScale(), java.math.BigInteger.ONE);
    switch (rule) {
      case SUM:
        return tally(t -> Optional.of(t.sum()));
      case RATIO_OF_SUMS:
        return tally(
            t ->
                t.withParts() == t.count() && t.denominators().signum() > 0
                    ? Optional.of(scale.multiply(Rational.of(t.numerators(), t.denominators())))
                    : Optional.empty());
      case WEIGHTED_MEAN:
        return tally(
            t ->
                t.weighted() == t.count() && t.weights().signum() > 0
                    ? Optional.of(t.weightedSum().divide(t.weights()))
                    : Optional.empty());
      case MEAN:
        return tally(t -> Optional.of(t.sum().divide(Rational.valueOf(t.count()))));
      case MIN:
        return tally(Tally::min);
      case MAX:
        return tally(Tally::max);
      case SHARE_OF_UNITS_MEETING:
        return tally(
            t ->
                t.judged() > 0
                    ? Optional.of(Rational.HUNDRED.multiply(Rational.of(t.meeting(), t.judged())))
                    : Optional.empty());
      case COUNT_OF_UNITS_MEETING:
        return tally(t -> t.judged() > 0 ? Optional.of(Rational.valueOf(t.meeting())) : Optional.empty());
      default:
        throw new AssertionError(rule);
    }
  }

  private static Aggregator<Tally> tally(Function<Tally, Optional<Rational>> value) {
    return new Aggregator<>() {
      @Override
      public Tally identity() {
        return Tally.EMPTY;
      }

      @Override
      public Tally lift(Observation observation) {
        return Tally.of(observation);
      }

      @Override
      public Tally combine(Tally a, Tally b) {
        return a.plus(b);
      }

      @Override
      public Optional<Rational> value(Tally accumulation) {
        return accumulation.count() == 0 ? Optional.empty() : value.apply(accumulation);
      }
    };
  }
}
