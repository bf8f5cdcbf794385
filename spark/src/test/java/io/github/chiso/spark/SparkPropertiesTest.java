package io.github.chiso.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.bulk.BulkCompliance;
import io.github.chiso.bulk.BulkGaps;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.bulk.BulkRollup;
import io.github.chiso.bulk.BulkVerdicts;
import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.gap.Gap;
import io.github.chiso.hierarchy.AdminUnit;
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
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.RollupRule;
import io.github.chiso.model.Target;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.CoveragePolicy;
import io.github.chiso.rollup.Rollup;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.testkit.property.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two engines, one kernel: on random plans (several targets per indicator over different periods,
 * phase-in dates, fallbacks, averages), results over several years (text rows, missing units,
 * corrections reported later, values at the ends of a long), every unit and period rule and coverage policy, both
 * tier schemes, and the rows in one Spark partition and spread over two to six, every verdict, rollup cell
 * (value, parts, coverage, as-of date, verdicts) and lagging-unit ranking from Spark equals the bulk
 * path's on the same data in one piece; the missing units, child coverage and reasons equal the
 * object API's. A spec the object API refuses (the first of a case) fails the Spark job with one of
the same refusals.
 */
class SparkPropertiesTest {
  private static final List<Period> ROW_PERIODS = List.of(Period.year(2023), Period.month(2024, 6),
      Period.month(2024, 12), Period.month(2025, 1), Period.month(2025, 2), Period.quarter(2025, 1), Period.year(2025));
  private static final List<Period> TARGET_PERIODS = List.of(Period.year(2024), Period.year(2025),
      Period.quarter(2025, 1), Period.range(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
  private static final List<Tier> TIERS = List.of(Tier.PROVINCE, Tier.DISTRICT, Tier.COMMUNE);
  private static final Gen<Threshold> THRESHOLDS = ChisoGen.thresholds(ChisoGen.nonNegativeDecimals(new BigDecimal("100"), 2));

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
  }

  record Case(Hierarchy hierarchy, Plan plan, List<Result> results, List<RollupSpec> specs, int partitions) {
    List<Indicator> indicators() {
      return plan.indicators().values().asList();
    }

    @Override
    public String toString() {
      return "Case{" + hierarchy + ", targets " + plan.targets() + ", " + results.size() + " results " + results
          + ", specs " + specs.stream().map(s -> s.indicator().code() + " " + s.period() + " " + s.rule() + " "
          + s.policy()).toList() + ", partitions " + partitions + "}";
    }
  }

  private static <T> T pick(Source source, List<T> options) {
    return options.get((int) source.draw(options.size() - 1));
  }

  private static Indicator indicator(Source source, int i) {
    Measure measure = pick(source, List.of(Measure.PERCENT, Measure.COUNT, Measure.INDEX));
    UnitRollup overUnits = source.draw(3) == 0 ? pick(source, List.of(UnitRollup.values()))
        : RollupRule.defaultFor(measure).overUnits();
    PeriodRollup overPeriods = pick(source, List.of(PeriodRollup.values()));
    RollupRule rule = overUnits == UnitRollup.WEIGHTED_MEAN ? RollupRule.weightedMean("population", overPeriods)
        : RollupRule.of(overUnits, overPeriods);
    return Indicator.builder().code("I" + i).nameVi("chỉ tiêu " + i).measure(measure).area(Area.DIGITAL_GOVERNMENT)
        .polarity(source.draw(4) == 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER).rollup(rule).build();
  }

  private static Target target(Source source, int t, Indicator indicator) {
    Target.Builder target = Target.builder().code("T" + t).indicator(indicator).period(pick(source, TARGET_PERIODS));
    List<Scope> scopes = new ArrayList<>();
    for (Tier tier : TIERS) {
      if (scopes.isEmpty() || source.draw(2) > 0) {
        Threshold threshold = THRESHOLDS.generate(source);
        long shape = source.draw(9);
        if (shape == 0) {
          threshold = threshold.from(LocalDate.of(2025, 1, 15));
        } else if (shape == 1) {
          threshold = Threshold.builder().from(threshold).appliesTo(Threshold.AppliesTo.AVERAGE).build();
        }
        target.threshold(tier, threshold);
        scopes.add(Scope.of(tier));
      }
    }
    if (source.draw(3) == 0) {
      target.fallbackScope(pick(source, scopes));
    }
    return target.build();
  }

  private static Reading reading(Source source, Indicator indicator, Plan plan) {
    long shape = source.draw(15);
    if (shape < 5) {
      BigDecimal near = plan.targets().stream().filter(t -> t.indicator().equals(indicator)).findFirst()
          .map(t -> t.thresholds().values().iterator().next().bound()).orElse(new BigDecimal("50"));
      return indicator.measure() == Measure.PERCENT ? ChisoGen.sharesAround(near).generate(source)
          : Reading.decimal(near.add(BigDecimal.valueOf(source.draw(2) - 1)));
    }
    if (shape < 8) {
      long d = 1 + source.draw(500);
      return Reading.fraction(source.draw(d), d);
    }
    if (shape < 11) {
      return Reading.decimal(BigDecimal.valueOf(source.draw(20_000), (int) source.draw(3)));
    }
    if (shape == 11) {
      return Reading.text(TextStatus.IN_PROGRESS, "đang triển khai");
    }
    if (shape == 12) {
      long d = Long.MAX_VALUE - source.draw(10);
      return Reading.fraction(d - source.draw(1), d);
    }
    return Reading.decimal(pick(source, List.of(BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE),
        new BigDecimal("-92233720368.54775808"), BigDecimal.valueOf(-1))));
  }

