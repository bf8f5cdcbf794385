package io.github.chiso.bulk;

import com.google.common.collect.ImmutableList;
import io.github.chiso.completeness.Completeness;
import io.github.chiso.completeness.ReportState;
import io.github.chiso.completeness.ReportStatus;
import io.github.chiso.completeness.ReportingCounts;
import io.github.chiso.completeness.SubjectCounts;
import io.github.chiso.completeness.Timeliness;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.schedule.ReportingRequirement;
import io.github.chiso.schedule.ReportingSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@link Completeness} on a {@link BulkResults}: the same reports in the same order, the same states,
 * days, counts, rollups and ranking, for schedules whose reporters are administrative units (the
 * columns hold units only). Due dates come from {@link io.github.chiso.model.Recurrence#dueDate},
 * once per occurrence; each report is decided by {@link Timeliness}; the ranking is {@link
 * Completeness#rank}.
 *
 * <p>The work is split by top-tier unit as in {@link BulkRollup}: each thread owns whole provinces,
 * reads only their rows and writes only their reports and counts. States are kept one byte a report
 * and days one int; objects are built only on request ({@link #report}). Answers do not depend on the
 * number of threads. Immutable and thread-safe once built.
 *
 * @since 0.1.0
 */
public final class BulkCompleteness {
  private static final int NONE = Integer.MAX_VALUE;
  private static final ReportState[] STATES = ReportState.values();

  private final BulkResults results;
  private final LocalDate judgedOn;
  private final ImmutableList<ReportingRequirement> requirements;
  private final int[] reportStart;
  private final int[][] subjects;
  private final long[][] due;
  private final byte[] state;
  /** The day each report was complete, {@link Timeliness#NOT_RECEIVED} while it is not. */
  private final long[] received;
  /** expected, actual, on time, pending: 4 longs a unit, own and area. */
  private final long[] own;
  private final long[] area;
  private final Map<String, Integer> unitIndex = new HashMap<>();
  private final boolean[] reporter;

  private BulkCompleteness(BulkResults results, ReportingSchedule schedule, LocalDate judgedOn, int threads) {
    Check.argument(threads >= 1, "threads must be at least 1, got %s", threads);
    this.results = results;
    this.judgedOn = judgedOn;
    this.requirements = schedule.requirements();
    Hierarchy hierarchy = results.hierarchy();
    List<AdminUnit> units = hierarchy.units();
    for (int u = 0; u < units.size(); u++) {
      unitIndex.put(units.get(u).code(), u);
    }
    int[] parent = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      parent[u] = units.get(u).parentCode().map(unitIndex::get).orElse(-1);
    }
    int k = requirements.size();
    this.subjects = new int[k][];
    this.due = new long[k][];
    this.reportStart = new int[k + 1];
    this.reporter = new boolean[units.size()];
    int[][] position = new int[k][];
    int[][] occurrenceOfPeriod = new int[k][];
    int[][] slotOfIndicator = new int[k][];
    for (int r = 0; r < k; r++) {
      ReportingRequirement requirement = requirements.get(r);
      List<Subject> list = requirement.reporters(hierarchy);
      subjects[r] = new int[list.size()];
      position[r] = new int[units.size()];
      Arrays.fill(position[r], -1);
      for (int s = 0; s < list.size(); s++) {
        Integer u = unitIndex.get(list.get(s).code());
        Check.argument(u != null, "bulk completeness: requirement %s: reporter %s is not an administrative unit; "
            + "the columns hold units only", requirement.code(), list.get(s));
        subjects[r][s] = u;
        position[r][u] = s;
        reporter[u] = true;
      }
      List<Period> periods = requirement.periods();
      due[r] = new long[periods.size()];
      for (int o = 0; o < periods.size(); o++) {
        due[r][o] = requirement.recurrence().dueDate(periods.get(o)).toEpochDay();
      }
      occurrenceOfPeriod[r] = new int[results.periods().size()];
      for (int p = 0; p < results.periods().size(); p++) {
        occurrenceOfPeriod[r][p] = periods.indexOf(results.periods().get(p));
      }
      List<Indicator> indicators = results.indicators();
      slotOfIndicator[r] = new int[indicators.size()];
      for (int i = 0; i < indicators.size(); i++) {
        slotOfIndicator[r][i] = requirement.indicatorCodes().indexOf(indicators.get(i).code());
      }
      reportStart[r + 1] = Math.addExact(reportStart[r], Math.multiplyExact(list.size(), periods.size()));
    }
    this.state = new byte[reportStart[k]];
    this.received = new long[reportStart[k]];
    this.own = new long[4 * units.size()];
    this.area = new long[4 * units.size()];

    int[] depthFirst = results.unitsDepthFirst();
    int[] rootRankStart = results.rootRankStart();
    // Each reporter's place among its province's reporters of the same requirement.
    int[][] local = new int[k][units.size()];
    int[][] localCount = new int[k][Math.max(0, rootRankStart.length - 1)];
    for (int r = 0; r < k; r++) {
      for (int q = 0; q + 1 < rootRankStart.length; q++) {
        for (int rank = rootRankStart[q]; rank < rootRankStart[q + 1]; rank++) {
          int u = depthFirst[rank];
          if (position[r][u] >= 0) {
            local[r][u] = localCount[r][q]++;
          }
        }
      }
    }
    int[] chunkRootStart = BulkRollup.chunks(results, threads);
    long judgedDay = judgedOn.toEpochDay();
    IntStream chunks = IntStream.range(0, chunkRootStart.length - 1);
    (threads > 1 ? chunks.parallel() : chunks).forEach(c -> {
      int[][] firstSeen = new int[k][];
      for (int q = chunkRootStart[c]; q < chunkRootStart[c + 1]; q++) {
        for (int r = 0; r < k; r++) {
          int need = localCount[r][q] * due[r].length * requirements.get(r).indicatorCodes().size();
          if (firstSeen[r] == null || firstSeen[r].length < need) {
            firstSeen[r] = new int[need];
          }
          Arrays.fill(firstSeen[r], 0, need, NONE);
        }
        province(q, position, local, occurrenceOfPeriod, slotOfIndicator, firstSeen);
        judge(q, depthFirst, rootRankStart, position, local, firstSeen, judgedDay);
        rollUp(q, depthFirst, rootRankStart, parent);
      }
    });
  }

  /** The earliest as-of day of each (reporter, occurrence, indicator) among province q's rows. */
  private void province(int q, int[][] position, int[][] local, int[][] occurrenceOfPeriod, int[][] slotOfIndicator,
      int[][] firstSeen) {
    int[] rows = results.rowsByRoot();
    int[] unit = results.units();
    short[] indicator = results.indicatorColumn();
    short[] period = results.periodColumn();
    int[] asOf = results.asOfDays();
    int[] rowStart = results.rootRowStart();
    for (int i = rowStart[q]; i < rowStart[q + 1]; i++) {
      int row = rows[i];
      int u = unit[row];
      for (int r = 0; r < firstSeen.length; r++) {
        int slot = slotOfIndicator[r][indicator[row]];
        int o = occurrenceOfPeriod[r][period[row]];
        if (slot < 0 || o < 0 || position[r][u] < 0) {
          continue;
        }
        int at = (local[r][u] * due[r].length + o) * requirements.get(r).indicatorCodes().size() + slot;
        if (asOf[row] < firstSeen[r][at]) {
          firstSeen[r][at] = asOf[row];
        }
      }
    }
  }

  /** Every report of province q's reporters: received day, state, days, and the reporters' own counts. */
  private void judge(int q, int[] depthFirst, int[] rootRankStart, int[][] position, int[][] local, int[][] firstSeen,
      long judgedDay) {
    for (int r = 0; r < requirements.size(); r++) {
      int slots = requirements.get(r).indicatorCodes().size();
      int occurrences = due[r].length;
      for (int rank = rootRankStart[q]; rank < rootRankStart[q + 1]; rank++) {
        int u = depthFirst[rank];
        int s = position[r][u];
        if (s < 0) {
          continue;
        }
        int base = local[r][u] * occurrences * slots;
        for (int o = 0; o < occurrences; o++) {
          long received = Long.MIN_VALUE;
          for (int j = 0; j < slots; j++) {
            int day = firstSeen[r][base + o * slots + j];
            received = Math.max(received, day == NONE ? Timeliness.NOT_RECEIVED : day);
          }
          ReportState decided = Timeliness.state(due[r][o], received, judgedDay);
          int report = reportStart[r] + s * occurrences + o;
          state[report] = (byte) decided.ordinal();
          this.received[report] = received;
          add(own, u, decided);
        }
      }
    }
  }

  private static void add(long[] counts, int u, ReportState decided) {
    int at = 4 * u;
    switch (decided) {
      case ON_TIME:
        counts[at]++;
        counts[at + 1]++;
        counts[at + 2]++;
        break;
      case LATE:
        counts[at]++;
        counts[at + 1]++;
        break;
      case MISSING:
        counts[at]++;
        break;
      default:
        counts[at + 3]++;
    }
  }

  /** Area counts of province q's units: children (later in depth-first order) before parents. */
  private void rollUp(int q, int[] depthFirst, int[] rootRankStart, int[] parent) {
    for (int rank = rootRankStart[q + 1] - 1; rank >= rootRankStart[q]; rank--) {
      int u = depthFirst[rank];
      for (int f = 0; f < 4; f++) {
        area[4 * u + f] += own[4 * u + f];
        if (parent[u] >= 0) {
          area[4 * parent[u] + f] += area[4 * u + f];
        }
      }
    }
  }

  /**
   * Judges every report {@code schedule} expects from the units of {@code results}' hierarchy, as of
   * {@code judgedOn}, on up to {@code threads} threads.
   *
   * @throws io.github.chiso.InvalidValueException if a requirement's reporters include a body or name
   *     a code the hierarchy lacks, or {@code threads} is below one
   */
  public static BulkCompleteness of(BulkResults results, ReportingSchedule schedule, LocalDate judgedOn, int threads) {
    return new BulkCompleteness(results, schedule, judgedOn, threads);
  }

  /** The day the reports are judged on. */
  public LocalDate judgedOn() {
    return judgedOn;
  }

  /** Number of expected reports, pending ones included. */
  public int size() {
    return state.length;
  }

  /** Report i's state; reports are in {@link Completeness#reports()}'s order. */
  public ReportState state(int report) {
    return STATES[state[report]];
  }

  /** Report i's days late (LATE) or overdue (MISSING), else 0. */
  public long days(int report) {
    int r = requirementOf(report);
    return Timeliness.days(due[r][(report - reportStart[r]) % due[r].length], received[report], judgedOn.toEpochDay());
  }

  private int requirementOf(int report) {
    Check.argument(report >= 0 && report < state.length, "no report %s among %s", report, state.length);
    int r = 0;
    while (reportStart[r + 1] <= report) {
      r++;
    }
    return r;
  }

  /** Report i as an object, equal to the object path's. */
  public ReportStatus report(int report) {
    int r = requirementOf(report);
    int occurrences = due[r].length;
    int s = (report - reportStart[r]) / occurrences;
    int o = (report - reportStart[r]) % occurrences;
    ReportingRequirement requirement = requirements.get(r);
    ReportState decided = state(report);
    ReportStatus.Builder out = ReportStatus.builder().requirementCode(requirement.code())
        .subjectCode(results.hierarchy().units().get(subjects[r][s]).code()).period(requirement.periods().get(o))
        .due(LocalDate.ofEpochDay(due[r][o])).state(decided).days(days(report));
    if (decided == ReportState.ON_TIME || decided == ReportState.LATE) {
      out.received(LocalDate.ofEpochDay(received[report]));
    }
    return out.build();
  }

  /** The number of reports in {@code state}. */
  public long count(ReportState wanted) {
    long n = 0;
    for (byte b : state) {
      if (b == wanted.ordinal()) {
        n++;
      }
    }
    return n;
  }

  private int unit(String code) {
    Integer u = unitIndex.get(code);
    Check.argument(u != null, "no unit with code '%s' in the hierarchy", code);
    return u;
  }

  private static ReportingCounts counts(long[] counts, int u) {
    return ReportingCounts.of(counts[4 * u], counts[4 * u + 1], counts[4 * u + 2], counts[4 * u + 3]);
  }

  /** The own counts of the unit with this code; zero for a unit that owes no report. */
  public ReportingCounts counts(String unitCode) {
    return counts(own, unit(unitCode));
  }

  /** The counts of the area of the unit with this code: its own and those of every unit below it. */
  public ReportingCounts countsWithin(String unitCode) {
    return counts(area, unit(unitCode));
  }

  /** The counts of every unit of {@code scope}'s tier (zero for a body kind: the columns hold none). */
  public ReportingCounts countsOf(Scope scope) {
    ReportingCounts sum = ReportingCounts.ZERO;
    List<AdminUnit> units = results.hierarchy().units();
    for (int u = 0; u < units.size(); u++) {
      if (reporter[u] && units.get(u).scope().equals(scope)) {
        sum = sum.plus(counts(own, u));
      }
    }
    return sum;
  }

  /** The counts of every report. */
  public ReportingCounts total() {
    ReportingCounts sum = ReportingCounts.ZERO;
    for (int u = 0; u < reporter.length; u++) {
      if (reporter[u]) {
        sum = sum.plus(counts(own, u));
      }
    }
    return sum;
  }

  /** The units with at least one missing report, {@link Completeness#MOST_MISSING_FIRST}, at most {@code limit}. */
  public ImmutableList<SubjectCounts> mostMissing(int limit) {
    return rank(Optional.empty(), limit);
  }

  /** As {@link #mostMissing(int)}, among the units of {@code scope} only. */
  public ImmutableList<SubjectCounts> mostMissing(Scope scope, int limit) {
    return rank(Optional.of(scope), limit);
  }

  private ImmutableList<SubjectCounts> rank(Optional<Scope> scope, int limit) {
    List<AdminUnit> units = results.hierarchy().units();
    List<SubjectCounts> candidates = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      AdminUnit unit = units.get(u);
      if (reporter[u] && own[4 * u] > own[4 * u + 1] && scope.map(s -> s.equals(unit.scope())).orElse(true)) {
        candidates.add(SubjectCounts.of(unit, counts(own, u)));
      }
    }
    return Completeness.rank(candidates, limit);
  }

  @Override
  public String toString() {
    return "BulkCompleteness{as of " + judgedOn + ", " + state.length + " reports, " + total() + "}";
  }
}
