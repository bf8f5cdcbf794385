package io.github.chiso.index;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.score.Goalposts;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * How one indicator's values across units are brought onto a common scale before aggregation. The
 * indicator's direction is applied first: where lower is better the values (and a target) are
 * negated, so every normalised value is higher-is-better. Units without a value stay without one.
 *
 * <ul>
 *   <li>{@link #minMax(double, double)}: {@code low + (x − min) / (max − min) × (high − low)}; a
 *       constant indicator gives every unit the middle of the range.
 *   <li>{@link #goalposts(Goalposts)}: the exact goalpost score ({@link Goalposts#score}, 0–100,
 *       clamped); the goalposts carry their own direction and the indicator's is not applied.
 *   <li>{@link #zScore(double, double)}: {@code mean + (x − m) / s × sd} with the sample mean m and
 *       the sample standard deviation s (n − 1); with fewer than two values or s = 0, {@code mean}.
 *   <li>{@link #distanceToTarget(BigDecimal)}: {@code (x − min) / (target − min) × 100}, capped at
 *       100; when the worst value already reaches the target, every unit scores 100.
 *   <li>{@link #rank()}: the competition rank from the worst ("1224" ascending), so the best of n
 *       distinct values scores n.
 * </ul>
 *
 * Doubles throughout, as the methods are statistical; the goalposts score is exact before it is
 * converted. Immutable.
 *
 * @since 0.1.0
 */
public final class Normaliser {
  /** The method, with the parameters {@link #parameters()} lists. */
  public enum Kind {
    /** Parameters: low, high. */
    MIN_MAX(2),
    /** Parameters: lower, optimum. */
    GOALPOSTS(2),
    /** Parameters: mean, standard deviation. */
    Z_SCORE(2),
    /** Parameters: target. */
    DISTANCE_TO_TARGET(1),
    /** No parameters. */
    RANK(0);

    private final int arity;

    Kind(int arity) {
      this.arity = arity;
    }

    /** The number of parameters. */
    public int arity() {
      return arity;
    }
  }

  private final Kind kind;
  private final ImmutableList<BigDecimal> parameters;

  private Normaliser(Kind kind, ImmutableList<BigDecimal> parameters) {
    this.kind = kind;
    this.parameters = parameters;
  }

  /**
   * The normaliser of {@code kind} with {@code parameters} in the order {@link Kind} lists.
   *
   * @throws io.github.chiso.InvalidValueException if the count is wrong, min-max has low ≥ high, the
   *     goalposts are equal, or the z-score's deviation is not positive
   */
  public static Normaliser of(Kind kind, java.util.List<BigDecimal> parameters) {
    Check.argument(kind != null && parameters != null, "normaliser: kind %s and parameters %s are required", kind, parameters);
    Check.argument(
        parameters.size() == kind.arity(),
        "normaliser %s takes %s parameters, but got %s",
        kind,
        kind.arity(),
        parameters);
    ImmutableList<BigDecimal> p = ImmutableList.copyOf(parameters);
    switch (kind) {
      case MIN_MAX:
        Check.argument(p.get(0).compareTo(p.get(1)) < 0, "normaliser MIN_MAX: low %s must be below high %s",
            p.get(0), p.get(1));
        break;
      case GOALPOSTS:
        Goalposts.of(p.get(0), p.get(1));
        break;
      case Z_SCORE:
        Check.argument(p.get(1).signum() > 0, "normaliser Z_SCORE: standard deviation %s must be positive", p.get(1));
        break;
      default:
        break;
    }
    return new Normaliser(kind, p);
  }

  /** Min-max onto [low, high]. */
  public static Normaliser minMax(double low, double high) {
    return of(Kind.MIN_MAX, ImmutableList.of(decimal(low), decimal(high)));
  }

  /** Min-max onto [0, 100], COINr's default. */
  public static Normaliser minMax() {
    return minMax(0, 100);
  }

  /** The goalpost score. */
  public static Normaliser goalposts(Goalposts goalposts) {
    return of(Kind.GOALPOSTS, ImmutableList.of(goalposts.lower(), goalposts.optimum()));
  }

  /** Z-scores rescaled to {@code mean} and {@code sd}. */
  public static Normaliser zScore(double mean, double sd) {
    return of(Kind.Z_SCORE, ImmutableList.of(decimal(mean), decimal(sd)));
  }

  /** Distance to {@code target}, in the indicator's measure. */
  public static Normaliser distanceToTarget(BigDecimal target) {
    return of(Kind.DISTANCE_TO_TARGET, ImmutableList.of(target));
  }

  /** Ranks. */
  public static Normaliser rank() {
    return of(Kind.RANK, ImmutableList.of());
  }

  private static BigDecimal decimal(double value) {
    Check.argument(Double.isFinite(value), "normaliser parameter must be finite, but was %s", value);
    return BigDecimal.valueOf(value);
  }

  /** The method. */
  public Kind kind() {
    return kind;
  }

  /** The parameters, in the order {@link Kind} lists. */
  public ImmutableList<BigDecimal> parameters() {
    return parameters;
  }

  /** Normalises one indicator's values by unit, for an indicator of {@code polarity}. */
  public ImmutableMap<String, Double> normalise(Map<String, Double> values, Polarity polarity) {
    ImmutableMap.Builder<String, Double> out = ImmutableMap.builderWithExpectedSize(values.size());
    if (kind == Kind.GOALPOSTS) {
      Goalposts goalposts = Goalposts.of(parameters.get(0), parameters.get(1));
      values.forEach((unit, x) -> out.put(unit, goalposts.score(Rational.valueOf(BigDecimal.valueOf(x))).doubleValue()));
      return out.build();
    }
    double sign = polarity == Polarity.HIGHER_IS_BETTER ? 1 : -1;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double x : values.values()) {
      min = Math.min(min, sign * x);
      max = Math.max(max, sign * x);
      sum += sign * x;
    }
    int n = values.size();
    switch (kind) {
      case MIN_MAX: {
        double low = parameters.get(0).doubleValue();
        double high = parameters.get(1).doubleValue();
        for (Map.Entry<String, Double> e : values.entrySet()) {
          double x = sign * e.getValue();
          out.put(e.getKey(), max == min ? (low + high) / 2 : low + (x - min) / (max - min) * (high - low));
        }
        return out.build();
      }
      case Z_SCORE: {
        double mean = parameters.get(0).doubleValue();
        double sd = parameters.get(1).doubleValue();
        double m = sum / n;
        double squares = 0;
        for (double x : values.values()) {
          squares += (sign * x - m) * (sign * x - m);
        }
        double s = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        values.forEach((unit, x) -> out.put(unit, s == 0 ? mean : mean + (sign * x - m) / s * sd));
        return out.build();
      }
      case DISTANCE_TO_TARGET: {
        double target = sign * parameters.get(0).doubleValue();
        for (Map.Entry<String, Double> e : values.entrySet()) {
          double x = sign * e.getValue();
          out.put(e.getKey(), target <= min ? 100 : Math.min(100, (x - min) / (target - min) * 100));
        }
        return out.build();
      }
      case RANK: {
        Map<String, Double> directed = new java.util.LinkedHashMap<>();
        values.forEach((unit, x) -> directed.put(unit, sign * x));
        Ranking.competition(directed, false).forEach((unit, rank) -> out.put(unit, (double) rank));
        return out.build();
      }
      default:
        throw new AssertionError(kind);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Normaliser && kind == ((Normaliser) o).kind && parameters.equals(((Normaliser) o).parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, parameters);
  }

  @Override
  public String toString() {
    return kind + parameters.toString();
  }
}
