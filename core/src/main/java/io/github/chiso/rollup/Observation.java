package io.github.chiso.rollup;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Rational;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit's figure going into a rollup: its exact value in the indicator's measure, its parts where
 * the result gave them, its weight for a weighted mean, and whether it meets the threshold of a
 * share-of-units-meeting rule.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Observation {

  Observation() {}

  /** The unit the figure is for. */
  public abstract String subjectCode();

  /** The exact value in the indicator's measure. */
  public abstract Rational value();

  /** The numerator of the parts, when the result gave parts. */
  public abstract Optional<BigInteger> numerator();

  /** The denominator of the parts, when the result gave parts. */
  public abstract Optional<BigInteger> denominator();

  /** The weight in a weighted mean. */
  public abstract Optional<Rational> weight();

  /** Whether the figure meets the unit-level threshold, for rules that count units meeting. */
  public abstract Optional<Boolean> meets();

  /** A builder for an observation. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Observation}; {@code build()} validates. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  /** An observation of a plain value. */
  public static Observation of(String subjectCode, Rational value) {
    return builder().subjectCode(subjectCode).value(value).build();
  }

  @Value.Check
  void check() {
    Check.argument(
        numerator().isPresent() == denominator().isPresent(),
        "observation of %s: numerator and denominator go together",
        subjectCode());
    denominator()
        .ifPresent(
            d -> Check.argument(d.signum() > 0, "observation of %s: denominator %s must be positive", subjectCode(), d));
    weight()
        .ifPresent(
            w -> Check.argument(w.signum() >= 0, "observation of %s: weight %s must not be negative", subjectCode(), w));
  }
}
