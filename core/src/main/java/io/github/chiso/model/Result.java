package io.github.chiso.model;

import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reported result: an indicator, the unit or body it is for, the period, and the reading. The
 * as-of date is the day the figure describes, by default the period's last day.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Result {

  Result() {}

  /** The indicator's code. */
  public abstract String indicatorCode();

  /** The code of the unit or body reported for. */
  public abstract String subjectCode();

  /** The period reported on, e.g. 2022-Q3. */
  public abstract Period period();

  /** What was reported. */
  public abstract Reading reading();

  /** The day the figure describes; the period's last day unless stated. */
  @Value.Default
  public LocalDate asOf() {
    return period().end();
  }

  /** Where the result is reported. */
  public abstract Optional<SourceRef> source();

  /** A free note kept with the result. */
  public abstract Optional<String> note();

  /** A result as of the end of its period. */
  public static Result of(String indicatorCode, String subjectCode, Period period, Reading reading) {
    return builder()
        .indicatorCode(indicatorCode)
        .subjectCode(subjectCode)
        .period(period)
        .reading(reading)
        .build();
  }

  /** A builder for a result. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Result}; {@code build()} validates. */
  public static final class Builder extends ImmutableResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Check.code("result indicatorCode", indicatorCode());
    Check.code("result subjectCode", subjectCode());
  }

  @Override
  public String toString() {
    return indicatorCode() + "@" + subjectCode() + " " + period() + " = " + reading();
  }
}
