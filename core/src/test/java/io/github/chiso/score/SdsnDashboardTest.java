package io.github.chiso.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SDSN's rules at every boundary, both directions. */
class SdsnDashboardTest {
  /** Higher is better: lower 0, red 50, midpoint 65, green 80, optimum 100. */
  private static final SdsnIndicator UP = SdsnIndicator.of("0", "50", "80", "100");
  /** Lower is better: lower 100, red 50, midpoint 35, green 20, optimum 0. */
  private static final SdsnIndicator DOWN = SdsnIndicator.of("100", "50", "20", "0");

  private static Rational r(String decimal) {
    return Rational.valueOf(new BigDecimal(decimal));
  }

  @Test
  void coloursHigherIsBetter() {
    assertThat(UP.midpoint()).isEqualByComparingTo("65");
    assertThat(UP.colour(r("100"))).isEqualTo(SdsnColour.GREEN);
    assertThat(UP.colour(r("80"))).isEqualTo(SdsnColour.GREEN);
    assertThat(UP.colour(r("79.999"))).isEqualTo(SdsnColour.YELLOW);
    assertThat(UP.colour(r("65"))).isEqualTo(SdsnColour.YELLOW);
    assertThat(UP.colour(r("64.999"))).isEqualTo(SdsnColour.ORANGE);
    assertThat(UP.colour(r("50"))).isEqualTo(SdsnColour.ORANGE);
    assertThat(UP.colour(r("49.999"))).isEqualTo(SdsnColour.RED);
    assertThat(UP.colour(r("0"))).isEqualTo(SdsnColour.RED);
    assertThat(UP.colour(r("-7"))).isEqualTo(SdsnColour.RED);
    assertThat(UP.colour(r("130"))).isEqualTo(SdsnColour.GREEN);
  }

