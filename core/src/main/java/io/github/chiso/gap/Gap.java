package io.github.chiso.gap;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.model.Rational;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far one (unit or body, target) is from its threshold, derived from its {@link Assessment}. The
 * measures are present only for judged assessments (MET or NOT_MET):
 *
 * <ul>
 *   <li>{@link #gap()}: the negated margin, in the indicator's measure; positive = short, zero or
 *       negative = met (for a strict comparator, zero is still short);
 *   <li>{@link #relativeGap()}: gap ÷ |required bound|, empty when the bound is zero;
 *   <li>{@link #distance()}: the relative gap as 0–100, clamped (0 = met, 100 = as far as the value
 *       zero is from the bound): SDSN-style normalisation with zero as the worst value; against a
 *       zero bound, 100 when not met and 0 when met;
 *   <li>{@link #shortfall()}: where the parts are known, the fewest countable units to add (or remove,
 *       for "at most" and "below") so the share meets the threshold, the denominator unchanged: the
 *       smallest k with (392 + k)/505 ≥ 80% is 12 (404/505 is exactly 80%), and 13 for "trên 80%". Empty where no count suffices (a threshold above
 *       100%, an "equal" the parts cannot hit).
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Gap {

  Gap() {}

  /** The assessment the gap is measured from. */
  public abstract Assessment assessment();

  /** The bound the gap is measured to: a range's lower bound when higher is better, else its upper. */
  public abstract Optional<Rational> required();

  /** Negated margin: positive when short. */
  public abstract Optional<Rational> gap();

  /** Gap over the absolute value of the required bound. */
  public abstract Optional<Rational> relativeGap();

  /** The relative gap as 0–100, clamped; 0 when met. */
  public abstract Optional<Rational> distance();

  /** Countable units to add (or remove) to meet the threshold, where parts are known. */
  public abstract Optional<BigInteger> shortfall();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableGap.Builder {
    Builder() {}
  }

  /** The assessment's achievement ratio (value over required, or required over value). */
  public Optional<Rational> achievement() {
    return assessment().achievement();
  }

  /** Shorthand for the assessment's target code. */
  public String targetCode() {
    return assessment().targetCode();
  }

  /** Shorthand for the assessment's subject code. */
  public String subjectCode() {
    return assessment().subjectCode();
  }

  @Override
  public String toString() {
    return targetCode() + " @ " + subjectCode() + " " + assessment().status()
        + gap().map(g -> " gap " + g.toBigDecimal(4).toPlainString()).orElse("")
        + distance().map(d -> " distance " + d.toBigDecimal(2).toPlainString()).orElse("")
        + shortfall().map(k -> " shortfall " + k).orElse("");
  }
}
