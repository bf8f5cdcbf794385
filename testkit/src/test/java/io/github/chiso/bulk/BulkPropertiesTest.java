package io.github.chiso.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Compliance;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.RollupRule;
import io.github.chiso.model.Target;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.testkit.property.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk path gives the object API's answers: every row's status, every rollup's value and coverage. */
class BulkPropertiesTest {
  private static final Indicator SHARE = Indicator.builder().code("S").nameVi("tỷ lệ").measure(Measure.PERCENT)
      .area(Area.DIGITAL_GOVERNMENT).build();
  private static final Indicator COUNT = Indicator.builder().code("C").nameVi("số").measure(Measure.COUNT)
      .area(Area.DIGITAL_SOCIETY).rollup(RollupRule.of(UnitRollup.SUM, PeriodRollup.LAST)).build();
  private static final List<Period> MONTHS = List.of(Period.month(2025, 1), Period.month(2025, 2));

  record Case(Hierarchy hierarchy, Plan plan, List<Result> results) {}

  /** Three-tier hierarchies (before 1 July 2025) and two-tier ones (after), where communes roll straight up to provinces. */
  private static final Gen<Hierarchy> HIERARCHIES = Gen.oneOf(ChisoGen.hierarchies(TierScheme.VIETNAM_2021_2025, 2, 4),
      ChisoGen.hierarchies(TierScheme.VIETNAM_FROM_2025_07_01, 2, 6));
  private static final Gen<Threshold> COMMUNE_THRESHOLDS = ChisoGen.thresholds(ChisoGen.nonNegativeDecimals(new BigDecimal("100"), 3));
  private static final Gen<Threshold> DISTRICT_THRESHOLDS = ChisoGen.thresholds(ChisoGen.nonNegativeDecimals(new BigDecimal("50"), 2));

  /** A hierarchy, a plan with tiered thresholds on a share and a count, and monthly results. */
  private static final Gen<Case> CASES = source -> build(HIERARCHIES.generate(source),
      new Threshold[] {COMMUNE_THRESHOLDS.generate(source), DISTRICT_THRESHOLDS.generate(source)}, source);

  private static Case build(Hierarchy h, Threshold[] thresholds, Source source) {
    Target shares = Target.builder().code("TS").indicator(SHARE).period(Period.year(2025))
        .threshold(Tier.COMMUNE, thresholds[0]).threshold(Tier.DISTRICT, thresholds[1])
        .threshold(Tier.PROVINCE, thresholds[1]).build();
    Target counts = Target.builder().code("TC").indicator(COUNT).period(Period.year(2025))
        .threshold(Tier.COMMUNE, Threshold.atLeast("5")).build();
    Plan plan = Plan.builder().number("P").kind(DocumentKind.PLAN).issuer("x")
        .jurisdiction(h.roots().get(0).code()).period(Period.year(2025)).addTargets(shares, counts).build();
    List<Result> results = new ArrayList<>();
    Gen<Reading> near = ChisoGen.sharesAround(thresholds[0].bound()).map(f -> (Reading) f);
    for (AdminUnit unit : h.units()) {
      if (unit.tier().equals(Tier.PROVINCE)) {
        continue;
      }
      for (Period month : MONTHS) {
        long shape = source.draw(9);
        Reading share = shape < 5 ? near.generate(source)
            : shape < 7 ? Reading.decimal(BigDecimal.valueOf(source.draw(10_000), 2))
            : shape == 7 ? Reading.text(TextStatus.IN_PROGRESS, "đang") : null;
        if (share != null) {
          results.add(Result.of("S", unit.code(), month, share));
        }
        if (source.draw(3) > 0) {
          results.add(Result.of("C", unit.code(), month, Reading.decimal(BigDecimal.valueOf(source.draw(20)))));
        }
      }
    }
    return new Case(h, plan, results);
  }

  @Test
  void everyRowHasTheObjectApisStatus() {
    Property.forAll("bulk status = object status", CASES).tries(150).verify(c -> {
      BulkResults bulk = BulkResults.builder(c.hierarchy(), List.of(SHARE, COUNT)).addAll(c.results()).build();
      byte[] statuses = BulkCompliance.statuses(bulk, c.plan());
      for (int r = 0; r < bulk.size(); r++) {
        Result result = c.results().get(r);
        Target target = c.plan().targets().get(result.indicatorCode().equals("S") ? 0 : 1);
        AdminUnit unit = c.hierarchy().unit(result.subjectCode()).orElseThrow();
        assertThat(BulkCompliance.status(statuses[r])).as("%s", result)
            .isEqualTo(Compliance.assess(target, unit, result).status());
      }
    });
  }

