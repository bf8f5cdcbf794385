package io.github.chiso.rollup;

import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Period;
import io.github.chiso.model.Rational;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rollup for one unit (or one group of bodies): the value, its exact parts where the rule has
 * them (Σ numerators and Σ denominators for a ratio of sums; units meeting and units judged for a
 * share of units meeting), the accumulation, coverage of the source units below it and of its direct
 * children, the latest as-of date of what went in, and why the value is withheld when it is.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RollupCell {

  RollupCell() {}

  /** The unit's code, or the jurisdiction's code for a group of bodies. */
  public abstract String code();

  /** The unit's tier, or the bodies' kind. */
  public abstract Scope scope();

  /** The period rolled up. */
  public abstract Period period();

  /** The rolled-up value; empty when nothing reported, the rule gives none, or the policy withholds it. */
  public abstract Optional<Rational> value();

  /** The numerator of the exact parts, where the rule has parts. */
  public abstract Optional<BigInteger> numerator();

  /** The denominator of the exact parts, where the rule has parts. */
  public abstract Optional<BigInteger> denominator();

  /** The accumulation of every source unit below. */
  public abstract Tally tally();

  /** Source units below (or the unit itself at the source tier): expected, reporting, missing. */
  public abstract Coverage coverage();

  /** Direct children: a child reports when any source unit below it reported. */
  public abstract Coverage childCoverage();

  /** The latest as-of date among the results that went in; the period's end if none. */
  public abstract LocalDate asOf();

  /** Why there is no value, when there is none. */
  public abstract Optional<String> reason();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableRollupCell.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return code() + " " + period() + ": " + value().map(v -> v.toBigDecimal(4).toPlainString()).orElse("—")
        + numerator().map(n -> " (" + n + "/" + denominator().orElseThrow() + ")").orElse("")
        + " coverage " + coverage() + reason().map(r -> " [" + r + "]").orElse("");
  }
}
