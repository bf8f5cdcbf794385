package io.github.chiso.rollup;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Rational;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * The exact accumulator every built-in rule shares: how many observations, their sum, the sums of
 * their parts, the weighted sum and total weight, the minimum and maximum, and how many were judged
 * and met a threshold. {@link #plus} is associative and commutative with {@link #EMPTY} as identity,
 * because every field is a sum, a count, a minimum or a maximum. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Tally {
  /** The identity: no observations. */
  public static final Tally EMPTY =
      new Tally(0, Rational.ZERO, 0, BigInteger.ZERO, BigInteger.ZERO, 0, Rational.ZERO, Rational.ZERO,
          Optional.empty(), Optional.empty(), 0, 0);

  private final long count;
  private final Rational sum;
  private final long withParts;
  private final BigInteger numerators;
  private final BigInteger denominators;
  private final long weighted;
  private final Rational weightedSum;
  private final Rational weights;
  private final Optional<Rational> min;
  private final Optional<Rational> max;
  private final long judged;
  private final long meeting;

  private Tally(
      long count, Rational sum, long withParts, BigInteger numerators, BigInteger denominators,
      long weighted, Rational weightedSum, Rational weights, Optional<Rational> min,
      Optional<Rational> max, long judged, long meeting) {
    this.count = count;
    this.sum = sum;
    this.withParts = withParts;
    this.numerators = numerators;
    this.denominators = denominators;
    this.weighted = weighted;
    this.weightedSum = weightedSum;
    this.weights = weights;
    this.min = min;
    this.max = max;
    this.judged = judged;
    this.meeting = meeting;
  }

  /** The tally of one observation. */
  public static Tally of(Observation o) {
    boolean parts = o.numerator().isPresent();
    Rational weight = o.weight().orElse(Rational.ZERO);
    return new Tally(
        1,
        o.value(),
        parts ? 1 : 0,
        o.numerator().orElse(BigInteger.ZERO),
        o.denominator().orElse(BigInteger.ZERO),
        o.weight().isPresent() ? 1 : 0,
        o.value().multiply(weight),
        weight,
        Optional.of(o.value()),
        Optional.of(o.value()),
        o.meets().isPresent() ? 1 : 0,
        o.meets().orElse(false) ? 1 : 0);
  }

  /**
   * The tally with these fields, as its accessors return them: for engines that keep tallies outside
   * the JVM's heap between steps (a Spark aggregation buffer) and read them back. With no
   * observations it is {@link #EMPTY}.
   *
   * @throws io.github.chiso.InvalidValueException if the counts are negative or inconsistent (more
   *     with parts, weighted or judged than observations, more meeting than judged), or the minimum
   *     and maximum are not present exactly when there are observations
   * @since 0.1.0
   */
  public static Tally of(long count, Rational sum, long withParts, BigInteger numerators, BigInteger denominators,
      long weighted, Rational weightedSum, Rational weights, Optional<Rational> min, Optional<Rational> max,
      long judged, long meeting) {
    Check.argument(count >= 0 && withParts >= 0 && withParts <= count && weighted >= 0 && weighted <= count
        && judged >= 0 && judged <= count && meeting >= 0 && meeting <= judged,
        "tally: inconsistent counts: %s observations, %s with parts, %s weighted, %s judged, %s meeting",
        count, withParts, weighted, judged, meeting);
    Check.argument(min.isPresent() == (count > 0) && max.isPresent() == (count > 0),
        "tally of %s observations: minimum %s and maximum %s must be present exactly when there are observations",
        count, min, max);
    Tally tally = new Tally(count, sum, withParts, numerators, denominators, weighted, weightedSum, weights, min, max,
        judged, meeting);
    if (count == 0) {
      Check.argument(tally.equals(EMPTY), "tally of no observations must be empty, got %s", tally);
      return EMPTY;
    }
    return tally;
  }

  /** The tally of both: sums and counts add, minimum and maximum combine. */
  public Tally plus(Tally other) {
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    return new Tally(
        count + other.count,
        sum.add(other.sum),
        withParts + other.withParts,
        numerators.add(other.numerators),
        denominators.add(other.denominators),
        weighted + other.weighted,
        weightedSum.add(other.weightedSum),
        weights.add(other.weights),
        Optional.of(min.get().compareTo(other.min.get()) <= 0 ? min.get() : other.min.get()),
        Optional.of(max.get().compareTo(other.max.get()) >= 0 ? max.get() : other.max.get()),
        judged + other.judged,
        meeting + other.meeting);
  }

  /** Number of observations. */
  public long count() {
    return count;
  }

  /** Sum of values. */
  public Rational sum() {
    return sum;
  }

  /** Number of observations that gave parts. */
  public long withParts() {
    return withParts;
  }

  /** Sum of numerators of the observations with parts. */
  public BigInteger numerators() {
    return numerators;
  }

  /** Sum of denominators of the observations with parts. */
  public BigInteger denominators() {
    return denominators;
  }

  /** Number of observations that gave a weight. */
  public long weighted() {
    return weighted;
  }

  /** Sum of value × weight. */
  public Rational weightedSum() {
    return weightedSum;
  }

  /** Sum of weights. */
  public Rational weights() {
    return weights;
  }

  /** Smallest value, empty when there are no observations. */
  public Optional<Rational> min() {
    return min;
  }

  /** Largest value, empty when there are no observations. */
  public Optional<Rational> max() {
    return max;
  }

  /** Number of observations judged against a threshold. */
  public long judged() {
    return judged;
  }

  /** Number of observations that met the threshold. */
  public long meeting() {
    return meeting;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Tally)) {
      return false;
    }
    Tally t = (Tally) o;
    return count == t.count && withParts == t.withParts && weighted == t.weighted
        && judged == t.judged && meeting == t.meeting && sum.equals(t.sum)
        && numerators.equals(t.numerators) && denominators.equals(t.denominators)
        && weightedSum.equals(t.weightedSum) && weights.equals(t.weights)
        && min.equals(t.min) && max.equals(t.max);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, sum, numerators, denominators, weightedSum, weights, min, max, meeting);
  }

  @Override
  public String toString() {
    return "Tally{n=" + count + ", sum=" + sum + ", parts=" + numerators + "/" + denominators
        + ", meeting=" + meeting + "/" + judged + "}";
  }
}
