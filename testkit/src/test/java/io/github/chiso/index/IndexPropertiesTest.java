package io.github.chiso.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Table;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Competition ranks count the better units and ignore order; an index never falls as an input rises. */
class IndexPropertiesTest {

  record Scores(List<Integer> values, long shuffleSeed) {}

  @Test
  void aRankIsOneMoreThanTheUnitsStrictlyBetterWhateverTheOrder() {
    // mutation checked: Ranking.competition giving rank i + 1 to every position (no ties) fails this
    Gen<Scores> gen = Gen.combine(Gen.lists(Gen.ints(0, 6), 1, 30), Gen.longs(0, Long.MAX_VALUE), Scores::new);
    Property.forAll("competition ranks", gen).tries(500).verify(s -> {
      Map<String, Integer> scores = new LinkedHashMap<>();
      for (int i = 0; i < s.values().size(); i++) {
        scores.put("u" + i, s.values().get(i));
      }
      ImmutableMap<String, Integer> ranks = Ranking.competition(scores);
      scores.forEach((unit, value) -> assertThat(ranks.get(unit))
          .isEqualTo(1 + (int) scores.values().stream().filter(v -> v > value).count()));
      List<String> keys = new ArrayList<>(scores.keySet());
      Collections.shuffle(keys, new Random(s.shuffleSeed()));
      Map<String, Integer> shuffled = new LinkedHashMap<>();
      keys.forEach(k -> shuffled.put(k, scores.get(k)));
      assertThat(Ranking.competition(shuffled)).containsExactlyInAnyOrderEntriesOf(ranks);
    });
  }

  record Raise(List<Integer> x, List<Integer> y, int unit, int by, Aggregation aggregation, Normaliser normaliser) {}

  private static final IndexNode TREE = IndexNode.group("I", 1,
      IndexNode.group("P", 2, IndexNode.indicator("x"), IndexNode.indicator("y", 3)));

  @Test
  void raisingOneUnitsValueNeverLowersItsScore() {
    // mutation checked: the min-max normaliser dividing by (x − min) instead of (max − min) fails this
    Gen<Raise> gen = Gen.lists(Gen.ints(0, 100), 2, 12).flatMap(x -> Gen.combine(
        Gen.ints(0, x.size() - 1), Gen.ints(0, 50), (unit, by) -> new int[] {unit, by}).flatMap(ub -> Gen.combine(
            Gen.lists(Gen.ints(1, 100), x.size(), x.size()),
            Gen.elements(Aggregation.values()),
            Gen.elements(Normaliser.minMax(), Normaliser.minMax(1, 10), Normaliser.rank()),
            (y, agg, norm) -> new Raise(x, y, ub[0], ub[1], agg, norm))));
    Property.forAll("index is monotone", gen).tries(400).verify(r -> {
      CompositeIndex index = CompositeIndex.builder().root(TREE).aggregation(r.aggregation())
          .normaliser(r.normaliser()).build();
      String unit = "u" + r.unit();
      double before = index.compute(table(r, 0)).score(unit, "I").orElseThrow();
      double after = index.compute(table(r, r.by())).score(unit, "I").orElseThrow();
      assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
    });
  }

  private static Table<String, String, Double> table(Raise r, int raise) {
    Table<String, String, Double> t = HashBasedTable.create();
    for (int i = 0; i < r.x().size(); i++) {
      t.put("u" + i, "x", (double) r.x().get(i) + (i == r.unit() ? raise : 0));
      t.put("u" + i, "y", (double) r.y().get(i));
    }
    return t;
  }
}
