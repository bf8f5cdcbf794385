package io.github.chiso.rollup;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Rational;
import org.immutables.value.Value;

/**
 * What a rollup does when some expected units did not report: skip them, require all, or require a
 * minimum share of them. Missing units are never counted as zero; under a policy that is not
 * satisfied the rollup withholds the value and says why.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CoveragePolicy {

  /** Roll up whatever reported. */
  public static final CoveragePolicy SKIP_MISSING = ImmutableCoveragePolicy.of(Rational.ZERO);

  /** Withhold the value unless every expected unit reported. */
  public static final CoveragePolicy REQUIRE_ALL = ImmutableCoveragePolicy.of(Rational.ONE);

  CoveragePolicy() {}

  /** The least share of expected units that must report, from 0 to 1. */
  @Value.Parameter
  public abstract Rational minimumShare();

  /** Withhold the value unless at least {@code share} (0 to 1) of expected units reported. */
  public static CoveragePolicy requireShare(Rational share) {
    return ImmutableCoveragePolicy.of(share);
  }

  @Value.Check
  void check() {
    Check.argument(
        minimumShare().signum() >= 0 && minimumShare().compareTo(Rational.ONE) <= 0,
        "coverage policy minimumShare must be from 0 to 1, but was %s",
        minimumShare());
  }

  /** Whether {@code coverage} satisfies the policy; nothing expected satisfies only SKIP_MISSING. */
  public boolean isSatisfiedBy(Coverage coverage) {
    return isSatisfiedBy(coverage.reporting(), coverage.expected());
  }

  /** Whether {@code reporting} of {@code expected} units satisfy the policy, as {@link #isSatisfiedBy(Coverage)}. */
  public boolean isSatisfiedBy(int reporting, int expected) {
    if (expected == 0) {
      return minimumShare().signum() == 0;
    }
    if (minimumShare().signum() == 0) {
      return true;
    }
    return Rational.of(reporting, expected).compareTo(minimumShare()) >= 0;
  }

  @Override
  public String toString() {
    return minimumShare().signum() == 0
        ? "SKIP_MISSING"
        : minimumShare().equals(Rational.ONE) ? "REQUIRE_ALL" : "REQUIRE_SHARE(" + minimumShare() + ")";
  }
}
