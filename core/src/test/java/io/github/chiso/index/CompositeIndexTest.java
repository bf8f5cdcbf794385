package io.github.chiso.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Table;
import io.github.chiso.InvalidValueException;
import io.github.chiso.model.Polarity;
import io.github.chiso.score.Goalposts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositeIndexTest {
  private static final Map<String, Double> ABC = ordered("a", 10.0, "b", 20.0, "c", 30.0);

  private static Map<String, Double> ordered(Object... pairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return map;
  }

  @Test
  void minMaxBothDirectionsAndConstant() {
    assertThat(Normaliser.minMax().normalise(ABC, Polarity.HIGHER_IS_BETTER)).containsExactly(
        Map.entry("a", 0.0), Map.entry("b", 50.0), Map.entry("c", 100.0));
    assertThat(Normaliser.minMax().normalise(ABC, Polarity.LOWER_IS_BETTER)).containsExactly(
        Map.entry("a", 100.0), Map.entry("b", 50.0), Map.entry("c", 0.0));
    assertThat(Normaliser.minMax(1, 10).normalise(ordered("a", 5.0, "b", 5.0), Polarity.HIGHER_IS_BETTER))
        .containsEntry("a", 5.5).containsEntry("b", 5.5);
    assertThatThrownBy(() -> Normaliser.minMax(10, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("low 10");
  }

  @Test
  void zScoreUsesTheSampleDeviation() {
    assertThat(Normaliser.zScore(0, 1).normalise(ordered("a", 1.0, "b", 2.0, "c", 3.0), Polarity.HIGHER_IS_BETTER))
        .containsExactly(Map.entry("a", -1.0), Map.entry("b", 0.0), Map.entry("c", 1.0));
    assertThat(Normaliser.zScore(10, 2).normalise(ordered("a", 1.0, "b", 2.0, "c", 3.0), Polarity.LOWER_IS_BETTER))
        .containsEntry("a", 12.0).containsEntry("c", 8.0);
    assertThat(Normaliser.zScore(0, 1).normalise(ordered("a", 4.0), Polarity.HIGHER_IS_BETTER)).containsEntry("a", 0.0);
  }

  @Test
  void distanceToTargetIsCapped() {
    Map<String, Double> d = Normaliser.distanceToTarget(new BigDecimal("25")).normalise(ABC, Polarity.HIGHER_IS_BETTER);
    assertThat(d.get("a")).isEqualTo(0.0);
    assertThat(d.get("b")).isCloseTo(200.0 / 3, within(1e-12));
    assertThat(d.get("c")).isEqualTo(100.0);
    Map<String, Double> down = Normaliser.distanceToTarget(new BigDecimal("15")).normalise(ABC, Polarity.LOWER_IS_BETTER);
    assertThat(down).containsEntry("c", 0.0).containsEntry("b", 2.0 / 3 * 100).containsEntry("a", 100.0);
    assertThat(Normaliser.distanceToTarget(BigDecimal.ONE).normalise(ABC, Polarity.HIGHER_IS_BETTER).values())
        .containsOnly(100.0);
  }

  @Test
  void rankAndGoalposts() {
    assertThat(Normaliser.rank().normalise(ordered("a", 10.0, "b", 20.0, "c", 20.0, "d", 30.0), Polarity.HIGHER_IS_BETTER))
        .containsEntry("a", 1.0).containsEntry("b", 2.0).containsEntry("c", 2.0).containsEntry("d", 4.0);
    assertThat(Normaliser.goalposts(Goalposts.of("0", "40")).normalise(ABC, Polarity.LOWER_IS_BETTER))
        .containsEntry("a", 25.0).containsEntry("c", 75.0);
    assertThat(Normaliser.goalposts(Goalposts.of("40", "20")).normalise(ABC, Polarity.HIGHER_IS_BETTER))
        .containsEntry("a", 100.0).containsEntry("b", 100.0).containsEntry("c", 50.0);
  }

  @Test
  void aggregations() {
    double[] w = {1, 3};
    assertThat(Aggregation.ARITHMETIC.aggregate(new double[] {0, 100}, w, 2, "x")).isEqualTo(75.0);
    assertThat(Aggregation.GEOMETRIC.aggregate(new double[] {4, 1}, new double[] {1, 1}, 2, "x"))
        .isCloseTo(2.0, within(1e-12));
    assertThat(Aggregation.HARMONIC.aggregate(new double[] {1, 3}, new double[] {1, 1}, 2, "x"))
        .isCloseTo(1.5, within(1e-12));
    assertThat(Aggregation.GEOMETRIC.aggregate(new double[] {0, 3}, w, 2, "x")).isEqualTo(0.0);
    assertThat(Aggregation.HARMONIC.aggregate(new double[] {0, 3}, w, 2, "x")).isEqualTo(0.0);
    assertThatThrownBy(() -> Aggregation.GEOMETRIC.aggregate(new double[] {-1, 3}, w, 2, "P1 for unit a"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("P1 for unit a").hasMessageContaining("-1.0");
  }

  private static final IndexNode TREE = IndexNode.group("INDEX", 1,
      IndexNode.group("P1", 2, IndexNode.indicator("x"), IndexNode.indicator("y", 3)),
      IndexNode.group("P2", 1, IndexNode.builder().code("z").polarity(Polarity.LOWER_IS_BETTER).build()));

  private static Table<String, String, Double> data() {
    Table<String, String, Double> t = HashBasedTable.create();
    t.put("a", "x", 0.0);
    t.put("a", "y", 10.0);
    t.put("a", "z", 5.0);
    t.put("b", "x", 10.0);
    t.put("b", "y", 0.0);
    t.put("b", "z", 0.0);
    t.put("c", "x", 5.0);
    t.put("c", "z", 10.0);
    return t;
  }

  @Test
  void nestedWeightsAndMissingData() {
    IndexScores scores = CompositeIndex.of(TREE).compute(data());
    // a: P1 = (0 + 3·100)/4 = 75, P2 = 50, index = (2·75 + 50)/3
    assertThat(scores.score("a", "P1")).contains(75.0);
    assertThat(scores.score("a", "INDEX").orElseThrow()).isCloseTo(200.0 / 3, within(1e-12));
    // b: P1 = 25, P2 = 100 -> 50
    assertThat(scores.score("b", "INDEX").orElseThrow()).isCloseTo(50.0, within(1e-12));
    // c has no y: P1 is x alone (50), weights renormalised; P2 = 0 -> 100/3
    assertThat(scores.score("c", "P1")).contains(50.0);
    assertThat(scores.score("c", "INDEX").orElseThrow()).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(scores.ranks()).containsExactly(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 3));
  }

  @Test
  void belowTheAvailabilityThresholdAUnitGetsNoScore() {
    CompositeIndex strict = CompositeIndex.builder().root(TREE).availabilityThreshold(0.6).build();
    IndexScores scores = strict.compute(data());
    assertThat(scores.score("c", "P1")).isEmpty();
    // P1 missing: c's index is P2 alone (1 of 2 = 0.5 < 0.6): no score
    assertThat(scores.unscored()).containsExactly("c");
    assertThat(CompositeIndex.builder().root(TREE).availabilityThreshold(0.5).build().compute(data())
        .score("c", "INDEX")).isPresent();
    assertThatThrownBy(() -> CompositeIndex.builder().root(TREE).availabilityThreshold(1.5).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("1.5");
  }

  @Test
  void badInputIsNamed() {
    Table<String, String, Double> extra = data();
    extra.put("a", "w", 1.0);
    assertThatThrownBy(() -> CompositeIndex.of(TREE).compute(extra)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("indicator 'w' (unit a)");
    Table<String, String, Double> nan = data();
    nan.put("b", "x", Double.NaN);
    assertThatThrownBy(() -> CompositeIndex.of(TREE).compute(nan)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("indicator x for unit b");
    assertThatThrownBy(() -> CompositeIndex.of(IndexNode.group("I", 1, IndexNode.indicator("x"), IndexNode.indicator("x"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'x' is used twice");
    assertThatThrownBy(() -> IndexNode.indicator("x", 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("weight must be positive");
  }

  @Test
  void competitionRanksShareTheBestRankOfATie() {
    ImmutableMap<String, Integer> ranks =
        Ranking.competition(ImmutableMap.of("a", new BigDecimal("0.635"), "b", new BigDecimal("0.70"),
            "c", new BigDecimal("0.6350"), "d", new BigDecimal("0.5")));
    assertThat(ranks).containsExactly(Map.entry("b", 1), Map.entry("a", 2), Map.entry("c", 2), Map.entry("d", 4));
    assertThat(Ranking.competition(ImmutableMap.of("a", 3, "b", 1, "c", 1), false))
        .containsExactly(Map.entry("b", 1), Map.entry("c", 1), Map.entry("a", 3));
  }

  @Test
  void sensitivityIsSeededAndSpreadsRanks() {
    CompositeIndex index = CompositeIndex.of(TREE);
    Sensitivity still = Sensitivity.builder().runs(20).weightNoise(0).build();
    still.run(index, data()).forEach((unit, interval) -> {
      assertThat(interval.best()).isEqualTo(interval.nominal().orElseThrow());
      assertThat(interval.worst()).isEqualTo(interval.nominal().orElseThrow());
      assertThat(interval.runs()).isEqualTo(20);
    });
    Sensitivity noisy = Sensitivity.builder().runs(300).seed(7).weightNoise(0.9)
        .addAlternatives(Normaliser.rank(), Normaliser.zScore(0, 1)).build();
    var first = noisy.run(index, data());
    assertThat(noisy.run(index, data())).isEqualTo(first);
    assertThat(first.values()).allSatisfy(i -> {
      assertThat(i.best()).isLessThanOrEqualTo(i.low());
      assertThat(i.low()).isLessThanOrEqualTo(i.median());
      assertThat(i.median()).isLessThanOrEqualTo(i.high());
      assertThat(i.high()).isLessThanOrEqualTo(i.worst());
    });
    assertThat(first.values()).anySatisfy(i -> assertThat(i.best()).isLessThan(i.worst()));
    assertThatThrownBy(() -> Sensitivity.builder().runs(0).build()).isInstanceOf(InvalidValueException.class);
  }
}
