package io.github.chiso.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of goalpost scores and SDSN colours: scores are monotone in the direction and bounded by the
 * goalposts, colours never order values against their scores, and the goal colour ignores order.
 */
class ScorePropertiesTest {

  /** An SDSN indicator with edges lower ≤ red < green ≤ optimum in hundredths, either direction. */
  private static final Gen<SdsnIndicator> INDICATORS =
      Gen.combine(
              Gen.lists(Gen.longs(-10_000, 10_000), 4, 4).map(l -> l.stream().sorted().toList()),
              Gen.booleans(),
              (edges, higher) -> {
                List<Long> e = new ArrayList<>(edges);
                if (!higher) {
                  Collections.reverse(e);
                }
                return e;
              })
          .filter(e -> !e.get(1).equals(e.get(2)) && !e.get(0).equals(e.get(3)))
          .map(e -> SdsnIndicator.of(Goalposts.of(d(e.get(0)), d(e.get(3))), d(e.get(2)), d(e.get(1))));

  private static final Gen<Rational> VALUES = Gen.longs(-12_000, 12_000).map(n -> Rational.of(n, 100));

  private static BigDecimal d(long hundredths) {
    return BigDecimal.valueOf(hundredths, 2);
  }

  record Case(SdsnIndicator indicator, Rational x, Rational y) {}

  private static final Gen<Case> CASES = Gen.combine(INDICATORS, VALUES, VALUES, Case::new);

  @Test
  void scoresAreMonotoneInTheDirectionAndWithinTheGoalposts() {
    // mutation checked: Goalposts.score computing (lower − x) instead of (x − lower) fails this
    Property.forAll("scores are monotone", CASES).tries(500).verify(c -> {
      Goalposts g = c.indicator().goalposts();
      Rational sx = g.score(c.x());
      Rational sy = g.score(c.y());
      int rawOrder = c.x().compareTo(c.y()) * (g.polarity() == Polarity.HIGHER_IS_BETTER ? 1 : -1);
      if (rawOrder < 0) {
        assertThat(sx).isLessThanOrEqualTo(sy);
      } else if (rawOrder > 0) {
        assertThat(sx).isGreaterThanOrEqualTo(sy);
      }
      assertThat(sx).isBetween(Rational.ZERO, Rational.HUNDRED);
      assertThat(g.score(Rational.valueOf(g.lower()))).isEqualTo(Rational.ZERO);
      assertThat(g.score(Rational.valueOf(g.optimum()))).isEqualTo(Rational.HUNDRED);
    });
  }

  @Test
  void colourOrderNeverContradictsScoreOrder() {
    // mutation checked: BandClassifier.indexOf returning the last entry met instead of the first fails this
    Property.forAll("colour order follows score order", CASES).tries(500).verify(c -> {
      SdsnIndicator i = c.indicator();
      int colours = i.colour(c.x()).compareTo(i.colour(c.y()));
      int scores = i.score(c.x()).compareTo(i.score(c.y()));
      int positions = i.position(c.x()).compareTo(i.position(c.y()));
      if (colours < 0) { // x has the better colour
        assertThat(scores).isGreaterThanOrEqualTo(0);
        assertThat(positions).isGreaterThan(0);
      }
      if (scores > 0) {
        assertThat(colours).isLessThanOrEqualTo(0);
      }
      // the position's whole part is the colour (red 0 … green 3)
      int whole = Math.min(3, i.position(c.x()).floor().intValueExact());
      assertThat(SdsnColour.values()[3 - whole]).isEqualTo(i.colour(c.x()));
    });
  }

  record Goal(List<SdsnGoal.Value> values, long shuffleSeed) {}

  @Test
  void goalColourAndScoreIgnoreTheOrderOfIndicators() {
    // mutation checked: SdsnGoal.colour averaging the first two values without sorting them fails this
    Gen<SdsnGoal.Value> value = Gen.combine(INDICATORS, VALUES, SdsnGoal.Value::new);
    Gen<Goal> goals = Gen.combine(Gen.lists(value, 1, 8), Gen.longs(0, Long.MAX_VALUE), Goal::new);
    Property.forAll("goal colour is order-free", goals).tries(300).verify(g -> {
      List<SdsnGoal.Value> shuffled = new ArrayList<>(g.values());
      Collections.shuffle(shuffled, new Random(g.shuffleSeed()));
      assertThat(SdsnGoal.colour(shuffled)).isEqualTo(SdsnGoal.colour(g.values()));
      assertThat(SdsnGoal.scoreOf(shuffled)).isEqualTo(SdsnGoal.scoreOf(g.values()));
      SdsnColour goal = SdsnGoal.colour(g.values()).orElseThrow();
      SdsnColour worst = g.values().stream().map(SdsnGoal.Value::colour).max(Enum::compareTo).orElseThrow();
      SdsnColour best = g.values().stream().map(SdsnGoal.Value::colour).min(Enum::compareTo).orElseThrow();
      assertThat(goal.compareTo(worst)).isLessThanOrEqualTo(0);
      assertThat(goal.compareTo(best)).isGreaterThanOrEqualTo(0);
    });
  }
}
