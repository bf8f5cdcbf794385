package io.github.chiso.model;

import com.google.common.collect.ImmutableList;
import io.github.chiso.internal.Check;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered set of bands over a value or a 0–100 score (a traffic light and more): the band codes
 * from best to worst and the exact boundaries between them. Boundary {@code i} is the edge between
 * band {@code i} and band {@code i + 1}: a value reaches band {@code i} when it is at least as good as
 * boundary {@code i} and no better band's boundary, and the worst band takes the rest. Boundaries run
 * from the best side: strictly decreasing when higher is better, strictly increasing when lower is.
 *
 * <p>A value exactly on a boundary takes the better band ({@link OnBoundary#BETTER}, as SDSN's
 * dashboards do) unless the scale declares {@link OnBoundary#WORSE}. Whether a value reaches a
 * boundary is decided by the compliance kernel ({@link #entry(int)} is an ordinary {@link
 * Threshold}); see {@code io.github.chiso.band.BandClassifier}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BandScale {

  BandScale() {}

  /** What a value exactly on a boundary takes. */
  public enum OnBoundary {
    /** The better band: entry thresholds are ≥ (or ≤ where lower is better). */
    BETTER,
    /** The worse band: entry thresholds are &gt; (or &lt; where lower is better). */
    WORSE
  }

  /** What the bands are over. */
  public enum Basis {
    /** The indicator's raw value, in its measure. */
    VALUE,
    /** A 0–100 score (higher is better), e.g. a goalpost score. */
    SCORE
  }

  /** Band codes from best to worst, e.g. {@code green, yellow, orange, red}; at least two, distinct. */
  public abstract ImmutableList<String> bands();

  /** The boundaries from the best side; one fewer than the bands. */
  public abstract ImmutableList<BigDecimal> boundaries();

  /** Which direction of the value is better. */
  @Value.Default
  public Polarity polarity() {
    return Polarity.HIGHER_IS_BETTER;
  }

  /** The band a value exactly on a boundary takes; the better one unless declared. */
  @Value.Default
  public OnBoundary onBoundary() {
    return OnBoundary.BETTER;
  }

  /** Whether the bands are over the raw value or a score. */
  @Value.Default
  public Basis basis() {
    return Basis.VALUE;
  }

  /** A builder for a band scale. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BandScale}; {@code build()} validates. */
  public static final class Builder extends ImmutableBandScale.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Check.argument(bands().size() >= 2, "band scale: at least two bands are needed, but got %s", bands());
    Set<String> seen = new HashSet<>();
    for (String band : bands()) {
      Check.code("band", band);
      Check.argument(seen.add(band), "band scale: band '%s' is listed twice in %s", band, bands());
    }
    Check.argument(
        boundaries().size() == bands().size() - 1,
        "band scale %s: %s bands need %s boundaries, but got %s",
        bands(),
        bands().size(),
        bands().size() - 1,
        boundaries());
    int direction = polarity() == Polarity.HIGHER_IS_BETTER ? -1 : 1;
    for (int i = 1; i < boundaries().size(); i++) {
      Check.argument(
          Integer.signum(boundaries().get(i).compareTo(boundaries().get(i - 1))) == direction,
          "band scale %s: boundaries %s must be strictly %s from the best band",
          bands(),
          boundaries(),
          direction < 0 ? "decreasing" : "increasing");
    }
    Check.argument(
        basis() == Basis.VALUE || polarity() == Polarity.HIGHER_IS_BETTER,
        "band scale %s: a scale over scores is higher-is-better, but was %s",
        bands(),
        polarity());
  }

  /** The threshold a value must meet to reach band {@code index} (0 ≤ index &lt; bands − 1). */
  public Threshold entry(int index) {
    boolean higher = polarity() == Polarity.HIGHER_IS_BETTER;
    boolean inclusive = onBoundary() == OnBoundary.BETTER;
    Comparator comparator = higher
        ? (inclusive ? Comparator.AT_LEAST : Comparator.ABOVE)
        : (inclusive ? Comparator.AT_MOST : Comparator.BELOW);
    return Threshold.of(comparator, boundaries().get(index));
  }

  /** The worst band. */
  public String worst() {
    return bands().get(bands().size() - 1);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(bands().get(0));
    for (int i = 0; i < boundaries().size(); i++) {
      text.append(" |").append(boundaries().get(i).toPlainString()).append("| ").append(bands().get(i + 1));
    }
    return text.toString();
  }
}
