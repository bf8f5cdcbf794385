package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.RateBasis;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.testkit.ChisoSchemas;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A result's qualifiers and an indicator's unit and rate basis in JSON: read strictly, valid by the schema. */
class QualifiedJsonTest {
  private static final String RESULTS = "{\"format\": \"chiso.results\", \"formatVersion\": 1, \"results\": [";

  private static String result(String reading) {
    return RESULTS + "{\"indicator\": \"I.5\", \"subject\": \"75\", \"period\": \"2022\", " + reading + "}]}";
  }

  private static String plan(String indicatorFields) {
    return "{\"format\": \"chiso.plan\", \"formatVersion\": 1, \"number\": \"P\", \"kind\": \"PLAN\", \"issuer\": \"x\","
        + " \"jurisdiction\": \"75\", \"period\": \"2025\", \"indicators\": [{\"code\": \"BTS\", \"nameVi\": \"Trạm BTS\","
        + " \"measure\": \"COUNT\", \"area\": \"digital-infrastructure\"" + indicatorFields + "}], \"targets\": []}";
  }

  @Test
  void aQualifiedResultReadsAndIsValid() {
    String json = result("\"value\": 3500, \"qualifiers\": [\"APPROXIMATE\"]");
    assertThat(ChisoJson.readResults(json)).containsExactly(Result.builder().indicatorCode("I.5").subjectCode("75")
        .period(Period.year(2022)).reading(Reading.decimal("3500")).addQualifiers(Qualifier.APPROXIMATE).build());
    assertThat(ChisoSchemas.results(json)).isEmpty();
    assertThat(ChisoSchemas.results(result("\"rank\": 10, \"qualifiers\": [\"WITHIN\"]"))).isEmpty();
  }

  @Test
  void qualifiersThatDoNotFitTheReadingAreRefusedAtTheirPathAndByTheSchema() {
    record Bad(String reading, String problem) {}
    for (Bad bad : List.of(
        new Bad("\"value\": 10, \"qualifiers\": [\"WITHIN\"]", "WITHIN"),
        new Bad("\"numerator\": 1, \"denominator\": 2, \"qualifiers\": [\"WITHIN\"]", "WITHIN"),
        new Bad("\"status\": \"IN_PROGRESS\", \"text\": \"x\", \"qualifiers\": [\"APPROXIMATE\"]", "only for a number"),
        new Bad("\"value\": 10, \"qualifiers\": [\"ASPIRATIONAL\"]", "ASPIRATIONAL"),
        new Bad("\"value\": 10, \"qualifiers\": [\"MORE_THAN\", \"LESS_THAN\"]", "contradict"),
        new Bad("\"value\": 10, \"qualifiers\": [\"APPROXIMATE\", \"APPROXIMATE\"]", "listed twice"),
        new Bad("\"value\": 10, \"qualifiers\": [\"khoảng\"]", "expected one of"))) {
      String json = result(bad.reading());
      assertThatThrownBy(() -> ChisoJson.readResults(json)).as(bad.reading())
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.location()).startsWith("$.results[0].qualifiers"))
          .hasMessageContaining(bad.problem());
      assertThat(ChisoSchemas.results(json)).as(bad.reading()).isNotEmpty();
    }
  }

  @Test
  void anIndicatorsUnitAndRateBasisReadAndAreValid() {
    String json = plan(", \"unit\": \"trạm BTS\", \"per\": {\"kind\": \"PER_POPULATION\", \"base\": 1000, \"of\": \"dân\"}");
    Indicator bts = ChisoJson.readPlan(json).indicators().get("BTS");
    assertThat(bts.unit()).contains("trạm BTS");
    assertThat(bts.per()).contains(RateBasis.perPopulation(new BigDecimal("1000"), "dân"));
    assertThat(ChisoSchemas.plan(json)).isEmpty();
    String perYear = plan(", \"per\": {\"kind\": \"PER_YEAR\"}");
    assertThat(ChisoJson.readPlan(perYear).indicators().get("BTS").per()).contains(RateBasis.perYear());
    assertThat(ChisoSchemas.plan(perYear)).isEmpty();
  }

  @Test
  void aBrokenUnitOrRateBasisIsRefusedAtItsPathAndByTheSchema() {
    record Bad(String fields, String location, String problem) {}
    for (Bad bad : List.of(
        new Bad(", \"unit\": \" trạm\"", "$.indicators[0].unit", "surrounding spaces"),
        new Bad(", \"per\": {\"kind\": \"PER_POPULATION\", \"base\": 0, \"of\": \"dân\"}", "$.indicators[0].per.base", "positive"),
        new Bad(", \"per\": {\"kind\": \"PER_POPULATION\", \"base\": 1000}", "$.indicators[0].per.of", "of"),
        new Bad(", \"per\": {\"kind\": \"PER_YEAR\", \"base\": 1000}", "$.indicators[0].per.base", "per year"),
        new Bad(", \"per\": {\"kind\": \"PER_DAY\"}", "$.indicators[0].per.kind", "PER_YEAR"),
        new Bad(", \"per\": {\"kind\": \"PER_YEAR\", \"years\": 2}", "$.indicators[0].per.years", "years"))) {
      String json = plan(bad.fields());
      assertThatThrownBy(() -> ChisoJson.readPlan(json)).as(bad.fields())
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.location()).isEqualTo(bad.location()))
          .hasMessageContaining(bad.problem());
      assertThat(ChisoSchemas.plan(json)).as(bad.fields()).isNotEmpty();
    }
    String rankPerYear = plan(", \"per\": {\"kind\": \"PER_YEAR\"}").replace("\"COUNT\"", "\"RANK\"");
    assertThatThrownBy(() -> ChisoJson.readPlan(rankPerYear)).isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("a rank is not a rate");
    assertThat(ChisoSchemas.plan(rankPerYear)).isNotEmpty();
  }
}
