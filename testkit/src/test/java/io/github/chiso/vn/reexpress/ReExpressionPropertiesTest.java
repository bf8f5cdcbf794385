package io.github.chiso.vn.reexpress;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.RollupRule;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.Rollup;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.testkit.property.Source;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.lineage.Link;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Laws of re-expression over random hierarchies and random lineages (merges, splits, renames):
 * nothing is created or lost, whole merges are exact for every rule, estimates are flagged and
 * shared out fully, a one-to-one lineage changes nothing, and a lineage turned round twice is itself.
 *
 * <p>Mutations these laws were run against, each failing: apportioning each piece by rounding its
 * quota half-up instead of by largest remainder (conservation fails on splits); a weighted mean's
 * piece weight computed as weight plus share instead of weight times share (whole merges fail).
 */
class ReExpressionPropertiesTest {
  private static final Period YEAR = Period.year(2024);
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  /** Before: three or two tiers; after: two tiers. Links from every before-leaf to 1–3 after-leaves. */
  record Case(Lineage lineage, List<Result> results, Allocation allocation, UnitRollup rule) {}

  private static Indicator indicator(UnitRollup rule) {
    Measure measure = rule == UnitRollup.RATIO_OF_SUMS ? Measure.PERCENT : Measure.COUNT;
    RollupRule rollup = rule == UnitRollup.WEIGHTED_MEAN ? RollupRule.weightedMean("population", PeriodRollup.LAST)
        : RollupRule.of(rule, PeriodRollup.LAST);
    return Indicator.builder().code("X").nameVi("chỉ tiêu").measure(measure).area(Area.DIGITAL_SOCIETY).rollup(rollup).build();
  }

  private static Gen<Case> cases(List<UnitRollup> rules, boolean splits, boolean oneToOne) {
    Gen<Hierarchy> before = Gen.oneOf(ChisoGen.hierarchies(TierScheme.VIETNAM_2021_2025, 3, 3),
        ChisoGen.hierarchies(TierScheme.VIETNAM_FROM_2025_07_01, 3, 5));
    Gen<Hierarchy> after = ChisoGen.hierarchies(TierScheme.VIETNAM_FROM_2025_07_01, 3, 5);
    Gen<UnitRollup> rule = Gen.elements(rules);
    return source -> build(before.generate(source), after.generate(source), rule.generate(source), splits, oneToOne, source);
  }

  private static Case build(Hierarchy before, Hierarchy after, UnitRollup rule, boolean splits, boolean oneToOne,
      Source source) {
    List<AdminUnit> fromLeaves = leaves(before);
    List<AdminUnit> toLeaves = leaves(after);
    if (oneToOne && toLeaves.size() < fromLeaves.size()) {
      fromLeaves = fromLeaves.subList(0, toLeaves.size());
    }
    Set<String> linked = new HashSet<>();
    fromLeaves.forEach(leaf -> linked.add(leaf.code()));
    Lineage.Builder lineage = Lineage.builder(before, after, REFORM);
    Table<String, String, Rational> weights = HashBasedTable.create();
    boolean weighted = source.draw(1) == 1;
    for (int i = 0; i < fromLeaves.size(); i++) {
      String from = fromLeaves.get(i).code();
      List<String> targets = new ArrayList<>();
      if (oneToOne) {
        targets.add(toLeaves.get(i).code());
      } else {
        int count = splits && source.draw(2) == 0 ? 2 + (int) source.draw(1) : 1;
        for (int k = 0; k < count; k++) {
          String to = toLeaves.get((int) source.draw(toLeaves.size() - 1L)).code();
          if (!targets.contains(to)) {
            targets.add(to);
          }
        }
      }
      for (String to : targets) {
        lineage.link(from, to);
        weights.put(from, to, Rational.valueOf(1 + source.draw(5)));
      }
    }
    List<Result> results = new ArrayList<>();
    for (AdminUnit unit : before.unitsOf(before.scheme().bottom())) {
      if (!linked.contains(unit.code()) || source.draw(4) == 0) {
        continue;
      }
      Reading reading;
      if (rule == UnitRollup.RATIO_OF_SUMS) {
        long denominator = 1 + source.draw(500);
        reading = Reading.fraction(source.draw(denominator), denominator);
      } else {
        long sign = rule == UnitRollup.SUM && source.draw(5) == 0 ? -1 : 1;
        reading = Reading.decimal(BigDecimal.valueOf(sign * source.draw(1_000_000), (int) source.draw(3)));
      }
      results.add(Result.of("X", unit.code(), YEAR, reading));
    }
    Allocation allocation = weighted ? Allocation.weights(weights, "random weights") : Allocation.equalShares();
    return new Case(lineage.build(), results, allocation, rule);
  }

  private static List<AdminUnit> leaves(Hierarchy hierarchy) {
    List<AdminUnit> out = new ArrayList<>();
    for (AdminUnit unit : hierarchy.units()) {
      if (hierarchy.children(unit.code()).isEmpty()) {
        out.add(unit);
      }
    }
    return out;
  }

