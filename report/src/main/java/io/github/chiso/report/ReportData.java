package io.github.chiso.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.ChisoException;
import io.github.chiso.band.Bandings;
import io.github.chiso.score.Rating;
import io.github.chiso.gap.Pace;
import io.github.chiso.gap.PacePoint;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Target;
import io.github.chiso.model.Task;
import io.github.chiso.task.Standing;
import io.github.chiso.rollup.Rollup;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import io.github.chiso.check.Checks;
import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Scorecard;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a report shows, computed once from a plan, its results, a hierarchy and an as-of date:
 * the assessments; rollups of lower-tier results to every unit above them by each indicator's rule,
 * with coverage, standing in for units that reported nothing themselves; gaps, and for tiered
 * targets each lower tier's units ranked worst first; pace where a unit has results on two or more
 * dates; the plan's tasks with where they stand on the date; the scorecard; the consistency
 * findings. Every verdict and figure is the core's ({@code compliance}, {@code rollup}, {@code gap},
 * {@code check}); nothing is decided here. The writers ({@link
 * TextReport}, {@link CsvReport}, {@link HtmlReport}) only format it. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportData {
  private final Plan plan;
  private final ImmutableList<Result> results;
  private final Hierarchy hierarchy;
  private final ImmutableList<Assessment> assessments;
  private final ImmutableList<RolledUp> rollups;
  private final ImmutableMap<String, RolledUp> rollupByKey;
  private final com.google.common.collect.ImmutableListMultimap<String, Assessment> byTarget;
  private final ImmutableMap<String, String> rollupRefusals;
  private final ImmutableList<Gap> gaps;
  private final ImmutableList<UnitTable> unitTables;
  private final ImmutableList<PaceLine> pace;
  private final ImmutableList<Task> tasks;
  private final LocalDate tasksSetOn;
  private final ImmutableList<Finding> findings;
  private final ImmutableList<Result> otherResults;
  private final Scorecard scorecard;
  private final LocalDate asOf;
  private final Optional<String> note;
  private final long resultCount;

  private ReportData(Plan plan, List<Result> results, Hierarchy hierarchy, LocalDate asOf,
      Optional<List<Assessment>> given, Optional<String> note) {
    this(plan, results, hierarchy, asOf, given, note, Optional.empty(), results.size());
  }

  private ReportData(Plan plan, List<Result> results, Hierarchy hierarchy, LocalDate asOf,
      Optional<List<Assessment>> given, Optional<String> note, Optional<ImmutableList<Finding>> checked,
      long resultCount) {
    this.plan = plan;
    this.results = ImmutableList.copyOf(results);
    this.resultCount = resultCount;
    this.hierarchy = hierarchy;
    this.note = note;
    this.asOf = asOf;
    List<Result> known = results.stream().filter(r -> !r.asOf().isAfter(asOf)).collect(Collectors.toList());
    ImmutableList<Assessment> direct = given.map(ImmutableList::copyOf).orElseGet(() -> Compliance.assess(plan, hierarchy, results, asOf));
    Map<String, String> refusals = new TreeMap<>();
    this.rollups = given.isPresent() ? ImmutableList.of() : rollups(plan, hierarchy, known, direct, refusals);
    this.rollupRefusals = ImmutableMap.copyOf(refusals);
    this.rollupByKey = rollups.stream().collect(ImmutableMap.toImmutableMap(r -> key(r.assessment()), r -> r));
    Map<String, Assessment> standingIn = new HashMap<>();
    for (RolledUp r : rollups) {
      if (r.standsIn()) {
        standingIn.put(key(r.assessment()), r.assessment());
      }
    }
    this.assessments = direct.stream().map(a -> standingIn.getOrDefault(key(a), a)).collect(ImmutableList.toImmutableList());
    this.byTarget = assessments.stream().collect(
        com.google.common.collect.ImmutableListMultimap.toImmutableListMultimap(Assessment::targetCode, a -> a));
    this.gaps = assessments.stream().map(Gaps::of).collect(ImmutableList.toImmutableList());
    this.unitTables = unitTables(plan, hierarchy, gaps);
    this.pace = pace(plan, hierarchy, known, assessments);
    this.tasksSetOn = plan.issued().map(Period::start).orElse(LocalDate.MIN);
    this.tasks = plan.tasks().stream()
        .sorted(Comparator.comparing((Task t) -> standing(t))
            .thenComparing(t -> standingOf(t).due().orElse(LocalDate.MAX))
            .thenComparing(Task::code))
        .collect(ImmutableList.toImmutableList());
    this.findings = checked.orElseGet(() -> Checks.run(plan, hierarchy, results));
    this.otherResults = otherResults(plan, known);
    this.scorecard = Scorecard.of(assessments);
  }

  /**
   * The report of {@code plan} over {@code hierarchy}, judged as of the latest result's date (the
   * plan's end when there are no results).
   */
  public static ReportData of(Plan plan, Hierarchy hierarchy, List<Result> results) {
    return of(plan, hierarchy, results, latest(plan, results));
  }

  /**
   * The report of {@code plan} over {@code hierarchy}, judged on the results known on {@code asOf}
   * (later ones are left out of verdicts, rollups and pace; the consistency checks see them all).
   */
  public static ReportData of(Plan plan, Hierarchy hierarchy, List<Result> results, LocalDate asOf) {
    return new ReportData(plan, results, hierarchy, asOf, Optional.empty(), Optional.empty());
  }

  /**
   * The report of a plan given verdicts computed elsewhere ({@code assessments}, e.g. a plan judged
   * on units after the reform), with a {@code note} saying what they rest on; no rollups are added.
   */
  public static ReportData ofAssessments(Plan plan, Hierarchy hierarchy, List<Result> results,
      List<Assessment> assessments, String note) {
    return new ReportData(plan, results, hierarchy, latest(plan, results), Optional.of(assessments), Optional.of(note));
  }

  /**
   * The report of a {@link ReportStream}: judged on the rows it picked ({@code judged}), with the
   * findings of every row it took ({@code findings}), {@code resultCount} of them.
   */
  static ReportData ofSelected(Plan plan, Hierarchy hierarchy, List<Result> judged, LocalDate asOf,
      ImmutableList<Finding> findings, long resultCount) {
    return new ReportData(plan, judged, hierarchy, asOf, Optional.empty(), Optional.empty(), Optional.of(findings),
        resultCount);
  }

  private static LocalDate latest(Plan plan, List<Result> results) {
    return results.stream().map(Result::asOf).max(Comparator.naturalOrder()).orElse(plan.period().end());
  }

  private static String key(Assessment a) {
    return a.targetCode() + "\u0000" + a.subjectCode();
  }

  /**
   * For each target, the rollup of the deepest tier that reported on its indicator to every unit
   * above it that has a threshold, judged by the core; a target whose rollup the core refuses is
   * listed in {@code refusals} with the reason.
   */
  private static ImmutableList<RolledUp> rollups(Plan plan, Hierarchy hierarchy, List<Result> known,
      List<Assessment> direct, Map<String, String> refusals) {
    Map<String, Assessment> directByKey = new HashMap<>();
    direct.forEach(a -> directByKey.put(key(a), a));
    Map<String, List<Result>> byIndicator = new HashMap<>();
    for (Result r : known) {
      byIndicator.computeIfAbsent(r.indicatorCode(), k -> new ArrayList<>()).add(r);
    }
    ImmutableList.Builder<RolledUp> out = ImmutableList.builder();
    for (Target target : plan.targets()) {
      List<Result> onIndicator = byIndicator.getOrDefault(target.indicator().code(), List.of());
      Optional<Tier> source = onIndicator.stream()
          .map(r -> hierarchy.unit(r.subjectCode()).map(AdminUnit::tier))
          .flatMap(Optional::stream)
          .max(Comparator.comparingInt(t -> hierarchy.scheme().levelOf(t)));
      if (source.isEmpty() || hierarchy.scheme().levelOf(source.get()) == 0) {
        continue;
      }
      int sourceLevel = hierarchy.scheme().levelOf(source.get());
      boolean thresholdAbove = hierarchy.scheme().tiers().stream()
          .anyMatch(t -> hierarchy.scheme().levelOf(t) < sourceLevel && target.thresholdFor(Scope.of(t)).isPresent());
      if (!thresholdAbove) {
        continue;
      }
      Rollup rollup;
      Optional<Rollup> reference;
      try {
        rollup = Rollups.overUnits(
            RollupSpec.builder().indicator(target.indicator()).period(target.period()).sourceTier(source.get()).build(),
            hierarchy, onIndicator);
        // A change target is judged from the rolled-up cells of its period and of the reference period.
        reference = target.change().map(c -> Rollups.overUnits(RollupSpec.builder().indicator(target.indicator())
            .period(c.referenceFor(target.period())).sourceTier(source.get()).build(), hierarchy, onIndicator));
      } catch (ChisoException e) {
        refusals.put(target.code(), e.getMessage());
        continue;
      }
      for (Assessment judged : reference.map(r -> Rollups.assess(target, rollup, r, hierarchy))
          .orElseGet(() -> Rollups.assess(target, rollup, hierarchy))) {
        RollupCell cell = rollup.cells().get(judged.subjectCode());
        boolean inside = plan.jurisdiction().equals(Plan.COUNTRY) || judged.subjectCode().equals(plan.jurisdiction())
            || hierarchy.isWithin(judged.subjectCode(), plan.jurisdiction());
        boolean above = hierarchy.scheme().levelOf(hierarchy.unit(judged.subjectCode()).orElseThrow().tier()) < sourceLevel;
        if (!inside || !above || cell.coverage().reporting() == 0) {
          continue;
        }
        Assessment own = directByKey.get(key(judged));
        boolean standsIn = own != null && own.status() == Status.NO_DATA;
        out.add(new RolledUp(judged, cell, source.get(), standsIn));
      }
    }
    return out.build();
  }

  /** For each target with a threshold on a tier below the jurisdiction's, that tier's units ranked. */
  private static ImmutableList<UnitTable> unitTables(Plan plan, Hierarchy hierarchy, List<Gap> gaps) {
    Optional<AdminUnit> jurisdiction = hierarchy.unit(plan.jurisdiction());
    int top = jurisdiction.map(u -> hierarchy.scheme().levelOf(u.tier())).orElse(0);
    Map<String, List<Gap>> byTargetAndScope = new HashMap<>();
    for (Gap gap : gaps) {
      byTargetAndScope.computeIfAbsent(gap.targetCode() + "\u0000" + gap.assessment().scope().key(), k -> new ArrayList<>()).add(gap);
    }
    ImmutableList.Builder<UnitTable> out = ImmutableList.builder();
    for (Target target : plan.targets()) {
      for (Tier tier : hierarchy.scheme().tiers()) {
        Scope scope = Scope.of(tier);
        if (hierarchy.scheme().levelOf(tier) <= top || target.thresholdFor(scope).isEmpty()) {
          continue;
        }
        List<Gap> units = byTargetAndScope.getOrDefault(target.code() + "\u0000" + scope.key(), List.of()).stream()
            .filter(g -> g.assessment().scope().equals(scope))
            .collect(Collectors.toList());
        if (!units.isEmpty()) {
          out.add(new UnitTable(target, scope, units));
        }
      }
    }
    return out.build();
  }

  /** The pace of every judged subject with numeric results on two or more dates. */
  private static ImmutableList<PaceLine> pace(Plan plan, Hierarchy hierarchy, List<Result> known, List<Assessment> assessments) {
    Map<String, Target> targets = new HashMap<>();
    plan.targets().forEach(t -> targets.put(t.code(), t));
    Map<String, List<PacePoint>> points = new HashMap<>();
    Map<String, Indicator> indicators = new HashMap<>();
    plan.targets().forEach(t -> indicators.put(t.indicator().code(), t.indicator()));
    for (Result r : known) {
      Indicator indicator = indicators.get(r.indicatorCode());
      if (indicator == null) {
        continue;
      }
      r.reading().value(indicator.measure()).ifPresent(v ->
          points.computeIfAbsent(r.subjectCode() + "\u0000" + r.indicatorCode(), k -> new ArrayList<>()).add(PacePoint.of(v, r.asOf())));
    }
    ImmutableList.Builder<PaceLine> out = ImmutableList.builder();
    for (Assessment a : assessments) {
      List<PacePoint> series = points.getOrDefault(a.subjectCode() + "\u0000" + a.indicator().code(), List.of());
      if (series.stream().map(PacePoint::date).distinct().count() < 2) {
        continue;
      }
      PacePoint baseline = series.stream().min(Comparator.comparing(PacePoint::date)).orElseThrow();
      PacePoint latest = series.stream().max(Comparator.comparing(PacePoint::date)).orElseThrow();
      Target target = targets.get(a.targetCode());
      try {
        out.add(new PaceLine(target, a.subjectCode(), Optional.of(Pace.assess(target, a.scope(), baseline, latest)), Optional.empty()));
      } catch (ChisoException e) {
        out.add(new PaceLine(target, a.subjectCode(), Optional.empty(), Optional.of(e.getMessage())));
      }
    }
    return out.build();
  }

  /** The plan judged. */
  public Plan plan() {
    return plan;
  }

  /**
   * The results it was judged on: all of them, or for a report made by a {@link ReportStream} the
   * rows its verdicts, rollups and pace rest on.
   */
  public ImmutableList<Result> results() {
    return results;
  }

  /** How many results the report was made from (more than {@link #results()} for a {@link ReportStream}'s). */
  public long resultCount() {
    return resultCount;
  }

  /** The units and bodies judged. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * Every target judged for every subject with a threshold, in {@link Compliance}'s order; a unit
   * that reported no figure of its own is judged on its rollup where lower-tier units reported
   * ({@link RolledUp#standsIn}).
   */
  public ImmutableList<Assessment> assessments() {
    return assessments;
  }

  /** The gap of each assessment, in the same order. */
  public ImmutableList<Gap> gaps() {
    return gaps;
  }

  /** Every rollup to a unit with a threshold, in plan order then the hierarchy's. */
  public ImmutableList<RolledUp> rollups() {
    return rollups;
  }

  /** The rollup of an assessment's subject, when the report computed one. */
  public Optional<RolledUp> rollup(Assessment assessment) {
    return rollups.isEmpty() ? Optional.empty() : Optional.ofNullable(rollupByKey.get(key(assessment)));
  }

  /** The assessments of one target, in order. */
  ImmutableList<Assessment> assessmentsOf(String targetCode) {
    return byTarget.get(targetCode);
  }

  /** The targets whose rollup the core refused, by target code, with the reason. */
  public ImmutableMap<String, String> rollupRefusals() {
    return rollupRefusals;
  }

  /** For every tiered target, the units of each lower tier, worst first. */
  public ImmutableList<UnitTable> unitTables() {
    return unitTables;
  }

  /** The lagging units of {@code scope} (NOT_MET, worst first: {@link Gaps#lagging}). */
  public ImmutableList<Gap> lagging(Scope scope) {
    return Gaps.lagging(gaps, scope);
  }

  /** The pace of every judged subject with numeric results on two or more dates. */
  public ImmutableList<PaceLine> pace() {
    return pace;
  }

  /** The plan's tasks, overdue first (oldest due date first), then open, undated and done. */
  public ImmutableList<Task> tasks() {
    return tasks;
  }

  /** Where {@code task} stands on the report's date. */
  public TaskStanding standing(Task task) {
    return TaskStanding.of(standingOf(task));
  }

  /**
   * Where {@code task} stands on the report's date, with the due day (a recurring task's occurrence's)
   * and the days overdue; a recurring task counts from the plan's issue ({@link Standing#of(Task,
   * LocalDate, LocalDate)}), so it is never overdue for a month before the plan set it.
   *
   * @since 0.2.0
   */
  public Standing standingOf(Task task) {
    return Standing.of(task, asOf, tasksSetOn);
  }

  /**
   * The results known on the report's date on indicators the plan defines but sets no target on (a
   * DTI score or rank a report gives for context), by the plan's indicator order, then as they came;
   * no verdict is made of them, but a report shows them, so that no reported figure goes unseen.
   *
   * @since 0.2.0
   */
  public ImmutableList<Result> otherResults() {
    return otherResults;
  }

  private static ImmutableList<Result> otherResults(Plan plan, List<Result> known) {
    Map<String, Integer> order = new HashMap<>();
    for (String code : plan.indicators().keySet()) {
      order.put(code, order.size());
    }
    plan.targets().forEach(t -> order.remove(t.indicator().code()));
    return known.stream().filter(r -> order.containsKey(r.indicatorCode()))
        .sorted(Comparator.comparingInt(r -> order.get(r.indicatorCode())))
        .collect(ImmutableList.toImmutableList());
  }

  /** The consistency findings of {@link Checks#run}. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The assessments counted by status and area. */
  public Scorecard scorecard() {
    return scorecard;
  }

  /** The date the report judges as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** What the verdicts rest on when they are not the plain ones. */
  public Optional<String> note() {
    return note;
  }

  /**
   * The name of the unit, body or group with {@code code}: the hierarchy's name, a group's name
   * (e.g. {@code department of 75}), or empty when the hierarchy does not know the code.
   */
  public String subjectName(String code) {
    Optional<String> name = hierarchy.subject(code).map(Subject::name);
    if (name.isPresent()) {
      return name.get();
    }
    int slash = code.indexOf('/');
    return slash > 0 ? hierarchy.subject(code.substring(0, slash)).map(s -> code.substring(slash + 1) + " of " + s.name()).orElse("") : "";
  }

  /**
   * The band and score of an assessment's value on the scale the plan declares for its target and
   * scope ({@link Plan#bandings()}, rated by {@link Rating#of}); empty without a declared scale or a
   * value.
   */
  public Optional<Rating> rating(Assessment assessment) {
    return assessment.value().flatMap(value ->
        Bandings.scaleFor(plan, assessment.targetCode(), assessment.scope()).map(scale -> Rating.of(scale, value)));
  }

  /** The assessments that have a {@link #rating}, in order; empty when the plan declares no bands. */
  public ImmutableList<Assessment> rated() {
    return plan.bandings().isEmpty() ? ImmutableList.of()
        : assessments.stream().filter(a -> rating(a).isPresent()).collect(ImmutableList.toImmutableList());
  }

  /** The gaps of the assessments NOT_MET, worst first ({@link Gaps#rank}). */
  public ImmutableList<Gap> worstGaps() {
    return Gaps.rank(gaps).stream()
        .filter(g -> g.assessment().status() == Status.NOT_MET)
        .collect(ImmutableList.toImmutableList());
  }
}
