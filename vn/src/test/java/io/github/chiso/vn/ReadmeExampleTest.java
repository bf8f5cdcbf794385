package io.github.chiso.vn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.lineage.Link;
import io.github.chiso.vn.reexpress.ReExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's chiso-vn example, line by line, with the values its comments claim. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleSaysWhatItDoes() {
    UnitList before = VietnamUnits.before();
    assertThat(before.hierarchy().unitsOf(Tier.PROVINCE)).hasSize(63);
    assertThat(before.hierarchy().unitsOf(Tier.DISTRICT)).hasSize(696);
    assertThat(before.hierarchy().unitsOf(Tier.COMMUNE)).hasSize(10_035);
    UnitList after = VietnamUnits.on(LocalDate.of(2026, 1, 1));
    assertThat(after.hierarchy().unitsOf(Tier.PROVINCE)).hasSize(34);
    assertThat(after.hierarchy().unitsOf(Tier.COMMUNE)).hasSize(3_321);
    assertThat(before.names().code("Thừa Thiên Huế", Tier.PROVINCE)).isEqualTo("46");
    assertThat(before.names().code("Tỉnh Hoà Bình", Tier.PROVINCE)).isEqualTo("17");
    Lineage lineage = VietnamUnits.lineage();
    assertThat(lineage.links()).hasSize(10_602);
    assertThat(lineage.effective()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(lineage.successors("70", Tier.PROVINCE)).extracting(AdminUnit::toString).containsExactly("75 Tỉnh Đồng Nai (province)");
    assertThat(lineage.successors("26449")).hasSize(2);
    assertThat(before.hierarchy().unit("26449").orElseThrow().name()).isEqualTo("Xã Xuân Tâm");

    Indicator indicator = Indicator.of("ACC", "Số tài khoản", Measure.COUNT, Area.DIGITAL_SOCIETY);
    List<Result> results = List.of(Result.of("ACC", "26011", Period.year(2024), Reading.decimal("10")));
    ReExpression onNew = ReExpression.of(lineage, RollupSpec.of(indicator, Period.year(2024)), Tier.COMMUNE, results);
    assertThat(onNew.require("26041").cell().coverage().expected()).isEqualTo(6);
    assertThat(onNew.require("26041").contributions()).extracting(c -> c.source()).containsExactly(results.get(0));
    assertThat(lineage.predecessors("26041")).extracting(Link::fromCode).hasSize(6);
  }
}
