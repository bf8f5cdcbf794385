package io.github.chiso.score;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Goalpost normalisation: {@code score = clamp((x − lower) / (optimum − lower) × 100, 0, 100)}. The
 * lower bound scores 0 and the optimum 100; where lower is better the lower bound is above the
 * optimum and the same formula applies. Exact: a {@link Rational} value gives a {@link Rational}
 * score.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Goalposts {

  Goalposts() {}

  /** The value that scores 0 (the worst end). */
  @Value.Parameter
  public abstract BigDecimal lower();

  /** The value that scores 100 (the best end). */
  @Value.Parameter
  public abstract BigDecimal optimum();

  /** The goalposts; {@code lower} and {@code optimum} must differ. */
  public static Goalposts of(BigDecimal lower, BigDecimal optimum) {
    return ImmutableGoalposts.of(lower, optimum);
  }

  /** The goalposts from decimal strings. */
  public static Goalposts of(String lower, String optimum) {
    return of(new BigDecimal(lower), new BigDecimal(optimum));
  }

  @Value.Check
  void check() {
    Check.argument(
        lower().compareTo(optimum()) != 0,
        "goalposts: lower %s and optimum %s must differ",
        lower().toPlainString(),
        optimum().toPlainString());
  }

  /** Higher is better when the optimum is above the lower bound. */
  public Polarity polarity() {
    return optimum().compareTo(lower()) > 0 ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
  }

  /** The score of {@code value}, in [0, 100]. */
  public Rational score(Rational value) {
    Rational low = Rational.valueOf(lower());
    Rational span = Rational.valueOf(optimum()).subtract(low);
    Rational raw = value.subtract(low).divide(span).multiply(Rational.HUNDRED);
    return clamp(raw, Rational.ZERO, Rational.HUNDRED);
  }

  /** The score of {@code value}, in [0, 100]. */
  public Rational score(BigDecimal value) {
    return score(Rational.valueOf(value));
  }

  static Rational clamp(Rational x, Rational min, Rational max) {
    return x.compareTo(min) < 0 ? min : x.compareTo(max) > 0 ? max : x;
  }

  @Override
  public String toString() {
    return lower().toPlainString() + " → " + optimum().toPlainString();
  }
}
