package io.github.chiso.rollup;

import io.github.chiso.model.Rational;
import java.util.Optional;

/**
 * A rollup rule as a commutative monoid: {@link #identity()}, a way to {@link #lift} one observation,
 * an associative and commutative {@link #combine}, and the {@link #value} of an accumulation. For
 * every way of splitting observations into groups, combining the groups' accumulations must give the
 * accumulation of all: that is what lets a province be computed from its districts, or a country
 * from partitions on several machines. The testkit's law suites check these laws for any
 * implementation.
 *
 * @param <A> the accumulation type; must have value equality
 *
 * @since 0.1.0
 */
public interface Aggregator<A> {

  /** The accumulation of no observations. */
  A identity();

  /** The accumulation of one observation. */
  A lift(Observation observation);

  /** The accumulation of both; associative and commutative, with {@link #identity()} neutral. */
  A combine(A a, A b);

  /** The rolled-up value, empty where the rule gives none (no observations, no parts, no weight). */
  Optional<Rational> value(A accumulation);
}
