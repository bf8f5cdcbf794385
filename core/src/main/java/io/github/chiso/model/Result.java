package io.github.chiso.model;

import com.google.common.collect.ImmutableSet;
import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reported result: an indicator, the unit or body it is for, the period, and the reading. The
 * as-of date is the day the figure describes, by default the period's last day. The qualifiers say
 * how the document means the number ("khoảng 3.500 trạm" is approximate); they never change a
 * verdict.
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

  /**
   * How the document means the number: {@link Qualifier#APPROXIMATE} ("khoảng"), {@link
   * Qualifier#ESTIMATED} ("ước đạt"), {@link Qualifier#EXPECTED} ("dự kiến"), {@link
   * Qualifier#MORE_THAN} ("hơn 80%"), {@link Qualifier#LESS_THAN} ("dưới 10%"), {@link
   * Qualifier#WITHIN} ("top 10", on a rank only), {@link Qualifier#AMBIGUOUS_NUMBER}. Only a numeric
   * reading has qualifiers; {@link Qualifier#ASPIRATIONAL} is a target's word, never a result's. The
   * value is judged as stated whatever they say (FORMAT.md, "Result set").
   *
   * @since 0.2.0
   */
  public abstract ImmutableSet<Qualifier> qualifiers();

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
    if (qualifiers().isEmpty()) {
      return;
    }
    Check.argument(reading().kind() != Reading.Kind.TEXT,
        "result %s: qualifiers %s are only for a number, not the text reading '%s'", this, qualifiers(), reading());
    Check.argument(!qualifiers().contains(Qualifier.ASPIRATIONAL),
        "result %s: qualifier ASPIRATIONAL is a target's word ('phấn đấu'), not a result's", this);
    Check.argument(!qualifiers().contains(Qualifier.WITHIN) || reading().kind() == Reading.Kind.RANK,
        "result %s: qualifier WITHIN ('top 10') is only for a rank, not the %s reading %s", this,
        reading().kind(), reading());
    Check.argument(!qualifiers().containsAll(BOUNDS),
        "result %s: qualifiers MORE_THAN and LESS_THAN contradict each other", this);
  }

  private static final ImmutableSet<Qualifier> BOUNDS = ImmutableSet.of(Qualifier.MORE_THAN, Qualifier.LESS_THAN);

  @Override
  public String toString() {
    return indicatorCode() + "@" + subjectCode() + " " + period() + " = " + reading()
        + (qualifiers().isEmpty() ? "" : " " + qualifiers());
  }
}
