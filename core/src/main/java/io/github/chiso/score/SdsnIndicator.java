package io.github.chiso.score;

import com.google.common.collect.ImmutableList;
import io.github.chiso.band.BandClassifier;
import io.github.chiso.internal.Check;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One indicator of the SDSN dashboard: its goalposts and its green and red thresholds. The colour is
 * judged on the raw value (not the clamped score): green if it meets the green threshold, yellow if
 * it meets the midpoint {@code (green + red) / 2}, orange if it meets the red threshold, else red;
 * "meets" follows the direction of the goalposts and a value exactly on a threshold takes the better
 * colour. The colour scale is a {@link BandScale} ({@link #scale()}), so the kernel decides it.
 *
 * <p>For the goal colour each value is placed on a 0–4 scale ({@link #position}): the bands run
 * lower bound → red → midpoint → green → optimum, a value in band {@code k} (red 0 … green 3) is at
 * {@code k} plus its fraction of the way through the band, clamped to the band. The edges must lie in
 * that order: {@code lower ≤ red}, red strictly worse than green, {@code green ≤ optimum} in the
 * direction of the goalposts. A band of zero width (red on the lower bound, green on the optimum)
 * places its values at its start.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SdsnIndicator {
  private static final ImmutableList<String> COLOURS =
      Arrays.stream(SdsnColour.values()).map(SdsnColour::code).collect(ImmutableList.toImmutableList());

  SdsnIndicator() {}

  /** The goalposts of the score (and the ends of the 0–4 scale). */
  @Value.Parameter
  public abstract Goalposts goalposts();

  /** The green threshold. */
  @Value.Parameter
  public abstract BigDecimal green();

  /** The red threshold. */
  @Value.Parameter
  public abstract BigDecimal red();

  /** The indicator. */
  public static SdsnIndicator of(Goalposts goalposts, BigDecimal green, BigDecimal red) {
    return ImmutableSdsnIndicator.of(goalposts, green, red);
  }

  /** The indicator from decimal strings: lower bound, red, green, optimum. */
  public static SdsnIndicator of(String lower, String red, String green, String optimum) {
    return of(Goalposts.of(lower, optimum), new BigDecimal(green), new BigDecimal(red));
  }

  @Value.Check
  void check() {
    int direction = goalposts().polarity() == Polarity.HIGHER_IS_BETTER ? 1 : -1;
    BigDecimal[] edges = edgeValues();
    for (int i = 1; i < edges.length; i++) {
      int step = Integer.signum(edges[i].compareTo(edges[i - 1])) * direction;
      boolean strict = i == 2 || i == 3;
      Check.argument(
          strict ? step > 0 : step >= 0,
          "SDSN indicator: lower %s, red %s, midpoint %s, green %s, optimum %s must run from worst to best",
          Arrays.stream(edges).map(BigDecimal::toPlainString).toArray());
    }
  }

  private BigDecimal[] edgeValues() {
    return new BigDecimal[] {goalposts().lower(), red(), midpoint(), green(), goalposts().optimum()};
  }

  /** {@code (green + red) / 2}, exactly. */
  @Value.Derived
  public BigDecimal midpoint() {
    return green().add(red()).divide(BigDecimal.valueOf(2));
  }

  /** The colour scale: green, yellow, orange, red with boundaries green, midpoint, red. */
  @Value.Lazy
  public BandScale scale() {
    return BandScale.builder()
        .bands(COLOURS)
        .addBoundaries(green(), midpoint(), red())
        .polarity(goalposts().polarity())
        .build();
  }

  @Value.Lazy
  BandClassifier classifier() {
    return BandClassifier.of(scale());
  }

  /** The goalpost score of {@code value}, in [0, 100]. */
  public Rational score(Rational value) {
    return goalposts().score(value);
  }

  /** The colour of the raw {@code value}. */
  public SdsnColour colour(Rational value) {
    return SdsnColour.values()[classifier().indexOf(value)];
  }

  /** Where {@code value} lies on the 0–4 scale (red band 0–1 … green band 3–4). */
  public Rational position(Rational value) {
    int band = SdsnColour.values().length - 1 - classifier().indexOf(value);
    BigDecimal[] edges = edgeValues();
    Rational start = Rational.valueOf(edges[band]);
    Rational width = Rational.valueOf(edges[band + 1]).subtract(start);
    Rational fraction = width.signum() == 0
        ? Rational.ZERO
        : Goalposts.clamp(value.subtract(start).divide(width), Rational.ZERO, Rational.ONE);
    return Rational.valueOf(band).add(fraction);
  }

  @Override
  public String toString() {
    return Arrays.stream(edgeValues()).map(BigDecimal::toPlainString).collect(Collectors.joining(" | "));
  }
}
