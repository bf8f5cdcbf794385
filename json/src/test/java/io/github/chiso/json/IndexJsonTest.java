package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.index.Aggregation;
import io.github.chiso.index.CompositeIndex;
import io.github.chiso.index.IndexNode;
import io.github.chiso.index.Normaliser;
import io.github.chiso.index.Sensitivity;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Banding;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Polarity;
import io.github.chiso.score.Goalposts;
import io.github.chiso.score.SdsnIndicator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Bands, scores and indices round-trip, match the schema and are read strictly. */
class IndexJsonTest {
  private static final JsonMapper MAPPER = ChisoJson.mapper();
  private static final BandScale LIGHTS = SdsnIndicator.of("0", "50", "80", "100").scale();
  private static final BandScale DOWN = BandScale.builder().addBands("good", "bad").addBoundaries(new BigDecimal("3.5"))
      .polarity(Polarity.LOWER_IS_BETTER).onBoundary(BandScale.OnBoundary.WORSE).build();
  private static final CompositeIndex INDEX = CompositeIndex.builder()
      .root(IndexNode.group("I", 1,
          IndexNode.group("P1", 2.5, IndexNode.indicator("x"),
              IndexNode.builder().code("y").polarity(Polarity.LOWER_IS_BETTER)
                  .normaliser(Normaliser.goalposts(Goalposts.of("10", "0"))).build()),
          IndexNode.indicator("z", 0.1)))
      .normaliser(Normaliser.zScore(10, 2)).aggregation(Aggregation.GEOMETRIC).availabilityThreshold(0.75).build();

  private static <T> void roundTrip(T value, Class<T> type, String definition) {
    String json = MAPPER.writeValueAsString(value);
    assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    Schemas.assertValid(Schemas.indexDefinition(definition), json);
  }

  @Test
  void everyTypeRoundTripsAndMatchesTheSchema() {
    roundTrip(LIGHTS, BandScale.class, "bandScale");
    roundTrip(DOWN, BandScale.class, "bandScale");
    roundTrip(Banding.builder().scale(Tier.PROVINCE, LIGHTS).scale(BodyKind.DEPARTMENT, DOWN)
        .fallbackScope(Scope.of(Tier.PROVINCE)).build(), Banding.class, "banding");
    roundTrip(Goalposts.of("100", "0.5"), Goalposts.class, "goalposts");
    roundTrip(SdsnIndicator.of("100", "50", "20", "0"), SdsnIndicator.class, "sdsnIndicator");
    for (Normaliser n : List.of(Normaliser.minMax(), Normaliser.zScore(0, 1), Normaliser.rank(),
        Normaliser.distanceToTarget(new BigDecimal("75")), Normaliser.goalposts(Goalposts.of("0", "1")))) {
      roundTrip(n, Normaliser.class, "normaliser");
    }
    roundTrip(INDEX, CompositeIndex.class, "compositeIndex");
    roundTrip(CompositeIndex.of(INDEX.root()), CompositeIndex.class, "compositeIndex");
    roundTrip(Sensitivity.builder().runs(50).seed(-3).weightNoise(0.3).addAlternatives(Normaliser.rank()).build(),
        Sensitivity.class, "sensitivity");
  }

  private static Plan planWithBands() {
    Plan plan = ChisoJson.readPlan(GoldenDocumentsTest.golden("plan.json"));
    String code = plan.targets().get(0).code();
    BodyKind school = BodyKind.of("school", "trường", "schools");
    return Plan.builder().from(plan)
        .putBandings(code, Banding.builder().scale(Tier.PROVINCE, LIGHTS).scale(school, DOWN).build()).build();
  }

  @Test
  void aPlansBandsRoundTripAndMatchThePlanSchema() {
    Plan plan = planWithBands();
    String json = ChisoJson.writePlan(plan);
    assertThat(json).contains("\"bands\"").contains("\"school\"");
    assertThat(ChisoJson.readPlan(json)).isEqualTo(plan);
    Schemas.assertValid(Schemas.PLAN, json);
  }

  private static InvalidDocumentException error(Runnable read) {
    try {
      read.run();
    } catch (InvalidDocumentException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidDocumentException");
  }

  @Test
  void badBandsNameTheirPath() {
    String json = ChisoJson.writePlan(planWithBands());
    String code = planWithBands().targets().get(0).code();
    String at = Obj.child("$.bands", code) + ".scales.province";
    InvalidDocumentException unknown = error(() -> ChisoJson.readPlan(json.replace("\"bands\" : [ \"green\"", "\"colour\" : 1, \"bands\" : [ \"green\"")));
    assertThat(unknown.location()).isEqualTo(at + ".colour");
    InvalidDocumentException order = error(() -> ChisoJson.readPlan(json.replace("\"boundaries\" : [ 80, 65, 50 ]", "\"boundaries\" : [ 50, 65, 80 ]")));
    assertThat(order.location()).isEqualTo(at);
    assertThat(order).hasMessageContaining("strictly decreasing");
    int bands = json.lastIndexOf("\"bands\" : {");
    String head = json.substring(0, bands);
    String tail = json.substring(bands);
    InvalidDocumentException scope = error(() -> ChisoJson.readPlan(head + tail.replaceFirst("\"province\"", "\"tinh\"")));
    assertThat(scope.location()).isEqualTo(Obj.child("$.bands", code) + ".scales.tinh");
    InvalidDocumentException target = error(() -> ChisoJson.readPlan(head + tail.replace("\"" + code + "\"", "\"NOPE\"")));
    assertThat(target).hasMessageContaining("target 'NOPE'");
    assertThat(Schemas.errors(Schemas.PLAN, json.replace("\"bands\" : [ \"green\"", "\"colour\" : 1, \"bands\" : [ \"green\""))).isNotEmpty();
  }

  @Test
  void badIndicesNameTheirPath() {
    String json = MAPPER.writeValueAsString(INDEX);
    InvalidDocumentException weight = error(() -> MAPPER.readValue(json.replace("\"weight\":2.5", "\"weight\":-2.5"), CompositeIndex.class));
    assertThat(weight.location()).isEqualTo("$.root.children[0]");
    assertThat(weight).hasMessageContaining("weight must be positive");
    InvalidDocumentException kind = error(() -> MAPPER.readValue(json.replace("\"Z_SCORE\"", "\"ZSCORE\""), CompositeIndex.class));
    assertThat(kind.location()).isEqualTo("$.normaliser.kind");
    InvalidDocumentException arity = error(() -> MAPPER.readValue("{\"kind\":\"RANK\",\"parameters\":[1]}", Normaliser.class));
    assertThat(arity).hasMessageContaining("takes 0 parameters");
    InvalidDocumentException sdsn = error(() -> MAPPER.readValue("{\"lower\":0,\"red\":80,\"green\":50,\"optimum\":100}", SdsnIndicator.class));
    assertThat(sdsn.location()).isEqualTo("$");
    InvalidDocumentException missing = error(() -> MAPPER.readValue("{\"runs\":5,\"seed\":1}", Sensitivity.class));
    assertThat(missing.location()).isEqualTo("$.weightNoise");
  }
}
