package io.github.chiso.report;

import com.google.common.collect.ImmutableList;
import io.github.chiso.InvalidValueException;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.check.Checks;
import io.github.chiso.check.Finding;
import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The report of a large result set, fed one result at a time (e.g. {@code ResultsCsv.stream(in,
 * stream)}) without the set ever being held as objects: results go into the columns of a {@link
 * BulkResults} (32 bytes a row); only results the columns cannot hold exactly (text readings, a
 * share stated beside parts, a note or source, a subject that is not a unit, an indicator the plan
 * does not know or sets no target on, whose results the report lists as they are: {@link
 * ReportData#otherResults()}) stay objects.
 *
 * <p>{@link #report} then picks, from the columns, the rows that decide something, and hands only
 * those to {@link ReportData} as objects, so every verdict, rollup, gap, pace line and finding is
 * the one {@link ReportData#of(Plan, Hierarchy, List, LocalDate)} gives for the whole set:
 * <ul>
 *   <li>for each target and unit, the first row with the latest (as-of day, period) the target's
 *       period covers ({@link Compliance}'s pick) and the last such row (the rollup's pick, for an
 *       indicator combined over time by {@link PeriodRollup#LAST}); every covered row of an
 *       indicator combined over time otherwise (SUM, MEAN);
 *   <li>for each unit and indicator, its first row (which tiers reported) and the first rows with
 *       its earliest and its latest as-of day (pace);
 *   <li>for the consistency checks, which see every row: each row that may give a finding of its own
 *       (parts above the whole, a negative value, a percentage of 100 or more) and every row whose
 *       (indicator, unit, period) occurs more than once.
 * </ul>
 * Rows after the report's date are left out of the judged rows, as {@link ReportData} leaves them
 * out. {@link ReportData#results()} of such a report holds the judged rows only; {@link
 * ReportData#resultCount()} counts every row. Not thread-safe; feed it from one thread.
 *
 * @since 0.1.0
 */
public final class ReportStream implements Consumer<Result> {
  private final Plan plan;
  private final Hierarchy hierarchy;
  private final ImmutableList<Indicator> indicators;
  private final Map<String, Integer> unitIndex = new HashMap<>();
  private final Map<String, Integer> indicatorIndex = new HashMap<>();
  private final BitSet targeted = new BitSet();
  private final Map<Period, Integer> periodIndex = new HashMap<>();
  private final List<Period> periods = new ArrayList<>();
  private BulkResults.Builder columns;
  private List<Result> objects = new ArrayList<>();
  private int[] objectPosition = new int[16];
  private long[] objectKey = new long[16];
  private int bulkRows;
  private int objectCount;
  private LocalDate latest;
  private boolean used;

  private ReportStream(Plan plan, Hierarchy hierarchy, int expectedRows) {
    CompiledPlan.of(plan).requireJurisdictionIn(hierarchy);
    this.plan = plan;
    this.hierarchy = hierarchy;
    this.indicators = plan.indicators().values().asList();
    List<AdminUnit> units = hierarchy.units();
    for (int u = 0; u < units.size(); u++) {
      unitIndex.put(units.get(u).code(), u);
    }
    for (int i = 0; i < indicators.size(); i++) {
      indicatorIndex.put(indicators.get(i).code(), i);
    }
    plan.targets().forEach(t -> targeted.set(indicatorIndex.get(t.indicator().code())));
    this.columns = BulkResults.builder(hierarchy, indicators, expectedRows);
  }

  /**
   * A stream for the report of {@code plan} over {@code hierarchy}.
   *
   * @throws InvalidValueException if the plan's jurisdiction is not a unit of the hierarchy
   */
  public static ReportStream of(Plan plan, Hierarchy hierarchy) {
    return new ReportStream(plan, hierarchy, 1024);
  }

  /** As {@link #of(Plan, Hierarchy)}, with room for about {@code expectedRows} rows from the start. */
  public static ReportStream of(Plan plan, Hierarchy hierarchy, int expectedRows) {
    return new ReportStream(plan, hierarchy, expectedRows);
  }

  /** Takes one result. */
  @Override
  public void accept(Result result) {
    if (used) {
      throw new IllegalStateException("the report of this stream was already made");
    }
    int position = Math.addExact(bulkRows, objectCount);
    if (latest == null || result.asOf().isAfter(latest)) {
      latest = result.asOf();
    }
    periodIndex.computeIfAbsent(result.period(), p -> {
      periods.add(p);
      return periods.size() - 1;
    });
    Integer unit = unitIndex.get(result.subjectCode());
    Integer indicator = indicatorIndex.get(result.indicatorCode());
    if (unit != null && indicator != null && targeted.get(indicator) && fitsColumns(result)) {
      columns.add(result);
      bulkRows++;
      return;
    }
    int k = objects.size();
    if (k == objectPosition.length) {
      objectPosition = Arrays.copyOf(objectPosition, k + (k >> 1));
      objectKey = Arrays.copyOf(objectKey, k + (k >> 1));
    }
    objectPosition[k] = position;
    objectKey[k] = unit != null && indicator != null ? key(unit, indicator, periodIndex.get(result.period())) : -1;
    objects.add(result);
    objectCount++;
  }

  /** Whether the columns give {@code result} back equal to itself. */
  private static boolean fitsColumns(Result result) {
    if (result.note().isPresent() || result.source().isPresent() || !result.qualifiers().isEmpty()) {
      return false;
    }
    Reading reading = result.reading();
    if (reading instanceof Reading.Fraction) {
      return ((Reading.Fraction) reading).reportedShare().isEmpty();
    }
    if (reading instanceof Reading.Decimal) {
      BigDecimal value = ((Reading.Decimal) reading).decimal();
      return value.scale() >= 0 && value.scale() <= 18 && value.unscaledValue().bitLength() < 64;
    }
    return false;
  }

  private long key(int unit, int indicator, int period) {
    return ((long) unit * indicators.size() + indicator) * (1L << 24) + period;
  }

  /** The number of results taken so far. */
  public long rows() {
    return (long) bulkRows + objectCount;
  }

  /** The report as of the latest result's date (the plan's end when there are none): see {@link ReportData#of(Plan, Hierarchy, List)}. */
  public ReportData report() {
    return report(latest != null ? latest : plan.period().end());
  }

  /**
   * The report judged on the results known on {@code asOf}, equal to {@link ReportData#of(Plan,
   * Hierarchy, List, LocalDate)} of every result taken. Once only: the stream lets go of its
   * columns and takes no more results after.
   *
   * @throws IllegalStateException if the report was already made
   */
  public ReportData report(LocalDate asOf) {
    if (used) {
      throw new IllegalStateException("the report of this stream was already made");
    }
    used = true;
    BulkResults rows = columns.build();
    columns = null;
    int n = rows.size();
    BitSet judged = new BitSet(n);
    BitSet checked = new BitSet(n);
    pickJudged(rows, (int) asOf.toEpochDay(), judged);
    pickChecked(rows, checked);
    List<Result> judgedRows = merge(rows, judged);
    List<Result> checkedRows = merge(rows, checked);
    long count = rows();
    objects = List.of();
    objectPosition = null;
    objectKey = null;
    rows = null;
    ImmutableList<Finding> findings = Checks.run(plan, hierarchy, checkedRows);
    checkedRows = null;
    return ReportData.ofSelected(plan, hierarchy, judgedRows, asOf, findings, count);
  }

  /** The rows, in the order they came, of the columns' {@code picked} and every result kept as an object. */
  private List<Result> merge(BulkResults rows, BitSet picked) {
    List<Result> out = new ArrayList<>(picked.cardinality() + objects.size());
    int next = 0;
    int r = 0;
    long total = rows();
    for (long position = 0; position < total; position++) {
      if (next < objects.size() && objectPosition[next] == position) {
        out.add(objects.get(next++));
      } else {
        if (picked.get(r)) {
          out.add(rows.result(r));
        }
        r++;
      }
    }
    return out;
  }

  /** Marks the rows known on {@code asOfDay} that a verdict, a rollup, a tier or a pace line rests on. */
  private void pickJudged(BulkResults rows, int asOfDay, BitSet judged) {
    List<Target> targets = plan.targets();
    int units = hierarchy.units().size();
    int nIndicators = indicators.size();
    List<Period> rowPeriods = rows.periods();
    int[] periodRank = rank(rowPeriods);
    int[][] covering = new int[rowPeriods.size() * nIndicators][];
    boolean[] wholeSeries = new boolean[targets.size()];
    for (int t = 0; t < targets.size(); t++) {
      wholeSeries[t] = targets.get(t).indicator().rollup().overPeriods() != PeriodRollup.LAST;
    }
    for (int p = 0; p < rowPeriods.size(); p++) {
      for (int i = 0; i < nIndicators; i++) {
        List<Integer> list = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
          if (targets.get(t).indicator().code().equals(indicators.get(i).code())
              && CompiledPlan.covers(targets.get(t), rowPeriods.get(p))) {
            list.add(t);
          }
        }
        covering[p * nIndicators + i] = list.stream().mapToInt(Integer::intValue).toArray();
      }
    }
    int[] firstLatest = filled(Math.multiplyExact(targets.size(), units));
    int[] lastLatest = filled(firstLatest.length);
    int[] first = filled(Math.multiplyExact(units, nIndicators));
    int[] earliest = filled(first.length);
    int[] newest = filled(first.length);
    for (int r = 0; r < rows.size(); r++) {
      int day = rows.asOfEpochDay(r);
      if (day > asOfDay) {
        continue;
      }
      int u = rows.unit(r);
      int i = rows.indicator(r);
      int ui = u * nIndicators + i;
      if (first[ui] < 0) {
        first[ui] = r;
      }
      if (earliest[ui] < 0 || day < rows.asOfEpochDay(earliest[ui])) {
        earliest[ui] = r;
      }
      if (newest[ui] < 0 || day > rows.asOfEpochDay(newest[ui])) {
        newest[ui] = r;
      }
      for (int t : covering[rows.period(r) * nIndicators + i]) {
        if (wholeSeries[t]) {
          judged.set(r);
        }
        int tu = t * units + u;
        int order = firstLatest[tu] < 0 ? 1 : compare(rows, periodRank, r, firstLatest[tu]);
        if (order > 0) {
          firstLatest[tu] = r;
        }
        if (lastLatest[tu] < 0 || compare(rows, periodRank, r, lastLatest[tu]) >= 0) {
          lastLatest[tu] = r;
        }
      }
    }
    for (int[] picks : new int[][] {firstLatest, lastLatest, first, earliest, newest}) {
      for (int r : picks) {
        if (r >= 0) {
          judged.set(r);
        }
      }
    }
  }

  /** Orders rows by as-of day, then period, as {@link Compliance} and the rollups' LAST do. */
  private static int compare(BulkResults rows, int[] periodRank, int a, int b) {
    int byDay = Integer.compare(rows.asOfEpochDay(a), rows.asOfEpochDay(b));
    return byDay != 0 ? byDay : Integer.compare(periodRank[rows.period(a)], periodRank[rows.period(b)]);
  }

  /** Each period's position among {@code periods} sorted by {@link Period#compareTo}. */
  private static int[] rank(List<Period> periods) {
    Integer[] order = new Integer[periods.size()];
    for (int p = 0; p < order.length; p++) {
      order[p] = p;
    }
    Arrays.sort(order, (a, b) -> periods.get(a).compareTo(periods.get(b)));
    int[] rank = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      rank[order[k]] = k;
    }
    return rank;
  }

  private static int[] filled(int length) {
    int[] array = new int[length];
    Arrays.fill(array, -1);
    return array;
  }

  /**
   * Marks every row that may give a finding of its own, and every row whose (indicator, unit,
   * period) occurs more than once among all results (the results kept as objects are checked whole).
   */
  private void pickChecked(BulkResults rows, BitSet checked) {
    int n = rows.size();
    int[] periodOfRow = new int[rows.periods().size()];
    for (int p = 0; p < periodOfRow.length; p++) {
      periodOfRow[p] = periodIndex.get(rows.periods().get(p));
    }
    long[] keys = new long[n + objects.size()];
    for (int r = 0; r < n; r++) {
      keys[r] = key(rows.unit(r), rows.indicator(r), periodOfRow[rows.period(r)]);
    }
    int k = n;
    for (int o = 0; o < objects.size(); o++) {
      if (objectKey[o] >= 0) {
        keys[k++] = objectKey[o];
      }
    }
    long[] sorted = Arrays.copyOf(keys, k);
    keys = null;
    Arrays.sort(sorted);
    int repeated = 0;
    for (int j = 1; j < sorted.length; j++) {
      if (sorted[j] == sorted[j - 1] && (repeated == 0 || sorted[repeated - 1] != sorted[j])) {
        sorted[repeated++] = sorted[j];
      }
    }
    long[] duplicates = Arrays.copyOf(sorted, repeated);
    sorted = null;
    boolean[] percent = new boolean[indicators.size()];
    for (int i = 0; i < percent.length; i++) {
      percent[i] = indicators.get(i).measure() == Measure.PERCENT;
    }
    for (int r = 0; r < n; r++) {
      long numerator = rows.numerator(r);
      long denominator = rows.denominator(r);
      boolean own = rows.isFraction(r) ? numerator > denominator
          : numerator < 0 || (percent[rows.indicator(r)] && numerator / denominator >= 100);
      if (own || (duplicates.length > 0
          && Arrays.binarySearch(duplicates, key(rows.unit(r), rows.indicator(r), periodOfRow[rows.period(r)])) >= 0)) {
        checked.set(r);
      }
    }
  }
}