  @Test
  void rollupsHaveTheObjectApisValuesAndCoverage() {
    Property.forAll("bulk rollup = object rollup", CASES).tries(100).verify(c -> {
      BulkResults bulk = BulkResults.builder(c.hierarchy(), List.of(SHARE, COUNT)).addAll(c.results()).build();
      BulkRollup rollup = BulkRollup.of(bulk);
      byte[] statuses = rollup.statuses(c.plan());
      List<AdminUnit> units = c.hierarchy().units();
      for (int i = 0; i < 2; i++) {
        Indicator indicator = i == 0 ? SHARE : COUNT;
        UnitRollup rule = i == 0 ? UnitRollup.RATIO_OF_SUMS : UnitRollup.SUM;
        for (int p = 0; p < bulk.periods().size(); p++) {
          Period period = bulk.periods().get(p);
          var cells = Rollups.overUnits(RollupSpec.of(indicator, period), c.hierarchy(), c.results());
          for (int u = 0; u < units.size(); u++) {
            if (units.get(u).tier().equals(Tier.COMMUNE)) {
              continue;
            }
            RollupCell cell = cells.require(units.get(u).code());
            assertThat(rollup.expected(u)).isEqualTo(cell.coverage().expected());
            assertThat(rollup.reporting(u, i, p)).isEqualTo(cell.coverage().reporting());
            assertThat(rollup.value(u, i, p, rule)).as("%s %s %s", units.get(u), indicator.code(), period).isEqualTo(cell.value());
            Target target = c.plan().targets().get(i);
            if (target.thresholdFor(units.get(u)).isPresent()) {
              assertThat(BulkCompliance.status(statuses[rollup.index(u, i, p)])).as("status of %s %s %s", units.get(u), indicator.code(), period)
                  .isEqualTo(Rollups.assess(target, units.get(u), cell).status());
            }
          }
        }
      }
    });
  }

  @Test
  void parallelChunksGiveTheSequentialAnswer() {
    Property.forAll("parallel = sequential", CASES).tries(100).verify(c -> {
      BulkResults bulk = BulkResults.builder(c.hierarchy(), List.of(SHARE, COUNT)).addAll(c.results()).build();
      int threads = 2 + bulk.size() % 6;
      assertThat(BulkCompliance.statuses(bulk, c.plan(), threads)).isEqualTo(BulkCompliance.statuses(bulk, c.plan()));
      BulkRollup sequential = BulkRollup.of(bulk);
      BulkRollup parallel = BulkRollup.of(bulk, threads);
      assertThat(parallel.statuses(c.plan())).isEqualTo(sequential.statuses(c.plan()));
      for (AdminUnit unit : c.hierarchy().units()) {
        if (unit.tier().equals(Tier.COMMUNE)) {
          continue;
        }
        int u = c.hierarchy().units().indexOf(unit);
        for (int i = 0; i < 2; i++) {
          for (int p = 0; p < bulk.periods().size(); p++) {
            assertThat(parallel.reporting(u, i, p)).isEqualTo(sequential.reporting(u, i, p));
            assertThat(parallel.numerator(u, i, p)).isEqualTo(sequential.numerator(u, i, p));
            assertThat(parallel.denominator(u, i, p)).isEqualTo(sequential.denominator(u, i, p));
          }
        }
      }
    });
  }

