package io.github.chiso.model;

import io.github.chiso.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change against a reference: its direction, whether its amount is a percentage of the reference
 * value or in the indicator's own units, and the reference, a fixed period ("so với năm 2023") or the
 * same period one year earlier ("so với cùng kỳ", "so với năm trước").
 *
 * <p>The amount of a change from a reference value {@code r} to a value {@code v} is, in the
 * direction's sense: {@code v − r} for an {@link Direction#INCREASE}, {@code r − v} for a {@link
 * Direction#DECREASE}, and for a {@link Basis#RELATIVE} change that difference as a percentage of
 * {@code r}. For an indicator measured in {@link Measure#RANK} a rise is a gain of places: "tăng 12
 * bậc" is the place number falling by 12 (from 20th to 8th), so the amount of an increase is {@code r
 * − v} places there. A target with a {@link Target#change()} bounds that amount; a {@link
 * Reading.Delta} reports it.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Change {
  Change() {}

  /** Which way the value moves. */
  public enum Direction {
    /** A rise ("tăng"); for a rank, a gain of places. */
    INCREASE,
    /** A fall ("giảm"); for a rank, a loss of places. */
    DECREASE;

    /** The other direction. */
    public Direction flip() {
      return this == INCREASE ? DECREASE : INCREASE;
    }
  }

  /** What the amount is measured in. */
  public enum Basis {
    /** A percentage of the reference value ("tăng 15%"); never for a rank. */
    RELATIVE,
    /** The indicator's own units ("tăng 500 doanh nghiệp", "tăng 12 bậc": places for a rank). */
    ABSOLUTE
  }

  /** Which way the value moves. */
  public abstract Direction direction();

  /** What the amount is measured in. */
  public abstract Basis basis();

  /**
   * The fixed reference period ("so với năm 2023": 2023); empty for the same period one year earlier
   * than the one judged ("so với cùng kỳ").
   */
  public abstract Optional<Period> reference();

  /** A change against the fixed period {@code reference}. */
  public static Change of(Direction direction, Basis basis, Period reference) {
    return ImmutableChange.builder().direction(direction).basis(basis).reference(reference).build();
  }

  /** A change against the same period one year earlier ("so với cùng kỳ"). */
  public static Change yearOnYear(Direction direction, Basis basis) {
    return ImmutableChange.builder().direction(direction).basis(basis).build();
  }

  /** This change in the other direction, against the same reference. */
  public Change flip() {
    return ImmutableChange.builder().from(this).direction(direction().flip()).build();
  }

  /**
   * The period a figure about {@code period} is compared with: the fixed reference, or {@code
   * period} one year earlier.
   */
  public Period referenceFor(Period period) {
    return reference().orElseGet(() -> period.minusYears(1));
  }

  /**
   * The period a figure about {@code period} is compared with, checked to contain {@code given}, the
   * period of the reference figure supplied ({@code what}, named in the message).
   *
   * @throws io.github.chiso.InvalidValueException if {@code given} is not within it
   */
  public Period requireReference(Period period, Period given, String what) {
    Period wanted = referenceFor(period);
    Check.argument(wanted.contains(given),
        "%s's period %s is not within %s, the period %s is compared with", what, given, wanted, period);
    return wanted;
  }

  /**
   * Checks that the change can be stated for an indicator measured in {@code measure}: a percentage
   * of a place in a ranking means nothing, so a {@link Basis#RELATIVE} change of a {@link
   * Measure#RANK} is refused.
   *
   * @throws io.github.chiso.InvalidValueException naming {@code what} if it cannot
   */
  public void requireFor(Measure measure, String what) {
    Check.argument(
        !(basis() == Basis.RELATIVE && measure == Measure.RANK),
        "%s: a RELATIVE change (a percentage) of a rank means nothing; a rank changes by places (ABSOLUTE)",
        what);
  }

  /** {@code "INCREASE RELATIVE vs 2023"}, {@code "DECREASE ABSOLUTE vs year earlier"}. */
  @Override
  public String toString() {
    return direction() + " " + basis() + " vs " + reference().map(Period::toString).orElse("year earlier");
  }
}
