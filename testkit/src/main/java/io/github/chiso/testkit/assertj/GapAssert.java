package io.github.chiso.testkit.assertj;

import io.github.chiso.gap.Gap;
import java.math.BigInteger;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Gap}.
 *
 * @since 0.1.0
 */
public final class GapAssert extends AbstractObjectAssert<GapAssert, Gap> {

  GapAssert(Gap actual) {
    super(actual, GapAssert.class);
  }

  /** The shortfall in countable units is {@code expected}. */
  public GapAssert hasShortfall(long expected) {
    isNotNull();
    if (!actual.shortfall().equals(Optional.of(BigInteger.valueOf(expected)))) {
      failWithMessage("expected target %s at %s to be short by %s countable units but the shortfall was %s (%s)",
          actual.targetCode(), Describe.subject(actual.assessment()), expected,
          actual.shortfall().map(Object::toString).orElse("none"), Describe.why(actual.assessment()));
    }
    return this;
  }

  /** The gap (negated margin) is {@code expected}, as "240/101" or "2.5". */
  public GapAssert hasGap(String expected) {
    isNotNull();
    if (!actual.gap().equals(Optional.of(AssessmentAssert.parse(expected)))) {
      failWithMessage("expected target %s at %s to have gap %s but had %s",
          actual.targetCode(), Describe.subject(actual.assessment()), expected, actual.gap().map(Object::toString).orElse("none"));
    }
    return this;
  }
}
