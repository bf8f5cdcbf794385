package io.github.chiso.testkit.assertj;

import static io.github.chiso.testkit.assertj.ChisoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.check.Checks;
import io.github.chiso.check.FindingKind;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChisoAssertionsTest {
  private static final Target DG02 = Target.builder().code("DG-02")
      .indicator(Indicator.of("DG-02", "Dịch vụ công trực tuyến toàn trình", Measure.PERCENT, Area.DIGITAL_GOVERNMENT))
      .period(Period.year(2025)).threshold(Tier.DISTRICT, Threshold.atLeast("70")).build();
  private static final Assessment BIEN_HOA = Compliance.assess(DG02, AdminUnit.of("731", "Biên Hòa", Tier.DISTRICT, "75"),
      Result.of("DG-02", "731", Period.year(2025), Reading.decimal("68.0")));

  @Test
  void assessmentMessagesReadLikeAPersonWouldSayIt() {
    assertThat(BIEN_HOA).isNotMet().hasMargin("-2").hasValue("68");
    assertThatThrownBy(() -> assertThat(BIEN_HOA).isMet())
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected target DG-02 at district 731 to be MET but was NOT_MET: 68% < 70%");
    assertThatThrownBy(() -> assertThat(BIEN_HOA).hasMargin("1/2"))
        .hasMessageContaining("to have margin 1/2 but had -2");
  }

  @Test
  void gapsRollupsPlansAndFindings() {
    Assessment services = Compliance.assess(ChisoFixtures.dongNai2022Plan(), ChisoFixtures.dongNaiHierarchy(),
        ChisoFixtures.dongNai2022Results()).get(2);
    assertThat(Gaps.of(services)).hasShortfall(12).hasGap("240/101");
    assertThatThrownBy(() -> assertThat(Gaps.of(services)).hasShortfall(13))
        .hasMessageContaining("to be short by 13 countable units but the shortfall was 12 (77.6238% < 80%)");
    assertThat(ChisoFixtures.dongNai2025Plan()).hasTargetCount(48)
        .hasThreshold("CQ-01", "department", Comparator.AT_LEAST, "80")
        .hasThreshold("CQ-08", "province", Comparator.ABOVE, "60");
    assertThatThrownBy(() -> assertThat(ChisoFixtures.dongNai2025Plan()).hasThreshold("CQ-01", "commune", Comparator.AT_LEAST, "70"))
        .hasMessageContaining("to ask ≥ 70 of commune but it asks ≥ 60");
    assertThat(Checks.run(ChisoFixtures.dongNai2022Plan(), ChisoFixtures.dongNaiHierarchy(), ChisoFixtures.dongNai2022Results()).get(0))
        .hasKind(FindingKind.SHARE_DISAGREES_WITH_PARTS).isAbout("KT-TMĐT-GD/TK");
    var rollup = io.github.chiso.rollup.Rollups.overUnits(
        io.github.chiso.rollup.RollupSpec.of(DG02.indicator(), Period.year(2025)),
        ChisoFixtures.dongNaiHierarchy(),
        List.of(Result.of("DG-02", "25993", Period.year(2025), Reading.fraction(392, 505)),
            Result.of("DG-02", "25996", Period.year(2025), Reading.fraction(100, 200))));
    assertThat(rollup.require("731")).hasParts(492, 705).hasValue("49200/705").hasCoverage(2, 25);
    assertThat(rollup.require("732")).isWithheld();
  }
}