  private static Case generate(Source source) {
    TierScheme scheme = source.draw(1) == 0 ? TierScheme.VIETNAM_2021_2025 : TierScheme.VIETNAM_FROM_2025_07_01;
    Hierarchy h = ChisoGen.hierarchies(scheme, 3, 3).generate(source);
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i <= source.draw(2); i++) {
      indicators.add(indicator(source, i));
    }
    List<Target> targets = new ArrayList<>();
    for (int t = 0; t <= source.draw(4); t++) {
      targets.add(target(source, t, pick(source, indicators)));
    }
    Plan plan = Plan.builder().number("P").kind(DocumentKind.PLAN).issuer("x")
        .jurisdiction(source.draw(3) == 0 ? Plan.COUNTRY : pick(source, h.roots()).code()).period(Period.year(2025))
        .addAllTargets(targets)
        .addAllReportedIndicators(indicators.stream().filter(i -> targets.stream().noneMatch(t -> t.indicator().equals(i))).toList())
        .build();
    List<Result> results = new ArrayList<>();
    boolean corrections = source.draw(2) == 0;
    for (AdminUnit unit : h.units()) {
      for (Indicator indicator : indicators) {
        for (Period period : ROW_PERIODS) {
          if (source.draw(2) == 0) {
            LocalDate asOf = source.draw(3) == 0 ? period.end().plusDays(source.draw(60)) : period.end();
            results.add(Result.builder().indicatorCode(indicator.code()).subjectCode(unit.code()).period(period)
                .asOf(asOf).reading(reading(source, indicator, plan)).build());
            if (corrections && source.draw(4) == 0) {
              results.add(Result.builder().indicatorCode(indicator.code()).subjectCode(unit.code()).period(period)
                  .asOf(asOf.plusDays(1 + source.draw(3))).reading(reading(source, indicator, plan)).build());
            }
          }
        }
      }
    }
    List<RollupSpec> specs = new ArrayList<>();
    for (Indicator indicator : indicators) {
      for (Period period : List.of(Period.month(2025, 1), Period.year(2024), Period.year(2025), Period.quarter(2025, 1))) {
        if (source.draw(2) == 0) {
          continue;
        }
        RollupSpec.Builder spec = RollupSpec.builder().indicator(indicator).period(period)
            .policy(pick(source, List.of(CoveragePolicy.SKIP_MISSING, CoveragePolicy.REQUIRE_ALL,
                CoveragePolicy.requireShare(Rational.of(1, 2)))));
        UnitRollup rule = source.draw(2) == 0 ? pick(source, List.of(UnitRollup.values())) : indicator.rollup().overUnits();
        spec.rule(rule).unitThreshold(THRESHOLDS.generate(source));
        if (rule == UnitRollup.WEIGHTED_MEAN) {
          for (AdminUnit unit : h.unitsOf(scheme.bottom())) {
            if (source.draw(9) > 0) {
              spec.putWeights(unit.code(), Rational.of(source.draw(5), 1 + source.draw(2)));
            }
          }
        }
        specs.add(spec.build());
      }
    }
    return new Case(h, plan, results, specs, 2 + (int) source.draw(4));
  }

  static final Gen<Case> CASES = SparkPropertiesTest::generate;

  @Test
  void sparkGivesTheBulkPathsVerdictsCellsAndRankings() {
    Property.forAll("spark = bulk", CASES).tries(8).shrinkBudget(10).verify(c -> {
      BulkResults bulk = BulkResults.builder(c.hierarchy(), c.indicators()).addAll(c.results()).build();
      CompiledPlan compiled = CompiledPlan.of(c.plan());
      BulkVerdicts verdicts = BulkCompliance.verdicts(bulk, compiled);
      for (int partitions : new int[] {1, c.partitions()}) {
        Context.forgetAll();
        ChisoSpark chiso = ChisoSpark.of(spark, c.plan(), c.hierarchy());
        Dataset<Row> rows = ResultRows.dataset(spark, c.results()).repartition(partitions);
        rowVerdictsAgree(c, chiso.verdicts(rows), bulk, verdicts);
        laggingAgrees(c, chiso.lagging(rows), bulk, verdicts);
        cellsAgree(c, chiso, rows, bulk, compiled);
      }
    });
  }

  private static void rowVerdictsAgree(Case c, Dataset<Row> spark, BulkResults bulk, BulkVerdicts verdicts) {
    List<String> expected = new ArrayList<>();
    for (int r = 0; r < bulk.size(); r++) {
      Result result = c.results().get(r);
      for (int s = 0; s < verdicts.slots(); s++) {
        int slot = s;
        int row = r;
        verdicts.target(r, s).ifPresent(t -> expected.add(String.join(" ", result.indicatorCode(), result.subjectCode(),
            result.period().toString(), result.asOf().toString(), t.code(), verdicts.status(row, slot).orElseThrow().name())));
      }
    }
    List<String> actual = spark.collectAsList().stream().map(r -> String.join(" ", r.getString(0), r.getString(1),
        r.getString(2), r.getDate(3).toLocalDate().toString(), r.getString(4), r.getString(5))).toList();
    assertThat(actual).as("row verdicts").containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void laggingAgrees(Case c, Dataset<Row> spark, BulkResults bulk, BulkVerdicts verdicts) {
    List<String> expected = new ArrayList<>();
    for (Target target : c.plan().targets()) {
      for (int p = 0; p < bulk.periods().size(); p++) {
        for (Tier tier : c.hierarchy().scheme().tiers()) {
          int rank = 0;
          for (Gap gap : BulkGaps.lagging(bulk, verdicts, target, p, Scope.of(tier))) {
            rank++;
            expected.add(String.join(" ", target.code(), bulk.periods().get(p).toString(), tier.key(),
                Integer.toString(rank), gap.subjectCode(), String.valueOf(gap.assessment().value().orElse(null)),
                String.valueOf(gap.required().orElse(null)), String.valueOf(gap.gap().orElse(null)),
                String.valueOf(gap.relativeGap().orElse(null)), String.valueOf(gap.distance().orElse(null)),
                String.valueOf(gap.shortfall().orElse(null))));
          }
        }
      }
    }
    List<String> actual = spark.collectAsList().stream().map(r -> String.join(" ", r.getString(0), r.getString(1),
        r.getString(2), Integer.toString(r.getInt(3)), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
        r.getString(8), r.getString(9), r.getString(10))).toList();
    assertThat(actual).as("lagging units").containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void cellsAgree(Case c, ChisoSpark chiso, Dataset<Row> rows, BulkResults bulk, CompiledPlan compiled) {
    List<RollupSpec> accepted = new ArrayList<>();
    List<Rollup> objects = new ArrayList<>();
    boolean checkedRefusal = false;
    for (RollupSpec spec : c.specs()) {
      try {
        objects.add(Rollups.overUnits(spec, c.hierarchy(), c.results()));
        accepted.add(spec);
      } catch (InvalidValueException refused) {
        if (checkedRefusal) {
          continue;
        }
        checkedRefusal = true;
        List<String> refusals = refusals(c, spec);
        assertThat(refusals).as("the object API's refusals of %s %s", spec.indicator().code(), spec.period())
            .contains(refused.getMessage());
        assertThatThrownBy(() -> chiso.rollups(rows, List.of(spec)).collectAsList())
            .as("refusal of %s %s", spec.indicator().code(), spec.period())
            .satisfies(e -> assertThat(causes(e)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(InvalidValueException.class).extracting(Throwable::getMessage).isIn(refusals)));
      }
    }
    BulkRollup rollup = BulkRollup.of(bulk, accepted, 1);
    BulkVerdicts verdicts = rollup.verdicts(compiled);
    Map<String, Row> cells = new HashMap<>();
    for (Row cell : chiso.rollups(rows, accepted).collectAsList()) {
      String key = cell.getString(0) + " " + cell.getString(2) + " " + cell.getString(3);
      assertThat(cells.put(key, cell)).as("one cell for %s", key).isNull();
    }
    List<AdminUnit> units = c.hierarchy().units();
    int expectedCells = 0;
    for (int s = 0; s < accepted.size(); s++) {
      RollupSpec spec = accepted.get(s);
      for (int u = 0; u < units.size(); u++) {
        if (!rollup.hasCells(u)) {
          continue;
        }
        expectedCells++;
        AdminUnit unit = units.get(u);
        String where = unit.code() + " " + spec.indicator().code() + " " + spec.period();
        Row cell = cells.get(where);
        assertThat(cell).as("cell %s", where).isNotNull();
        RollupCell object = objects.get(s).require(unit.code());
        assertThat(Optional.ofNullable(cell.getString(5))).as("value of %s", where)
            .isEqualTo(rollup.value(u, s).map(Rational::toString));
        assertThat(Optional.ofNullable(cell.getString(6))).as("numerator of %s", where)
            .isEqualTo(rollup.numerator(u, s).map(BigInteger::toString));
        assertThat(Optional.ofNullable(cell.getString(7))).as("denominator of %s", where)
            .isEqualTo(rollup.denominator(u, s).map(BigInteger::toString));
        assertThat(cell.getInt(8)).as("expected of %s", where).isEqualTo(rollup.expected(u));
        assertThat(cell.getInt(9)).as("reporting of %s", where).isEqualTo(rollup.reporting(u, s));
        assertThat(cell.getList(10)).as("missing of %s", where).isEqualTo(object.coverage().missing());
        assertThat(cell.getInt(11)).as("children of %s", where).isEqualTo(object.childCoverage().expected());
        assertThat(cell.getInt(12)).as("children reporting of %s", where).isEqualTo(object.childCoverage().reporting());
        assertThat(cell.getDate(13).toLocalDate()).as("as-of of %s", where).isEqualTo(rollup.asOf(u, s));
        assertThat(Optional.ofNullable(cell.getString(14))).as("reason of %s", where).isEqualTo(object.reason());
        List<String> expectedVerdicts = new ArrayList<>();
        for (int slot = 0; slot < verdicts.slots(); slot++) {
          int item = rollup.item(u, s);
          int at = slot;
          verdicts.target(item, slot).ifPresent(t -> expectedVerdicts.add(t.code() + " "
              + verdicts.status(item, at).orElseThrow().name()));
        }
        List<String> actualVerdicts = cell.<Row>getList(15).stream().map(v -> v.getString(0) + " " + v.getString(1)).toList();
        assertThat(actualVerdicts).as("verdicts of %s", where).isEqualTo(expectedVerdicts);
      }
    }
    assertThat(cells).as("cells").hasSize(expectedCells);
  }

  /** Each source unit's refusal of {@code spec} on its own results: a job may meet any of them first. */
  private static List<String> refusals(Case c, RollupSpec spec) {
    List<String> out = new ArrayList<>();
    for (AdminUnit unit : c.hierarchy().unitsOf(c.hierarchy().scheme().bottom())) {
      try {
        Rollups.overUnits(spec, c.hierarchy(), c.results().stream().filter(r -> r.subjectCode().equals(unit.code())).toList());
      } catch (InvalidValueException refused) {
        out.add(refused.getMessage());
      }
    }
    return out;
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> out = new ArrayList<>();
    for (Throwable t = e; t != null && !out.contains(t); t = t.getCause()) {
      out.add(t);
    }
    return out;
  }
}
