package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Change;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets on a change and results stated as a change in JSON: round trip, schema, strict reading. */
class ChangeJsonTest {
  private static final Change SINCE_2020 = Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2020));

  private static String results(String reading) {
    return "{\"format\": \"chiso.results\", \"formatVersion\": 1, \"results\": [{\"indicator\": \"DTI\", \"subject\": \"68\","
        + " \"period\": \"2025\", " + reading + "}]}";
  }

  @Test
  void aDeltaRoundTripsAndMatchesTheSchema() {
    List<Result> results = List.of(Result.of("DTI", "68", Period.year(2025), Reading.delta(new BigDecimal("13"), SINCE_2020)),
        Result.of("TK", "68", Period.year(2025), Reading.delta(new BigDecimal("5.5"),
            Change.yearOnYear(Change.Direction.DECREASE, Change.Basis.RELATIVE))));
    String json = ChisoJson.writeResults(results);
    assertThat(json).contains("\"delta\":13").contains("\"reference\":\"2020\"").contains("\"reference\":\"YEAR_EARLIER\"");
    assertThat(ChisoJson.readResults(json)).isEqualTo(results);
    assertThat(Schemas.errors(Schemas.RESULTS, json)).isEmpty();
    assertThat(Schemas.errors(Schemas.RESULTS, results("\"delta\": 1, \"change\": {\"direction\": \"INCREASE\", "
        + "\"basis\": \"ABSOLUTE\", \"reference\": \"2020\"}, \"value\": 3"))).isNotEmpty();
    assertThat(Schemas.errors(Schemas.RESULTS, results("\"delta\": -1, \"change\": {\"direction\": \"INCREASE\", "
        + "\"basis\": \"ABSOLUTE\", \"reference\": \"2020\"}"))).isNotEmpty();
  }

  @Test
  void aChangeTargetRoundTripsAndMatchesTheSchema() {
    Plan golden = GoldenDocumentsTest.expectedPlan();
    Target target = Target.builder().code("T-CHANGE").indicator(golden.targets().get(0).indicator()).period(Period.year(2025))
        .change(Change.of(Change.Direction.INCREASE, Change.Basis.RELATIVE, Period.year(2023)))
        .threshold(Tier.PROVINCE, Threshold.atLeast("15")).wording("tăng ít nhất 15% so với năm 2023").build();
    Plan plan = Plan.builder().from(golden).addTargets(target).build();
    String json = ChisoJson.writePlan(plan);
    assertThat(json).contains("\"change\" : {");
    assertThat(ChisoJson.readPlan(json)).isEqualTo(plan);
    assertThat(Schemas.errors(Schemas.PLAN, json)).isEmpty();
  }

  @Test
  void badChangesNameTheirPath() {
    InvalidDocumentException direction = catchThrowableOfType(InvalidDocumentException.class, () -> ChisoJson.readResults(
        results("\"delta\": 13, \"change\": {\"direction\": \"UP\", \"basis\": \"ABSOLUTE\", \"reference\": \"2020\"}")));
    assertThat(direction.location()).isEqualTo("$.results[0].change.direction");
    assertThat(direction.value()).isEqualTo("\"UP\"");
    InvalidDocumentException reference = catchThrowableOfType(InvalidDocumentException.class, () -> ChisoJson.readResults(
        results("\"delta\": 13, \"change\": {\"direction\": \"UP\", \"basis\": \"ABSOLUTE\", \"reference\": \"last year\"}")
            .replace("\"UP\"", "\"INCREASE\"")));
    assertThat(reference.location()).isEqualTo("$.results[0].change.reference");
    InvalidDocumentException negative = catchThrowableOfType(InvalidDocumentException.class, () -> ChisoJson.readResults(
        results("\"delta\": -2, \"change\": {\"direction\": \"INCREASE\", \"basis\": \"ABSOLUTE\", \"reference\": \"2020\"}")));
    assertThat(negative.location()).isEqualTo("$.results[0].delta");
    InvalidDocumentException alone = catchThrowableOfType(InvalidDocumentException.class, () -> ChisoJson.readResults(
        results("\"delta\": 2")));
    assertThat(alone.location()).isEqualTo("$.results[0].change");
    InvalidDocumentException both = catchThrowableOfType(InvalidDocumentException.class, () -> ChisoJson.readResults(
        results("\"value\": 2, \"change\": {\"direction\": \"INCREASE\", \"basis\": \"ABSOLUTE\", \"reference\": \"2020\"}")));
    assertThat(both.location()).isEqualTo("$.results[0]");
    InvalidDocumentException extra = catchThrowableOfType(InvalidDocumentException.class, () -> ChisoJson.readResults(
        results("\"delta\": 1, \"change\": {\"direction\": \"INCREASE\", \"basis\": \"ABSOLUTE\", \"reference\": \"2020\", \"x\": 1}")));
    assertThat(extra.location()).isEqualTo("$.results[0].change.x");
  }

  @Test
  void aTargetsImpossibleChangeIsRefusedAtItsPath() {
    String json = ChisoJson.writePlan(GoldenDocumentsTest.expectedPlan());
    String bad = json.replaceFirst("(?s)(\"targets\" : \\[.*?\"period\" : \"\\d{4}\")",
        "$1,\"change\":{\"direction\":\"INCREASE\",\"basis\":\"ABSOLUTE\",\"reference\":\"2030\"}");
    assertThat(bad).contains("2030");
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> ChisoJson.readPlan(bad));
    assertThat(e.location()).startsWith("$.targets[");
    assertThat(e).hasMessageContaining("reference period 2030");
  }
}
