package io.github.chiso.model;

import com.google.common.collect.ImmutableSet;
import io.github.chiso.internal.Check;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One requirement on a value: a comparator and its bound (two bounds for {@link Comparator#BETWEEN}),
 * the day it takes effect where the plan phases it in, and the original wording. Bounds are exact
 * decimals in the indicator's measure (80 for 80%). A threshold is on each subject of its scope
 * unless {@link #appliesTo()} says it is on their average. Equality follows {@link
 * BigDecimal#equals}, so 80 and 80.0 are different bounds (they format differently) that judge alike.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Threshold {

  Threshold() {}

  /** How the value must relate to the bound. */
  public abstract Comparator comparator();

  /** The bound; the lower bound of a range. */
  public abstract BigDecimal bound();

  /** The upper bound of a {@link Comparator#BETWEEN} range; empty otherwise. */
  public abstract Optional<BigDecimal> upperBound();

  /** The first day the threshold applies, when the plan phases it in. */
  public abstract Optional<LocalDate> effectiveFrom();

  /** The wording as the document gives it, e.g. "tối thiểu 80%". */
  public abstract Optional<String> wording();

  /**
   * How the document means the threshold: {@link Qualifier#APPROXIMATE} ("khoảng"), {@link
   * Qualifier#ESTIMATED}, {@link Qualifier#EXPECTED} ("dự kiến"), {@link Qualifier#ASPIRATIONAL}
   * ("phấn đấu"). Shown with the threshold; the bound is judged as stated whatever they say.
   *
   * @since 0.2.0
   */
  public abstract ImmutableSet<Qualifier> qualifiers();

  /** Whether the requirement is on each subject of its scope or on their average. */
  public enum AppliesTo {
    /** Each unit or body of the scope must meet it. */
    EACH,
    /** The average over the scope's units or bodies must meet it ("trung bình", "on average"). */
    AVERAGE
  }

  /** Whom the requirement is on; each subject unless the plan says "on average". */
  @Value.Default
  public AppliesTo appliesTo() {
    return AppliesTo.EACH;
  }

  /** A builder for a threshold. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Threshold}; {@code build()} validates. */
  public static final class Builder extends ImmutableThreshold.Builder {
    Builder() {}
  }

  /** A single-bound threshold; {@code comparator} must not be {@link Comparator#BETWEEN}. */
  public static Threshold of(Comparator comparator, BigDecimal bound) {
    return builder().comparator(comparator).bound(bound).build();
  }

  /** {@code value ≥ bound}. */
  public static Threshold atLeast(String bound) {
    return of(Comparator.AT_LEAST, new BigDecimal(bound));
  }

  /** {@code value > bound}. */
  public static Threshold above(String bound) {
    return of(Comparator.ABOVE, new BigDecimal(bound));
  }

  /** {@code value ≤ bound}. */
  public static Threshold atMost(String bound) {
    return of(Comparator.AT_MOST, new BigDecimal(bound));
  }

  /** {@code value < bound}. */
  public static Threshold below(String bound) {
    return of(Comparator.BELOW, new BigDecimal(bound));
  }

  /** {@code value = bound}. */
  public static Threshold equalTo(String bound) {
    return of(Comparator.EQUAL, new BigDecimal(bound));
  }

  /** {@code lower ≤ value ≤ upper}. */
  public static Threshold between(String lower, String upper) {
    return between(new BigDecimal(lower), new BigDecimal(upper));
  }

  /** {@code lower ≤ value ≤ upper}. */
  public static Threshold between(BigDecimal lower, BigDecimal upper) {
    return builder().comparator(Comparator.BETWEEN).bound(lower).upperBound(upper).build();
  }

  private static final ImmutableSet<Qualifier> ON_THRESHOLDS =
      ImmutableSet.of(Qualifier.APPROXIMATE, Qualifier.ESTIMATED, Qualifier.EXPECTED, Qualifier.ASPIRATIONAL);

  @Value.Check
  void check() {
    Check.argument(ON_THRESHOLDS.containsAll(qualifiers()),
        "threshold %s %s: qualifiers %s: only %s qualify a threshold", comparator(), bound().toPlainString(),
        qualifiers(), ON_THRESHOLDS);
    if (comparator() == Comparator.BETWEEN) {
      Check.argument(
          upperBound().isPresent(), "threshold BETWEEN %s: upperBound is required", bound());
      Check.argument(
          upperBound().get().compareTo(bound()) >= 0,
          "threshold BETWEEN: upperBound %s is below bound %s",
          upperBound().get().toPlainString(),
          bound().toPlainString());
    } else {
      Check.argument(
          upperBound().isEmpty(),
          "threshold %s %s: upperBound %s is only allowed for BETWEEN",
          comparator(),
          bound().toPlainString(),
          upperBound().map(BigDecimal::toPlainString).orElse(""));
    }
  }

  /** Whether the threshold applies to a result as of {@code asOf}. */
  public boolean isInEffectOn(LocalDate asOf) {
    return effectiveFrom().map(from -> !asOf.isBefore(from)).orElse(true);
  }

  /** The same requirement from {@code date} on. */
  public Threshold from(LocalDate date) {
    return builder().from(this).effectiveFrom(date).build();
  }

  /** {@code "≥ 80"}, {@code "65–70"}, with {@code " from 2022-06-01"} when phased in. */
  @Override
  public String toString() {
    String text =
        (appliesTo() == AppliesTo.AVERAGE ? "average " : "")
            + (comparator() == Comparator.BETWEEN
                ? bound().toPlainString() + "–" + upperBound().get().toPlainString()
                : comparator().symbol() + " " + bound().toPlainString());
    String qualified = qualifiers().isEmpty() ? text : text + " " + qualifiers();
    return effectiveFrom().map(d -> qualified + " from " + d).orElse(qualified);
  }
}
