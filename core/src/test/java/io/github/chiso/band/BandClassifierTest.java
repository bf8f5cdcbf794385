package io.github.chiso.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Banding;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandClassifierTest {
  private static BandScale scale(Polarity polarity, BandScale.OnBoundary rule, String... boundaries) {
    return BandScale.builder()
        .addBands("a", "b", "c")
        .boundaries(List.of(new BigDecimal(boundaries[0]), new BigDecimal(boundaries[1])))
        .polarity(polarity)
        .onBoundary(rule)
        .build();
  }

  private static String band(BandScale scale, String value) {
    return BandClassifier.of(scale).bandOf(Rational.valueOf(new BigDecimal(value)));
  }

  @Test
  void aValueOnABoundaryTakesTheBetterBandByDefault() {
    BandScale up = scale(Polarity.HIGHER_IS_BETTER, BandScale.OnBoundary.BETTER, "80", "50");
    assertThat(up.onBoundary()).isEqualTo(BandScale.OnBoundary.BETTER);
    assertThat(band(up, "80")).isEqualTo("a");
    assertThat(band(up, "79.99")).isEqualTo("b");
    assertThat(band(up, "50")).isEqualTo("b");
    assertThat(band(up, "49.99")).isEqualTo("c");
    BandScale down = scale(Polarity.LOWER_IS_BETTER, BandScale.OnBoundary.BETTER, "10", "20");
    assertThat(band(down, "10")).isEqualTo("a");
    assertThat(band(down, "10.01")).isEqualTo("b");
    assertThat(band(down, "20")).isEqualTo("b");
    assertThat(band(down, "20.01")).isEqualTo("c");
  }

  @Test
  void aScaleMayDeclareThatBoundariesBelongToTheWorseBand() {
    BandScale up = scale(Polarity.HIGHER_IS_BETTER, BandScale.OnBoundary.WORSE, "80", "50");
    assertThat(band(up, "80")).isEqualTo("b");
    assertThat(band(up, "80.01")).isEqualTo("a");
    assertThat(band(up, "50")).isEqualTo("c");
    BandScale down = scale(Polarity.LOWER_IS_BETTER, BandScale.OnBoundary.WORSE, "10", "20");
    assertThat(band(down, "10")).isEqualTo("b");
    assertThat(band(down, "9.99")).isEqualTo("a");
    assertThat(band(down, "20")).isEqualTo("c");
  }

  @Test
  void boundariesMustRunFromTheBestSide() {
    assertThatThrownBy(() -> scale(Polarity.HIGHER_IS_BETTER, BandScale.OnBoundary.BETTER, "50", "80"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("strictly decreasing");
    assertThatThrownBy(() -> scale(Polarity.LOWER_IS_BETTER, BandScale.OnBoundary.BETTER, "20", "20"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> BandScale.builder().addBands("a", "a").addBoundaries(BigDecimal.ONE).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'a' is listed twice");
    assertThatThrownBy(() -> BandScale.builder().addBands("a", "b").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("need 1 boundaries");
    assertThatThrownBy(() -> BandScale.builder().addBands("a", "b").addBoundaries(BigDecimal.ONE)
            .basis(BandScale.Basis.SCORE).polarity(Polarity.LOWER_IS_BETTER).lower(BigDecimal.ZERO)
            .optimum(BigDecimal.TEN).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("over scores");
  }

  @Test
  void bandingsArePerTierAndBodyKindWithAFallback() {
    BandScale province = scale(Polarity.HIGHER_IS_BETTER, BandScale.OnBoundary.BETTER, "90", "70");
    BandScale commune = scale(Polarity.HIGHER_IS_BETTER, BandScale.OnBoundary.BETTER, "60", "40");
    Banding banding = Banding.builder().scale(Tier.PROVINCE, province).scale(Tier.COMMUNE, commune)
        .fallbackScope(Scope.of(Tier.COMMUNE)).build();
    assertThat(banding.scaleFor(Scope.of(Tier.PROVINCE))).contains(province);
    assertThat(banding.scaleFor(Scope.of(Tier.COMMUNE))).contains(commune);
    assertThat(banding.scaleFor(Scope.of(BodyKind.DEPARTMENT))).contains(commune);
    assertThat(Banding.of(Tier.PROVINCE, province).scaleFor(Scope.of(Tier.DISTRICT))).isEmpty();
    assertThatThrownBy(() -> Banding.builder().scale(Tier.PROVINCE, province).fallbackScope(Scope.of(Tier.COMMUNE)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("fallbackScope 'commune'");
  }
}
