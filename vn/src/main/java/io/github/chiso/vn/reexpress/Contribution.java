package io.github.chiso.vn.reexpress;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one source result gave one target unit: the result itself (unchanged), the target, the share
 * of the source that went there, and the reading that share amounts to. A share of one (the whole
 * source went to this target) is exact; a smaller share comes from a divided source and is an
 * estimate by the allocation's weights.
 */
@Value.Immutable
public abstract class Contribution {

  Contribution() {}

  /** The source result, as reported. */
  public abstract Result source();

  /** The code of the target unit at the target tier. */
  public abstract String target();

  /** The share of the source unit that went to the target: one when whole. */
  public abstract Rational share();

  /**
   * The reading the target received: the source's own when whole; for a divided source, its counts
   * apportioned by the share, or its value unchanged for rules that do not add up. Empty when the
   * apportionment left this target nothing (a zero denominator).
   */
  public abstract Optional<Reading> reading();

  /** Whether the reading is an estimate: the source was divided. */
  public boolean estimated() {
    return !share().equals(Rational.ONE);
  }

  /** The code under which the rollup counts this piece: source code, "&gt;", target code. */
  public String piece() {
    return piece(source().subjectCode(), target());
  }

  static String piece(String source, String target) {
    return source + ">" + target;
  }

  static Contribution of(Result source, String target, Rational share, Optional<Reading> reading) {
    return ImmutableContribution.builder().source(source).target(target).share(share).reading(reading).build();
  }

  @Value.Check
  void check() {
    Check.argument(share().signum() > 0 && share().compareTo(Rational.ONE) <= 0,
        "contribution of %s to %s: share must be in (0, 1], but was %s", source().subjectCode(), target(), share());
  }

  @Override
  public String toString() {
    return source().subjectCode() + " -> " + target() + (estimated() ? " × " + share() : "") + ": "
        + reading().map(Object::toString).orElse("nothing");
  }
}
