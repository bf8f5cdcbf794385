package io.github.chiso.vn.dti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.index.IndexScores;
import io.github.chiso.index.Ranking;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.model.Rational;
import io.github.chiso.vn.VietnamUnits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The published provincial DTI rankings (63 provinces; overall scores as published by the ministry,
 * in its ranking order, via the repository Tuan04-D/opendx, MIT) reproduced by competition ranking of
 * the published scores, and the 922/QĐ-BTTTT scheme as a composite index.
 */
class DtiRankingTest {

  @ParameterizedTest(name = "{0}: {1} of 63 ranks match")
  @CsvSource({"dti_2022_map.json, 62, Yên Bái", "dti_2023_map.json, 62, Phú Yên", "dti_2024_63_tinh_map.json, 62, Yên Bái"})
  void competitionRanksOfThePublishedScoresReproduceThePublishedOrder(String file, int expected, String tied)
      throws IOException {
    List<Map.Entry<String, BigDecimal>> published = read(file);
    assertThat(published).hasSize(63);
    Map<String, BigDecimal> byCode = new LinkedHashMap<>();
    Map<String, Integer> publishedRank = new LinkedHashMap<>();
    for (int i = 0; i < published.size(); i++) {
      String code = VietnamUnits.before().names().code(published.get(i).getKey(), Tier.PROVINCE);
      assertThat(byCode.put(code, published.get(i).getValue())).as(published.get(i).getKey()).isNull();
      publishedRank.put(code, i + 1);
    }
    ImmutableMap<String, Integer> ranks = Ranking.competition(byCode);
    List<String> differ = new ArrayList<>();
    publishedRank.forEach((code, rank) -> {
      if (!ranks.get(code).equals(rank)) {
        differ.add(code + ": published position " + rank + ", competition rank " + ranks.get(code));
      }
    });
    int matching = 63 - differ.size();
    System.out.println("DTI " + file + ": " + matching + " of 63 ranks match; differ: " + differ);
    assertThat(matching).isEqualTo(expected);
    // the one difference is the second of two provinces with the same published score, which the
    // source lists one place lower and competition ranking places level with the first
    String tiedCode = VietnamUnits.before().names().code(tied, Tier.PROVINCE);
    assertThat(differ).singleElement().asString().startsWith(tiedCode + ":");
    int position = publishedRank.get(tiedCode);
    assertThat(ranks.get(tiedCode)).isEqualTo(position - 1);
    assertThat(published.get(position - 1).getValue()).isEqualByComparingTo(published.get(position - 2).getValue());
  }

  @Test
  void theSchemeHasNineMainIndicatorsNinetyEightSubIndicatorsAndAThousandPoints() {
    assertThat(DtiIndicator.values()).hasSize(9);
    assertThat(java.util.Arrays.stream(DtiIndicator.values()).mapToInt(DtiIndicator::subIndicators).sum()).isEqualTo(98);
    assertThat(ProvincialDti.maximumPoints().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
    assertThat(ProvincialDti.maximumPoints()).hasSize(8).doesNotContainKey(DtiIndicator.SMART_CITY);
    assertThat(ProvincialDti.index().root().children()).extracting(n -> n.weight()).containsExactly(500.0, 500.0);
  }

  @Test
  void theCompositeIndexAndTheExactPointsAgree() {
    Random random = new Random(922);
    Map<String, Map<DtiIndicator, BigDecimal>> provinces = new LinkedHashMap<>();
    for (int p = 0; p < 63; p++) {
      Map<DtiIndicator, BigDecimal> points = new EnumMap<>(DtiIndicator.class);
      ProvincialDti.maximumPoints().forEach((indicator, max) ->
          points.put(indicator, BigDecimal.valueOf(random.nextInt(max * 100 + 1), 2)));
      provinces.put("P" + p, points);
    }
    IndexScores scores = ProvincialDti.index().compute(ProvincialDti.table(provinces));
    provinces.forEach((province, points) -> {
      Rational exact = ProvincialDti.score(points);
      assertThat(scores.index().get(province) / 100).isCloseTo(exact.doubleValue(), within(1e-12));
    });
    // points invented to add up to Đồng Nai's published 2024 score (pillar points are not in the data)
    Map<DtiIndicator, BigDecimal> example = new EnumMap<>(DtiIndicator.class);
    String[] points = {"70", "80", "65", "60", "75", "140", "90.1", "91"};
    int i = 0;
    for (DtiIndicator indicator : ProvincialDti.maximumPoints().keySet()) {
      example.put(indicator, new BigDecimal(points[i++]));
    }
    assertThat(ProvincialDti.score(example)).isEqualTo(Rational.valueOf(new BigDecimal("0.6711")));
  }

  @Test
  void pointsOutsideTheSchemeAreRefused() {
    Map<DtiIndicator, BigDecimal> points = new EnumMap<>(DtiIndicator.class);
    ProvincialDti.maximumPoints().forEach((indicator, max) -> points.put(indicator, BigDecimal.valueOf(max)));
    assertThat(ProvincialDti.score(points)).isEqualTo(Rational.ONE);
    points.put(DtiIndicator.DIGITAL_ECONOMY, new BigDecimal("150.01"));
    assertThatThrownBy(() -> ProvincialDti.score(points)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("DIGITAL_ECONOMY points must be within 0 to 150, but were 150.01");
    points.remove(DtiIndicator.DIGITAL_ECONOMY);
    assertThatThrownBy(() -> ProvincialDti.score(points)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("DIGITAL_ECONOMY are missing");
    points.put(DtiIndicator.DIGITAL_ECONOMY, BigDecimal.ONE);
    points.put(DtiIndicator.SMART_CITY, BigDecimal.ONE);
    assertThatThrownBy(() -> ProvincialDti.score(points)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("SMART_CITY is not scored");
  }

  private static List<Map.Entry<String, BigDecimal>> read(String name) throws IOException {
    try (InputStream in = DtiRankingTest.class.getResourceAsStream("/io/github/chiso/vn/dti/" + name)) {
      List<Map.Entry<String, BigDecimal>> rows = new ArrayList<>();
      for (JsonNode row : ChisoJson.mapper().readTree(in)) {
        rows.add(Map.entry(row.get("province").stringValue(), row.get("pdti").decimalValue()));
      }
      return rows;
    }
  }
}
