package io.github.chiso.compliance;

import com.google.common.collect.ImmutableSet;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Change;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The verdict on one (target, subject): status, the threshold applied, the exact value, the signed
 * margin (positive = better than required, whatever the polarity), the achievement ratio, the
 * position relative to a range, the as-of date and the deadline. Statuses {@link Status#NO_DATA} and
 * {@link Status#NOT_EVALUABLE} carry a reason instead of a margin.
 *
 * <p>A {@link Status#NOT_MET} before the deadline ({@link #deadlineReached()} false) is a shortfall as
 * of that date, not a final failure.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Assessment {

  Assessment() {}

  /** The target judged against. */
  public abstract String targetCode();

  /** The target's indicator. */
  public abstract Indicator indicator();

  /** The unit or body judged. */
  public abstract String subjectCode();

  /** The subject's scope. */
  public abstract Scope scope();

  /** The result's period; the target's period when there is no result. */
  public abstract Period period();

  /** The verdict. */
  public abstract Status status();

  /** The threshold that applied, when one did. */
  public abstract Optional<Threshold> threshold();

  /**
   * The exact value in the indicator's measure, when the result has one; for a target on a {@link
   * #change()}, the change's amount in its direction and basis (percent of the reference value, or
   * the indicator's units).
   */
  public abstract Optional<Rational> value();

  /**
   * The change the target is on, when it is on a change against a reference.
   *
   * @since 0.2.0
   */
  public abstract Optional<Change> change();

  /**
   * For a change target, the period the value was compared with (the fixed reference, or the judged
   * period one year earlier).
   *
   * @since 0.2.0
   */
  public abstract Optional<Period> referencePeriod();

  /**
   * For a change judged from two results, the exact reference value in the indicator's measure.
   *
   * @since 0.2.0
   */
  public abstract Optional<Rational> referenceValue();

  /**
   * How far the value is on the good side of the threshold, in the indicator's measure: positive or
   * zero when met (zero exactly at a "≥" bound), negative when not. Present for MET and NOT_MET.
   */
  public abstract Optional<Rational> margin();

  /**
   * Value over required bound for "≥"-like requirements, bound over value for "≤"-like ones; 1 or more
   * when met at a non-zero bound. Empty where the divisor is zero.
   */
  public abstract Optional<Rational> achievement();

  /** The numerator of the exact parts behind the value, where they are known. */
  public abstract Optional<BigInteger> numerator();

  /** The denominator of the exact parts behind the value, where they are known. */
  public abstract Optional<BigInteger> denominator();

  /** For a range threshold, where the value lies. */
  public abstract Optional<RangePosition> rangePosition();

  /** The day the judged figure describes. */
  public abstract LocalDate asOf();

  /** The target's deadline. */
  public abstract LocalDate deadline();

  /**
   * How the document means the judged value: the result's {@link
   * io.github.chiso.model.Result#qualifiers()} ("khoảng 83,5%" is {@link Qualifier#APPROXIMATE}),
   * shown with the verdict; they never change it. Empty for values that are not a single result.
   *
   * @since 0.2.0
   */
  public abstract ImmutableSet<Qualifier> qualifiers();

  /** Why there is no verdict, for NO_DATA and NOT_EVALUABLE. */
  public abstract Optional<String> reason();

  /** Whether the as-of date is on or after the deadline, so the verdict is final. */
  public boolean deadlineReached() {
    return !asOf().isBefore(deadline());
  }

  /**
   * A builder, for codecs and tests; {@link Compliance} is the usual source of assessments. {@code
   * build()} checks that judged statuses carry a threshold and margin and the others a reason.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; {@code build()} validates. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean judged = status() == Status.MET || status() == Status.NOT_MET;
    Check.argument(
        judged == margin().isPresent() && judged == threshold().isPresent(),
        "assessment of %s at %s: status %s requires margin and threshold exactly when judged",
        targetCode(),
        subjectCode(),
        status());
    Check.argument(
        numerator().isPresent() == denominator().isPresent(),
        "assessment of %s at %s: numerator and denominator go together",
        targetCode(),
        subjectCode());
    Check.argument(
        judged != reason().isPresent(),
        "assessment of %s at %s: status %s requires a reason exactly when not judged",
        targetCode(),
        subjectCode(),
        status());
  }

  @Override
  public String toString() {
    return targetCode()
        + " @ "
        + subjectCode()
        + " "
        + period()
        + ": "
        + status()
        + value().map(v -> " value " + v.toBigDecimal(4)).orElse("")
        + (qualifiers().isEmpty() ? "" : " " + qualifiers())
        + threshold().map(t -> " vs " + t).orElse("")
        + margin().map(m -> " margin " + m.toBigDecimal(4)).orElse("")
        + reason().map(r -> " (" + r + ")").orElse("");
  }
}
