package io.github.chiso.model;

import io.github.chiso.internal.Check;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a result reports: exactly one of a decimal value, a numerator and denominator, or a text-only
 * status with the original note. The three kinds are the nested types {@link Decimal}, {@link
 * Fraction} and {@link Text}; {@link #kind()} tells them apart.
 *
 * @since 0.1.0
 */
public abstract class Reading {

  /** The three kinds of reading. */
  public enum Kind {
    DECIMAL,
    FRACTION,
    TEXT
  }

  Reading() {}

  /** Which kind of reading this is. */
  public abstract Kind kind();

  /**
   * The exact value in {@code measure}: the decimal itself, or {@code scale × n / d} for a fraction
   * (100 × n / d for a percentage); empty for text.
   */
  public abstract Optional<Rational> value(Measure measure);

  /** A decimal value, e.g. 83.5 for "83.5%". */
  public static Decimal decimal(BigDecimal value) {
    return ImmutableDecimal.of(value);
  }

  /** A decimal value read from its plain text, e.g. {@code "83.5"}. */
  public static Decimal decimal(String value) {
    return decimal(new BigDecimal(value));
  }

  /** A numerator and denominator, e.g. 392/505. */
  public static Fraction fraction(long numerator, long denominator) {
    return ImmutableFraction.builder()
        .numerator(numerator)
        .denominator(denominator)
        .build();
  }

  /** A numerator and denominator with the share the document reports beside them. */
  public static Fraction fraction(long numerator, long denominator, BigDecimal reportedShare) {
    return ImmutableFraction.builder()
        .numerator(numerator)
        .denominator(denominator)
        .reportedShare(reportedShare)
        .build();
  }

  /** A text-only status with the document's note. */
  public static Text text(TextStatus status, String note) {
    return ImmutableText.of(status, note);
  }

  /** A decimal value. */
  @Value.Immutable
  public abstract static class Decimal extends Reading {
    Decimal() {}

    /** The value as reported, with its scale (83.5 stays 83.5). */
    @Value.Parameter
    public abstract BigDecimal decimal();

    @Override
    public Kind kind() {
      return Kind.DECIMAL;
    }

    @Override
    public Optional<Rational> value(Measure measure) {
      return Optional.of(Rational.valueOf(decimal()));
    }

    @Override
    public String toString() {
      return decimal().toPlainString();
    }
  }

  /**
   * A numerator and a positive denominator, with the share the document reports beside them where it
   * does. The numerator may exceed the denominator and the reported share may disagree with the
   * parts: such readings are kept as reported and flagged by consistency checks, not rejected.
   */
  @Value.Immutable
  public abstract static class Fraction extends Reading {
    Fraction() {}

    /** The count that meets, e.g. 392 services that received dossiers; not negative. */
    public abstract long numerator();

    /** The count of all, e.g. 505 services; positive. */
    public abstract long denominator();

    /** The share the document states beside the parts, e.g. 77.62 for "77,62% (392/505)". */
    public abstract Optional<BigDecimal> reportedShare();

    @Value.Check
    void check() {
      Check.argument(
          numerator() >= 0, "fraction %s/%s: numerator must not be negative", numerator(), denominator());
      Check.argument(
          denominator() > 0, "fraction %s/%s: denominator must be positive", numerator(), denominator());
    }

    /** The fraction {@code numerator / denominator} itself. */
    public Rational ratio() {
      return Rational.of(numerator(), denominator());
    }

    @Override
    public Kind kind() {
      return Kind.FRACTION;
    }

    @Override
    public Optional<Rational> value(Measure measure) {
      return Optional.of(ratio().multiply(Rational.of(measure.fractionScale(), BigInteger.ONE)));
    }

    @Override
    public String toString() {
      return numerator() + "/" + denominator();
    }
  }

  /** A text-only result: a status and the document's own words. */
  @Value.Immutable
  public abstract static class Text extends Reading {
    Text() {}

    /** What the note amounts to. */
    @Value.Parameter
    public abstract TextStatus status();

    /** The note as written, e.g. "Đang triển khai xây dựng". */
    @Value.Parameter
    public abstract String note();

    @Override
    public Kind kind() {
      return Kind.TEXT;
    }

    @Override
    public Optional<Rational> value(Measure measure) {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return status() + ": " + note();
    }
  }
}
