package io.github.chiso.testkit.assertj;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.model.Rational;
import java.math.BigDecimal;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an {@link Assessment}.
 *
 * @since 0.1.0
 */
public final class AssessmentAssert extends AbstractObjectAssert<AssessmentAssert, Assessment> {

  AssessmentAssert(Assessment actual) {
    super(actual, AssessmentAssert.class);
  }

  /** The verdict is {@code expected}. */
  public AssessmentAssert hasStatus(Status expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage("expected target %s at %s to be %s but was %s: %s",
          actual.targetCode(), Describe.subject(actual), expected, actual.status(), Describe.why(actual));
    }
    return this;
  }

  /** The verdict is MET. */
  public AssessmentAssert isMet() {
    return hasStatus(Status.MET);
  }

  /** The verdict is NOT_MET. */
  public AssessmentAssert isNotMet() {
    return hasStatus(Status.NOT_MET);
  }

  /** The verdict is NO_DATA. */
  public AssessmentAssert hasNoData() {
    return hasStatus(Status.NO_DATA);
  }

  /** The verdict is NOT_EVALUABLE. */
  public AssessmentAssert isNotEvaluable() {
    return hasStatus(Status.NOT_EVALUABLE);
  }

  /** The exact margin is {@code expected}, given as "-240/101" or "2.5". */
  public AssessmentAssert hasMargin(String expected) {
    isNotNull();
    Rational want = parse(expected);
    if (!actual.margin().equals(java.util.Optional.of(want))) {
      failWithMessage("expected target %s at %s to have margin %s but had %s (%s)",
          actual.targetCode(), Describe.subject(actual), want, actual.margin().map(Object::toString).orElse("none"),
          Describe.why(actual));
    }
    return this;
  }

  /** The exact value is {@code expected}, given as "39200/505" or "77.62". */
  public AssessmentAssert hasValue(String expected) {
    isNotNull();
    Rational want = parse(expected);
    if (!actual.value().equals(java.util.Optional.of(want))) {
      failWithMessage("expected target %s at %s to have value %s but had %s",
          actual.targetCode(), Describe.subject(actual), want, actual.value().map(Object::toString).orElse("none"));
    }
    return this;
  }

  static Rational parse(String text) {
    int slash = text.indexOf('/');
    return slash < 0
        ? Rational.valueOf(new BigDecimal(text))
        : Rational.of(new java.math.BigInteger(text.substring(0, slash)), new java.math.BigInteger(text.substring(slash + 1)));
  }
}