  private static RollupSpec spec(Case c) {
    RollupSpec.Builder spec = RollupSpec.builder().indicator(indicator(c.rule())).period(YEAR);
    if (c.rule() == UnitRollup.WEIGHTED_MEAN) {
      for (AdminUnit unit : c.lineage().before().units()) {
        spec.putWeights(unit.code(), Rational.valueOf(1 + Long.parseLong(unit.code()) % 7));
      }
    }
    return spec.build();
  }

  private static ReExpression reExpress(Case c) {
    return ReExpression.of(c.lineage(), spec(c), Tier.COMMUNE, c.allocation(), c.results());
  }

  private static Rational value(Result r) {
    return r.reading().value(Measure.COUNT).orElseThrow();
  }

  @Test
  void sumsAreConservedNationallyAndInEveryProvinceThatMergedWhole() {
    Property.forAll("sum conservation", cases(List.of(UnitRollup.SUM), true, false)).verify(c -> {
      ReExpression onNew = reExpress(c);
      Rational input = c.results().stream().map(ReExpressionPropertiesTest::value).reduce(Rational.ZERO, Rational::add);
      Rational output = Rational.ZERO;
      for (AdminUnit province : c.lineage().after().roots()) {
        output = output.add(onNew.require(province.code()).cell().value().orElse(Rational.ZERO));
      }
      for (Unplaced stray : onNew.unplaced()) {
        output = output.add(value(stray.result()));
      }
      assertThat(output).isEqualTo(input);

      Rollup old = Rollups.overUnits(spec(c), c.lineage().before(), c.results());
      for (AdminUnit province : c.lineage().after().roots()) {
        List<AdminUnit> predecessors = c.lineage().predecessors(province.code(), Tier.PROVINCE);
        boolean mergedWhole = !c.lineage().after().children(province.code()).isEmpty()
            && predecessors.stream().allMatch(p -> c.lineage().successors(p.code(), Tier.PROVINCE).equals(List.of(province)));
        if (mergedWhole && !predecessors.isEmpty()) {
          Rational constituents = predecessors.stream()
              .map(p -> old.require(p.code()).value().orElse(Rational.ZERO)).reduce(Rational.ZERO, Rational::add);
          assertThat(onNew.require(province.code()).cell().value().orElse(Rational.ZERO)).as(province.toString())
              .isEqualTo(constituents);
        }
      }
    });
  }

  @Test
  void ratioPartsAreConserved() {
    Property.forAll("ratio-of-sums parts", cases(List.of(UnitRollup.RATIO_OF_SUMS), true, false)).verify(c -> {
      ReExpression onNew = reExpress(c);
      BigInteger[] input = {BigInteger.ZERO, BigInteger.ZERO};
      for (Result r : c.results()) {
        Reading.Fraction f = (Reading.Fraction) r.reading();
        input[0] = input[0].add(BigInteger.valueOf(f.numerator()));
        input[1] = input[1].add(BigInteger.valueOf(f.denominator()));
      }
      BigInteger[] output = {BigInteger.ZERO, BigInteger.ZERO};
      for (AdminUnit province : c.lineage().after().roots()) {
        ReExpressedCell cell = onNew.require(province.code());
        output[0] = output[0].add(cell.cell().numerator().orElse(BigInteger.ZERO));
        output[1] = output[1].add(cell.cell().denominator().orElse(BigInteger.ZERO));
      }
      for (Unplaced stray : onNew.unplaced()) {
        Reading.Fraction f = (Reading.Fraction) stray.result().reading();
        output[0] = output[0].add(BigInteger.valueOf(f.numerator()));
        output[1] = output[1].add(BigInteger.valueOf(f.denominator()));
      }
      assertThat(output).isEqualTo(input);
    });
  }

  @Test
  void wholeMergesAreExactForEveryRule() {
    List<UnitRollup> rules = List.of(UnitRollup.SUM, UnitRollup.RATIO_OF_SUMS, UnitRollup.MEAN, UnitRollup.WEIGHTED_MEAN,
        UnitRollup.MIN, UnitRollup.MAX);
    Property.forAll("whole merges", cases(rules, false, false)).verify(c -> {
      ReExpression onNew = reExpress(c);
      RollupSpec spec = spec(c);
      Map<String, List<Result>> byTarget = new LinkedHashMap<>();
      for (Result r : c.results()) {
        List<AdminUnit> targets = c.lineage().successors(r.subjectCode(), Tier.COMMUNE);
        if (!targets.isEmpty()) {
          byTarget.computeIfAbsent(targets.get(0).code(), k -> new ArrayList<>()).add(r);
        }
      }
      for (ReExpressedCell cell : onNew.cells()) {
        assertThat(cell.estimated()).isFalse();
        if (!cell.unit().tier().equals(Tier.COMMUNE)) {
          continue;
        }
        List<Result> sources = byTarget.getOrDefault(cell.unit().code(), List.of());
        assertThat(cell.cell().value()).as("%s from %s", cell, sources).isEqualTo(expected(c.rule(), spec, sources));
      }
    });
  }

