package io.github.chiso.compliance;

import com.google.common.math.LongMath;
import io.github.chiso.internal.Exact;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@link Threshold} compiled for one indicator: the single place in the library that decides
 * whether a value meets a bound. Every comparator reduces to one tested bound and the signs of
 * {@code value − bound} that meet it: ≥ accepts 0 and +, &gt; only +, ≤ accepts 0 and −, &lt; only
 * −, = only 0; a range {@code [lower, upper]} is met from within and beyond its better end, so it is
 * "≥ lower" for a higher-is-better indicator and "≤ upper" for a lower-is-better one.
 *
 * <p>Values come either as a {@link Rational} or as integer parts {@code numerator / denominator}
 * (times the measure's fraction scale when they are a reading's parts, 100 for a percentage). Parts
 * are compared with exact 128-bit products ({@link Math#multiplyHigh}) when the bound fits a long
 * with at most 16 decimals, and through {@link Rational} otherwise: the answer is the same for every
 * {@code long} input, {@link Long#MIN_VALUE} included. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CompiledThreshold {
  private static final long NOT_PHASED = Long.MIN_VALUE;

  private final Threshold threshold;
  private final Rational bound;
  private final BigInteger scale;
  /** Bit {@code sign + 1} is set for each sign of {@code value − bound} that meets. */
  private final int accepted;
  private final boolean fast;
  private final long boundUnscaled;
  private final long wholeMultiplier;
  private final long partsMultiplier;
  private final long effectiveFromDay;

  private CompiledThreshold(Threshold threshold, Polarity polarity, BigInteger fractionScale) {
    this.threshold = threshold;
    boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
    BigDecimal tested = threshold.comparator() == Comparator.BETWEEN && !higher
        ? threshold.upperBound().orElseThrow()
        : threshold.bound();
    this.bound = Rational.valueOf(tested);
    this.scale = fractionScale;
    this.accepted = accepted(threshold.comparator(), higher);
    BigDecimal normal = tested.scale() < 0 ? tested.setScale(0) : tested;
    boolean fits = normal.scale() <= 16 && normal.unscaledValue().bitLength() < Long.SIZE;
    long pow = fits ? LongMath.pow(10, normal.scale()) : 1;
    long parts = fits ? LongMath.saturatedMultiply(pow, scale.longValueExact()) : 0;
    this.fast = fits && parts != Long.MAX_VALUE;
    this.boundUnscaled = fast ? normal.unscaledValue().longValueExact() : 0;
    this.wholeMultiplier = fast ? pow : 0;
    this.partsMultiplier = fast ? parts : 0;
    this.effectiveFromDay = threshold.effectiveFrom().map(LocalDate::toEpochDay).orElse(NOT_PHASED);
  }

  /** Compiles {@code threshold} for values of {@code indicator} (its polarity and measure). */
  public static CompiledThreshold of(Threshold threshold, Indicator indicator) {
    return new CompiledThreshold(threshold, indicator.polarity(), indicator.measure().fractionScale());
  }

  /** Compiles {@code threshold} for plain values (a fraction scale of one) of an indicator of {@code polarity}. */
  public static CompiledThreshold of(Threshold threshold, Polarity polarity) {
    return new CompiledThreshold(threshold, polarity, BigInteger.ONE);
  }

  private static int accepted(Comparator comparator, boolean higher) {
    switch (comparator) {
      case AT_LEAST:
        return 0b110;
      case ABOVE:
        return 0b100;
      case AT_MOST:
        return 0b011;
      case BELOW:
        return 0b001;
      case EQUAL:
        return 0b010;
      case BETWEEN:
        return higher ? 0b110 : 0b011;
      default:
        throw new AssertionError(comparator);
    }
  }

  /** The threshold as written. */
  public Threshold threshold() {
    return threshold;
  }

  /** The bound values are compared with: the threshold's bound, or a range's upper bound where lower is better. */
  public Rational testedBound() {
    return bound;
  }

  /** Whether the threshold is on the average of its scope rather than on each subject. */
  public boolean isOnAverage() {
    return threshold.appliesTo() == Threshold.AppliesTo.AVERAGE;
  }

  /** Whether the threshold is in effect on the epoch day {@code day}. */
  public boolean isInEffectOn(long day) {
    return day >= effectiveFromDay;
  }

  /** Whether the threshold is in effect on {@code date}. */
  public boolean isInEffectOn(LocalDate date) {
    return threshold.isInEffectOn(date);
  }

  /** Whether a value whose difference from the tested bound has sign {@code sign} (−1, 0, 1) meets. */
  public boolean accepts(int sign) {
    return Integers.accepts(accepted, sign);
  }

  /**
   * The threshold in integers, for columnar loops that judge millions of values (the bulk path, a
   * Spark partition): empty when the bound needs exact rationals (more than 16 decimals, or beyond a
   * long). A loop that keeps these numbers in arrays decides with {@link Integers#sign} and {@link
   * Integers#accepts}, the functions this class decides with.
   */
  public Optional<Integers> integers() {
    return fast ? Optional.of(new Integers(accepted, boundUnscaled, wholeMultiplier, partsMultiplier, effectiveFromDay))
        : Optional.empty();
  }

  /**
   * A compiled threshold as integers: a value {@code n / d} (times the fraction scale for parts)
   * meets when {@link #accepts}{@code (mask(), }{@link #sign}{@code (n, d, multiplier, bound()))},
   * the multiplier being {@link #partsMultiplier()} for parts and {@link #wholeMultiplier()}
   * otherwise, on days from {@link #effectiveFromDay()}. Immutable.
   */
  public static final class Integers {
    private final int mask;
    private final long bound;
    private final long wholeMultiplier;
    private final long partsMultiplier;
    private final long effectiveFromDay;

    Integers(int mask, long bound, long wholeMultiplier, long partsMultiplier, long effectiveFromDay) {
      this.mask = mask;
      this.bound = bound;
      this.wholeMultiplier = wholeMultiplier;
      this.partsMultiplier = partsMultiplier;
      this.effectiveFromDay = effectiveFromDay;
    }

    /** Bit {@code sign + 1} is set for each sign of {@code value − bound} that meets. */
    public int mask() {
      return mask;
    }

    /** The tested bound's unscaled value: the bound is {@code bound() / wholeMultiplier()}. */
    public long bound() {
      return bound;
    }

    /** The power of ten that scales the bound. */
    public long wholeMultiplier() {
      return wholeMultiplier;
    }

    /** {@link #wholeMultiplier()} times the measure's fraction scale, for parts. */
    public long partsMultiplier() {
      return partsMultiplier;
    }

    /** The first epoch day the threshold is in effect ({@link Long#MIN_VALUE} when not phased in). */
    public long effectiveFromDay() {
      return effectiveFromDay;
    }

    /** The sign of {@code n / d − bound / m} for {@code m = multiplier / scale}: that of {@code n·multiplier − bound·d}, exactly. */
    public static int sign(long n, long d, long multiplier, long bound) {
      return Exact.productSign(n, multiplier, bound, d);
    }

    /** The magnitude below which {@link #narrowSign} is exact. */
    public static final long NARROW = 1L << 31;

    /** Whether {@code x} is strictly between {@code −NARROW} and {@code NARROW}. */
    public static boolean isNarrow(long x) {
      return x > -NARROW && x < NARROW;
    }

    /**
     * As {@link #sign}, in one 64-bit multiplication each: exact when every argument {@link #isNarrow}
     * (the products stay below 2^62).
     */
    public static int narrowSign(long n, long d, long multiplier, long bound) {
      return Long.signum(n * multiplier - bound * d);
    }

    /** Whether {@code sign} is one of the signs {@code mask} accepts. */
    public static boolean accepts(int mask, int sign) {
      return acceptedBit(mask, sign) != 0;
    }

    /** 1 if {@code sign} is one of the signs {@code mask} accepts, else 0: {@link #accepts} without a branch. */
    public static int acceptedBit(int mask, int sign) {
      return mask >> (sign + 1) & 1;
    }
  }

  /** The sign of {@code value − bound}. */
  public int compare(Rational value) {
    return Integer.signum(value.compareTo(bound));
  }

  /**
   * The sign of {@code value − bound} for the value {@code numerator / denominator}, times the
   * measure's fraction scale when {@code parts} (a reading's parts: 100 × n / d for a percentage).
   *
   * @param denominator positive
   */
  public int compare(long numerator, long denominator, boolean parts) {
    if (fast) {
      return Integers.sign(numerator, denominator, parts ? partsMultiplier : wholeMultiplier, boundUnscaled);
    }
    Rational value = Rational.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    return compare(parts ? value.multiply(Rational.of(scale, BigInteger.ONE)) : value);
  }

  /** Whether {@code value} meets the bound (the effective date aside). */
  public boolean meets(Rational value) {
    return accepts(compare(value));
  }

  /** Whether the value given by parts meets the bound, as {@link #compare(long, long, boolean)} reads them. */
  public boolean meets(long numerator, long denominator, boolean parts) {
    return accepts(compare(numerator, denominator, parts));
  }

  /**
   * The verdict on a value as of a day: {@link Status#NOT_EVALUABLE} before the threshold takes
   * effect, else {@link Status#MET} or {@link Status#NOT_MET}.
   */
  public Status judge(Rational value, LocalDate asOf) {
    if (!isInEffectOn(asOf)) {
      return Status.NOT_EVALUABLE;
    }
    return meets(value) ? Status.MET : Status.NOT_MET;
  }

  /** As {@link #judge(Rational, LocalDate)}, for parts and an epoch day. */
  public Status judge(long numerator, long denominator, boolean parts, long asOfDay) {
    if (!isInEffectOn(asOfDay)) {
      return Status.NOT_EVALUABLE;
    }
    return meets(numerator, denominator, parts) ? Status.MET : Status.NOT_MET;
  }

  @Override
  public String toString() {
    return threshold.toString();
  }
}
