package io.github.chiso.model;

import io.github.chiso.internal.Check;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a result reports: exactly one of a decimal value, a numerator and denominator, a place in a
 * ranking, a change against a reference, or a text-only status with the original note. The kinds are
 * the nested types {@link Decimal}, {@link Fraction}, {@link Rank}, {@link Delta} and {@link Text};
 * {@link #kind()} tells them apart.
 *
 * @since 0.1.0
 */
public abstract class Reading {

  /** The kinds of reading. */
  public enum Kind {
    DECIMAL,
    FRACTION,
    TEXT,
    /** A place in a ranking ({@link Rank}); since 0.2.0. */
    RANK,
    /** A change against a reference ({@link Delta}); since 0.2.0. */
    DELTA
  }

  Reading() {}

  /** Which kind of reading this is. */
  public abstract Kind kind();

  /**
   * The exact value in {@code measure}: the decimal itself, or {@code scale × n / d} for a fraction
   * (100 × n / d for a percentage), a rank's place; empty for text and for a change ({@link Delta}),
   * which is not a level.
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

  /**
   * The place {@code place} in a ranking of an unstated number of places ("đứng thứ ba cả nước").
   *
   * @since 0.2.0
   */
  public static Rank rank(long place) {
    return ImmutableRank.builder().place(place).build();
  }

  /**
   * The place {@code place} of {@code field} places ("xếp thứ 12/63": 12 of 63).
   *
   * @since 0.2.0
   */
  public static Rank rank(long place, long field) {
    return ImmutableRank.builder().place(place).field(field).build();
  }

  /**
   * A change of {@code amount} against a reference ("tăng 13 bậc so với năm 2020": 13, an absolute
   * increase against 2020).
   *
   * @since 0.2.0
   */
  public static Delta delta(BigDecimal amount, Change change) {
    return ImmutableDelta.of(amount, change);
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

  /**
   * A place in a ranking, 1 the best ("xếp thứ 12/63": place 12 of a field of 63), with the size of
   * the field where the document gives it. A rank is never a share: its {@link #value} is the place
   * itself, and the compliance kernel judges it only for an indicator measured in {@link
   * Measure#RANK} (FORMAT.md, "Result set").
   *
   * @since 0.2.0
   */
  @Value.Immutable
  public abstract static class Rank extends Reading {
    Rank() {}

    /** The place, from 1 (the best). */
    public abstract long place();

    /** How many places were ranked (63 provinces), where the document says; at least {@link #place()}. */
    public abstract Optional<Long> field();

    @Value.Check
    void check() {
      Check.argument(place() >= 1, "rank %s: the place must be at least 1", this);
      field().ifPresent(f -> Check.argument(
          f >= place(), "rank %s: the field of %s places must hold place %s", this, f, place()));
    }

    @Override
    public Kind kind() {
      return Kind.RANK;
    }

    /** The place, in any measure: a rank is never scaled as a fraction would be. */
    @Override
    public Optional<Rational> value(Measure measure) {
      return Optional.of(Rational.valueOf(place()));
    }

    /** {@code "12/63"}, or {@code "#3"} without a field. */
    @Override
    public String toString() {
      return field().map(f -> place() + "/" + f).orElse("#" + place());
    }
  }

  /**
   * A result stated as a change against a reference ("tăng 13 bậc so với năm 2020", "giảm 5% so với
   * cùng kỳ"): the amount, not negative, in the {@link Change}'s direction and basis. A change is not
   * a level, so {@link #value} is empty; the compliance kernel judges it only against a target on a
   * change with the same basis and reference period (FORMAT.md, "Changes against a reference").
   *
   * @since 0.2.0
   */
  @Value.Immutable
  public abstract static class Delta extends Reading {
    Delta() {}

    /** The amount of the change as reported: 13 for "tăng 13 bậc", 5 for "giảm 5%". */
    @Value.Parameter
    public abstract BigDecimal amount();

    /** The direction, basis and reference of the change. */
    @Value.Parameter
    public abstract Change change();

    @Value.Check
    void check() {
      Check.argument(amount().signum() >= 0,
          "delta %s: the amount must not be negative (the direction carries the sign)", amount().toPlainString());
    }

    @Override
    public Kind kind() {
      return Kind.DELTA;
    }

    /** Empty: a change is not a level. */
    @Override
    public Optional<Rational> value(Measure measure) {
      return Optional.empty();
    }

    /**
     * The amount in the sense of {@code direction}: the amount when it is the change's direction,
     * its negation otherwise ("giảm 3%" is a rise of −3%).
     */
    public Rational amountAs(Change.Direction direction) {
      Rational exact = Rational.valueOf(amount());
      return direction == change().direction() ? exact : exact.negate();
    }

    /** {@code "+13 ABSOLUTE vs 2020"}, {@code "-5 RELATIVE vs year earlier"}. */
    @Override
    public String toString() {
      return (change().direction() == Change.Direction.INCREASE ? "+" : "-") + amount().toPlainString() + " "
          + change().basis() + " vs " + change().reference().map(Period::toString).orElse("year earlier");
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
