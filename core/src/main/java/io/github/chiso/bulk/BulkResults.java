package io.github.chiso.bulk;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import io.github.chiso.InvalidValueException;
import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.compliance.CompiledThreshold;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Results in columns: for row i, the unit ({@link #unit(int)}, an index into {@link
 * Hierarchy#units()}), the indicator (an index into {@link #indicators()}), the period (an index into
 * {@link #periods()}), the value as an exact fraction {@code numerator / denominator} of the reading
 * (a decimal 83.5 is 835/10; parts 392/505 stay 392/505; the indicator's measure scales it, as in
 * {@link Reading#value}), the as-of day, and whether the reading was text only (the sign of the
 * stored denominator tells decimals, parts and text apart). The rows are also indexed by top-tier
 * unit (in row order within each), so that rollups can give each thread whole provinces. 32 bytes a
 * row in all.
 *
 * <p>A rank ({@link Reading.Rank}) is held as its place, a whole decimal, for an indicator measured
 * in ranks (the kernel judges it so: {@link CompiledPlan#notJudgedAsRank}); {@link #reading(int)}
 * gives the place back as that decimal, without the field. A rank on any other indicator, and parts
 * on an indicator measured in ranks (a share is never a place), are refused naming the row; so is a
 * change ({@link Reading.Delta}), which is not a level (a target on a change is judged from two
 * rows, see {@link BulkCompliance}).
 *
 * <p>Decimals must fit a long with at most 18 fractional digits. Immutable once built; the builder
 * is not thread-safe.
 *
 * @since 0.1.0
 */
public final class BulkResults {
  /**
   * Bytes each row takes: int unit, short indicator, short period, long numerator, long denominator
   * (its sign the kind), int as-of day, and the int of the by-unit index.
   */
  public static final int BYTES_PER_RESULT = 4 + 2 + 2 + 8 + 8 + 4 + 4;

  static final byte DECIMAL = 0;
  static final byte FRACTION = 1;
  static final byte TEXT = 2;

  private final Hierarchy hierarchy;
  private final ImmutableList<Indicator> indicators;
  private final ImmutableList<Period> periods;
  private final int size;
  private final int[] unit;
  private final short[] indicator;
  private final short[] period;
  private final long[] numerator;
  private final long[] denominator;
  private final int[] asOfDay;
  /** Units in the hierarchy's depth-first order (each root, then its descendants). */
  private final int[] unitsDepthFirst;
  /** Each unit's position in {@link #unitsDepthFirst}. */
  private final int[] depthFirstRank;
  /** The units of root {@code q} are {@code unitsDepthFirst[rootRankStart[q] .. rootRankStart[q + 1])}. */
  private final int[] rootRankStart;
  /** The rows of root {@code q}, in row order: {@code rowsByRoot[rootRowStart[q] .. rootRowStart[q + 1])}. */
  private final int[] rootRowStart;
  private final int[] rowsByRoot;
  private final boolean narrow;
  private final boolean distinctKeys;

  private BulkResults(Builder b) {
    this.hierarchy = b.hierarchy;
    this.indicators = ImmutableList.copyOf(b.indicators);
    this.periods = ImmutableList.copyOf(b.periodList);
    this.size = b.size;
    this.unit = Arrays.copyOf(b.unit, size);
    this.indicator = Arrays.copyOf(b.indicator, size);
    this.period = Arrays.copyOf(b.period, size);
    this.numerator = Arrays.copyOf(b.numerator, size);
    this.denominator = Arrays.copyOf(b.denominator, size);
    this.asOfDay = Arrays.copyOf(b.asOfDay, size);
    boolean fits = true;
    for (int r = 0; r < size; r++) {
      fits &= CompiledThreshold.Integers.isNarrow(numerator[r]) && CompiledThreshold.Integers.isNarrow(denominator[r]);
    }
    this.narrow = fits;
    List<AdminUnit> units = hierarchy.units();
    Map<String, Integer> index = new HashMap<>();
    for (int u = 0; u < units.size(); u++) {
      index.put(units.get(u).code(), u);
    }
    this.unitsDepthFirst = new int[units.size()];
    int[] rank = new int[units.size()];
    int next = 0;
    for (AdminUnit root : hierarchy.roots()) {
      rank[index.get(root.code())] = next;
      unitsDepthFirst[next++] = index.get(root.code());
      for (AdminUnit below : hierarchy.descendants(root.code())) {
        rank[index.get(below.code())] = next;
        unitsDepthFirst[next++] = index.get(below.code());
      }
    }
    this.depthFirstRank = rank;
    this.rootRankStart = new int[hierarchy.roots().size() + 1];
    int[] rootOfRank = new int[units.size()];
    for (int q = 0; q < hierarchy.roots().size(); q++) {
      rootRankStart[q + 1] = rootRankStart[q] + 1 + hierarchy.descendants(hierarchy.roots().get(q).code()).size();
      Arrays.fill(rootOfRank, rootRankStart[q], rootRankStart[q + 1], q);
    }
    int[] unitRowStart = new int[units.size() + 1];
    for (int r = 0; r < size; r++) {
      unitRowStart[rank[unit[r]] + 1]++;
    }
    for (int k = 0; k < units.size(); k++) {
      unitRowStart[k + 1] += unitRowStart[k];
    }
    int[] fill = Arrays.copyOf(unitRowStart, units.size());
    int[] rowsByUnit = new int[size];
    for (int r = 0; r < size; r++) {
      rowsByUnit[fill[rank[unit[r]]]++] = r;
    }
    int[] lastUnit = new int[Math.multiplyExact(Math.max(1, periods.size()), Math.max(1, indicators.size()))];
    boolean distinct = true;
    for (int k = 0; k < units.size() && distinct; k++) {
      for (int i = unitRowStart[k]; i < unitRowStart[k + 1]; i++) {
        int r = rowsByUnit[i];
        int key = period[r] * indicators.size() + indicator[r];
        distinct &= lastUnit[key] != k + 1;
        lastUnit[key] = k + 1;
      }
    }
    this.distinctKeys = distinct;
    this.rootRowStart = new int[rootRankStart.length];
    for (int q = 0; q + 1 < rootRankStart.length; q++) {
      rootRowStart[q + 1] = unitRowStart[rootRankStart[q + 1]];
    }
    int[] rootFill = Arrays.copyOf(rootRowStart, Math.max(0, rootRowStart.length - 1));
    this.rowsByRoot = rowsByUnit;
    for (int r = 0; r < size; r++) {
      rowsByRoot[rootFill[rootOfRank[rank[unit[r]]]]++] = r;
    }
  }

  /** A builder for results of {@code indicators} on the units of {@code hierarchy}. */
  public static Builder builder(Hierarchy hierarchy, List<Indicator> indicators) {
    return new Builder(hierarchy, indicators, 1024);
  }

  /** As {@link #builder(Hierarchy, List)}, with room for {@code expectedRows} rows from the start. */
  public static Builder builder(Hierarchy hierarchy, List<Indicator> indicators, int expectedRows) {
    return new Builder(hierarchy, indicators, Math.max(16, expectedRows));
  }

  /** Collects rows; add results one at a time (from the object model or while streaming a file). */
  public static final class Builder {
    private final Hierarchy hierarchy;
    private final List<Indicator> indicators;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> indicatorIndex = new HashMap<>();
    private final Map<Period, Integer> periodIndex = new HashMap<>();
    private final List<Period> periodList = new java.util.ArrayList<>();
    private int size;
    private int[] unit;
    private short[] indicator;
    private short[] period;
    private long[] numerator;
    private long[] denominator;
    private int[] asOfDay;

    private Builder(Hierarchy hierarchy, List<Indicator> indicators, int capacity) {
      unit = new int[capacity];
      indicator = new short[capacity];
      period = new short[capacity];
      numerator = new long[capacity];
      denominator = new long[capacity];
      asOfDay = new int[capacity];
      Check.argument(indicators.size() <= Short.MAX_VALUE, "at most %s indicators, not %s", Short.MAX_VALUE, indicators.size());
      this.hierarchy = hierarchy;
      this.indicators = ImmutableList.copyOf(indicators);
      List<AdminUnit> units = hierarchy.units();
      for (int i = 0; i < units.size(); i++) {
        unitIndex.put(units.get(i).code(), i);
      }
      for (int i = 0; i < indicators.size(); i++) {
        indicatorIndex.put(indicators.get(i).code(), i);
      }
    }

    /**
     * Adds one result.
     *
     * @throws io.github.chiso.InvalidValueException naming the result if its unit or indicator is
     *     unknown or its decimal does not fit
     */
    public Builder add(Result result) {
      Integer u = unitIndex.get(result.subjectCode());
      Integer i = indicatorIndex.get(result.indicatorCode());
      Check.argument(u != null, "bulk results: unit '%s' of %s is not a unit of the hierarchy", result.subjectCode(), result);
      Check.argument(i != null, "bulk results: indicator '%s' of %s is not known", result.indicatorCode(), result);
      Reading reading = result.reading();
      int row = size;
      CompiledPlan.notJudgedAsRank(reading, indicators.get(i).measure()).ifPresent(reason -> {
        throw new InvalidValueException("bulk results: row " + row + " (" + result + "): " + reason);
      });
      Check.argument(!(reading instanceof Reading.Delta), "bulk results: row %s (%s): a change against a reference "
          + "is not a level, and the columns hold levels (Compliance judges a change stated as such)", row, result);
      if (reading instanceof Reading.Fraction) {
        Reading.Fraction parts = (Reading.Fraction) reading;
        append(u, i, result.period(), result.asOf(), parts.numerator(), parts.denominator(), FRACTION);
      } else if (reading instanceof Reading.Decimal) {
        BigDecimal value = ((Reading.Decimal) reading).decimal();
        BigDecimal normal = value.scale() < 0 ? value.setScale(0) : value;
        Check.argument(normal.scale() <= 18 && normal.unscaledValue().bitLength() < 64,
            "bulk results: decimal %s of %s does not fit a long with at most 18 decimals", value, result);
        append(u, i, result.period(), result.asOf(), normal.unscaledValue().longValueExact(), LongMath.pow(10, normal.scale()), DECIMAL);
      } else if (reading instanceof Reading.Rank) {
        append(u, i, result.period(), result.asOf(), ((Reading.Rank) reading).place(), 1, DECIMAL);
      } else {
        append(u, i, result.period(), result.asOf(), 0, 1, TEXT);
      }
      return this;
    }

    /**
     * Appends a row with parts without building a {@link Result}, for loaders and generators: unit
     * and indicator are indices into {@code hierarchy.units()} and the indicators.
     */
    public Builder addParts(int unitIndex, int indicatorIndex, Period period, java.time.LocalDate asOf, long numerator, long denominator) {
      Check.argument(numerator >= 0 && denominator > 0,
          "bulk results: parts need numerator >= 0 and denominator > 0, got %s/%s", numerator, denominator);
      Check.argument(indicatorIndex < 0 || indicatorIndex >= indicators.size()
          || indicators.get(indicatorIndex).measure() != io.github.chiso.model.Measure.RANK,
          "bulk results: row %s: parts %s/%s are a share, not a place in a ranking (indicator %s takes ranks)",
          size, numerator, denominator, indicatorIndex < 0 || indicatorIndex >= indicators.size() ? "" : indicators.get(indicatorIndex).code());
      append(unitIndex, indicatorIndex, period, asOf, numerator, denominator, FRACTION);
      return this;
    }

    /** Appends a whole-number decimal row (a count, an amount). */
    public Builder addWhole(int unitIndex, int indicatorIndex, Period period, java.time.LocalDate asOf, long value) {
      append(unitIndex, indicatorIndex, period, asOf, value, 1, DECIMAL);
      return this;
    }

    /** Appends a text-only row. */
    public Builder addText(int unitIndex, int indicatorIndex, Period period, java.time.LocalDate asOf) {
      append(unitIndex, indicatorIndex, period, asOf, 0, 1, TEXT);
      return this;
    }

    private void append(int u, int i, Period p, java.time.LocalDate asOf, long n, long d, byte k) {
      Check.argument(u >= 0 && u < unitIndex.size(), "bulk results: no unit with index %s", u);
      Check.argument(i >= 0 && i < indicators.size(), "bulk results: no indicator with index %s", i);
      Check.argument(periodIndex.containsKey(p) || periodList.size() <= Short.MAX_VALUE,
          "bulk results: period %s would be one more than the %s periods the columns hold", p, Short.MAX_VALUE + 1);
      Integer period = periodIndex.computeIfAbsent(p, key -> {
        periodList.add(key);
        return periodList.size() - 1;
      });
      ensureCapacity();
      unit[size] = u;
      indicator[size] = (short) i;
      this.period[size] = (short) (int) period;
      asOfDay[size] = (int) asOf.toEpochDay();
      numerator[size] = n;
      denominator[size] = k == FRACTION ? -d : k == TEXT ? 0 : d;
      size++;
    }

    /** Adds every result. */
    public Builder addAll(Iterable<Result> results) {
      results.forEach(this::add);
      return this;
    }

    private void ensureCapacity() {
      if (size < unit.length) {
        return;
      }
      int capacity = Math.max(16, Math.addExact(unit.length, unit.length >> 1));
      unit = Arrays.copyOf(unit, capacity);
      indicator = Arrays.copyOf(indicator, capacity);
      period = Arrays.copyOf(period, capacity);
      numerator = Arrays.copyOf(numerator, capacity);
      denominator = Arrays.copyOf(denominator, capacity);
      asOfDay = Arrays.copyOf(asOfDay, capacity);
    }

    /** The columns, trimmed to size. */
    public BulkResults build() {
      return new BulkResults(this);
    }
  }

  /** The hierarchy the unit indices refer to. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /** The indicators the indicator indices refer to. */
  public ImmutableList<Indicator> indicators() {
    return indicators;
  }

  /** The distinct periods, in order of first appearance. */
  public ImmutableList<Period> periods() {
    return periods;
  }

  /** Number of rows. */
  public int size() {
    return size;
  }

  /** Row i's unit, an index into {@code hierarchy().units()}. */
  public int unit(int row) {
    return unit[row];
  }

  /** Row i's indicator, an index into {@link #indicators()}. */
  public int indicator(int row) {
    return indicator[row];
  }

  /** Row i's period, an index into {@link #periods()}. */
  public int period(int row) {
    return period[row];
  }

  /** Row i's numerator (the reading's, before the measure's scale). */
  public long numerator(int row) {
    return numerator[row];
  }

  /** Row i's denominator: positive (one for a text row). */
  public long denominator(int row) {
    long d = denominator[row];
    return d < 0 ? -d : d == 0 ? 1 : d;
  }

  /** Whether row i is text only. */
  public boolean isText(int row) {
    return denominator[row] == 0;
  }

  /** Whether row i gave parts (a fraction), whose value the measure scales. */
  public boolean isFraction(int row) {
    return denominator[row] < 0;
  }

  /** Row i's reading, rebuilt (a decimal comes back as its exact value with its scale). */
  public Reading reading(int row) {
    if (isFraction(row)) {
      return Reading.fraction(numerator[row], -denominator[row]);
    }
    if (!isText(row)) {
      return Reading.decimal(BigDecimal.valueOf(numerator[row], scaleOf(denominator[row])));
    }
    return Reading.text(io.github.chiso.model.TextStatus.NOT_AVAILABLE, "text");
  }

  /**
   * Row i as a result of the object model (a text row's wording is not kept: see {@link #reading}; nor
   * are a result's qualifiers, which never change a verdict: keep the result itself where they are
   * to be shown).
   */
  public Result result(int row) {
    return Result.builder().indicatorCode(indicators.get(indicator[row]).code())
        .subjectCode(hierarchy.units().get(unit[row]).code()).period(periods.get(period[row]))
        .asOf(asOf(row)).reading(reading(row)).build();
  }

  /** Row i's as-of day as an epoch day, without building a date. */
  public int asOfEpochDay(int row) {
    return asOfDay[row];
  }

  /** Row i's as-of day. */
  public java.time.LocalDate asOf(int row) {
    return java.time.LocalDate.ofEpochDay(asOfDay[row]);
  }

  int[] units() {
    return unit;
  }

  short[] indicatorColumn() {
    return indicator;
  }

  short[] periodColumn() {
    return period;
  }

  long[] numerators() {
    return numerator;
  }

  /**
   * The stored denominators: positive for a decimal (a power of ten), the negated denominator for
   * parts, zero for text.
   */
  long[] signedDenominators() {
    return denominator;
  }

  int[] asOfDays() {
    return asOfDay;
  }

  int[] unitsDepthFirst() {
    return unitsDepthFirst;
  }

  int[] depthFirstRank() {
    return depthFirstRank;
  }

  int[] rootRankStart() {
    return rootRankStart;
  }

  int[] rootRowStart() {
    return rootRowStart;
  }

  int[] rowsByRoot() {
    return rowsByRoot;
  }

  /** Whether no two rows share a unit, an indicator and a period. */
  boolean distinctKeys() {
    return distinctKeys;
  }

  /** Whether every numerator and denominator is {@link CompiledThreshold.Integers#isNarrow}. */
  boolean narrow() {
    return narrow;
  }

  /** The number of decimals of a decimal row's denominator, a power of ten. */
  static int scaleOf(long powerOfTen) {
    return LongMath.log10(powerOfTen, java.math.RoundingMode.UNNECESSARY);
  }

  /** Bytes the columns and the by-unit index hold, counted from the arrays themselves. */
  public long bytes() {
    return (long) unit.length * Integer.BYTES + (long) indicator.length * Short.BYTES
        + (long) period.length * Short.BYTES + (long) numerator.length * Long.BYTES
        + (long) denominator.length * Long.BYTES + (long) asOfDay.length * Integer.BYTES
        + (long) rowsByRoot.length * Integer.BYTES;
  }
}
