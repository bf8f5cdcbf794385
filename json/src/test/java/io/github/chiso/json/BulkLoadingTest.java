package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.bulk.BulkResults;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON and CSV stream straight into the bulk form, row by row, without a list of results. */
class BulkLoadingTest {
  private static final Hierarchy HIERARCHY = Hierarchy.of(TierScheme.VIETNAM_2021_2025, List.of(
      AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE),
      AdminUnit.of("731", "Thành phố Biên Hòa", Tier.DISTRICT, "75"),
      AdminUnit.of("25993", "Phường Trảng Dài", Tier.COMMUNE, "731")));
  private static final List<Indicator> INDICATORS = List.of(
      Indicator.of("II.1", "Tỷ lệ hồ sơ trực tuyến", Measure.PERCENT, Area.DIGITAL_GOVERNMENT),
      Indicator.of("I.1", "Tỷ lệ cán bộ", Measure.PERCENT, Area.DIGITAL_GOVERNMENT));
  private static final Period Q3 = Period.quarter(2022, 3);
  private static final List<Result> RESULTS = List.of(
      Result.of("II.1", "25993", Q3, Reading.fraction(392, 505)),
      Result.of("I.1", "731", Q3, Reading.decimal("83.5")),
      Result.of("I.1", "75", Q3, Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai")));

  @Test
  void csvStreamsIntoColumns() {
    BulkResults.Builder bulk = BulkResults.builder(HIERARCHY, INDICATORS);
    long rows = ResultsCsv.stream(new StringReader(ResultsCsv.write(RESULTS)), bulk::add);
    assertRows(rows, bulk.build());
  }

  @Test
  void jsonStreamsIntoColumns() {
    BulkResults.Builder bulk = BulkResults.builder(HIERARCHY, INDICATORS);
    byte[] json = ChisoJson.writeResults(RESULTS).getBytes(StandardCharsets.UTF_8);
    long rows = ChisoJson.streamResults(new ByteArrayInputStream(json), bulk::add);
    assertRows(rows, bulk.build());
  }

  private static void assertRows(long streamed, BulkResults bulk) {
    assertThat(streamed).isEqualTo(3);
    assertThat(bulk.size()).isEqualTo(3);
    assertThat(bulk.numerator(0)).isEqualTo(392);
    assertThat(bulk.denominator(0)).isEqualTo(505);
    assertThat(bulk.isFraction(0)).isTrue();
    assertThat(bulk.reading(1)).isEqualTo(Reading.decimal("83.5"));
    assertThat(bulk.isText(2)).isTrue();
    assertThat(bulk.result(0).subjectCode()).isEqualTo("25993");
    assertThat(bulk.result(1).indicatorCode()).isEqualTo("I.1");
  }
}
