package io.github.chiso.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatingTest {
  private static BandScale.Builder threeBands() {
    return BandScale.builder().addBands("high", "mid", "low");
  }

  @Test
  void overTheValueWithAndWithoutGoalposts() {
    BandScale plain = threeBands().addBoundaries(new BigDecimal("80"), new BigDecimal("50")).build();
    assertThat(Rating.of(plain, Rational.valueOf(80))).isEqualTo(new Rating("high", 0, Optional.empty()));
    BandScale scored = threeBands().addBoundaries(new BigDecimal("80"), new BigDecimal("50"))
        .lower(new BigDecimal("20")).optimum(new BigDecimal("100")).build();
    assertThat(Rating.of(scored, Rational.valueOf(60))).isEqualTo(new Rating("mid", 1, Optional.of(Rational.valueOf(50))));
  }

  @Test
  void overTheScoreOfALowerIsBetterValue() {
    // days to process: 10 scores 0, 2 scores 100; bands over the score
    BandScale days = threeBands().addBoundaries(new BigDecimal("75"), new BigDecimal("50"))
        .basis(BandScale.Basis.SCORE).lower(BigDecimal.TEN).optimum(new BigDecimal("2")).build();
    assertThat(Rating.of(days, Rational.valueOf(4))).isEqualTo(new Rating("high", 0, Optional.of(Rational.valueOf(75))));
    assertThat(Rating.of(days, Rational.valueOf(6))).isEqualTo(new Rating("mid", 1, Optional.of(Rational.valueOf(50))));
    assertThat(Rating.of(days, Rational.of(61, 10)).band()).isEqualTo("low");
    assertThatThrownBy(() -> threeBands().addBoundaries(new BigDecimal("75"), new BigDecimal("50"))
        .basis(BandScale.Basis.SCORE).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("goalposts");
    assertThatThrownBy(() -> threeBands().addBoundaries(new BigDecimal("75"), new BigDecimal("50"))
        .lower(BigDecimal.ONE).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("go together");
    assertThatThrownBy(() -> threeBands().addBoundaries(new BigDecimal("75"), new BigDecimal("50"))
        .basis(BandScale.Basis.SCORE).polarity(Polarity.LOWER_IS_BETTER).lower(BigDecimal.ONE).optimum(BigDecimal.TEN).build())
        .isInstanceOf(InvalidValueException.class);
  }
}