  @Test
  void coloursLowerIsBetter() {
    assertThat(DOWN.scale().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(DOWN.midpoint()).isEqualByComparingTo("35");
    assertThat(DOWN.colour(r("0"))).isEqualTo(SdsnColour.GREEN);
    assertThat(DOWN.colour(r("20"))).isEqualTo(SdsnColour.GREEN);
    assertThat(DOWN.colour(r("20.001"))).isEqualTo(SdsnColour.YELLOW);
    assertThat(DOWN.colour(r("35"))).isEqualTo(SdsnColour.YELLOW);
    assertThat(DOWN.colour(r("35.001"))).isEqualTo(SdsnColour.ORANGE);
    assertThat(DOWN.colour(r("50"))).isEqualTo(SdsnColour.ORANGE);
    assertThat(DOWN.colour(r("50.001"))).isEqualTo(SdsnColour.RED);
    assertThat(DOWN.colour(r("100"))).isEqualTo(SdsnColour.RED);
  }

  @Test
  void midpointOfOddThresholdsIsExact() {
    SdsnIndicator odd = SdsnIndicator.of("0", "1", "2", "3");
    assertThat(odd.midpoint()).isEqualByComparingTo("1.5");
    assertThat(odd.colour(r("1.5"))).isEqualTo(SdsnColour.YELLOW);
    assertThat(odd.colour(r("1.4999999999999999999"))).isEqualTo(SdsnColour.ORANGE);
  }

  @Test
  void scoresAtTheGoalpostsBothDirections() {
    assertThat(UP.score(r("0"))).isEqualTo(Rational.ZERO);
    assertThat(UP.score(r("100"))).isEqualTo(Rational.HUNDRED);
    assertThat(UP.score(r("-0.001"))).isEqualTo(Rational.ZERO);
    assertThat(UP.score(r("100.001"))).isEqualTo(Rational.HUNDRED);
    assertThat(UP.score(r("80"))).isEqualTo(Rational.valueOf(80));
    assertThat(DOWN.score(r("100"))).isEqualTo(Rational.ZERO);
    assertThat(DOWN.score(r("0"))).isEqualTo(Rational.HUNDRED);
    assertThat(DOWN.score(r("-1"))).isEqualTo(Rational.HUNDRED);
    assertThat(DOWN.score(r("101"))).isEqualTo(Rational.ZERO);
    assertThat(DOWN.score(r("30"))).isEqualTo(Rational.valueOf(70));
    Goalposts thirds = Goalposts.of("0", "3");
    assertThat(thirds.score(r("1"))).isEqualTo(Rational.of(100, 3));
  }

  @Test
  void positionsRunThroughTheBands() {
    assertThat(UP.position(r("-5"))).isEqualTo(Rational.ZERO);
    assertThat(UP.position(r("0"))).isEqualTo(Rational.ZERO);
    assertThat(UP.position(r("25"))).isEqualTo(Rational.of(1, 2));
    assertThat(UP.position(r("50"))).isEqualTo(Rational.ONE);
    assertThat(UP.position(r("57.5"))).isEqualTo(Rational.of(3, 2));
    assertThat(UP.position(r("65"))).isEqualTo(Rational.valueOf(2));
    assertThat(UP.position(r("80"))).isEqualTo(Rational.valueOf(3));
    assertThat(UP.position(r("90"))).isEqualTo(Rational.of(7, 2));
    assertThat(UP.position(r("100"))).isEqualTo(Rational.valueOf(4));
    assertThat(UP.position(r("120"))).isEqualTo(Rational.valueOf(4));
    assertThat(DOWN.position(r("100"))).isEqualTo(Rational.ZERO);
    assertThat(DOWN.position(r("50"))).isEqualTo(Rational.ONE);
    assertThat(DOWN.position(r("35"))).isEqualTo(Rational.valueOf(2));
    assertThat(DOWN.position(r("20"))).isEqualTo(Rational.valueOf(3));
    assertThat(DOWN.position(r("10"))).isEqualTo(Rational.of(7, 2));
    assertThat(DOWN.position(r("0"))).isEqualTo(Rational.valueOf(4));
  }

  @Test
  void zeroWidthBandsPlaceTheirValuesAtTheirStart() {
    SdsnIndicator flush = SdsnIndicator.of("0", "0", "100", "100");
    assertThat(flush.position(r("0"))).isEqualTo(Rational.ONE);
    assertThat(flush.position(r("-1"))).isEqualTo(Rational.ZERO);
    assertThat(flush.position(r("100"))).isEqualTo(Rational.valueOf(3));
  }

  private static SdsnGoal.Value up(String x) {
    return new SdsnGoal.Value(UP, r(x));
  }

  @Test
  void goalColourAveragesTheTwoWorst() {
    // positions 3 and 3: green; 3.5 and 4 with a third at 2.5: the two worst are 2.5 and 3.5 -> 3, not both green
    assertThat(SdsnGoal.colour(List.of(up("80"), up("80")))).contains(SdsnColour.GREEN);
    assertThat(SdsnGoal.colour(List.of(up("100"), up("90"), up("72.5")))).contains(SdsnColour.YELLOW);
    // 2.8 and 4: average 3.4, but only one is green
    assertThat(SdsnGoal.colour(List.of(up("77"), up("100")))).contains(SdsnColour.YELLOW);
    // exactly 2 (1.5 and 2.5): yellow; exactly 1 (0.5 and 1.5): orange
    assertThat(SdsnGoal.colour(List.of(up("57.5"), up("72.5")))).contains(SdsnColour.YELLOW);
    assertThat(SdsnGoal.colour(List.of(up("25"), up("57.5")))).contains(SdsnColour.ORANGE);
    // 0 and 1.8: average 0.9, but only one is red
    assertThat(SdsnGoal.colour(List.of(up("0"), up("62")))).contains(SdsnColour.ORANGE);
    assertThat(SdsnGoal.colour(List.of(up("25"), up("45"), up("100")))).contains(SdsnColour.RED);
    // a lone indicator is its own colour
    assertThat(SdsnGoal.colour(List.of(up("64.999")))).contains(SdsnColour.ORANGE);
    assertThat(SdsnGoal.colour(List.of())).isEmpty();
  }

  @Test
  void goalScoreIsTheMean() {
    assertThat(SdsnGoal.scoreOf(List.of(up("100"), up("50"), up("0")))).contains(Rational.valueOf(50));
    assertThat(SdsnGoal.score(List.of(Rational.ONE, Rational.ZERO, Rational.ZERO))).contains(Rational.of(1, 3));
    assertThat(SdsnGoal.score(List.of())).isEmpty();
  }

  @Test
  void disorderedEdgesAreRefused() {
    assertThatThrownBy(() -> SdsnIndicator.of("0", "80", "50", "100"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("red 80");
    assertThatThrownBy(() -> SdsnIndicator.of("60", "50", "80", "100")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SdsnIndicator.of("0", "50", "80", "70")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SdsnIndicator.of("0", "50", "50", "100")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Goalposts.of("5", "5.0")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("lower 5");
    assertThatThrownBy(() -> new SdsnGoal.Value(UP, null)).isInstanceOf(InvalidValueException.class);
  }
}
