package io.github.chiso.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.Comparator;
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
import io.github.chiso.testkit.ChisoFixtures;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.testkit.property.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One kernel, two shapes of data: on random plans with several targets per indicator (different
 * periods, phase-in dates, scopes with and without fallback, averages, changes against a fixed or
 * the year-earlier reference), results over several years
 * (rows outside every target's period, text rows, missing units, extreme values), every unit and
 * period rule and every coverage policy, both tier schemes and random parallelism, every verdict,
 * value, coverage and ranking of the bulk path equals the object API's. The expected answers are
 * computed from the object API alone, with the applicability rule restated here from its contract.
 */
class BulkPropertiesTest {
  private static final List<Period> ROW_PERIODS = List.of(Period.year(2023), Period.month(2024, 6),
      Period.month(2024, 12), Period.month(2025, 1), Period.month(2025, 2), Period.quarter(2025, 1), Period.year(2025));
  private static final List<Period> TARGET_PERIODS = List.of(Period.year(2024), Period.year(2025),
      Period.quarter(2025, 1), Period.range(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
  private static final List<Tier> TIERS = List.of(Tier.PROVINCE, Tier.DISTRICT, Tier.COMMUNE);

  record Case(Hierarchy hierarchy, List<Indicator> indicators, Plan plan, List<Result> results,
      List<RollupSpec> specs, int threads) {
    @Override
    public String toString() {
      return "Case{" + hierarchy + ", indicators " + indicators + ", targets " + plan.targets() + ", "
          + results.size() + " results " + results + ", specs " + specs.stream().map(s -> s.indicator().code() + " "
          + s.period() + " " + s.rule() + " " + s.policy()).toList() + ", threads " + threads + "}";
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

  private static final Gen<Threshold> THRESHOLDS = ChisoGen.thresholds(ChisoGen.nonNegativeDecimals(new BigDecimal("100"), 2));

  /** Bounds on a change's amount, near zero where the amounts of values near one bound fall. */
  private static final Gen<Threshold> CHANGE_THRESHOLDS = ChisoGen.thresholds(ChisoGen.decimals(1, 1));

  private static Target target(Source source, int t, Indicator indicator) {
    Period period = pick(source, TARGET_PERIODS);
    Target.Builder target = Target.builder().code("T" + t).indicator(indicator).period(period);
    boolean onChange = source.draw(3) == 0;
    if (onChange) {
      target.change(ChisoGen.changes(indicator.measure(), period).generate(source));
    }
    List<Scope> scopes = new ArrayList<>();
    for (Tier tier : TIERS) {
      if (scopes.isEmpty() || source.draw(2) > 0) {
        Threshold threshold = (onChange ? CHANGE_THRESHOLDS : THRESHOLDS).generate(source);
        long shape = source.draw(9);
        if (shape == 0) {
          threshold = threshold.from(LocalDate.of(2025, 1, 15));
        } else if (shape == 1 && !onChange) {
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
        .jurisdiction(source.draw(3) == 0 ? Plan.COUNTRY : pick(source, h.roots()).code()).period(Period.year(2025)).addAllTargets(targets)
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
                  .asOf(asOf).reading(reading(source, indicator, plan)).build());
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
    return new Case(h, indicators, plan, results, specs, 1 + (int) source.draw(15));
  }

  private static final Gen<Case> CASES = BulkPropertiesTest::generate;

  /** The contract of {@link CompiledPlan#targetsFor}, restated: what the object API's plan assessment judges. */
  private static boolean applies(Target target, Hierarchy h, Plan plan, AdminUnit unit, String indicator, Period period) {
    return target.indicator().code().equals(indicator) && target.period().contains(period)
        && (plan.jurisdiction().equals(Plan.COUNTRY) || h.isWithin(unit.code(), plan.jurisdiction()))
        && target.thresholdFor(unit).map(t -> t.appliesTo() == Threshold.AppliesTo.EACH).orElse(false);
  }

  /**
   * The object API's assessment of {@code result} against {@code target}: for a target on a change,
   * with the reference result the plan's assessment picks, restated from its contract (the unit's
   * latest result on the indicator within the reference period, by as-of date then period, the first
   * on a tie).
   */
  private static io.github.chiso.compliance.Assessment expected(Case c, Target target, AdminUnit unit, Result result) {
    if (target.change().isEmpty()) {
      return Compliance.assess(target, unit, result);
    }
    Period against = target.change().get().referenceFor(result.period());
    Result reference = null;
    for (Result candidate : c.results()) {
      if (candidate.subjectCode().equals(result.subjectCode()) && candidate.indicatorCode().equals(result.indicatorCode())
          && against.contains(candidate.period()) && (reference == null || candidate.asOf().isAfter(reference.asOf())
              || candidate.asOf().equals(reference.asOf()) && candidate.period().compareTo(reference.period()) > 0)) {
        reference = candidate;
      }
    }
    return reference == null ? Compliance.assess(target, unit, result) : Compliance.assess(target, unit, result, reference);
  }

  private static BulkResults columns(Case c) {
    return BulkResults.builder(c.hierarchy(), c.indicators()).addAll(c.results()).build();
  }

  @Test
  void everyRowHasTheObjectApisVerdictForEveryTargetThatApplies() {
    Property.forAll("bulk row verdicts = object verdicts", CASES).tries(300).verify(BulkPropertiesTest::rowsAgree);
  }

  private static void rowsAgree(Case c) {
    BulkResults bulk = columns(c);
    CompiledPlan compiled = CompiledPlan.of(c.plan());
    BulkVerdicts verdicts = BulkCompliance.verdicts(bulk, compiled, c.threads());
    for (int r = 0; r < bulk.size(); r++) {
      Result result = c.results().get(r);
      AdminUnit unit = c.hierarchy().unit(result.subjectCode()).orElseThrow();
      List<Target> expected = new ArrayList<>();
      for (Target target : c.plan().targets()) {
        if (applies(target, c.hierarchy(), c.plan(), unit, result.indicatorCode(), result.period())) {
          expected.add(target);
          Status status = expected(c, target, unit, result).status();
          assertThat(verdicts.status(r, target)).as("%s against %s", result, target).contains(status);
          if (target.change().isEmpty()) {
            assertThat(compiled.status(target, unit, result)).as("verdict-only %s against %s", result, target)
                .isEqualTo(status);
          }
        } else {
          assertThat(verdicts.status(r, target)).as("%s against %s, which does not apply", result, target).isEmpty();
        }
      }
      for (int s = 0; s < verdicts.slots(); s++) {
        assertThat(verdicts.target(r, s)).as("slot %s of %s", s, result)
            .isEqualTo(s < expected.size() ? Optional.of(expected.get(s)) : Optional.empty());
      }
    }
  }

  @Test
  void everyCellHasTheObjectApisValueCoverageAndVerdicts() {
    Property.forAll("bulk rollups = object rollups", CASES).tries(300).verify(BulkPropertiesTest::cellsAgree);
  }

  private static void cellsAgree(Case c) {
    BulkResults bulk = columns(c);
    List<RollupSpec> accepted = new ArrayList<>();
    List<Rollup> expected = new ArrayList<>();
    for (RollupSpec spec : c.specs()) {
      try {
        expected.add(Rollups.overUnits(spec, c.hierarchy(), c.results()));
        accepted.add(spec);
      } catch (InvalidValueException refused) {
        assertThatThrownBy(() -> BulkRollup.of(bulk, List.of(spec), c.threads()))
            .as("refusal of %s %s", spec.indicator().code(), spec.period())
            .isInstanceOf(InvalidValueException.class).hasMessage(refused.getMessage());
      }
    }
    BulkRollup rollup = BulkRollup.of(bulk, accepted, c.threads());
    CompiledPlan compiled = CompiledPlan.of(c.plan());
    BulkVerdicts verdicts = rollup.verdicts(compiled, c.threads());
    List<AdminUnit> units = c.hierarchy().units();
    int sourceLevel = c.hierarchy().scheme().tiers().size() - 1;
    for (int s = 0; s < accepted.size(); s++) {
      RollupSpec spec = accepted.get(s);
      for (int u = 0; u < units.size(); u++) {
        AdminUnit unit = units.get(u);
        if (c.hierarchy().scheme().levelOf(unit.tier()) == sourceLevel) {
          assertThat(rollup.hasCells(u)).isFalse();
          continue;
        }
        RollupCell cell = expected.get(s).require(unit.code());
        String where = unit.code() + " " + spec.indicator().code() + " " + spec.period() + " " + spec.rule();
        assertThat(rollup.value(u, s)).as("value of %s", where).isEqualTo(cell.value());
        assertThat(rollup.reporting(u, s)).as("reporting of %s", where).isEqualTo(cell.coverage().reporting());
        assertThat(rollup.expected(u)).as("expected of %s", where).isEqualTo(cell.coverage().expected());
        assertThat(rollup.asOf(u, s)).as("as-of of %s", where).isEqualTo(cell.asOf());
        assertThat(rollup.numerator(u, s)).as("numerator of %s", where).isEqualTo(cell.numerator());
        assertThat(rollup.denominator(u, s)).as("denominator of %s", where).isEqualTo(cell.denominator());
        for (Target target : c.plan().targets()) {
          Optional<Status> status = verdicts.status(rollup.item(u, s), target);
          if (applies(target, c.hierarchy(), c.plan(), unit, spec.indicator().code(), spec.period())) {
            assertThat(status).as("verdict of %s against %s", where, target)
                .contains(Rollups.assess(target, unit, cell).status());
          } else {
            assertThat(status).as("verdict of %s against %s, which does not apply", where, target).isEmpty();
          }
        }
      }
    }
  }

  @Test
  void answersDoNotDependOnTheNumberOfThreads() {
    Property.forAll("any threads = one thread", CASES).tries(150).verify(c -> {
      BulkResults bulk = columns(c);
      CompiledPlan compiled = CompiledPlan.of(c.plan());
      BulkVerdicts one = BulkCompliance.verdicts(bulk, compiled, 1);
      BulkVerdicts many = BulkCompliance.verdicts(bulk, compiled, c.threads(), new byte[bulk.size() * 4]);
      for (int r = 0; r < bulk.size(); r++) {
        for (int s = 0; s < one.slots(); s++) {
          assertThat(many.code(r, s)).isEqualTo(one.code(r, s));
        }
      }
      String single;
      try {
        single = describe(BulkRollup.of(bulk, c.specs(), 1), compiled);
      } catch (InvalidValueException refused) {
        assertThatThrownBy(() -> BulkRollup.of(bulk, c.specs(), c.threads()))
            .isInstanceOf(InvalidValueException.class).hasMessage(refused.getMessage());
        return;
      }
      assertThat(describe(BulkRollup.of(bulk, c.specs(), c.threads()), compiled)).isEqualTo(single);
    });
  }

  private static String describe(BulkRollup rollup, CompiledPlan plan) {
    return describe(rollup, rollup.verdicts(plan, 3));
  }

  private static String describe(BulkRollup rollup, BulkVerdicts verdicts) {
    StringBuilder out = new StringBuilder();
    for (int u = 0; u < rollup.results().hierarchy().units().size(); u++) {
      if (rollup.hasCells(u)) {
        for (int s = 0; s < rollup.specs().size(); s++) {
          out.append(rollup.value(u, s)).append(rollup.reporting(u, s)).append(rollup.asOf(u, s));
          for (int slot = 0; slot < verdicts.slots(); slot++) {
            out.append(verdicts.code(rollup.item(u, s), slot));
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  @Test
  void laggingUnitsAreTheObjectApisInItsOrder() {
    Property.forAll("bulk lagging = object lagging", CASES).tries(150).verify(c -> {
      BulkResults bulk = columns(c);
      BulkVerdicts verdicts = BulkCompliance.verdicts(bulk, CompiledPlan.of(c.plan()), c.threads());
      for (Target target : c.plan().targets()) {
        for (int p = 0; p < bulk.periods().size(); p++) {
          Period period = bulk.periods().get(p);
          for (Tier tier : c.hierarchy().scheme().tiers()) {
            List<Gap> gaps = new ArrayList<>();
            for (Result result : c.results()) {
              AdminUnit unit = c.hierarchy().unit(result.subjectCode()).orElseThrow();
              if (result.period().equals(period) && applies(target, c.hierarchy(), c.plan(), unit, result.indicatorCode(), period)) {
                gaps.add(Gaps.of(expected(c, target, unit, result)));
              }
            }
            assertThat(BulkGaps.lagging(bulk, verdicts, target, p, Scope.of(tier)))
                .as("%s %s %s", target.code(), period, tier).isEqualTo(Gaps.lagging(gaps, Scope.of(tier)));
          }
        }
      }
    });
  }

  /**
   * Seed 002 sets two targets on the schools' digital governance for 2025 (XH-11 at 40% and NV-GD
   * at 70%): a 2025 result of 50 meets one and not the other, and a 2019 result is judged by neither.
   */
  @Test
  void seed002TwoTargetsOnOneIndicatorAreBothJudged() {
    Plan plan = ChisoFixtures.dongNai2025Plan();
    Hierarchy dongNai = ChisoFixtures.dongNaiHierarchy();
    List<Result> results = List.of(Result.of("XH-11", "75", Period.year(2025), Reading.decimal("50")),
        Result.of("XH-11", "75", Period.year(2019), Reading.decimal("10")));
    BulkResults bulk = BulkResults.builder(dongNai, List.copyOf(plan.indicators().values())).addAll(results).build();
    BulkVerdicts verdicts = BulkCompliance.verdicts(bulk, CompiledPlan.of(plan));
    Target xh11 = plan.target("XH-11").orElseThrow();
    Target nvgd = plan.target("NV-GD").orElseThrow();
    assertThat(verdicts.status(0, xh11)).contains(Status.MET);
    assertThat(verdicts.status(0, nvgd)).contains(Status.NOT_MET);
    assertThat(verdicts.status(1, xh11)).isEmpty();
    assertThat(verdicts.status(1, nvgd)).isEmpty();
    assertThat(Compliance.assess(plan, dongNai, results).stream()
        .filter(a -> a.subjectCode().equals("75") && a.indicator().code().equals("XH-11"))
        .map(a -> a.targetCode() + " " + a.status())).containsExactly("XH-11 MET", "NV-GD NOT_MET");
  }

  /** Long.MIN_VALUE against "≥ 80": NOT_MET on both paths (it was MET in bulk when a guard took Math.abs). */
  @Test
  void extremeValuesAreJudgedExactly() {
    Hierarchy h = ChisoFixtures.dongNaiHierarchy();
    Indicator count = Indicator.of("C", "số", Measure.COUNT, Area.DIGITAL_SOCIETY);
    Target target = Target.builder().code("T").indicator(count).period(Period.year(2025))
        .threshold(Tier.PROVINCE, Threshold.of(Comparator.AT_LEAST, new BigDecimal("80"))).build();
    Plan plan = Plan.builder().number("P").kind(DocumentKind.PLAN).issuer("x").jurisdiction("75")
        .period(Period.year(2025)).addTargets(target).build();
    List<Result> results = new ArrayList<>();
    for (String value : List.of("-9223372036854775808", "-92233720368.54775808", "9223372036854775807", "79.99999999999999999", "80")) {
      results.add(Result.of("C", "75", Period.year(2025), Reading.decimal(value)));
    }
    BulkVerdicts verdicts = BulkCompliance.verdicts(
        BulkResults.builder(h, List.of(count)).addAll(results).build(), CompiledPlan.of(plan));
    List<Status> expected = List.of(Status.NOT_MET, Status.NOT_MET, Status.MET, Status.NOT_MET, Status.MET);
    for (int r = 0; r < results.size(); r++) {
      assertThat(Compliance.assess(target, h.unit("75").orElseThrow(), results.get(r)).status()).isEqualTo(expected.get(r));
      assertThat(verdicts.status(r, target)).as("%s", results.get(r)).contains(expected.get(r));
    }
  }

  /** A sum over [0, −1, Long.MAX_VALUE, 1] is exact with one thread or many: it leaves 64 bits only in passing. */
  @Test
  void sumsThatLeaveSixtyFourBitsAreExactWhateverTheSplit() {
    Hierarchy h = ChisoGen.hierarchies(TierScheme.VIETNAM_FROM_2025_07_01, 2, 3)
        .filter(x -> x.unitsOf(Tier.COMMUNE).size() >= 4).generate(Source.random(new java.util.SplittableRandom(3), 50));
    Indicator count = Indicator.of("C", "số", Measure.COUNT, Area.DIGITAL_SOCIETY);
    List<AdminUnit> communes = h.unitsOf(Tier.COMMUNE);
    long[] values = {0, -1, Long.MAX_VALUE, 1};
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < communes.size(); i++) {
      results.add(Result.of("C", communes.get(i).code(), Period.year(2025), Reading.decimal(BigDecimal.valueOf(values[i % 4]))));
    }
    BulkResults bulk = BulkResults.builder(h, List.of(count)).addAll(results).build();
    Rollup objects = Rollups.overUnits(RollupSpec.of(count, Period.year(2025)), h, results);
    for (int threads : new int[] {1, 2, 16}) {
      BulkRollup rollup = BulkRollup.of(bulk, threads);
      for (int u = 0; u < h.units().size(); u++) {
        if (rollup.hasCells(u)) {
          assertThat(rollup.value(u, 0)).isEqualTo(objects.require(h.units().get(u).code()).value());
        }
      }
    }
  }

  @Test
  void badArgumentsAreRefusedWithTheLibrarysException() {
    Hierarchy h = ChisoFixtures.dongNaiHierarchy();
    Plan plan = ChisoFixtures.dongNai2025Plan();
    BulkResults empty = BulkResults.builder(h, List.copyOf(plan.indicators().values())).build();
    assertThatThrownBy(() -> BulkCompliance.verdicts(empty, CompiledPlan.of(plan), 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("threads").hasMessageContaining("0");
    assertThatThrownBy(() -> BulkRollup.of(empty, 0)).isInstanceOf(InvalidValueException.class);
    Plan elsewhere = Plan.builder().from(plan).jurisdiction("01").build();
    assertThatThrownBy(() -> BulkCompliance.verdicts(empty, CompiledPlan.of(elsewhere)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("jurisdiction '01'");
    RollupSpec communes = RollupSpec.of(plan.targets().get(0).indicator(), Period.year(2025));
    RollupSpec districts = RollupSpec.builder().from(communes).sourceTier(Tier.DISTRICT).build();
    assertThatThrownBy(() -> BulkRollup.of(empty, List.of(communes, districts), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("same source tier")
        .hasMessageContaining("'commune'").hasMessageContaining("'district'");
    BulkRollup rollup = BulkRollup.of(empty, List.of(communes), 1);
    int commune = h.units().indexOf(h.unitsOf(Tier.COMMUNE).get(0));
    assertThatThrownBy(() -> rollup.value(commune, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(h.units().get(commune).code()).hasMessageContaining("no rollup");
    assertThatThrownBy(() -> rollup.value(0, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("spec index 1");
    BulkVerdicts verdicts = BulkCompliance.verdicts(empty, CompiledPlan.of(plan));
    assertThatThrownBy(() -> verdicts.status(0, plan.targets().get(0))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("item 0");
    assertThatThrownBy(() -> BulkGaps.lagging(BulkResults.builder(h, List.copyOf(plan.indicators().values()))
        .add(Result.of("XH-11", "75", Period.year(2025), Reading.decimal("1"))).build(), verdicts,
        plan.targets().get(0), 0, Scope.of(Tier.PROVINCE)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("1 rows, 0 verdicts");
  }

  @Test
  void thirtyTwoBytesARow() {
    Property.forAll("resident bytes", CASES).tries(30).verify(c -> {
      BulkResults bulk = columns(c);
      assertThat(bulk.bytes()).isEqualTo((long) BulkResults.BYTES_PER_RESULT * bulk.size()).isEqualTo(32L * bulk.size());
    });
  }
}
