package io.github.chiso.completeness;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Rational;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * DHIS2's three figures for a set of reports, with the ones not yet due: expected reports (due by
 * the judging day, or received early), actual reports (received), reports on time, and pending
 * reports (neither due nor received, so not expected yet). Always {@code 0 <= onTime <= actual <=
 * expected}. Counts add: the counts of an area are the sum of the counts of the subjects in it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReportingCounts {
  /** No reports. */
  public static final ReportingCounts ZERO = of(0, 0, 0, 0);

  ReportingCounts() {}

  /** Reports expected: due by the judging day, or received before it. */
  @Value.Parameter
  public abstract long expected();

  /** Reports received. */
  @Value.Parameter
  public abstract long actual();

  /** Reports received on or before their due date. */
  @Value.Parameter
  public abstract long onTime();

  /** Reports neither received nor due yet. */
  @Value.Parameter
  public abstract long pending();

  /** Returns the counts. */
  public static ReportingCounts of(long expected, long actual, long onTime, long pending) {
    return ImmutableReportingCounts.of(expected, actual, onTime, pending);
  }

  @Value.Check
  void check() {
    Check.argument(onTime() >= 0 && onTime() <= actual() && actual() <= expected() && pending() >= 0,
        "reporting counts need 0 <= onTime <= actual <= expected and pending >= 0, but were %s on time, %s actual, "
            + "%s expected, %s pending", onTime(), actual(), expected(), pending());
  }

  /** Reports received after their due date. */
  public long late() {
    return actual() - onTime();
  }

  /** Reports due and not received. */
  public long missing() {
    return expected() - actual();
  }

  /** The counts of both sets of reports. */
  public ReportingCounts plus(ReportingCounts other) {
    return of(Math.addExact(expected(), other.expected()), Math.addExact(actual(), other.actual()),
        Math.addExact(onTime(), other.onTime()), Math.addExact(pending(), other.pending()));
  }

  /** The counts with one more report in {@code state}. */
  public ReportingCounts plus(ReportState state) {
    switch (state) {
      case ON_TIME:
        return of(expected() + 1, actual() + 1, onTime() + 1, pending());
      case LATE:
        return of(expected() + 1, actual() + 1, onTime(), pending());
      case MISSING:
        return of(expected() + 1, actual(), onTime(), pending());
      default:
        return of(expected(), actual(), onTime(), pending() + 1);
    }
  }

  /** DHIS2's reporting rate, actual / expected, exactly; empty when nothing is expected. */
  public Optional<Rational> reportingRate() {
    return expected() == 0 ? Optional.empty() : Optional.of(Rational.of(actual(), expected()));
  }

  /** DHIS2's reporting rate on time, on time / expected, exactly; empty when nothing is expected. */
  public Optional<Rational> onTimeRate() {
    return expected() == 0 ? Optional.empty() : Optional.of(Rational.of(onTime(), expected()));
  }

  /** {@link #reportingRate} as a double, for display only; empty when nothing is expected. */
  public OptionalDouble reportingRateAsDouble() {
    return expected() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) actual() / expected());
  }

  /** {@link #onTimeRate} as a double, for display only; empty when nothing is expected. */
  public OptionalDouble onTimeRateAsDouble() {
    return expected() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime() / expected());
  }

  @Override
  public String toString() {
    return actual() + "/" + expected() + " received, " + onTime() + " on time, " + late() + " late, " + missing()
        + " missing, " + pending() + " pending";
  }
}
