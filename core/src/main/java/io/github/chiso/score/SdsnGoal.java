package io.github.chiso.score;

import com.google.common.collect.ImmutableList;
import io.github.chiso.band.BandClassifier;
import io.github.chiso.internal.Check;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A goal of the SDSN dashboard from its indicators' values.
 *
 * <ul>
 *   <li>Goal score: the mean of the indicators' goalpost scores.
 *   <li>Goal colour: the two worst indicators (lowest {@link SdsnIndicator#position positions}; the
 *       only one if there is one) are averaged on the 0–4 scale, and the average takes the colour of
 *       its band (≥ 3 green, ≥ 2 yellow, ≥ 1 orange, else red; on a boundary the better); the goal is
 *       green only if both are green (else yellow) and red only if both are red (else orange).
 * </ul>
 *
 * Exact; the result does not depend on the order of the values.
 *
 * @since 0.1.0
 */
public final class SdsnGoal {
  private static final BandClassifier AVERAGE_BANDS =
      BandClassifier.of(
          BandScale.builder()
              .addBands("green", "yellow", "orange", "red")
              .addBoundaries(BigDecimal.valueOf(3), BigDecimal.valueOf(2), BigDecimal.ONE)
              .build());

  private SdsnGoal() {}

  /** One indicator's value. */
  public record Value(SdsnIndicator indicator, Rational value) {
    /** Checks that neither part is null. */
    public Value {
      Check.argument(indicator != null && value != null, "SDSN value: indicator %s and value %s are required",
          indicator, value);
    }

    /** The value's score. */
    public Rational score() {
      return indicator.score(value);
    }

    /** The value's colour. */
    public SdsnColour colour() {
      return indicator.colour(value);
    }

    /** The value's place on the 0–4 scale. */
    public Rational position() {
      return indicator.position(value);
    }
  }

  /** The mean of {@code scores}; empty when there are none. */
  public static Optional<Rational> score(Collection<Rational> scores) {
    if (scores.isEmpty()) {
      return Optional.empty();
    }
    Rational sum = Rational.ZERO;
    for (Rational score : scores) {
      sum = sum.add(score);
    }
    return Optional.of(sum.divide(Rational.valueOf(scores.size())));
  }

  /** The goal score of {@code values}: the mean of their scores; empty when there are none. */
  public static Optional<Rational> scoreOf(Collection<Value> values) {
    return score(values.stream().map(Value::score).collect(ImmutableList.toImmutableList()));
  }

  /** The goal colour of {@code values}; empty when there are none. */
  public static Optional<SdsnColour> colour(Collection<Value> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Value> sorted = new ArrayList<>(values);
    sorted.sort((a, b) -> a.position().compareTo(b.position()));
    List<Value> worst = sorted.subList(0, Math.min(2, sorted.size()));
    Rational sum = Rational.ZERO;
    for (Value value : worst) {
      sum = sum.add(value.position());
    }
    Rational average = sum.divide(Rational.valueOf(worst.size()));
    SdsnColour colour = SdsnColour.values()[AVERAGE_BANDS.indexOf(average)];
    if (colour == SdsnColour.GREEN && !worst.stream().allMatch(v -> v.colour() == SdsnColour.GREEN)) {
      return Optional.of(SdsnColour.YELLOW);
    }
    if (colour == SdsnColour.RED && !worst.stream().allMatch(v -> v.colour() == SdsnColour.RED)) {
      return Optional.of(SdsnColour.ORANGE);
    }
    return Optional.of(colour);
  }
}
