package io.github.chiso.completeness;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Period;
import io.github.chiso.model.Result;
import io.github.chiso.rollup.Coverage;
import io.github.chiso.schedule.ReportingRequirement;
import io.github.chiso.schedule.ReportingSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who reported, who is late and who is missing, as of one day: every report a {@link
 * ReportingSchedule} expects from the subjects of a {@link Hierarchy}, judged against the results
 * with their as-of (received) dates, and DHIS2's three figures ({@link ReportingCounts}) per subject,
 * per scope (tier or body kind), and per area rolled up through the hierarchy.
 *
 * <p>For each requirement, each of its reporters and each occurrence in its window, the report is
 * received on the day its last indicator's first result arrived (a text-only result counts: the
 * subject reported); results of other subjects, indicators or periods are ignored; {@link
 * io.github.chiso.model.Recurrence#dueDate} gives the due date and {@link Timeliness} decides
 * the rest. A subject named by two requirements owes both.
 *
 * <p>Every answer is in a fixed order: requirements in schedule order, subjects in the hierarchy's
 * order (units by tier level then code, then bodies by code), periods in time order. An area's
 * counts are its own, its bodies' and those of every unit below it and their bodies: the sum over
 * the subjects in it, whatever the path. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Completeness {
  /**
   * The ranking of {@link #mostMissing}: more missing reports first, then more late ones; subjects
   * tied on both keep the hierarchy's order. The bulk path ranks by the same comparator.
   */
  public static final Comparator<ReportingCounts> MOST_MISSING_FIRST =
      Comparator.comparingLong(ReportingCounts::missing).thenComparingLong(ReportingCounts::late).reversed();

  private final Hierarchy hierarchy;
  private final LocalDate judgedOn;
  private final ImmutableList<ReportStatus> reports;
  private final ImmutableList<Subject> reporters;
  private final ImmutableMap<String, ReportingCounts> own;
  private final ImmutableMap<String, ReportingCounts> within;

  private Completeness(ReportingSchedule schedule, Hierarchy hierarchy, Collection<Result> results, LocalDate judgedOn) {
    this.hierarchy = hierarchy;
    this.judgedOn = judgedOn;
    Map<Key, Long> firstSeen = new HashMap<>();
    for (Result result : results) {
      firstSeen.merge(new Key(result.subjectCode(), result.indicatorCode(), result.period()),
          result.asOf().toEpochDay(), Math::min);
    }
    long judgedDay = judgedOn.toEpochDay();
    Map<String, Integer> order = subjectOrder(hierarchy);
    Map<String, Subject> reporting = new HashMap<>();
    Map<String, ReportingCounts> counts = new HashMap<>();
    ImmutableList.Builder<ReportStatus> out = ImmutableList.builder();
    for (ReportingRequirement requirement : schedule.requirements()) {
      List<Period> periods = requirement.periods();
      long[] due = new long[periods.size()];
      for (int o = 0; o < periods.size(); o++) {
        due[o] = requirement.recurrence().dueDate(periods.get(o)).toEpochDay();
      }
      for (Subject subject : requirement.reporters(hierarchy)) {
        reporting.put(subject.code(), subject);
        ReportingCounts tally = counts.getOrDefault(subject.code(), ReportingCounts.ZERO);
        for (int o = 0; o < periods.size(); o++) {
          long received = Long.MIN_VALUE;
          for (String indicator : requirement.indicatorCodes()) {
            Long day = firstSeen.get(new Key(subject.code(), indicator, periods.get(o)));
            received = Math.max(received, day == null ? Timeliness.NOT_RECEIVED : day);
          }
          ReportState state = Timeliness.state(due[o], received, judgedDay);
          tally = tally.plus(state);
          ReportStatus.Builder status = ReportStatus.builder().requirementCode(requirement.code())
              .subjectCode(subject.code()).period(periods.get(o)).due(LocalDate.ofEpochDay(due[o])).state(state)
              .days(Timeliness.days(due[o], received, judgedDay));
          if (state == ReportState.ON_TIME || state == ReportState.LATE) {
            status.received(LocalDate.ofEpochDay(received));
          }
          out.add(status.build());
        }
        counts.put(subject.code(), tally);
      }
    }
    this.reports = out.build();
    List<Subject> sorted = new ArrayList<>(reporting.values());
    sorted.sort(Comparator.comparing(s -> order.get(s.code())));
    this.reporters = ImmutableList.copyOf(sorted);
    ImmutableMap.Builder<String, ReportingCounts> ownCounts = ImmutableMap.builder();
    sorted.forEach(s -> ownCounts.put(s.code(), counts.get(s.code())));
    this.own = ownCounts.build();
    this.within = rollUp(hierarchy, own);
  }

  private static Map<String, Integer> subjectOrder(Hierarchy hierarchy) {
    Map<String, Integer> order = new HashMap<>();
    for (AdminUnit unit : hierarchy.units()) {
      order.put(unit.code(), order.size());
    }
    for (Body body : hierarchy.bodies()) {
      order.put(body.code(), order.size());
    }
    return order;
  }

  /** Each unit's own, its bodies' and its children's areas' counts, children before parents. */
  private static ImmutableMap<String, ReportingCounts> rollUp(Hierarchy hierarchy, Map<String, ReportingCounts> own) {
    Map<String, ReportingCounts> area = new HashMap<>();
    List<AdminUnit> units = hierarchy.units();
    for (int i = units.size() - 1; i >= 0; i--) {
      AdminUnit unit = units.get(i);
      ReportingCounts sum = own.getOrDefault(unit.code(), ReportingCounts.ZERO);
      for (Body body : hierarchy.bodiesIn(unit.code())) {
        sum = sum.plus(own.getOrDefault(body.code(), ReportingCounts.ZERO));
      }
      for (AdminUnit child : hierarchy.children(unit.code())) {
        sum = sum.plus(area.get(child.code()));
      }
      area.put(unit.code(), sum);
    }
    Map<String, ReportingCounts> ordered = new LinkedHashMap<>();
    units.forEach(u -> ordered.put(u.code(), area.get(u.code())));
    return ImmutableMap.copyOf(ordered);
  }

  /**
   * Judges every report {@code schedule} expects from the subjects of {@code hierarchy}, as of {@code
   * judgedOn}, against {@code results} and their as-of dates.
   *
   * @throws io.github.chiso.InvalidValueException naming the requirement if its reporters name a
   *     code or a jurisdiction the hierarchy lacks
   */
  public static Completeness of(
      ReportingSchedule schedule, Hierarchy hierarchy, Collection<Result> results, LocalDate judgedOn) {
    return new Completeness(schedule, hierarchy, results, judgedOn);
  }

  /** The day the reports are judged on. */
  public LocalDate judgedOn() {
    return judgedOn;
  }

  /** Every expected report, in requirement, subject, then period order. */
  public ImmutableList<ReportStatus> reports() {
    return reports;
  }

  /** The reports in {@code state}, in the order of {@link #reports()}. */
  public ImmutableList<ReportStatus> reports(ReportState state) {
    return reports.stream().filter(r -> r.state() == state).collect(ImmutableList.toImmutableList());
  }

  /** The subjects that owe at least one report, in the hierarchy's order. */
  public ImmutableList<Subject> reporters() {
    return reporters;
  }

  /** The own counts of the unit or body with this code; zero for a subject that owes no report. */
  public ReportingCounts counts(String subjectCode) {
    Check.argument(hierarchy.contains(subjectCode), "no unit or body with code '%s' in the hierarchy", subjectCode);
    return own.getOrDefault(subjectCode, ReportingCounts.ZERO);
  }

  /** The counts of the area of the unit with this code: its own, its bodies' and all below it. */
  public ReportingCounts countsWithin(String unitCode) {
    ReportingCounts area = within.get(unitCode);
    Check.argument(area != null, "no unit with code '%s' in the hierarchy", unitCode);
    return area;
  }

  /** The counts of every subject of {@code scope} (a tier's units, a kind's bodies). */
  public ReportingCounts countsOf(Scope scope) {
    ReportingCounts sum = ReportingCounts.ZERO;
    for (Subject subject : reporters) {
      if (subject.scope().equals(scope)) {
        sum = sum.plus(own.get(subject.code()));
      }
    }
    return sum;
  }

  /** The counts of every report. */
  public ReportingCounts total() {
    return own.values().stream().reduce(ReportingCounts.ZERO, ReportingCounts::plus);
  }

  /**
   * Coverage of one requirement's period (the existing {@link Coverage}): the subjects whose report
   * is expected, how many reported, and who is missing, in the hierarchy's order. Pending reports are
   * not expected yet; so a {@link io.github.chiso.rollup.CoveragePolicy} can judge it.
   *
   * @throws io.github.chiso.InvalidValueException if no report of that requirement and period exists
   */
  public Coverage coverage(String requirementCode, Period period) {
    int expected = 0;
    int reporting = 0;
    List<String> missing = new ArrayList<>();
    boolean any = false;
    for (ReportStatus report : reports) {
      if (report.requirementCode().equals(requirementCode) && report.period().equals(period)) {
        any = true;
        if (report.state() != ReportState.PENDING) {
          expected++;
        }
        if (report.state() == ReportState.ON_TIME || report.state() == ReportState.LATE) {
          reporting++;
        } else if (report.state() == ReportState.MISSING) {
          missing.add(report.subjectCode());
        }
      }
    }
    Check.argument(any, "no report of requirement '%s' for period %s", requirementCode, period);
    return Coverage.of(expected, reporting, missing);
  }

  /** The subjects with at least one missing report, {@link #MOST_MISSING_FIRST}, at most {@code limit}. */
  public ImmutableList<SubjectCounts> mostMissing(int limit) {
    return rank(Optional.empty(), limit);
  }

  /** As {@link #mostMissing(int)}, among the subjects of {@code scope} only. */
  public ImmutableList<SubjectCounts> mostMissing(Scope scope, int limit) {
    return rank(Optional.of(scope), limit);
  }

  private ImmutableList<SubjectCounts> rank(Optional<Scope> scope, int limit) {
    List<SubjectCounts> all = new ArrayList<>();
    for (Subject subject : reporters) {
      if (scope.map(s -> s.equals(subject.scope())).orElse(true)) {
        all.add(SubjectCounts.of(subject, own.get(subject.code())));
      }
    }
    return rank(all, limit);
  }

  /**
   * The ranking of both paths: of {@code inHierarchyOrder}, those with at least one missing report,
   * {@link #MOST_MISSING_FIRST} (a stable sort, so ties keep the given order), at most {@code limit}.
   *
   * @throws io.github.chiso.InvalidValueException if {@code limit} is negative
   */
  public static ImmutableList<SubjectCounts> rank(List<SubjectCounts> inHierarchyOrder, int limit) {
    Check.argument(limit >= 0, "limit must not be negative, but was %s", limit);
    List<SubjectCounts> candidates = new ArrayList<>();
    for (SubjectCounts subject : inHierarchyOrder) {
      if (subject.counts().missing() > 0) {
        candidates.add(subject);
      }
    }
    candidates.sort(Comparator.comparing(SubjectCounts::counts, MOST_MISSING_FIRST));
    return ImmutableList.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
  }

  private static final class Key {
    final String subject;
    final String indicator;
    final Period period;

    Key(String subject, String indicator, Period period) {
      this.subject = subject;
      this.indicator = indicator;
      this.period = period;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return subject.equals(k.subject) && indicator.equals(k.indicator) && period.equals(k.period);
    }

    @Override
    public int hashCode() {
      return Objects.hash(subject, indicator, period);
    }
  }

  @Override
  public String toString() {
    return "Completeness{as of " + judgedOn + ", " + reports.size() + " reports, " + total() + "}";
  }
}
