package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.Scope;
import io.github.chiso.index.Aggregation;
import io.github.chiso.index.CompositeIndex;
import io.github.chiso.index.IndexNode;
import io.github.chiso.index.Normaliser;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Banding;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Target;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.ChisoSchemas;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Plans with bands and composite indices survive a write and a read, and written plans match the schema. */
class BandsRoundTripPropertiesTest {
  private static final JsonMapper MAPPER = ChisoJson.mapper();

  /** 2 to 5 bands with strictly monotone boundaries in hundredths, any direction, rule and basis. */
  static final Gen<BandScale> SCALES = Gen.combine(
      Gen.lists(Gen.longs(-100_000, 100_000), 1, 4).map(l -> l.stream().distinct().sorted().toList()),
      Gen.elements(Polarity.values()),
      Gen.elements(BandScale.OnBoundary.values()),
      (boundaries, polarity, rule) -> {
        List<BigDecimal> ordered = new ArrayList<>();
        boundaries.forEach(b -> ordered.add(BigDecimal.valueOf(b, 2)));
        if (polarity == Polarity.HIGHER_IS_BETTER) {
          java.util.Collections.reverse(ordered);
        }
        BandScale.Builder scale = BandScale.builder().polarity(polarity).onBoundary(rule).boundaries(ordered);
        for (int i = 0; i <= ordered.size(); i++) {
          scale.addBands("b" + i);
        }
        if (rule == BandScale.OnBoundary.WORSE) {
          scale.lower(BigDecimal.ZERO).optimum(polarity == Polarity.HIGHER_IS_BETTER ? BigDecimal.TEN : BigDecimal.ONE.negate());
        }
        return scale.build();
      });

  record PlanWithBands(Plan plan, List<BandScale> scales) {}

  @Test
  void plansWithBands() {
    Gen<PlanWithBands> gen = ChisoGen.plans().filter(p -> !p.targets().isEmpty())
        .flatMap(p -> Gen.lists(SCALES, 1, 3).map(scales -> new PlanWithBands(p, scales)));
    Property.forAll("plan with bands round trip", gen).tries(200).verify(c -> {
      Plan.Builder builder = Plan.builder().from(c.plan());
      for (int i = 0; i < c.scales().size() && i < c.plan().targets().size(); i++) {
        Target target = c.plan().targets().get(i);
        Scope scope = target.thresholds().keySet().iterator().next();
        builder.putBandings(target.code(), Banding.builder().putScales(scope, c.scales().get(i)).fallbackScope(scope).build());
      }
      Plan plan = builder.build();
      String json = ChisoJson.writePlan(plan);
      Plan read = ChisoJson.readPlan(json);
      assertThat(read).isEqualTo(plan);
      assertThat(ChisoJson.writePlan(read)).isEqualTo(json);
      assertThat(ChisoSchemas.plan(json)).isEmpty();
    });
  }

  @Test
  void indices() {
    Gen<Normaliser> normalisers = Gen.elements(Normaliser.minMax(), Normaliser.minMax(-1.5, 2), Normaliser.zScore(50, 10),
        Normaliser.rank(), Normaliser.distanceToTarget(new BigDecimal("0.75")));
    Gen<IndexNode> leaves = Gen.combine(Gen.ints(1, 1000), Gen.elements(Polarity.values()), Gen.booleans(),
        (w, p, own) -> IndexNode.builder().code("x").weight(w / 7.0).polarity(p)
            .normaliser(own ? java.util.Optional.of(Normaliser.rank()) : java.util.Optional.empty()).build());
    Gen<CompositeIndex> indices = Gen.combine(Gen.lists(Gen.lists(leaves, 1, 4), 1, 4), normalisers,
        Gen.elements(Aggregation.values()), (pillars, normaliser, aggregation) -> {
          IndexNode.Builder root = IndexNode.builder().code("I");
          int n = 0;
          for (List<IndexNode> pillar : pillars) {
            IndexNode.Builder group = IndexNode.builder().code("P" + n);
            for (IndexNode leaf : pillar) {
              group.addChildren(IndexNode.builder().from(leaf).code("x" + n++).build());
            }
            root.addChildren(group.build());
          }
          return CompositeIndex.builder().root(root.build()).normaliser(normaliser).aggregation(aggregation)
              .availabilityThreshold(n % 3 / 3.0).build();
        });
    Property.forAll("index round trip", indices).tries(200).verify(index -> {
      String json = MAPPER.writeValueAsString(index);
      assertThat(MAPPER.readValue(json, CompositeIndex.class)).isEqualTo(index);
    });
  }
}
