package io.github.chiso.gap;

import io.github.chiso.model.Rational;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A value on a date: the baseline or the latest figure of a trajectory.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PacePoint {

  PacePoint() {}

  /** The exact value in the indicator's measure. */
  @Value.Parameter
  public abstract Rational value();

  /** The day the value describes. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Returns the point. */
  public static PacePoint of(Rational value, LocalDate date) {
    return ImmutablePacePoint.of(value, date);
  }

  @Override
  public String toString() {
    return value().toBigDecimal(4).toPlainString() + " on " + date();
  }
}
