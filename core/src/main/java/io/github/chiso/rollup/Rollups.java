package io.github.chiso.rollup;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Change;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.UnitRollup;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rolls results up a hierarchy, or over a group of bodies, and judges the rolled-up values.
 *
 * <p>For each source unit, its results on the indicator whose periods lie within the spec's period
 * are first combined over time by the indicator's {@link PeriodRollup}: LAST takes the latest (by
 * as-of date, then period), SUM adds values (and parts, when every result has them), MEAN averages
 * values. SUM and MEAN refuse overlapping periods, which would count a month twice. Text-only results
 * give no number, so their unit counts as missing. Each unit above the source tier then accumulates
 * every source unit below it with the rule's {@link Aggregator}.
 *
 * @since 0.1.0
 */
public final class Rollups {
  private Rollups() {}

  /**
   * Rolls {@code results} up {@code hierarchy} as {@code spec} says: a cell for every unit at or
   * above the source tier.
   *
   * @throws io.github.chiso.InvalidValueException if the source tier is not in the hierarchy's
   *     scheme, a weighted mean lacks a unit's weight, or results to be summed overlap in time
   */
  public static Rollup overUnits(RollupSpec spec, Hierarchy hierarchy, Collection<Result> results) {
    Tier sourceTier = spec.sourceTier().orElse(hierarchy.scheme().bottom());
    int sourceLevel = hierarchy.scheme().levelOf(sourceTier);
    Aggregator<Tally> aggregator = Aggregators.forRule(spec.rule(), spec.indicator().measure());
    ListMultimap<String, Result> bySubject = resultsBySubject(spec, results);

    Map<String, Tally> tallies = new HashMap<>();
    Map<String, LocalDate> asOf = new HashMap<>();
    Map<String, List<String>> missing = new HashMap<>();
    Map<String, Integer> expected = new HashMap<>();
    List<AdminUnit> units = hierarchy.units();
    for (int i = units.size() - 1; i >= 0; i--) {
      AdminUnit unit = units.get(i);
      int level = hierarchy.scheme().levelOf(unit.tier());
      if (level > sourceLevel) {
        continue;
      }
      if (level == sourceLevel) {
        Optional<Source> source = source(spec, unit.code(), bySubject.get(unit.code()));
        tallies.put(unit.code(), source.map(s -> aggregator.lift(s.observation)).orElse(aggregator.identity()));
        source.ifPresent(s -> asOf.put(unit.code(), s.asOf));
        missing.put(unit.code(), source.isPresent() ? List.of() : List.of(unit.code()));
        expected.put(unit.code(), 1);
      } else {
        Tally tally = aggregator.identity();
        List<String> missingBelow = new ArrayList<>();
        int expectedBelow = 0;
        LocalDate latest = null;
        for (AdminUnit child : hierarchy.children(unit.code())) {
          tally = aggregator.combine(tally, tallies.get(child.code()));
          missingBelow.addAll(missing.get(child.code()));
          expectedBelow += expected.get(child.code());
          LocalDate childAsOf = asOf.get(child.code());
          if (childAsOf != null && (latest == null || childAsOf.isAfter(latest))) {
            latest = childAsOf;
          }
        }
        tallies.put(unit.code(), tally);
        missing.put(unit.code(), missingBelow);
        expected.put(unit.code(), expectedBelow);
        if (latest != null) {
          asOf.put(unit.code(), latest);
        }
      }
    }

    ImmutableMap.Builder<String, RollupCell> cells = ImmutableMap.builder();
    for (AdminUnit unit : units) {
      if (!tallies.containsKey(unit.code())) {
        continue;
      }
      List<String> missingHere = missing.get(unit.code());
      Coverage coverage =
          Coverage.of(expected.get(unit.code()), expected.get(unit.code()) - missingHere.size(), missingHere);
      List<String> silentChildren = new ArrayList<>();
      List<AdminUnit> children =
          hierarchy.scheme().levelOf(unit.tier()) < sourceLevel ? hierarchy.children(unit.code()) : List.of();
      for (AdminUnit child : children) {
        if (tallies.get(child.code()).count() == 0) {
          silentChildren.add(child.code());
        }
      }
      Coverage childCoverage =
          Coverage.of(children.size(), children.size() - silentChildren.size(), silentChildren);
      cells.put(
          unit.code(),
          cell(spec, aggregator, unit.code(), unit.scope(), tallies.get(unit.code()), coverage, childCoverage,
              asOf.getOrDefault(unit.code(), spec.period().end())));
    }
    return Rollup.of(spec, cells.buildOrThrow());
  }

