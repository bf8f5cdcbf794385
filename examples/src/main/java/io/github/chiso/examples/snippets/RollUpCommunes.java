package io.github.chiso.examples.snippets;

import io.github.chiso.seeds.Seeds;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.rollup.CoveragePolicy;
import io.github.chiso.rollup.Rollup;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Roll commune results up to districts and the province: a ratio of sums, with coverage. */
public final class RollUpCommunes {
  private RollUpCommunes() {}

  public static void main(String[] args) {
    Hierarchy dongNai = Seeds.dongNai();
    // A share with parts; its declared rule over units is RATIO_OF_SUMS (the default for PERCENT).
    Indicator digitised = Indicator.of("DL-01", "Tỷ lệ hồ sơ được số hóa", Measure.PERCENT, Area.DIGITAL_DATA);
    // Illustrative results for every commune but the last of each district.
    List<Result> results = new ArrayList<>();
    for (AdminUnit district : dongNai.unitsOf(Tier.DISTRICT)) {
      List<AdminUnit> communes = dongNai.children(district.code());
      for (int i = 0; i < communes.size() - 1; i++) {
        results.add(Result.of("DL-01", communes.get(i).code(), Period.year(2025), Reading.fraction(40 + i, 80)));
      }
    }
    // Missing communes are never counted as zero; here the policy still gives a value.
    RollupSpec spec = RollupSpec.builder().indicator(digitised).period(Period.year(2025))
        .policy(CoveragePolicy.SKIP_MISSING).build();
    Rollup rollup = Rollups.overUnits(spec, dongNai, results);
    RollupCell province = rollup.require("75");
    System.out.println("Đồng Nai: " + province.value().orElseThrow().toBigDecimal(2, RoundingMode.HALF_EVEN) + "% ("
        + province.numerator().orElseThrow() + "/" + province.denominator().orElseThrow() + "), "
        + province.coverage().reporting() + " of " + province.coverage().expected() + " communes reporting");
  }
}
