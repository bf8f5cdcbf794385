package io.github.chiso.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import io.github.chiso.model.Rational;
import io.github.chiso.score.SdsnColour;
import io.github.chiso.score.SdsnGoal;
import io.github.chiso.score.SdsnIndicator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's section on bands, scores and composite indices, as written there. */
class ReadmeBandsExampleTest {

  @Test
  void theSdsnExample() {
    SdsnIndicator internet = SdsnIndicator.of("0", "50", "80", "100");
    assertThat(internet.colour(Rational.valueOf(80))).isEqualTo(SdsnColour.GREEN);
    assertThat(internet.colour(Rational.valueOf(65))).isEqualTo(SdsnColour.YELLOW);
    assertThat(internet.score(Rational.valueOf(120))).isEqualTo(Rational.HUNDRED);
    assertThat(SdsnGoal.colour(List.of(new SdsnGoal.Value(internet, Rational.valueOf(77)),
        new SdsnGoal.Value(internet, Rational.valueOf(100))))).contains(SdsnColour.YELLOW);
  }

  @Test
  void theIndexExample() {
    Table<String, String, Double> data = HashBasedTable.create();
    data.put("75", "online", 80.0);
    data.put("75", "e-docs", 60.0);
    data.put("75", "accounts", 30.0);
    data.put("74", "online", 90.0);
    data.put("74", "e-docs", 60.0);
    data.put("74", "accounts", 20.0);
    data.put("72", "online", 70.0);
    data.put("72", "accounts", 40.0);
    CompositeIndex index = CompositeIndex.builder()
        .root(IndexNode.group("INDEX", 1,
            IndexNode.group("GOV", 2, IndexNode.indicator("online"), IndexNode.indicator("e-docs")),
            IndexNode.group("SOCIETY", 1, IndexNode.indicator("accounts"))))
        .availabilityThreshold(0.5)
        .build();
    IndexScores scores = index.compute(data);
    // online 75 → 50, 74 → 100, 72 → 0; e-docs is constant (50 for both that have it), so 72's GOV is
    // online alone; accounts 75 → 50, 74 → 0, 72 → 100. 75: (2·50 + 50)/3 = 50; 74: (2·75 + 0)/3 = 50
    assertThat(scores.index().get("75")).isEqualTo(50.0);
    assertThat(scores.index().get("74")).isEqualTo(50.0);
    assertThat(scores.ranks()).containsExactlyInAnyOrderEntriesOf(Map.of("75", 1, "74", 1, "72", 3));
    Map<String, Sensitivity.RankInterval> intervals =
        Sensitivity.builder().runs(1000).seed(42).weightNoise(0.25).addAlternatives(Normaliser.rank()).build()
            .run(index, data);
    assertThat(intervals).containsOnlyKeys("75", "74", "72");
    assertThat(intervals.get("74").nominal()).contains(1);
    assertThat(intervals.get("74").best()).isEqualTo(1);
    assertThat(intervals.get("74").worst()).isGreaterThan(1);
  }
}
