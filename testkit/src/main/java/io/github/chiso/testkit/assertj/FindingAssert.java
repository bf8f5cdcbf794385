package io.github.chiso.testkit.assertj;

import io.github.chiso.check.Finding;
import io.github.chiso.check.FindingKind;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a consistency {@link Finding}.
 *
 * @since 0.1.0
 */
public final class FindingAssert extends AbstractObjectAssert<FindingAssert, Finding> {

  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /** The finding is of {@code expected} kind. */
  public FindingAssert hasKind(FindingKind expected) {
    isNotNull();
    if (actual.kind() != expected) {
      failWithMessage("expected a %s finding about %s@%s but found %s: %s", expected, actual.indicatorCode(),
          actual.subjectCode(), actual.kind(), actual.message());
    }
    return this;
  }

  /** The finding is about the indicator with {@code code}. */
  public FindingAssert isAbout(String indicatorCode) {
    isNotNull();
    if (!actual.indicatorCode().equals(indicatorCode)) {
      failWithMessage("expected a finding about %s but it is about %s: %s", indicatorCode, actual.indicatorCode(), actual.message());
    }
    return this;
  }
}