  /**
   * Rolls up the bodies of {@code kind} whose jurisdiction is {@code jurisdiction} into one cell, as
   * for "provincial departments average at least 80%". The cell's code is the jurisdiction's and its
   * scope the body kind's.
   */
  public static RollupCell overBodies(
      RollupSpec spec, Hierarchy hierarchy, BodyKind kind, String jurisdiction, Collection<Result> results) {
    Aggregator<Tally> aggregator = Aggregators.forRule(spec.rule(), spec.indicator().measure());
    ListMultimap<String, Result> bySubject = resultsBySubject(spec, results);
    Tally tally = aggregator.identity();
    List<String> missing = new ArrayList<>();
    LocalDate latest = spec.period().end();
    boolean any = false;
    List<Body> bodies = new ArrayList<>();
    for (Body body : hierarchy.bodiesOf(kind)) {
      if (hierarchy.isWithin(body.jurisdiction(), jurisdiction)) {
        bodies.add(body);
      }
    }
    for (Body body : bodies) {
      Optional<Source> source = source(spec, body.code(), bySubject.get(body.code()));
      if (source.isEmpty()) {
        missing.add(body.code());
        continue;
      }
      tally = aggregator.combine(tally, aggregator.lift(source.get().observation));
      if (!any || source.get().asOf.isAfter(latest)) {
        latest = source.get().asOf;
      }
      any = true;
    }
    Coverage coverage = Coverage.of(bodies.size(), bodies.size() - missing.size(), missing);
    return cell(spec, aggregator, jurisdiction, Scope.of(kind), tally, coverage, coverage, latest);
  }

  /**
   * Judges every cell of {@code rollup} whose scope has a threshold in {@code target}: a cell with a
   * value is judged exactly as of its latest input; a cell with nothing reported is NO_DATA; a cell
   * whose value the policy withheld is NOT_EVALUABLE with the reason.
   */
  public static ImmutableList<Assessment> assess(Target target, Rollup rollup, Hierarchy hierarchy) {
    ImmutableList.Builder<Assessment> out = ImmutableList.builder();
    for (RollupCell cell : rollup.list()) {
      Subject unit = hierarchy.unit(cell.code()).orElseThrow();
      if (target.thresholdFor(unit).isPresent()) {
        out.add(assess(target, unit, cell));
      }
    }
    return out.build();
  }

  /**
   * Judges every cell of {@code rollup} whose scope has a threshold in {@code target}, a target on a
   * change, against the same unit's cell of {@code reference}, the rollup of the reference period:
   * as {@link #assess(Target, Subject, RollupCell, RollupCell)}; a unit without a reference cell is
   * judged as {@link #assess(Target, Subject, RollupCell)} judges one cell.
   *
   * @throws io.github.chiso.InvalidValueException as {@link #assess(Target, Subject, RollupCell,
   *     RollupCell)} does
   * @since 0.2.0
   */
  public static ImmutableList<Assessment> assess(Target target, Rollup rollup, Rollup reference, Hierarchy hierarchy) {
    ImmutableList.Builder<Assessment> out = ImmutableList.builder();
    for (RollupCell cell : rollup.list()) {
      Subject unit = hierarchy.unit(cell.code()).orElseThrow();
      if (target.thresholdFor(unit).isPresent()) {
        RollupCell before = reference.cells().get(cell.code());
        out.add(before == null ? assess(target, unit, cell) : assess(target, unit, cell, before));
      }
    }
    return out.build();
  }

  /** Judges one rollup cell for {@code subject} against {@code target}. */
  public static Assessment assess(Target target, Subject subject, RollupCell cell) {
    if (cell.value().isPresent()) {
      Assessment judged = Compliance.judge(target, subject, cell.value().get(), cell.period(), cell.asOf());
      if (cell.numerator().isEmpty()) {
        return judged;
      }
      return Assessment.builder()
          .from(judged)
          .numerator(cell.numerator().get())
          .denominator(cell.denominator().orElseThrow())
          .build();
    }
    if (cell.coverage().reporting() == 0) {
      return Compliance.noData(target, subject);
    }
    return Compliance.notEvaluable(
        target, subject, cell.period(), cell.asOf(), cell.reason().orElse("no rolled-up value"));
  }

