package io.github.chiso.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
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
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.laws.RollupLaws;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every built-in rule is a commutative monoid, and rollups agree with the exact parts. */
class RollupPropertiesTest {
  private static final Gen<Observation> OBSERVATIONS = RollupLaws.observations(1_000_000, 100);

  record Triple(UnitRollup rule, Tally a, Tally b, Tally c) {}

  private static final Gen<Tally> TALLIES =
      Gen.lists(OBSERVATIONS, 0, 5).map(list -> list.stream().map(Tally::of).reduce(Tally.EMPTY, Tally::plus));

  @Test
  void everyRuleIsACommutativeMonoid() {
    Gen<Triple> cases =
        Gen.combine(
            Gen.elements(UnitRollup.values()),
            Gen.combine(TALLIES, TALLIES, (a, b) -> new Tally[] {a, b}),
            TALLIES,
            (rule, ab, c) -> new Triple(rule, ab[0], ab[1], c));
    Property.forAll("monoid laws", cases)
        .tries(300)
        .verify(
            t -> {
              Aggregator<Tally> agg = Aggregators.forRule(t.rule(), Measure.PERCENT);
              assertThat(agg.combine(agg.identity(), t.a())).isEqualTo(t.a());
              assertThat(agg.combine(t.a(), agg.identity())).isEqualTo(t.a());
              assertThat(agg.combine(agg.combine(t.a(), t.b()), t.c()))
                  .isEqualTo(agg.combine(t.a(), agg.combine(t.b(), t.c())));
              assertThat(agg.combine(t.a(), t.b())).isEqualTo(agg.combine(t.b(), t.a()));
            });
  }

  record Partitioned(UnitRollup rule, List<Observation> observations, List<Integer> groupOf) {}

  @Test
  void rollupOfPartitionsIsRollupOfTheWhole() {
    Gen<Partitioned> cases =
        Gen.combine(
            Gen.elements(UnitRollup.values()),
            Gen.lists(OBSERVATIONS, 0, 30),
            Gen.lists(Gen.ints(0, 3), 30, 30),
            Partitioned::new);
    Property.forAll("partition invariance", cases)
        .tries(300)
        .verify(
            c -> {
              Aggregator<Tally> agg = Aggregators.forRule(c.rule(), Measure.PERCENT);
              Tally whole = agg.identity();
              List<Tally> groups = new ArrayList<>(List.of(agg.identity(), agg.identity(), agg.identity(), agg.identity()));
              for (int i = 0; i < c.observations().size(); i++) {
                Tally one = agg.lift(c.observations().get(i));
                whole = agg.combine(whole, one);
                int g = c.groupOf().get(i);
                groups.set(g, agg.combine(groups.get(g), one));
              }
              Tally combined = groups.stream().reduce(agg.identity(), agg::combine);
              assertThat(combined).isEqualTo(whole);
              assertThat(agg.value(combined)).isEqualTo(agg.value(whole));
            });
  }

  record TreeResults(Hierarchy hierarchy, List<Result> results) {}

  private static final Indicator SHARE =
      Indicator.of("S", "Tỷ lệ", Measure.PERCENT, Area.DIGITAL_GOVERNMENT);
  private static final Period YEAR = Period.year(2025);

  private static final Gen<TreeResults> TREES =
      ChisoGen.hierarchies(TierScheme.VIETNAM_2021_2025, 1, 4)
          .flatMap(
              h -> {
                List<AdminUnit> communes = h.unitsOf(Tier.COMMUNE);
                Gen<List<Long>> parts = Gen.lists(Gen.longs(0, 2_000), communes.size() * 2, communes.size() * 2);
                Gen<List<Boolean>> present = Gen.lists(Gen.booleans(), communes.size(), communes.size());
                return Gen.combine(parts, present, (p, keep) -> {
                  List<Result> results = new ArrayList<>();
                  for (int i = 0; i < communes.size(); i++) {
                    if (!keep.get(i)) {
                      continue;
                    }
                    long d = 1 + p.get(2 * i);
                    long n = Math.min(p.get(2 * i + 1), d);
                    results.add(Result.of("S", communes.get(i).code(), YEAR, Reading.fraction(n, d)));
                  }
                  return new TreeResults(h, results);
                });
              });

  @Test
  void rollingUpThenAssessingAgreesWithAssessingTheExactParts() {
    Target target =
        Target.builder()
            .code("T")
            .indicator(SHARE)
            .period(YEAR)
            .threshold(Tier.PROVINCE, Threshold.atLeast("50"))
            .threshold(Tier.DISTRICT, Threshold.above("50"))
            .build();
    Property.forAll("rollup then assess = assess the parts", TREES)
        .tries(200)
        .verify(
            c -> {
              Rollup rollup = Rollups.overUnits(RollupSpec.of(SHARE, YEAR), c.hierarchy(), c.results());
              for (Assessment viaRollup : Rollups.assess(target, rollup, c.hierarchy())) {
                String code = viaRollup.subjectCode();
                long n = 0;
                long d = 0;
                for (Result r : c.results()) {
                  if (c.hierarchy().isWithin(r.subjectCode(), code)) {
                    Reading.Fraction f = (Reading.Fraction) r.reading();
                    n += f.numerator();
                    d += f.denominator();
                  }
                }
                AdminUnit unit = c.hierarchy().unit(code).orElseThrow();
                if (d == 0) {
                  assertThat(viaRollup.status()).isEqualTo(io.github.chiso.compliance.Status.NO_DATA);
                  continue;
                }
                Assessment direct = Compliance.assess(target, unit, Result.of("S", code, YEAR, Reading.fraction(n, d)));
                assertThat(viaRollup.status()).as(code).isEqualTo(direct.status());
                assertThat(viaRollup.margin()).as(code).isEqualTo(direct.margin());
                assertThat(rollup.require(code).numerator()).contains(BigInteger.valueOf(n));
                assertThat(rollup.require(code).denominator()).contains(BigInteger.valueOf(d));
              }
            });
  }

  @Test
  void coverageCountsEverySourceUnitOnce() {
    Property.forAll("coverage adds up", TREES)
        .tries(200)
        .verify(
            c -> {
              Rollup rollup = Rollups.overUnits(RollupSpec.of(SHARE, YEAR), c.hierarchy(), c.results());
              for (AdminUnit root : c.hierarchy().roots()) {
                Coverage coverage = rollup.require(root.code()).coverage();
                long communesBelow =
                    c.hierarchy().descendants(root.code()).stream().filter(u -> u.tier().equals(Tier.COMMUNE)).count();
                long reportingBelow =
                    c.results().stream().filter(r -> c.hierarchy().isWithin(r.subjectCode(), root.code())).count();
                assertThat(coverage.expected()).isEqualTo(communesBelow);
                assertThat(coverage.reporting()).isEqualTo(reportingBelow);
              }
            });
  }
}
