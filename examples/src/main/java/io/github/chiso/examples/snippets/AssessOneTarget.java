package io.github.chiso.examples.snippets;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.text.ResultText;
import io.github.chiso.text.TargetText;

/** Judge one result against one target, from the documents' own wording. */
public final class AssessOneTarget {
  private AssessOneTarget() {}

  public static void main(String[] args) {
    // The indicator: a share, higher is better.
    Indicator services = Indicator.of("II.1", "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ",
        Measure.PERCENT, Area.DIGITAL_GOVERNMENT);
    // The target as the plan words it: "đạt 80%" for the province, for 2022.
    Target target = Target.builder()
        .code("2022-II.1")
        .indicator(services)
        .period(Period.year(2022))
        .threshold(Tier.PROVINCE, TargetText.parse("đạt 80%"))
        .build();
    // The result as the report words it, with its parts.
    Result result = Result.of("II.1", "75", Period.quarter(2022, 3), ResultText.parse("77,62% (392/505)"));

    Assessment a = Compliance.assess(target, AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE), result);
    Gap gap = Gaps.of(a);
    System.out.println(a.status() + ", margin " + a.margin().orElseThrow().toBigDecimal(2)
        + " points, " + gap.shortfall().orElseThrow() + " more services needed");
  }
}
