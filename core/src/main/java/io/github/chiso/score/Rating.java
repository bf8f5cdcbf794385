package io.github.chiso.score;

import io.github.chiso.band.BandClassifier;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Rational;
import java.util.Optional;

/**
 * A value rated on a {@link BandScale}: its band and, where the scale has goalposts, its 0–100
 * score. Over {@link BandScale.Basis#VALUE} the band is of the raw value; over {@link
 * BandScale.Basis#SCORE} it is of the score. Exact.
 *
 * @param band the band's code
 * @param index the band's index, 0 for the best
 * @param score the goalpost score, when the scale has goalposts
 * @since 0.1.0
 */
public record Rating(String band, int index, Optional<Rational> score) {

  /** Rates {@code value} on {@code scale}. */
  public static Rating of(BandScale scale, Rational value) {
    Optional<Rational> score = scale.lower().map(lower -> Goalposts.of(lower, scale.optimum().orElseThrow()).score(value));
    BandClassifier classifier = BandClassifier.of(scale);
    int index = classifier.indexOf(scale.basis() == BandScale.Basis.SCORE ? score.orElseThrow() : value);
    return new Rating(scale.bands().get(index), index, score);
  }
}
