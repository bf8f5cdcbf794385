package io.github.chiso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.text.ResultText;
import io.github.chiso.text.TargetText;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The README's short example, as written there, with the answers its comments claim. */
class ReadmeExampleTest {

  @Test
  void shortExample() {
    Indicator online = Indicator.of("DG-01", "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ",
        Measure.PERCENT, Area.DIGITAL_GOVERNMENT);
    Target target = Target.builder()
        .code("2022-II.1")
        .indicator(online)
        .period(Period.year(2022))
        .threshold(Tier.PROVINCE, TargetText.parse("đạt 80%"))
        .build();
    AdminUnit dongNai = AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE);
    Result result = Result.of("DG-01", "75", Period.quarter(2022, 3),
        ResultText.parse("77,62% (392/505)"));

    Assessment a = Compliance.assess(target, dongNai, result);
    assertThat(a.status()).isEqualTo(Status.NOT_MET);
    assertThat(a.margin()).contains(Rational.of(-240, 101));
    assertThat(a.deadlineReached()).isFalse();

    Gap gap = Gaps.of(a);
    assertThat(gap.shortfall()).contains(BigInteger.valueOf(12));

    // The rollup lines: two of three communes report, 392/505 and 100/200.
    io.github.chiso.hierarchy.Hierarchy hierarchy = io.github.chiso.hierarchy.Hierarchy.of(
        io.github.chiso.hierarchy.TierScheme.VIETNAM_FROM_2025_07_01, java.util.List.of(dongNai,
            AdminUnit.of("26041", "Phường Trung Dũng", Tier.COMMUNE, "75"),
            AdminUnit.of("26044", "Phường Tân Tiến", Tier.COMMUNE, "75"),
            AdminUnit.of("26047", "Phường Thống Nhất", Tier.COMMUNE, "75")));
    java.util.List<Result> results = java.util.List.of(
        Result.of("DG-01", "26041", Period.quarter(2022, 3), ResultText.parse("392/505")),
        Result.of("DG-01", "26047", Period.quarter(2022, 3), ResultText.parse("100/200")));
    io.github.chiso.rollup.Rollup rollup = io.github.chiso.rollup.Rollups.overUnits(
        io.github.chiso.rollup.RollupSpec.of(online, Period.year(2022)), hierarchy, results);
    assertThat(rollup.require("75").value()).contains(Rational.of(3280, 47));
    assertThat(rollup.require("75").value().orElseThrow().toBigDecimal(2, java.math.RoundingMode.HALF_EVEN)).hasToString("69.79");
    assertThat(rollup.require("75").coverage().reporting()).isEqualTo(2);
    assertThat(rollup.require("75").coverage().expected()).isEqualTo(3);
    assertThat(rollup.require("75").coverage().missing()).containsExactly("26044");
  }
}
