package io.github.chiso.bulk;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.compliance.CompiledThreshold;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.internal.Check;
import io.github.chiso.internal.Exact;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Result;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.CoveragePolicy;
import io.github.chiso.rollup.Rollup;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Rollups of a {@link BulkResults} for many {@link RollupSpec}s at once, with the answers {@link
 * Rollups#overUnits} gives for each spec: for every unit above the specs' source tier, the value by
 * the spec's rule over units (SUM, RATIO_OF_SUMS, WEIGHTED_MEAN, MEAN, MIN, MAX, SHARE_ and
 * COUNT_OF_UNITS_MEETING), each source unit's results first combined over the spec's period by the
 * indicator's period rule (SUM, LAST, MEAN), the coverage (source units below, and how many
 * reported a number), the coverage policy, and the latest as-of date; and the verdicts of every
 * cell against a plan ({@link #verdicts}).
 *
 * <p>The work is split by top-tier unit: each thread owns whole provinces, so it writes only its own
 * cells, with no copies of the accumulators and no merge. Sums are exact 64-bit integers; a spec
 * whose inputs leave 64 bits anywhere, or that the columns cannot hold exactly (a weighted mean, sums
 * of unlike fractions, overlapping periods), is computed by {@link Rollups#overUnits} itself from the
 * rows: the same exact answer, or the same refusal, at the object API's speed. Neither depends on the
 * number of threads.
 *
 * <p>Cells exist for units above the source tier only (a source unit's own figures are its rows).
 * Every spec must have the same source tier. Immutable and thread-safe once built.
 *
 * @since 0.1.0
 */
public final class BulkRollup {
  private static final int WIDTH = 4;
  private static final int COUNTS = 0;
  private static final int AS_OF = 1;
  private static final int A = 2;
  private static final int B = 3;
  private static final long PART = 1L << 32;

  private static final int NO_DATA = 0;
  private static final int WITHHELD = 1;
  private static final int PLAIN = 2;
  private static final int PARTS = 3;
  private static final int WIDE_MEAN = 4;

  private final BulkResults results;
  private final ImmutableList<RollupSpec> specs;
  private final int specCount;
  private final UnitRollup[] rule;
  private final PeriodRollup[] overPeriods;
  private final long[] fractionScale;
  private final CompiledThreshold[] unitTest;
  private final CoveragePolicy[] policy;
  private final int sourceLevel;
  private final int[] parent;
  private final int[] level;
  private final int[] cellOfUnit;
  private final int[] unitOfCell;
  private final int[] expected;
  private final int[] chunkCellStart;
  private final long[][] accumulators;
  private final boolean[] slow;
  /** Specs whose every source unit has at most one row: each row is its unit's figure, added straight to the cell. */
  private final boolean[] direct;
  /** Whether some spec is not {@link #direct}, so source units' rows must be grouped. */
  private final boolean anyIndirect;
  /** For a source unit, its parent's cell; −1 for other units. */
  private final int[] sourceParentCell;
  private final Rollup[] slowRollup;

  private BulkRollup(BulkResults results, List<RollupSpec> specList, int threads) {
    Check.argument(threads >= 1, "threads must be at least 1, got %s", threads);
    this.results = results;
    this.specs = ImmutableList.copyOf(specList);
    this.specCount = specs.size();
    Hierarchy hierarchy = results.hierarchy();
    Tier source = specs.isEmpty() ? hierarchy.scheme().bottom()
        : specs.get(0).sourceTier().orElse(hierarchy.scheme().bottom());
    for (RollupSpec spec : specs) {
      Tier tier = spec.sourceTier().orElse(hierarchy.scheme().bottom());
      Check.argument(tier.key().equals(source.key()),
          "bulk rollup: every spec needs the same source tier, but %s has '%s' and %s has '%s'",
          specs.get(0).indicator().code(), source.key(), spec.indicator().code(), tier.key());
    }
    this.sourceLevel = hierarchy.scheme().levelOf(source);
    this.rule = new UnitRollup[specCount];
    this.overPeriods = new PeriodRollup[specCount];
    this.fractionScale = new long[specCount];
    this.unitTest = new CompiledThreshold[specCount];
    this.policy = new CoveragePolicy[specCount];
    this.slow = new boolean[specCount];
    for (int s = 0; s < specCount; s++) {
      RollupSpec spec = specs.get(s);
      rule[s] = spec.rule();
      overPeriods[s] = spec.indicator().rollup().overPeriods();
      fractionScale[s] = spec.indicator().measure().fractionScale().longValueExact();
      policy[s] = spec.policy();
      unitTest[s] = spec.unitThreshold().map(t -> CompiledThreshold.of(t, spec.indicator())).orElse(null);
      slow[s] = rule[s] == UnitRollup.WEIGHTED_MEAN;
    }

    List<AdminUnit> units = hierarchy.units();
    Map<String, Integer> index = new HashMap<>();
    for (int u = 0; u < units.size(); u++) {
      index.put(units.get(u).code(), u);
    }
    this.parent = new int[units.size()];
    this.level = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      parent[u] = units.get(u).parentCode().map(index::get).orElse(-1);
      level[u] = hierarchy.scheme().levelOf(units.get(u).tier());
    }
    int[] depthFirst = results.unitsDepthFirst();
    this.cellOfUnit = new int[units.size()];
    java.util.Arrays.fill(cellOfUnit, -1);
    int cells = 0;
    for (int u : depthFirst) {
      if (level[u] < sourceLevel) {
        cellOfUnit[u] = cells++;
      }
    }
    this.unitOfCell = new int[cells];
    for (int u = 0; u < units.size(); u++) {
      if (cellOfUnit[u] >= 0) {
        unitOfCell[cellOfUnit[u]] = u;
      }
    }
    this.expected = new int[cells];
    for (int u = 0; u < units.size(); u++) {
      if (level[u] == sourceLevel) {
        for (int a = parent[u]; a >= 0; a = parent[a]) {
          expected[cellOfUnit[a]]++;
        }
      }
    }

    int[] chunkRootStart = chunks(results, threads);
    int chunkCount = chunkRootStart.length - 1;
    int[] rootRankStart = results.rootRankStart();
    int[] cellsBeforeRank = new int[depthFirst.length + 1];
    for (int k = 0; k < depthFirst.length; k++) {
      cellsBeforeRank[k + 1] = cellsBeforeRank[k] + (cellOfUnit[depthFirst[k]] >= 0 ? 1 : 0);
    }
    this.chunkCellStart = new int[chunkCount + 1];
    for (int c = 0; c <= chunkCount; c++) {
      chunkCellStart[c] = cellsBeforeRank[rootRankStart[chunkRootStart[c]]];
    }
    this.accumulators = new long[chunkCount][];
    SpecIndex specIndex = new SpecIndex(results, specs);
    this.direct = new boolean[specCount];
    boolean indirect = false;
    for (int s = 0; s < specCount; s++) {
      direct[s] = results.distinctKeys() && specIndex.rowPeriods[s] <= 1;
      indirect |= !direct[s];
    }
    this.anyIndirect = indirect;
    this.sourceParentCell = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      sourceParentCell[u] = level[u] == sourceLevel && sourceLevel > 0 ? cellOfUnit[parent[u]] : -1;
    }
    IntStream chunkStream = IntStream.range(0, chunkCount);
    (threads > 1 ? chunkStream.parallel() : chunkStream)
        .forEach(c -> accumulate(c, chunkRootStart[c], chunkRootStart[c + 1], specIndex));

    this.slowRollup = new Rollup[specCount];
    for (int s = 0; s < specCount; s++) {
      if (slow[s]) {
        slowRollup[s] = Rollups.overUnits(specs.get(s), hierarchy, rowsOf(specs.get(s)));
      }
    }
  }

  /** Every indicator × every period of the rows, with the indicator's own rules: spec {@code p × indicators + i}. */
  public static BulkRollup of(BulkResults results) {
    return of(results, 1);
  }

  /** As {@link #of(BulkResults)}, on up to {@code threads} threads. */
  public static BulkRollup of(BulkResults results, int threads) {
    return new BulkRollup(results, defaultSpecs(results), threads);
  }

  /**
   * The rollups {@code specs} ask for, on up to {@code threads} threads.
   *
   * @throws io.github.chiso.InvalidValueException if the specs' source tiers differ or are not in the
   *     hierarchy's scheme, {@code threads} is below one, or {@link Rollups#overUnits} refuses a spec
   *     (weights missing, results to be combined over time that overlap)
   */
  public static BulkRollup of(BulkResults results, List<RollupSpec> specs, int threads) {
    return new BulkRollup(results, specs, threads);
  }

  /** Every indicator × every period of the rows, with the indicator's own rules. */
  static List<RollupSpec> defaultSpecs(BulkResults results) {
    List<RollupSpec> specs = new ArrayList<>();
    for (Period period : results.periods()) {
      for (Indicator indicator : results.indicators()) {
        specs.add(RollupSpec.of(indicator, period));
      }
    }
    return specs;
  }


  /** Contiguous runs of top-tier units (as root ranges) with about equal rows, at most {@code threads}. */
  static int[] chunks(BulkResults results, int threads) {
    int[] rowStart = results.rootRowStart();
    int roots = rowStart.length - 1;
    long total = rowStart[roots];
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    for (int q = 1; q < roots; q++) {
      long before = rowStart[q];
      int chunk = bounds.size();
      if (chunk < threads && before * threads >= total * chunk && before > rowStart[bounds.get(chunk - 1)]) {
        bounds.add(q);
      }
    }
    bounds.add(roots);
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }

  /** For each (period, indicator) of the rows, the specs whose indicator and period take such rows. */
  private static final class SpecIndex {
    final int indicators;
    final int[] start;
    final int[] list;
    /** The key's spec when it has exactly one, else −1. */
    final int[] only;
    final long[] overlapMask;
    final int[] periodRank;
    /** Per spec, how many of the rows' periods lie within its period. */
    final int[] rowPeriods;

    SpecIndex(BulkResults results, List<RollupSpec> specs) {
      this.rowPeriods = new int[specs.size()];
      this.indicators = results.indicators().size();
      List<Period> periods = results.periods();
      int keys = periods.size() * indicators;
      List<List<Integer>> byKey = new ArrayList<>(keys);
      for (int key = 0; key < keys; key++) {
        byKey.add(new ArrayList<>());
      }
      for (int s = 0; s < specs.size(); s++) {
        RollupSpec spec = specs.get(s);
        for (int i = 0; i < indicators; i++) {
          if (!results.indicators().get(i).code().equals(spec.indicator().code())) {
            continue;
          }
          for (int p = 0; p < periods.size(); p++) {
            if (spec.period().contains(periods.get(p))) {
              byKey.get(p * indicators + i).add(s);
              rowPeriods[s]++;
            }
          }
        }
      }
      this.start = new int[keys + 1];
      for (int key = 0; key < keys; key++) {
        start[key + 1] = start[key] + byKey.get(key).size();
      }
      this.list = byKey.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
      this.only = new int[keys];
      for (int key = 0; key < keys; key++) {
        only[key] = byKey.get(key).size() == 1 ? byKey.get(key).get(0) : -1;
      }
      boolean masks = periods.size() <= Long.SIZE;
      this.overlapMask = new long[masks ? periods.size() : 0];
      for (int p = 0; p < overlapMask.length; p++) {
        for (int q = 0; q < periods.size(); q++) {
          Period a = periods.get(p);
          Period b = periods.get(q);
          if (!a.start().isAfter(b.end()) && !b.start().isAfter(a.end())) {
            overlapMask[p] |= 1L << q;
          }
        }
      }
      List<Period> sorted = new ArrayList<>(periods);
      sorted.sort(null);
      Map<Period, Integer> rank = new HashMap<>();
      for (int p = 0; p < sorted.size(); p++) {
        rank.put(sorted.get(p), p);
      }
      this.periodRank = periods.stream().mapToInt(rank::get).toArray();
    }
  }

  /**
   * One source unit's figure for each spec while its rows are read: what {@code Rollups} calls its
   * source. The first row only records itself; sums over periods start with the second.
   */
  private static final class Scratch {
    final int[] count;
    final int[] first;
    final int[] best;
    final int[] maxDay;
    final int[] parts;
    final long[] numerators;
    final long[] denominators;
    final long[] decimalSum;
    final long[] decimalPower;
    final long[] seen;
    final int[] touched;
    int touchedCount;
    int[] byUnit = new int[0];
    int[] unitStart = new int[1];
    int[] fill = new int[1];

    Scratch(int specs) {
      count = new int[specs];
      first = new int[specs];
      best = new int[specs];
      maxDay = new int[specs];
      parts = new int[specs];
      numerators = new long[specs];
      denominators = new long[specs];
      decimalSum = new long[specs];
      decimalPower = new long[specs];
      seen = new long[specs];
      touched = new int[specs];
    }
  }

  private void accumulate(int chunk, int fromRoot, int toRoot, SpecIndex specIndex) {
    int cellBase = chunkCellStart[chunk];
    long[] acc = new long[Math.multiplyExact(Math.multiplyExact(chunkCellStart[chunk + 1] - cellBase, specCount), WIDTH)];
    accumulators[chunk] = acc;
    int[] rootRowStart = results.rootRowStart();
    int[] rowsByRoot = results.rowsByRoot();
    int[] unit = results.units();
    short[] indicator = results.indicatorColumn();
    short[] period = results.periodColumn();
    long[] num = results.numerators();
    long[] den = results.signedDenominators();
    int[] day = results.asOfDays();
    int indicators = specIndex.indicators;
    int[] specStart = specIndex.start;
    int[] specList = specIndex.list;
    int[] onlySpec = specIndex.only;
    boolean[] direct = this.direct;
    boolean[] slow = this.slow;
    int[] parentCell = this.sourceParentCell;
    Scratch sc = anyIndirect ? new Scratch(specCount) : null;
    for (int q = fromRoot; q < toRoot; q++) {
      int from = rootRowStart[q];
      int to = rootRowStart[q + 1];
      for (int i = from; i < to; i++) {
        int r = rowsByRoot[i];
        int cell = parentCell[unit[r]] - cellBase;
        long d = den[r];
        if (cell < 0 || d == 0) {
          continue;
        }
        int key = period[r] * indicators + indicator[r];
        int only = onlySpec[key];
        if (only >= 0) {
          if (direct[only] && !slow[only]) {
            try {
              addRow(acc, (cell * specCount + only) * WIDTH, only, num[r], d, day[r]);
            } catch (ArithmeticException wide) {
              slow[only] = true;
            }
          }
          continue;
        }
        for (int j = specStart[key]; j < specStart[key + 1]; j++) {
          int s = specList[j];
          if (direct[s] && !slow[s]) {
            try {
              addRow(acc, (cell * specCount + s) * WIDTH, s, num[r], d, day[r]);
            } catch (ArithmeticException wide) {
              slow[s] = true;
            }
          }
        }
      }
      if (sc != null) {
        accumulateByUnit(q, from, to, sc, acc, cellBase, specIndex);
      }
    }
    int fromCell = chunkCellStart[chunk + 1] - 1;
    for (int c = fromCell; c >= cellBase; c--) {
      int up = parent[unitOfCell[c]];
      if (up < 0) {
        continue;
      }
      int parentBase = (cellOfUnit[up] - cellBase) * specCount * WIDTH;
      int childBase = (c - cellBase) * specCount * WIDTH;
      for (int s = 0; s < specCount; s++) {
        if (!slow[s]) {
          try {
            combine(acc, parentBase + s * WIDTH, acc, childBase + s * WIDTH, s);
          } catch (ArithmeticException wide) {
            slow[s] = true;
          }
        }
      }
    }
  }

  /**
   * Rolls the rows of root {@code q} up for the specs a unit may have several rows for: groups the
   * rows by unit (a counting sort into the scratch), then combines each unit's rows per spec, as
   * {@code Rollups} does, before adding the unit's figure to its parent's cell.
   */
  private void accumulateByUnit(int q, int from, int to, Scratch sc, long[] acc, int cellBase, SpecIndex specIndex) {
    int[] rankStart = results.rootRankStart();
    int firstRank = rankStart[q];
    int units = rankStart[q + 1] - firstRank;
    int[] rank = results.depthFirstRank();
    int[] depthFirst = results.unitsDepthFirst();
    int[] rowsByRoot = results.rowsByRoot();
    int[] unit = results.units();
    short[] indicator = results.indicatorColumn();
    short[] period = results.periodColumn();
    long[] num = results.numerators();
    long[] den = results.signedDenominators();
    int[] day = results.asOfDays();
    int indicators = specIndex.indicators;
    int[] specStart = specIndex.start;
    int[] specList = specIndex.list;
    int[] periodRank = specIndex.periodRank;
    if (sc.byUnit.length < to - from) {
      sc.byUnit = new int[to - from];
    }
    if (sc.unitStart.length < units + 1) {
      sc.unitStart = new int[units + 1];
      sc.fill = new int[units + 1];
    }
    int[] start = sc.unitStart;
    java.util.Arrays.fill(start, 0, units + 1, 0);
    for (int i = from; i < to; i++) {
      start[rank[unit[rowsByRoot[i]]] - firstRank + 1]++;
    }
    for (int k = 0; k < units; k++) {
      start[k + 1] += start[k];
    }
    System.arraycopy(start, 0, sc.fill, 0, units);
    for (int i = from; i < to; i++) {
      int r = rowsByRoot[i];
      sc.byUnit[sc.fill[rank[unit[r]] - firstRank]++] = r;
    }
    for (int k = 0; k < units; k++) {
      int u = depthFirst[firstRank + k];
      if (level[u] != sourceLevel || sourceLevel == 0) {
        continue;
      }
      int cell = cellOfUnit[parent[u]] - cellBase;
      sc.touchedCount = 0;
      for (int i = start[k]; i < start[k + 1]; i++) {
        int r = sc.byUnit[i];
        if (den[r] == 0) {
          continue;
        }
        int key = period[r] * indicators + indicator[r];
        for (int j = specStart[key]; j < specStart[key + 1]; j++) {
          int s = specList[j];
          if (slow[s] || direct[s]) {
            continue;
          }
          int seenBefore = sc.count[s]++;
          if (seenBefore == 0) {
            sc.touched[sc.touchedCount++] = s;
            sc.first[s] = r;
            sc.best[s] = r;
            sc.maxDay[s] = day[r];
            continue;
          }
          int b = sc.best[s];
          if (day[r] > day[b] || (day[r] == day[b] && periodRank[period[r]] >= periodRank[period[b]])) {
            sc.best[s] = r;
          }
          sc.maxDay[s] = Math.max(sc.maxDay[s], day[r]);
          if (overPeriods[s] != PeriodRollup.LAST) {
            try {
              if (seenBefore == 1) {
                sc.parts[s] = 0;
                sc.numerators[s] = 0;
                sc.denominators[s] = 0;
                sc.decimalSum[s] = 0;
                sc.decimalPower[s] = 1;
                sc.seen[s] = 0;
                overTime(sc, s, sc.first[s], specIndex, period, num, den);
              }
              overTime(sc, s, r, specIndex, period, num, den);
            } catch (ArithmeticException wide) {
              slow[s] = true;
            }
          }
        }
      }
      for (int t = 0; t < sc.touchedCount; t++) {
        int s = sc.touched[t];
        int count = sc.count[s];
        sc.count[s] = 0;
        if (!slow[s]) {
          try {
            addSource(acc, (cell * specCount + s) * WIDTH, s, sc, count, num, den);
          } catch (ArithmeticException wide) {
            slow[s] = true;
          }
        }
      }
    }
  }

  /**
   * Adds row {@code r} to a source unit's sums over periods; marks the spec for the object API when
   * its period overlaps one already added (which {@code Rollups} refuses) or the columns cannot tell.
   */
  private void overTime(Scratch sc, int s, int r, SpecIndex specIndex, short[] period, long[] num, long[] den) {
    int p = period[r];
    long[] overlapMask = specIndex.overlapMask;
    if (p >= overlapMask.length || (sc.seen[s] & overlapMask[p]) != 0) {
      throw new ArithmeticException("periods overlap, or too many periods for the overlap masks");
    }
    sc.seen[s] |= 1L << p;
    long d = den[r];
    if (d < 0) {
      sc.parts[s]++;
      sc.numerators[s] = Math.addExact(sc.numerators[s], num[r]);
      sc.denominators[s] = Math.addExact(sc.denominators[s], -d);
    } else {
      long held = sc.decimalPower[s];
      if (d > held) {
        sc.decimalSum[s] = Math.multiplyExact(sc.decimalSum[s], d / held);
        sc.decimalPower[s] = d;
        held = d;
      }
      sc.decimalSum[s] = Math.addExact(sc.decimalSum[s], Math.multiplyExact(num[r], held / d));
    }
  }

  /**
   * Adds the decimal {@code n / power} ({@code power} a power of ten) to a cell's sum held as {@code
   * a[base + A] / a[base + B]} (zero for a sum not yet started); throws ArithmeticException beyond
   * 64 bits.
   */
  private static void addDecimal(long[] a, int base, long n, long power) {
    long held = a[base + B] == 0 ? 1 : a[base + B];
    if (power > held) {
      a[base + A] = Math.multiplyExact(a[base + A], power / held);
      held = power;
    }
    a[base + B] = held;
    a[base + A] = Math.addExact(a[base + A], held == power ? n : Math.multiplyExact(n, held / power));
  }

  /** Observation kinds: parts {@code n/d} (times the fraction scale), a decimal {@code n/10^k}, or another fraction. */
  private static final int OBSERVED_PARTS = 0;
  private static final int OBSERVED_DECIMAL = 1;
  private static final int OBSERVED_FRACTION = 2;

  /**
   * Adds one source unit's figure for spec {@code s} to its parent's cell: the figure is the latest
   * row, or the rows combined by the period rule, as {@code Rollups} combines them.
   */
  private void addSource(long[] acc, int base, int s, Scratch sc, int count, long[] num, long[] den) {
    if (count == 1 || overPeriods[s] == PeriodRollup.LAST) {
      int r = sc.best[s];
      addRow(acc, base, s, num[r], den[r], sc.maxDay[s]);
    } else if (overPeriods[s] == PeriodRollup.SUM && sc.parts[s] == count) {
      addObservation(acc, base, s, OBSERVED_PARTS, sc.numerators[s], sc.denominators[s], sc.maxDay[s]);
    } else if (sc.parts[s] == 0) {
      boolean sum = overPeriods[s] == PeriodRollup.SUM;
      addObservation(acc, base, s, sum ? OBSERVED_DECIMAL : OBSERVED_FRACTION, sc.decimalSum[s],
          sum ? sc.decimalPower[s] : Math.multiplyExact(sc.decimalPower[s], count), sc.maxDay[s]);
    } else {
      throw new ArithmeticException("sum of unlike fractions");
    }
  }

  /** Adds one row as a source unit's figure (its only row, or its latest). */
  private void addRow(long[] acc, int base, int s, long n, long signedDenominator, int day) {
    boolean parts = signedDenominator < 0;
    addObservation(acc, base, s, parts ? OBSERVED_PARTS : OBSERVED_DECIMAL, n,
        parts ? -signedDenominator : signedDenominator, day);
  }

  /** Adds a source unit's figure {@code n/d} of {@code kind} to the cell at {@code base}, by spec {@code s}'s rule. */
  private void addObservation(long[] acc, int base, int s, int kind, long n, long d, int asOf) {
    long counts = acc[base + COUNTS];
    int reporting = (int) counts;
    switch (rule[s]) {
      case RATIO_OF_SUMS:
        if (kind == OBSERVED_PARTS) {
          acc[base + A] = Math.addExact(acc[base + A], n);
          acc[base + B] = Math.addExact(acc[base + B], d);
        }
        break;
      case SUM:
      case MEAN:
        if (kind != OBSERVED_DECIMAL) {
          throw new ArithmeticException("sum of fractions");
        }
        addDecimal(acc, base, n, d);
        break;
      case MIN:
      case MAX: {
        long value = kind == OBSERVED_PARTS ? Math.multiplyExact(fractionScale[s], n) : n;
        if (reporting == 0 || better(s, value, d, acc[base + A], acc[base + B])) {
          acc[base + A] = value;
          acc[base + B] = d;
        }
        break;
      }
      case SHARE_OF_UNITS_MEETING:
      case COUNT_OF_UNITS_MEETING: {
        long value = kind == OBSERVED_PARTS ? Math.multiplyExact(fractionScale[s], n) : n;
        acc[base + A] += 1 + (unitTest[s].meets(value, d, false) ? PART : 0);
        break;
      }
      default:
        throw new AssertionError(rule[s]);
    }
    acc[base + AS_OF] = reporting == 0 ? asOf : Math.max(acc[base + AS_OF], asOf);
    acc[base + COUNTS] = counts + 1 + (kind == OBSERVED_PARTS ? PART : 0);
  }

  /** Whether {@code n/d} replaces the held {@code heldN/heldD} as the minimum (MIN) or maximum (MAX). */
  private boolean better(int s, long n, long d, long heldN, long heldD) {
    int sign = Exact.compareFractions(n, d, heldN, heldD);
    return rule[s] == UnitRollup.MIN ? sign < 0 : sign > 0;
  }

  /** Adds the child cell at {@code from} into the parent cell at {@code to}, by spec {@code s}'s rule. */
  private void combine(long[] to, int base, long[] from, int child, int s) {
    int childReporting = (int) from[child + COUNTS];
    if (childReporting == 0) {
      return;
    }
    if ((int) to[base + COUNTS] == 0) {
      System.arraycopy(from, child, to, base, WIDTH);
      return;
    }
    switch (rule[s]) {
      case RATIO_OF_SUMS:
        to[base + A] = Math.addExact(to[base + A], from[child + A]);
        to[base + B] = Math.addExact(to[base + B], from[child + B]);
        break;
      case SUM:
      case MEAN:
        addDecimal(to, base, from[child + A], from[child + B]);
        break;
      case MIN:
      case MAX:
        if (better(s, from[child + A], from[child + B], to[base + A], to[base + B])) {
          to[base + A] = from[child + A];
          to[base + B] = from[child + B];
        }
        break;
      case SHARE_OF_UNITS_MEETING:
      case COUNT_OF_UNITS_MEETING:
        to[base + A] += from[child + A];
        break;
      default:
        throw new AssertionError(rule[s]);
    }
    to[base + AS_OF] = Math.max(to[base + AS_OF], from[child + AS_OF]);
    to[base + COUNTS] += from[child + COUNTS];
  }

  private List<Result> rowsOf(RollupSpec spec) {
    List<Result> rows = new ArrayList<>();
    for (int r = 0; r < results.size(); r++) {
      if (!results.isText(r) && results.indicators().get(results.indicator(r)).code().equals(spec.indicator().code())
          && spec.period().contains(results.periods().get(results.period(r)))) {
        rows.add(results.result(r));
      }
    }
    return rows;
  }

  /** The specs, in the order their indices refer to. */
  public ImmutableList<RollupSpec> specs() {
    return specs;
  }

  /** The spec index of {@code (indicator, period)} in a rollup made by {@link #of(BulkResults, int)}. */
  public int spec(int indicator, int period) {
    return period * results.indicators().size() + indicator;
  }

  /** The rows rolled up. */
  public BulkResults results() {
    return results;
  }

  /** Number of units with cells: those above the source tier. */
  public int cellUnits() {
    return unitOfCell.length;
  }

  /** Whether unit {@code unit} (an index into the hierarchy's units) has cells. */
  public boolean hasCells(int unit) {
    return unit >= 0 && unit < cellOfUnit.length && cellOfUnit[unit] >= 0;
  }

  private int cell(int unit) {
    Check.argument(unit >= 0 && unit < cellOfUnit.length, "unit index %s is not in [0, %s)", unit, cellOfUnit.length);
    int c = cellOfUnit[unit];
    if (c < 0) {
      throw Check.invalid("unit %s is at or below the source tier: it has no rollup",
          results.hierarchy().units().get(unit).code());
    }
    return c;
  }

  private void checkSpec(int spec) {
    Check.argument(spec >= 0 && spec < specCount, "spec index %s is not in [0, %s)", spec, specCount);
  }

  private long[] chunkOf(int cell, int[] local) {
    int lo = 0;
    int hi = chunkCellStart.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (chunkCellStart[mid] <= cell) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    local[0] = cell - chunkCellStart[lo];
    return accumulators[lo];
  }

  private RollupCell slowCell(int unit, int spec) {
    return slowRollup[spec].require(results.hierarchy().units().get(unit).code());
  }

  /** The item index of {@code (unit, spec)} in {@link #verdicts}. */
  public int item(int unit, int spec) {
    checkSpec(spec);
    return cell(unit) * specCount + spec;
  }

  /** The verdicts of every cell against {@code plan}, on one thread: see {@link #verdicts(CompiledPlan, int)}. */
  public BulkVerdicts verdicts(CompiledPlan plan) {
    return verdicts(plan, 1);
  }

  /**
   * The verdict of every cell ({@link #item(int, int)}) against each target that applies to it —
   * {@link CompiledPlan#targetsFor} on the spec's indicator and period and the cell unit's scope —
   * as {@link Rollups#assess(io.github.chiso.model.Target, io.github.chiso.hierarchy.Subject,
   * RollupCell)} gives it: NO_DATA when nothing reported, NOT_EVALUABLE when the value is withheld
   * or the threshold not yet in effect on the cell's as-of date, else MET or NOT_MET. Threads take
   * whole provinces, as the rollup did.
   */
  public BulkVerdicts verdicts(CompiledPlan plan, int threads) {
    Check.argument(threads >= 1, "threads must be at least 1, got %s", threads);
    KeyTable table = cellTable(plan);
    byte[] out = cellBuffer(table);
    IntStream chunks = IntStream.range(0, accumulators.length);
    (threads > 1 ? chunks.parallel() : chunks).forEach(chunk -> judgeCells(chunk, table, out, false));
    for (int chunk = 0; chunk < accumulators.length; chunk++) {
      judgeCells(chunk, table, out, true);
    }
    return cellVerdicts(table, out);
  }

  private KeyTable cellTable(CompiledPlan plan) {
    return new KeyTable(plan, results.hierarchy(), specCount, s -> specs.get(s).indicator().code(),
        s -> specs.get(s).period());
  }

  private byte[] cellBuffer(KeyTable table) {
    return new byte[Math.multiplyExact(Math.multiplyExact(unitOfCell.length, specCount), table.slots)];
  }

  private BulkVerdicts cellVerdicts(KeyTable table, byte[] out) {
    int[] scopeOfUnit = table.scopeOfUnit;
    int scopes = table.scopes;
    return new BulkVerdicts(unitOfCell.length * specCount, table.slots, out, table.targets,
        item -> (item % specCount) * scopes + scopeOfUnit[unitOfCell[item / specCount]]);
  }

  /**
   * Judges the cells of one chunk: the specs computed in the columns, or ({@code slowSpecs}) those
   * computed by the object API, through {@link Rollups#assess}.
   */
  private void judgeCells(int chunk, KeyTable table, byte[] out, boolean slowSpecs) {
    long[] acc = accumulators[chunk];
    long[] parts = new long[3];
    int slots = table.slots;
    for (int c = chunkCellStart[chunk]; c < chunkCellStart[chunk + 1]; c++) {
      int unit = unitOfCell[c];
      int scope = table.scopeOfUnit[unit];
      for (int spec = 0; spec < specCount; spec++) {
        if (slow[spec] != slowSpecs) {
          continue;
        }
        int key = (spec * table.scopes + scope) * slots;
        int item = (c * specCount + spec) * slots;
        if (slots == 0 || table.testId[key] == 0) {
          java.util.Arrays.fill(out, item, item + slots, BulkVerdicts.NONE);
          continue;
        }
        int base = ((c - chunkCellStart[chunk]) * specCount + spec) * WIDTH;
        int kind = slowSpecs ? -1 : value(acc, base, expected[c], spec, parts);
        for (int slot = 0; slot < slots; slot++) {
          CompiledThreshold test = table.byId[table.testId[key + slot]];
          out[item + slot] = test == null ? BulkVerdicts.NONE
              : slowSpecs ? (byte) Rollups.assess(table.targets[key + slot], results.hierarchy().units().get(unit),
                  slowCell(unit, spec)).status().ordinal()
              : table.mode[table.testId[key + slot]] == KeyTable.CHANGE ? changeOfOneCell(kind)
              : judge(test, kind, parts, spec, acc[base + AS_OF]);
        }
      }
    }
  }

  /**
   * A cell against a target on a change, as {@link Rollups#assess(io.github.chiso.model.Target,
   * io.github.chiso.hierarchy.Subject, RollupCell)} judges one cell: NO_DATA when nothing reported,
   * else NOT_EVALUABLE, the reference period's cell not being at hand (the object API's {@link
   * Rollups#assess(io.github.chiso.model.Target, io.github.chiso.hierarchy.Subject, RollupCell,
   * RollupCell)} judges two cells).
   */
  private static byte changeOfOneCell(int kind) {
    return (byte) (kind == NO_DATA ? Status.NO_DATA : Status.NOT_EVALUABLE).ordinal();
  }

  private byte judge(CompiledThreshold test, int kind, long[] parts, int spec, long asOfDay) {
    Status status;
    switch (kind) {
      case NO_DATA:
        status = Status.NO_DATA;
        break;
      case WITHHELD:
        status = Status.NOT_EVALUABLE;
        break;
      case PLAIN:
        status = test.judge(parts[0], parts[1], false, asOfDay);
        break;
      case PARTS:
        long scaled = LongMath.saturatedMultiply(parts[0], fractionScale[spec]);
        status = scaled != Long.MAX_VALUE && scaled != Long.MIN_VALUE
            ? test.judge(scaled, parts[1], false, asOfDay)
            : test.judge(Rational.of(BigInteger.valueOf(parts[0]).multiply(BigInteger.valueOf(fractionScale[spec])),
                BigInteger.valueOf(parts[1])), LocalDate.ofEpochDay(asOfDay));
        break;
      case WIDE_MEAN:
        status = test.judge(wideMean(parts), LocalDate.ofEpochDay(asOfDay));
        break;
      default:
        throw new AssertionError(kind);
    }
    return (byte) status.ordinal();
  }

  /** Source units below the unit. */
  public int expected(int unit) {
    return expected[cell(unit)];
  }

  /** Source units below the unit that reported a number for the spec. */
  public int reporting(int unit, int spec) {
    int c = cell(unit);
    checkSpec(spec);
    if (slow[spec]) {
      return slowCell(unit, spec).coverage().reporting();
    }
    int[] local = new int[1];
    long[] acc = chunkOf(c, local);
    return (int) acc[(local[0] * specCount + spec) * WIDTH + COUNTS];
  }

  /** The latest as-of date of what went into the cell; the spec period's end if nothing did. */
  public LocalDate asOf(int unit, int spec) {
    int c = cell(unit);
    checkSpec(spec);
    if (slow[spec]) {
      return slowCell(unit, spec).asOf();
    }
    int[] local = new int[1];
    long[] acc = chunkOf(c, local);
    int base = (local[0] * specCount + spec) * WIDTH;
    return (int) acc[base + COUNTS] == 0 ? specs.get(spec).period().end() : LocalDate.ofEpochDay(acc[base + AS_OF]);
  }

  /** The rolled-up value, as {@link RollupCell#value()}: empty when nothing reported, the rule gives none, or the policy withholds it. */
  public Optional<Rational> value(int unit, int spec) {
    int c = cell(unit);
    checkSpec(spec);
    if (slow[spec]) {
      return slowCell(unit, spec).value();
    }
    long[] parts = new long[3];
    int kind = value(c, spec, parts);
    switch (kind) {
      case PLAIN:
        return Optional.of(Rational.of(parts[0], parts[1]));
      case PARTS:
        return Optional.of(Rational.of(BigInteger.valueOf(parts[0]).multiply(BigInteger.valueOf(fractionScale[spec])),
            BigInteger.valueOf(parts[1])));
      case WIDE_MEAN:
        return Optional.of(wideMean(parts));
      default:
        return Optional.empty();
    }
  }

  /** Σ numerators of a ratio of sums' cell, as {@link RollupCell#numerator()}. */
  public Optional<BigInteger> numerator(int unit, int spec) {
    return ratioPart(unit, spec, 0);
  }

  /** Σ denominators of a ratio of sums' cell, as {@link RollupCell#denominator()}. */
  public Optional<BigInteger> denominator(int unit, int spec) {
    return ratioPart(unit, spec, 1);
  }

  private Optional<BigInteger> ratioPart(int unit, int spec, int which) {
    int c = cell(unit);
    checkSpec(spec);
    if (slow[spec]) {
      RollupCell cell = slowCell(unit, spec);
      return which == 0 ? cell.numerator() : cell.denominator();
    }
    long[] parts = new long[3];
    int kind = value(c, spec, parts);
    if (kind == PARTS) {
      return Optional.of(BigInteger.valueOf(parts[which]));
    }
    if (kind == PLAIN && (rule[spec] == UnitRollup.SHARE_OF_UNITS_MEETING)) {
      return Optional.of(BigInteger.valueOf(which == 0 ? parts[0] / 100 : parts[1]));
    }
    return Optional.empty();
  }

  /** The mean {@code out[0] / (out[1] × out[2])} whose denominator leaves 64 bits. */
  private static Rational wideMean(long[] parts) {
    return Rational.of(BigInteger.valueOf(parts[0]),
        BigInteger.valueOf(parts[1]).multiply(BigInteger.valueOf(parts[2])));
  }

  /**
   * The value of a fast cell as {@code out[0] / out[1]}: PLAIN, PARTS (times the fraction scale),
   * WIDE_MEAN (see {@link #wideMean}), or NO_DATA / WITHHELD with no value; {@code out} holds three.
   */
  private int value(int cell, int spec, long[] out) {
    int[] local = new int[1];
    long[] acc = chunkOf(cell, local);
    return value(acc, (local[0] * specCount + spec) * WIDTH, expected[cell], spec, out);
  }

  private int value(long[] acc, int base, int expectedHere, int spec, long[] out) {
    long counts = acc[base + COUNTS];
    int reporting = (int) counts;
    if (reporting == 0) {
      return NO_DATA;
    }
    if (!policy[spec].isSatisfiedBy(reporting, expectedHere)) {
      return WITHHELD;
    }
    long a = acc[base + A];
    long b = acc[base + B];
    switch (rule[spec]) {
      case RATIO_OF_SUMS:
        if ((int) (counts >>> 32) != reporting || b == 0) {
          return WITHHELD;
        }
        out[0] = a;
        out[1] = b;
        return PARTS;
      case SUM:
        out[0] = a;
        out[1] = b;
        return PLAIN;
      case MEAN:
        out[0] = a;
        long denominator = LongMath.saturatedMultiply(b, reporting);
        if (denominator == Long.MAX_VALUE) {
          out[1] = b;
          out[2] = reporting;
          return WIDE_MEAN;
        }
        out[1] = denominator;
        return PLAIN;
      case MIN:
      case MAX:
        out[0] = a;
        out[1] = b;
        return PLAIN;
      case SHARE_OF_UNITS_MEETING:
      case COUNT_OF_UNITS_MEETING:
        int judged = (int) a;
        long meeting = a >>> 32;
        if (judged == 0) {
          return WITHHELD;
        }
        boolean share = rule[spec] == UnitRollup.SHARE_OF_UNITS_MEETING;
        out[0] = share ? 100 * meeting : meeting;
        out[1] = share ? judged : 1;
        return PLAIN;
      default:
        throw new AssertionError(rule[spec]);
    }
  }
}
