package io.github.chiso.testkit.assertj;

import io.github.chiso.rollup.RollupCell;
import java.math.BigInteger;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link RollupCell}.
 *
 * @since 0.1.0
 */
public final class RollupCellAssert extends AbstractObjectAssert<RollupCellAssert, RollupCell> {

  RollupCellAssert(RollupCell actual) {
    super(actual, RollupCellAssert.class);
  }

  /** The rolled-up value is {@code expected}, as "492/705" or "50". */
  public RollupCellAssert hasValue(String expected) {
    isNotNull();
    if (!actual.value().equals(Optional.of(AssessmentAssert.parse(expected)))) {
      failWithMessage("expected the rollup of %s to be %s but was %s%s", actual.code(), expected,
          actual.value().map(Object::toString).orElse("withheld"), actual.reason().map(r -> " (" + r + ")").orElse(""));
    }
    return this;
  }

  /** The exact parts are {@code numerator}/{@code denominator}. */
  public RollupCellAssert hasParts(long numerator, long denominator) {
    isNotNull();
    if (!actual.numerator().equals(Optional.of(BigInteger.valueOf(numerator)))
        || !actual.denominator().equals(Optional.of(BigInteger.valueOf(denominator)))) {
      failWithMessage("expected the rollup of %s to have parts %s/%s but had %s/%s", actual.code(), numerator, denominator,
          actual.numerator().map(Object::toString).orElse("?"), actual.denominator().map(Object::toString).orElse("?"));
    }
    return this;
  }

  /** {@code reporting} of {@code expected} source units reported. */
  public RollupCellAssert hasCoverage(int reporting, int expected) {
    isNotNull();
    if (actual.coverage().reporting() != reporting || actual.coverage().expected() != expected) {
      failWithMessage("expected %s of %s units reporting under %s but coverage was %s", reporting, expected, actual.code(),
          actual.coverage());
    }
    return this;
  }

  /** The value is withheld (nothing reported, or the policy refused). */
  public RollupCellAssert isWithheld() {
    isNotNull();
    if (actual.value().isPresent()) {
      failWithMessage("expected the rollup of %s to be withheld but it was %s (coverage %s)", actual.code(),
          actual.value().get(), actual.coverage());
    }
    return this;
  }
}