  /** The rule applied directly to the sources' values, exactly. */
  private static Optional<Rational> expected(UnitRollup rule, RollupSpec spec, List<Result> sources) {
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    Rational sum = Rational.ZERO;
    Rational weights = Rational.ZERO;
    Rational min = null;
    Rational max = null;
    long numerators = 0;
    long denominators = 0;
    for (Result r : sources) {
      Rational v = r.reading().value(spec.indicator().measure()).orElseThrow();
      Rational w = spec.weights().getOrDefault(r.subjectCode(), Rational.ONE);
      sum = sum.add(rule == UnitRollup.WEIGHTED_MEAN ? v.multiply(w) : v);
      weights = weights.add(w);
      min = min == null || v.compareTo(min) < 0 ? v : min;
      max = max == null || v.compareTo(max) > 0 ? v : max;
      if (r.reading() instanceof Reading.Fraction) {
        numerators += ((Reading.Fraction) r.reading()).numerator();
        denominators += ((Reading.Fraction) r.reading()).denominator();
      }
    }
    switch (rule) {
      case SUM:
        return Optional.of(sum);
      case RATIO_OF_SUMS:
        return Optional.of(Rational.HUNDRED.multiply(Rational.of(numerators, denominators)));
      case MEAN:
        return Optional.of(sum.divide(Rational.valueOf(sources.size())));
      case WEIGHTED_MEAN:
        return Optional.of(sum.divide(weights));
      case MIN:
        return Optional.of(min);
      default:
        return Optional.of(max);
    }
  }

  @Test
  void estimatesAreFlaggedAndShareTheirSourceOutFully() {
    Property.forAll("divided sources", cases(List.of(UnitRollup.SUM), true, false)).verify(c -> {
      ReExpression onNew = reExpress(c);
      Map<Result, Rational> shares = new HashMap<>();
      Map<Result, Rational> pieces = new HashMap<>();
      for (ReExpressedCell cell : onNew.cells()) {
        if (!cell.unit().tier().equals(Tier.COMMUNE)) {
          continue;
        }
        for (Contribution contribution : cell.contributions()) {
          boolean divided = c.lineage().successors(contribution.source().subjectCode(), Tier.COMMUNE).size() > 1;
          assertThat(contribution.estimated()).isEqualTo(divided);
          if (divided) {
            assertThat(cell.estimated()).isTrue();
          }
          shares.merge(contribution.source(), contribution.share(), Rational::add);
          Rational piece = contribution.reading().map(r -> r.value(Measure.COUNT).orElseThrow()).orElseThrow();
          pieces.merge(contribution.source(), piece, Rational::add);
          BigDecimal unit = BigDecimal.ONE.movePointLeft(((Reading.Decimal) contribution.source().reading()).decimal().scale());
          Rational quota = value(contribution.source()).multiply(contribution.share());
          assertThat(piece.subtract(quota).abs()).isLessThan(Rational.valueOf(unit));
        }
      }
      for (ReExpressedCell cell : onNew.cells()) {
        assertThat(cell.estimated()).isEqualTo(cell.contributions().stream().anyMatch(Contribution::estimated));
      }
      shares.forEach((source, total) -> assertThat(total).as(source.toString()).isEqualTo(Rational.ONE));
      pieces.forEach((source, total) -> assertThat(total).as(source.toString()).isEqualTo(value(source)));
    });
  }

  @Test
  void aOneToOneLineageChangesNothing() {
    List<UnitRollup> rules = List.of(UnitRollup.SUM, UnitRollup.RATIO_OF_SUMS, UnitRollup.MEAN, UnitRollup.MIN);
    Property.forAll("renames", cases(rules, false, true)).verify(c -> {
      ReExpression onNew = reExpress(c);
      for (Result source : c.results()) {
        String target = c.lineage().successors(source.subjectCode()).get(0).toCode();
        Optional<AdminUnit> atCommune = Lineage.at(c.lineage().after(), target, Tier.COMMUNE);
        if (atCommune.isEmpty()) {
          continue;
        }
        Result moved = onNew.result(target).orElseThrow();
        Measure measure = spec(c).indicator().measure();
        assertThat(moved.reading().value(measure)).isEqualTo(source.reading().value(measure));
        assertThat(moved.subjectCode()).isEqualTo(target);
        assertThat(moved.note().orElseThrow()).isEqualTo("re-expressed from " + source.subjectCode() + " " + YEAR);
      }
    });
  }

  @Test
  void aLineageTurnedRoundTwiceIsItself() {
    Property.forAll("inverse", cases(List.of(UnitRollup.SUM), true, false)).verify(c -> {
      Lineage back = c.lineage().inverse();
      assertThat(back.inverse().links()).isEqualTo(c.lineage().links());
      for (Link link : c.lineage().links()) {
        assertThat(back.predecessors(link.fromCode())).extracting(Link::fromCode).contains(link.toCode());
        assertThat(c.lineage().predecessors(link.toCode())).contains(link);
      }
    });
  }
}
