package io.github.chiso.examples.snippets;

import io.github.chiso.compliance.Compliance;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Which districts lag on seed 002's work-files-online target (80% for districts), worst first. */
public final class LaggingDistricts {
  private LaggingDistricts() {}

  public static void main(String[] args) {
    Plan plan = Seeds.seed002Plan();
    // Illustrative Q3/2025 figures for each district.
    List<Result> results = new ArrayList<>();
    int value = 70;
    for (AdminUnit district : Seeds.dongNai().unitsOf(Tier.DISTRICT)) {
      results.add(Result.of("CQ-07", district.code(), Period.quarter(2025, 3), Reading.decimal(Integer.toString(value))));
      value = value >= 90 ? 66 : value + 3;
    }
    List<Gap> gaps = Compliance.assess(plan, Seeds.dongNai(), results).stream()
        .filter(a -> a.targetCode().equals("CQ-07"))
        .map(Gaps::of)
        .toList();
    for (Gap gap : Gaps.lagging(gaps, Scope.of(Tier.DISTRICT))) {
      String name = Seeds.dongNai().unit(gap.subjectCode()).orElseThrow().name();
      System.out.println(name + ": short by " + gap.gap().orElseThrow().toBigDecimal(1, RoundingMode.HALF_EVEN) + " points");
    }
  }
}
