package io.github.chiso.model;

import com.google.common.math.LongMath;
import io.github.chiso.internal.Check;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number {@code numerator / denominator}, kept in lowest terms with a positive
 * denominator. Verdicts are decided on rationals so that no rounding can flip them: 392/505 as a
 * percentage is compared with 80 as {@code 392 × 100} against {@code 80 × 505}.
 *
 * <p>Immutable and thread-safe. {@link #equals} and {@link #compareTo} agree (2/4 equals 1/2).
 *
 * @since 0.1.0
 */
public final class Rational extends Number implements Comparable<Rational> {
  private static final long serialVersionUID = 1L;

  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  /** One hundred, the scale of percentages. */
  public static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @throws io.github.chiso.InvalidValueException if {@code denominator} is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Check.argument(
        denominator.signum() != 0, "denominator must not be zero (numerator %s)", numerator);
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    if (numerator.bitLength() < Long.SIZE - 1 && denominator.bitLength() < Long.SIZE - 1) {
      long n = numerator.longValue();
      long d = denominator.longValue();
      long gcd = LongMath.gcd(Math.abs(n), d);
      return gcd == 1 ? new Rational(numerator, denominator)
          : new Rational(BigInteger.valueOf(n / gcd), BigInteger.valueOf(d / gcd));
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Rational(numerator, denominator);
  }

  /** Returns {@code numerator / denominator} in lowest terms. */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** Returns the integer {@code value}. */
  public static Rational valueOf(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** Returns exactly the value of {@code value} (77.62 becomes 3881/50). */
  public static Rational valueOf(BigDecimal value) {
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** The numerator, in lowest terms; carries the sign. */
  public BigInteger numerator() {
    return numerator;
  }

  /** The denominator, in lowest terms; always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /** {@code this + other}. */
  public Rational add(Rational other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** {@code this - other}. */
  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  /** {@code this × other}. */
  public Rational multiply(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * {@code this ÷ other}.
   *
   * @throws io.github.chiso.InvalidValueException if {@code other} is zero
   */
  public Rational divide(Rational other) {
    Check.argument(other.signum() != 0, "cannot divide %s by zero", this);
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** {@code -this}. */
  public Rational negate() {
    return signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /** {@code |this|}. */
  public Rational abs() {
    return signum() < 0 ? negate() : this;
  }

  /** -1, 0 or 1 as this is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /** Whether the denominator is one. */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /** The smallest integer not less than this. */
  public BigInteger ceiling() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /** The largest integer not greater than this. */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** This value rounded to {@code scale} decimal places with {@code rounding}. */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  /**
   * This value as a decimal if it has a finite decimal expansion (its denominator has no prime
   * factors but 2 and 5), else rounded half-even to {@code fallbackScale} places.
   */
  public BigDecimal toBigDecimal(int fallbackScale) {
    try {
      return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.UNLIMITED);
    } catch (ArithmeticException nonTerminating) {
      return toBigDecimal(fallbackScale, RoundingMode.HALF_EVEN);
    }
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** The nearest double; for display and projections only, never for verdicts. */
  @Override
  public double doubleValue() {
    return toBigDecimal(20, RoundingMode.HALF_EVEN).doubleValue();
  }

  @Override
  public float floatValue() {
    return (float) doubleValue();
  }

  @Override
  public int intValue() {
    return floor().intValue();
  }

  @Override
  public long longValue() {
    return floor().longValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational
        && numerator.equals(((Rational) o).numerator)
        && denominator.equals(((Rational) o).denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** {@code "3881/50"}, or {@code "7"} for an integer. */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
