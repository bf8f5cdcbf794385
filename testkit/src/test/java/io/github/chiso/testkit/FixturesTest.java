package io.github.chiso.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.json.ChisoJson;
import io.github.chiso.model.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixtures load, round-trip and are valid against the shipped schemas. */
class FixturesTest {

  @Test
  void seedDocumentsRoundTripAndMatchTheSchemas() {
    for (Plan plan : List.of(ChisoFixtures.dongNai2022Plan(), ChisoFixtures.dongNai2025Plan(),
        ChisoFixtures.hungYen2023Plan(), ChisoFixtures.dakNong2022Plan())) {
      String json = ChisoJson.writePlan(plan);
      assertThat(ChisoJson.readPlan(json)).isEqualTo(plan);
      assertThat(ChisoSchemas.plan(json)).as(plan.number()).isEmpty();
    }
    assertThat(ChisoSchemas.results(ChisoJson.writeResults(ChisoFixtures.dongNai2022Results()))).isEmpty();
    assertThat(ChisoSchemas.results(ChisoJson.writeResults(ChisoFixtures.dakNong2021DtiResults()))).isEmpty();
    assertThat(ChisoSchemas.hierarchy(ChisoJson.writeHierarchy(ChisoFixtures.dongNaiHierarchy()))).isEmpty();
  }

  @Test
  void schemaErrorsAreReported() {
    assertThat(ChisoSchemas.results("{\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[{\"indicator\":\"I\"}]}"))
        .isNotEmpty();
  }
}
