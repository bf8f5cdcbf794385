package io.github.chiso.vn.reexpress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.Tier;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.vn.VietnamUnits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A real case: the ministry's provincial DTI 2024, published for the 63 provinces and recomputed for
 * the 34 merged ones (repository Tuan04-D/opendx, MIT; test resources). Re-expressing the 63 scores
 * on the 34 provinces by the mean of the constituents reproduces the 34-province table.
 */
class DtiReproductionTest {
  private static final Indicator PDTI = Indicator.of("PDTI", "Chỉ số chuyển đổi số cấp tỉnh", Measure.INDEX,
      Area.DIGITAL_GOVERNMENT);
  private static final Period YEAR = Period.year(2024);
  private static final BigDecimal HALF_UNIT = new BigDecimal("0.00005");

  @Test
  void theMeanOfTheConstituentsReproducesThe34ProvinceTable() throws IOException {
    List<Result> scores = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> entry : read("dti_2024_63_tinh_map.json").entrySet()) {
      String code = VietnamUnits.before().names().code(entry.getKey(), Tier.PROVINCE);
      scores.add(Result.of("PDTI", code, YEAR, Reading.decimal(entry.getValue())));
    }
    assertThat(scores).extracting(Result::subjectCode).doesNotHaveDuplicates().hasSize(63);
    RollupSpec spec = RollupSpec.builder().indicator(PDTI).period(YEAR).sourceTier(Tier.PROVINCE)
        .rule(UnitRollup.MEAN).build();
    ReExpression merged = ReExpression.of(VietnamUnits.lineage(), spec, Tier.PROVINCE, scores);
    assertThat(merged.unplaced()).isEmpty();

    Map<String, BigDecimal> published = read("dti_2024_34_tinh_map.json");
    assertThat(published).hasSize(34);
    int matching = 0;
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> entry : published.entrySet()) {
      String code = VietnamUnits.after().names().code(entry.getKey(), Tier.PROVINCE);
      ReExpressedCell cell = merged.require(code);
      assertThat(cell.estimated()).isFalse();
      assertThat(cell.cell().coverage().isComplete()).isTrue();
      Rational mean = cell.cell().value().orElseThrow();
      if (mean.toBigDecimal(4, RoundingMode.HALF_UP).compareTo(entry.getValue()) == 0) {
        matching++;
        continue;
      }
      mismatches.add(entry.getKey() + " " + cell.sourceCodes() + ": mean " + mean.toBigDecimal(6, RoundingMode.HALF_UP)
          + ", published " + entry.getValue());
      // The inputs are rounded to 4 decimals, so the exact mean of the unrounded scores lies within
      // half a unit of the 4th decimal of the mean of the rounded ones: the published value must too.
      BigDecimal gap = Rational.valueOf(entry.getValue()).subtract(mean).abs().toBigDecimal(10, RoundingMode.UP);
      assertThat(gap).as(mismatches.get(mismatches.size() - 1)).isLessThanOrEqualTo(HALF_UNIT.add(HALF_UNIT));
    }
    System.out.println("DTI 2024, 63 -> 34 provinces by the mean of the constituents: " + matching
        + " of 34 match the published table to 4 decimals; mismatches: " + mismatches);
    assertThat(matching).isEqualTo(33);
    assertThat(mismatches).singleElement().asString().startsWith("TP. Hồ Chí Minh [74, 77, 79]");
  }

  private static Map<String, BigDecimal> read(String name) throws IOException {
    try (InputStream in = DtiReproductionTest.class.getResourceAsStream("/io/github/chiso/vn/dti/" + name)) {
      Map<String, BigDecimal> scores = new LinkedHashMap<>();
      for (JsonNode row : ChisoJson.mapper().readTree(in)) {
        scores.put(row.get("province").stringValue(), row.get("pdti").decimalValue());
      }
      return scores;
    }
  }
}