  /** Parts beyond 31 bits take the 128-bit comparison: exactly at 80%, one part either side, 0% and 100%. */
  private static final Gen<Case> WIDE_CASES = source -> {
    Hierarchy h = HIERARCHIES.generate(source);
    Target shares = Target.builder().code("TS").indicator(SHARE).period(Period.year(2025))
        .threshold(Tier.COMMUNE, Threshold.atLeast("80")).threshold(Tier.DISTRICT, Threshold.above("80")).build();
    Plan plan = Plan.builder().number("P").kind(DocumentKind.PLAN).issuer("x")
        .jurisdiction(h.roots().get(0).code()).period(Period.year(2025)).addTargets(shares).build();
    List<Result> results = new ArrayList<>();
    for (AdminUnit unit : h.units()) {
      if (unit.tier().equals(Tier.COMMUNE)) {
        long fifth = (1L << (29 + source.draw(30))) + source.draw(1_000_000);
        long shape = source.draw(4);
        long numerator = shape < 3 ? 4 * fifth + shape - 1 : shape == 3 ? 5 * fifth : 0;
        results.add(Result.of("S", unit.code(), MONTHS.get(0), Reading.fraction(Math.max(0, numerator), 5 * fifth)));
      }
    }
    return new Case(h, plan, results);
  };

  @Test
  void partsBeyondThirtyOneBitsAreJudgedExactly() {
    Property.forAll("wide bulk status = object status", WIDE_CASES).tries(100).verify(c -> {
      BulkResults bulk = BulkResults.builder(c.hierarchy(), List.of(SHARE)).addAll(c.results()).build();
      byte[] statuses = BulkCompliance.statuses(bulk, c.plan());
      for (int r = 0; r < bulk.size(); r++) {
        Result result = c.results().get(r);
        AdminUnit unit = c.hierarchy().unit(result.subjectCode()).orElseThrow();
        assertThat(BulkCompliance.status(statuses[r])).as("%s", result)
            .isEqualTo(Compliance.assess(c.plan().targets().get(0), unit, result).status());
      }
    });
  }

  @Test
  void laggingUnitsAreTheObjectApisInItsOrder() {
    Property.forAll("bulk lagging = object lagging", CASES).tries(100).verify(c -> {
      BulkResults bulk = BulkResults.builder(c.hierarchy(), List.of(SHARE, COUNT)).addAll(c.results()).build();
      byte[] statuses = BulkCompliance.statuses(bulk, c.plan());
      for (int i = 0; i < 2; i++) {
        Target target = c.plan().targets().get(i);
        for (int p = 0; p < bulk.periods().size(); p++) {
          Period period = bulk.periods().get(p);
          List<Gap> gaps = new ArrayList<>();
          for (Result result : c.results()) {
            if (result.indicatorCode().equals(target.indicator().code()) && result.period().equals(period)) {
              gaps.add(Gaps.of(Compliance.assess(target, c.hierarchy().unit(result.subjectCode()).orElseThrow(), result)));
            }
          }
          assertThat(BulkGaps.lagging(bulk, statuses, c.plan(), i, p, Scope.of(Tier.COMMUNE)))
              .as("%s %s", target.code(), period)
              .isEqualTo(Gaps.lagging(gaps, Scope.of(Tier.COMMUNE)));
        }
      }
    });
  }

  @Test
  void laggingRefusesStatusesOfOtherResults() {
    BulkResults empty = BulkResults.builder(ChisoGen.hierarchies(TierScheme.VIETNAM_2021_2025, 1, 1)
        .generate(Source.random(new java.util.SplittableRandom(1), 10)), List.of(SHARE)).build();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> BulkGaps.lagging(empty, new byte[3], Plan.builder().number("P").kind(DocumentKind.PLAN)
            .issuer("x").jurisdiction("01").period(Period.year(2025)).build(), 0, 0, Scope.of(Tier.COMMUNE)))
        .withMessageContaining("0 rows, 3 statuses");
  }

  @Test
  void parallelismBelowOneIsRefused() {
    BulkResults empty = BulkResults.builder(ChisoGen.hierarchies(TierScheme.VIETNAM_2021_2025, 1, 1)
        .generate(Source.random(new java.util.SplittableRandom(1), 10)), List.of(SHARE)).build();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> BulkRollup.of(empty, 0))
        .withMessageContaining("parallelism").withMessageContaining("0");
  }

  @Test
  void twentyNineBytesARow() {
    Property.forAll("resident bytes", CASES).tries(50).verify(c -> {
      BulkResults bulk = BulkResults.builder(c.hierarchy(), List.of(SHARE, COUNT)).addAll(c.results()).build();
      assertThat(bulk.bytes()).isEqualTo(29L * bulk.size()).isEqualTo((long) BulkResults.BYTES_PER_RESULT * bulk.size());
    });
  }
}
