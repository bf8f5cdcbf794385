package io.github.chiso.gap;

import com.google.common.collect.ImmutableList;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Result;
import io.github.chiso.model.Threshold;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Optional;

/**
 * Gaps from assessments, the shortfall in countable units, and rankings worst first.
 *
 * @since 0.1.0
 */
public final class Gaps {
  /**
   * Worst first: NOT_MET before the rest, then larger distance, then larger gap, then target code,
   * then subject code, so ties are broken the same way every time.
   */
  public static final java.util.Comparator<Gap> WORST_FIRST =
      java.util.Comparator.comparing((Gap g) -> g.assessment().status() != Status.NOT_MET)
          .thenComparing(g -> g.distance().orElse(Rational.ZERO), java.util.Comparator.reverseOrder())
          .thenComparing(g -> g.gap().orElse(Rational.ZERO), java.util.Comparator.reverseOrder())
          .thenComparing(Gap::targetCode)
          .thenComparing(Gap::subjectCode);

  private Gaps() {}

  /**
   * The gap of one assessment; for a target on a change, in the change's units (percentage points of
   * the reference value for a relative change), the amount's polarity deciding the better side.
   */
  public static Gap of(Assessment assessment) {
    Gap.Builder gap = Gap.builder().assessment(assessment);
    boolean judged = assessment.status() == Status.MET || assessment.status() == Status.NOT_MET;
    if (!judged) {
      return gap.build();
    }
    Threshold threshold = assessment.threshold().orElseThrow();
    Polarity polarity = assessment.change().map(c -> Compliance.amountPolarity(c, assessment.indicator()))
        .orElse(assessment.indicator().polarity());
    Rational required = requiredBound(threshold, polarity);
    Rational shortBy = assessment.margin().orElseThrow().negate();
    gap.required(required).gap(shortBy);
    if (required.signum() != 0) {
      Rational relative = shortBy.divide(required.abs());
      gap.relativeGap(relative);
      gap.distance(clamp(Rational.HUNDRED.multiply(relative)));
    } else {
      gap.distance(assessment.status() == Status.NOT_MET ? Rational.HUNDRED : Rational.ZERO);
    }
    if (assessment.numerator().isPresent()) {
      shortfall(
              threshold,
              polarity,
              Rational.of(assessment.indicator().measure().fractionScale(), BigInteger.ONE),
              assessment.numerator().get(),
              assessment.denominator().orElseThrow())
          .ifPresent(gap::shortfall);
    }
    return gap.build();
  }

  /** The gaps of every assessment of {@code plan}, in the order {@link Compliance#assess} gives. */
  public static ImmutableList<Gap> forPlan(Plan plan, Hierarchy hierarchy, Collection<Result> results) {
    return Compliance.assess(plan, hierarchy, results).stream()
        .map(Gaps::of)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The fewest countable units k to add to the numerator (for ≥, > and a range's lower end) or to
   * take from it (for ≤, &lt; and a range's upper end), the denominator unchanged, so that {@code scale
   * × (n ± k) / d} meets {@code threshold}; zero if it already does. Empty when no k can: the
   * numerator would have to pass the denominator or go below zero, or an "=" falls between counts.
   */
  public static Optional<BigInteger> shortfall(
      Threshold threshold, Polarity polarity, Rational scale, BigInteger n, BigInteger d) {
    // the count that hits the bound exactly: bound × d / scale
    Comparator comparator = threshold.comparator();
    if (comparator == Comparator.EQUAL) {
      Rational x = Rational.valueOf(threshold.bound()).multiply(Rational.of(d, BigInteger.ONE)).divide(scale);
      return x.isInteger() && x.signum() >= 0 && x.numerator().compareTo(d) <= 0
          ? Optional.of(x.numerator().subtract(n).abs())
          : Optional.empty();
    }
    boolean raise =
        comparator.isLowerBound() || (comparator == Comparator.BETWEEN && polarity == Polarity.HIGHER_IS_BETTER);
    Rational bound = Rational.valueOf(raise ? threshold.bound() : threshold.upperBound().orElse(threshold.bound()));
    Rational x = bound.multiply(Rational.of(d, BigInteger.ONE)).divide(scale);
    if (raise) {
      BigInteger needed = comparator == Comparator.ABOVE ? x.floor().add(BigInteger.ONE) : x.ceiling();
      BigInteger k = needed.subtract(n).max(BigInteger.ZERO);
      return n.add(k).compareTo(d) <= 0 ? Optional.of(k) : Optional.empty();
    }
    BigInteger allowed = comparator == Comparator.BELOW ? x.ceiling().subtract(BigInteger.ONE) : x.floor();
    BigInteger k = n.subtract(allowed).max(BigInteger.ZERO);
    return allowed.signum() >= 0 ? Optional.of(k) : Optional.empty();
  }

  /** Judged gaps (MET or NOT_MET), worst first. */
  public static ImmutableList<Gap> rank(Collection<Gap> gaps) {
    return gaps.stream()
        .filter(g -> g.distance().isPresent())
        .sorted(WORST_FIRST)
        .collect(ImmutableList.toImmutableList());
  }

  /** The gaps NOT_MET within {@code scope} (a tier or body kind), worst first: the lagging units. */
  public static ImmutableList<Gap> lagging(Collection<Gap> gaps, Scope scope) {
    return gaps.stream()
        .filter(g -> g.assessment().status() == Status.NOT_MET && g.assessment().scope().equals(scope))
        .sorted(WORST_FIRST)
        .collect(ImmutableList.toImmutableList());
  }

  private static Rational requiredBound(Threshold threshold, Polarity polarity) {
    if (threshold.comparator() == Comparator.BETWEEN && polarity == Polarity.LOWER_IS_BETTER) {
      return Rational.valueOf(threshold.upperBound().orElseThrow());
    }
    return Rational.valueOf(threshold.bound());
  }

  private static Rational clamp(Rational value) {
    if (value.signum() < 0) {
      return Rational.ZERO;
    }
    return value.compareTo(Rational.HUNDRED) > 0 ? Rational.HUNDRED : value;
  }
}
