package io.github.chiso.vn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableTable;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.json.InvalidDocumentException;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import io.github.chiso.rollup.CoveragePolicy;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.vn.VietnamUnits;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.reexpress.Allocation;
import io.github.chiso.vn.reexpress.ReExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VnJsonTest {
  private static final String BASE = "https://chiso.github.io/schema/";
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(VnJsonTest::schema));
  private static final Schema LINEAGE_SCHEMA = SCHEMAS.getSchema(SchemaLocation.of(BASE + "lineage-1.schema.json"));
  private static final Schema REEXPRESSION_SCHEMA = SCHEMAS.getSchema(SchemaLocation.of(BASE + "reexpression-1.schema.json"));

  private static final Hierarchy OLD = Hierarchy.of(TierScheme.VIETNAM_2021_2025, List.of(
      AdminUnit.of("01", "Tỉnh A", Tier.PROVINCE), AdminUnit.of("001", "Huyện A", Tier.DISTRICT, "01"),
      AdminUnit.of("00001", "Xã A1", Tier.COMMUNE, "001"), AdminUnit.of("00002", "Xã A2", Tier.COMMUNE, "001"),
      AdminUnit.of("00003", "Xã A3", Tier.COMMUNE, "001")));
  private static final Hierarchy NEW = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(
      AdminUnit.of("01", "Tỉnh A", Tier.PROVINCE), AdminUnit.of("00010", "Xã B", Tier.COMMUNE, "01"),
      AdminUnit.of("00011", "Xã C", Tier.COMMUNE, "01")));
  private static final Lineage SMALL = Lineage.builder(OLD, NEW, LocalDate.of(2025, 7, 1))
      .link("00001", "00010").link("00002", "00010").link("00003", "00010").link("00003", "00011").build();
  private static final Indicator ONLINE = Indicator.of("ONL", "Tỷ lệ hồ sơ trực tuyến", Measure.PERCENT, Area.DIGITAL_GOVERNMENT);
  private static final Period YEAR = Period.year(2024);

  private static ReExpression example() {
    List<Result> results = List.of(Result.of("ONL", "00001", YEAR, Reading.fraction(392, 505)),
        Result.of("ONL", "00002", YEAR, Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai")),
        Result.of("ONL", "00003", YEAR, Reading.fraction(7, 9)), Result.of("ONL", "001", YEAR, Reading.decimal("50")));
    RollupSpec spec = RollupSpec.builder().indicator(ONLINE).period(YEAR).policy(CoveragePolicy.requireShare(Rational.of(1, 2))).build();
    return ReExpression.of(SMALL, spec, Tier.COMMUNE, Allocation.weights(ImmutableTable.<String, String, Rational>builder()
        .put("00003", "00010", Rational.ONE).put("00003", "00011", Rational.valueOf(3)).build(), "area"), results);
  }

  @Test
  void lineageRoundTripsAndValidates() {
    String json = VnJson.writeLineage(SMALL);
    assertValid(LINEAGE_SCHEMA, json);
    Lineage back = VnJson.readLineage(json);
    assertThat(back.links()).isEqualTo(SMALL.links());
    assertThat(back.before().units()).isEqualTo(OLD.units());
    assertThat(back.effective()).isEqualTo(SMALL.effective());
    assertThat(VnJson.writeLineage(back)).isEqualTo(json);
    assertThat(VnJson.mapper().readValue(json, Lineage.class).links()).isEqualTo(SMALL.links());
    assertThat(VnJson.mapper().writeValueAsString(SMALL)).isEqualTo(json);
    assertThat(VnJson.mapper().readTree(VnJson.mapper().writeValueAsString(example())))
        .isEqualTo(VnJson.mapper().readTree(VnJson.writeReExpression(example())));
  }

  @Test
  void theBuiltInLineageRoundTrips() {
    Lineage vn = VietnamUnits.lineage();
    String json = VnJson.writeLineage(vn);
    Lineage back = VnJson.readLineage(json);
    assertThat(back.links()).isEqualTo(vn.links());
    assertThat(back.after().units()).isEqualTo(vn.after().units());
  }

  @Test
  void reExpressionRoundTripsAndValidates() {
    ReExpression re = example();
    String json = VnJson.writeReExpression(re);
    assertValid(REEXPRESSION_SCHEMA, json);
    ReExpression back = VnJson.readReExpression(json, SMALL);
    assertThat(back.spec()).isEqualTo(re.spec());
    assertThat(back.sourceResults()).isEqualTo(re.sourceResults());
    assertThat(back.cells()).isEqualTo(re.cells());
    assertThat(back.unplaced()).isEqualTo(re.unplaced());
    assertThat(VnJson.writeReExpression(back)).isEqualTo(json);
    assertThat(json).contains("\"share\" : \"1/4\"").contains("\"description\" : \"area\"");
  }

  @Test
  void badDocumentsAreRejectedWithTheirPath() {
    String lineage = VnJson.writeLineage(SMALL);
    assertThatThrownBy(() -> VnJson.readLineage(lineage.replace("\"kind\":\"DIVIDED\"", "\"kind\":\"KEPT\"")))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("$.links[2].kind")
        .hasMessageContaining("the links make 00003 -> 00010 DIVIDED, not KEPT");
    assertThatThrownBy(() -> VnJson.readLineage(lineage.replace("\"from\":\"00001\"", "\"from\":\"001\"")))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("$.links[0]")
        .hasMessageContaining("'001' is not a unit without children");
    assertThatThrownBy(() -> VnJson.readLineage(lineage.replace("\"effective\"", "\"effectiv\"")))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("unknown field 'effectiv'");
    assertThatThrownBy(() -> VnJson.readLineage(lineage.replace("\"tierScheme\":\"vn-3tier\"", "\"tierScheme\":\"vn-9tier\"")))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("$.before.tierScheme");
    assertThatThrownBy(() -> VnJson.readLineage("{\"format\": \"chiso.lineage\","))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("malformed JSON");

    String doc = VnJson.writeReExpression(example());
    assertThatThrownBy(() -> VnJson.readReExpression(doc, VietnamUnits.lineage()))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("$.lineage")
        .hasMessageContaining("another lineage");
    assertThatThrownBy(() -> VnJson.readReExpression(doc.replace("\"share\" : \"1/4\"", "\"share\" : \"1/3\""), SMALL))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("$.cells[")
        .hasMessageContaining("does not match the re-expression recomputed");
    assertThatThrownBy(() -> VnJson.readReExpression(doc.replace("\"rule\" : \"RATIO_OF_SUMS\"", "\"rule\" : \"SHARE_OF_UNITS_MEETING\""), SMALL))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("needs a unitThreshold");
    assertThatThrownBy(() -> VnJson.readReExpression(doc.replace("\"numerator\" : 392", "\"numerator\" : \"392\""), SMALL))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("$.results[0].numerator");
  }

  private static void assertValid(Schema schema, String json) {
    JsonNode node = VnJson.mapper().readTree(json);
    assertThat(schema.validate(node)).isEmpty();
  }

  private static String schema(String id) {
    if (!id.startsWith(BASE)) {
      return null;
    }
    String name = id.substring(BASE.length());
    for (String dir : List.of("/io/github/chiso/vn/schema/", "/io/github/chiso/json/schema/")) {
      try (InputStream in = VnJsonTest.class.getResourceAsStream(dir + name)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }
}