  /**
   * Judges the change from the cell {@code reference} of the reference period to {@code cell} for
   * {@code subject} against {@code target}, a target on a change: both rolled-up values go to {@link
   * Compliance#judgeChange}. A cell with nothing reported is NO_DATA; a withheld cell, or a reference
   * cell without a value, is NOT_EVALUABLE with the reason. ({@link #assess(Target, Subject,
   * RollupCell)} alone judges a change target NOT_EVALUABLE, naming the reference period it needs.)
   *
   * @throws io.github.chiso.InvalidValueException if the target is not on a change, or the reference
   *     cell's period is not within the period the change compares the cell's with
   * @since 0.2.0
   */
  public static Assessment assess(Target target, Subject subject, RollupCell cell, RollupCell reference) {
    Change change = target.change().orElseThrow(() -> Check.invalid(
        "target %s is not on a change: it judges one cell, not a reference", target.code()));
    change.requireReference(cell.period(), reference.period(), "target " + target.code() + ": the reference cell");
    if (cell.value().isEmpty()) {
      return assess(target, subject, cell);
    }
    if (reference.value().isPresent()) {
      return Compliance.judgeChange(target, subject, cell.value().get(), cell.period(), cell.asOf(), reference.value().get());
    }
    return Compliance.notEvaluable(target, subject, cell.period(), cell.asOf(), "the rolled-up cell for the reference period "
        + reference.period() + " has no value: " + reference.reason().orElse("nothing reported"));
  }

  /** A group of bodies as a subject, for judging an {@link #overBodies} cell. */
  public static Subject bodyGroup(String jurisdiction, BodyKind kind) {
    return io.github.chiso.hierarchy.Group.of(jurisdiction, Scope.of(kind));
  }

  private static RollupCell cell(
      RollupSpec spec,
      Aggregator<Tally> aggregator,
      String code,
      Scope scope,
      Tally tally,
      Coverage coverage,
      Coverage childCoverage,
      LocalDate asOf) {
    RollupCell.Builder cell =
        RollupCell.builder()
            .code(code)
            .scope(scope)
            .period(spec.period())
            .tally(tally)
            .coverage(coverage)
            .childCoverage(childCoverage)
            .asOf(asOf);
    if (tally.count() == 0) {
      return cell.reason("no unit reported").build();
    }
    if (!spec.policy().isSatisfiedBy(coverage)) {
      return cell.reason(
              coverage.reporting() + " of " + coverage.expected() + " units reported; policy "
                  + spec.policy() + " withholds the value")
          .build();
    }
    Optional<Rational> value = aggregator.value(tally);
    if (value.isEmpty()) {
      return cell.reason(whyNoValue(spec.rule(), tally)).build();
    }
    cell.value(value.get());
    if (spec.rule() == UnitRollup.RATIO_OF_SUMS) {
      cell.numerator(tally.numerators()).denominator(tally.denominators());
    } else if (spec.rule() == UnitRollup.SHARE_OF_UNITS_MEETING) {
      cell.numerator(BigInteger.valueOf(tally.meeting())).denominator(BigInteger.valueOf(tally.judged()));
    }
    return cell.build();
  }

  private static String whyNoValue(UnitRollup rule, Tally tally) {
    switch (rule) {
      case RATIO_OF_SUMS:
        return (tally.count() - tally.withParts()) + " of " + tally.count()
            + " results have no numerator and denominator, so no ratio of sums";
      case WEIGHTED_MEAN:
        return "weights are missing or all zero";
      default:
        return "the rule gives no value";
    }
  }

  private static ListMultimap<String, Result> resultsBySubject(RollupSpec spec, Collection<Result> results) {
    ListMultimap<String, Result> bySubject = MultimapBuilder.hashKeys().arrayListValues().build();
    for (Result result : results) {
      if (takes(spec, result)) {
        bySubject.put(result.subjectCode(), result);
      }
    }
    return bySubject;
  }

  /**
   * Whether {@code result} goes into the rollup {@code spec} asks for (its unit aside): it is on the
   * spec's indicator, its period lies within the spec's, and it gives a number.
   *
   * @since 0.1.0
   */
  public static boolean takes(RollupSpec spec, Result result) {
    return result.indicatorCode().equals(spec.indicator().code())
        && spec.period().contains(result.period())
        && result.reading().kind() != Reading.Kind.TEXT && result.reading().kind() != Reading.Kind.DELTA;
  }

  /**
   * One source unit's figure for {@code spec}: its results that {@link #takes} accepts, combined
   * over time by the indicator's period rule, with the weight and the unit-level verdict the spec
   * asks for — what {@link #overUnits} lifts into the rule's {@link Aggregator} for that unit. Empty
   * when no result gives a number (the unit is missing). For engines that group results by unit
   * themselves (a Spark job) and accumulate the figures with {@link Tally}.
   *
   * @throws io.github.chiso.InvalidValueException as {@link #overUnits} for this unit: a weighted
   *     mean lacks its weight, or results to be combined over time overlap
   * @since 0.1.0
   */
  public static Optional<Observation> observation(RollupSpec spec, String code, Collection<Result> results) {
    List<Result> taken = new ArrayList<>();
    for (Result result : results) {
      if (takes(spec, result)) {
        taken.add(result);
      }
    }
    return source(spec, code, taken).map(s -> s.observation);
  }

  /**
   * The cell {@link #overUnits} makes for a unit above the source tier from the accumulation of the
   * source units below it: the value by the spec's rule unless nothing reported, the coverage policy
   * withholds it or the rule gives none (with the reason), and the exact parts where the rule has
   * them. For engines that accumulate {@link Tally}s themselves (a Spark job); judge the cell with
   * {@link #assess(Target, Subject, RollupCell)}.
   *
   * @param asOf the latest as-of date of what went in, or the period's end if nothing did
   * @since 0.1.0
   */
  public static RollupCell cell(RollupSpec spec, String code, Scope scope, Tally tally, Coverage coverage,
      Coverage childCoverage, LocalDate asOf) {
    Check.argument(tally.count() == coverage.reporting(),
        "rollup cell %s: %s observations but %s units reporting", code, tally.count(), coverage.reporting());
    return cell(spec, Aggregators.forRule(spec.rule(), spec.indicator().measure()), code, scope, tally, coverage,
        childCoverage, asOf);
  }

  /** One unit's figure for the period, with the as-of date of what it came from. */
  private static final class Source {
    final Observation observation;
    final LocalDate asOf;

    Source(Observation observation, LocalDate asOf) {
      this.observation = observation;
      this.asOf = asOf;
    }
  }

  private static Optional<Source> source(RollupSpec spec, String code, List<Result> results) {
    if (results.isEmpty()) {
      return Optional.empty();
    }
    Measure measure = spec.indicator().measure();
    PeriodRollup overPeriods = spec.indicator().rollup().overPeriods();
    List<Result> used = new ArrayList<>(results);
    used.sort(Comparator.comparing(Result::asOf).thenComparing(Result::period));
    Observation.Builder observation = Observation.builder().subjectCode(code);
    LocalDate asOf = used.get(used.size() - 1).asOf();
    if (overPeriods == PeriodRollup.LAST || used.size() == 1) {
      Result last = used.get(used.size() - 1);
      observation.value(last.reading().value(measure).orElseThrow());
      if (last.reading() instanceof Reading.Fraction) {
        Reading.Fraction f = (Reading.Fraction) last.reading();
        observation.numerator(BigInteger.valueOf(f.numerator())).denominator(BigInteger.valueOf(f.denominator()));
      }
    } else {
      checkNoOverlap(code, used);
      Rational sum = Rational.ZERO;
      BigInteger numerators = BigInteger.ZERO;
      BigInteger denominators = BigInteger.ZERO;
      boolean allParts = true;
      for (Result result : used) {
        sum = sum.add(result.reading().value(measure).orElseThrow());
        if (result.reading() instanceof Reading.Fraction) {
          Reading.Fraction f = (Reading.Fraction) result.reading();
          numerators = numerators.add(BigInteger.valueOf(f.numerator()));
          denominators = denominators.add(BigInteger.valueOf(f.denominator()));
        } else {
          allParts = false;
        }
      }
      if (overPeriods == PeriodRollup.MEAN) {
        observation.value(sum.divide(Rational.valueOf(used.size())));
      } else if (allParts) {
        observation
            .value(Rational.of(measure.fractionScale(), BigInteger.ONE).multiply(Rational.of(numerators, denominators)))
            .numerator(numerators)
            .denominator(denominators);
      } else {
        observation.value(sum);
      }
    }
    if (spec.rule() == UnitRollup.WEIGHTED_MEAN) {
      Rational weight = spec.weights().get(code);
      Check.argument(weight != null, "rollup of %s: no weight for unit '%s'", spec.indicator().code(), code);
      observation.weight(weight);
    }
    Observation built = observation.build();
    spec.unitThreshold()
        .ifPresent(t -> observation.meets(Compliance.meets(t, spec.indicator().polarity(), built.value())));
    return Optional.of(new Source(observation.build(), asOf));
  }

  private static void checkNoOverlap(String code, List<Result> byAsOf) {
    List<Result> byStart = new ArrayList<>(byAsOf);
    byStart.sort(Comparator.comparing((Result r) -> r.period().start()));
    for (int i = 1; i < byStart.size(); i++) {
      Result previous = byStart.get(i - 1);
      Result current = byStart.get(i);
      Check.argument(
          current.period().start().isAfter(previous.period().end()),
          "unit %s: periods %s and %s overlap and cannot be combined over time",
          code,
          previous.period(),
          current.period());
    }
  }
}
