package io.github.chiso.bulk;

import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Target;
import io.github.chiso.model.UnitRollup;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Sums of the source-tier rows of a {@link BulkResults} for every unit above the source tier, every
 * indicator and every period, in one pass: the numbers {@link io.github.chiso.rollup.Rollups} would
 * give for RATIO_OF_SUMS (Σ numerators / Σ denominators of rows with parts) and SUM (Σ values of
 * whole-number rows), with coverage (source units below the unit, and how many reported a number).
 *
 * <p>Rules other than RATIO_OF_SUMS and SUM are not computed here (use the object API).
 * It assumes at most one row per (unit, indicator, period), as a monthly national feed has; the
 * object API combines several by the indicator's period rule. Sums are exact longs and raise
 * {@link ArithmeticException} on overflow.
 */
public final class BulkRollup {
  private final BulkResults results;
  private final int sourceLevel;
  private final int[] cell;
  private final int cells;
  private final int indicators;
  private final int periods;
  private final int[] expected;
  /** Per cell key k: counts[3k] reporting, counts[3k+1] with parts, counts[3k+2] whole numbers. */
  private final int[] counts;
  /** Per cell key k: totals[3k] Σ numerators, totals[3k+1] Σ denominators, totals[3k+2] Σ values. */
  private final long[] totals;

  private BulkRollup(BulkResults results, int parallelism) {
    this.results = results;
    Hierarchy hierarchy = results.hierarchy();
    List<AdminUnit> units = hierarchy.units();
    this.sourceLevel = hierarchy.scheme().tiers().size() - 1;
    this.indicators = results.indicators().size();
    this.periods = Math.max(1, results.periods().size());
    int[] parent = new int[units.size()];
    int[] level = new int[units.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int u = 0; u < units.size(); u++) {
      index.put(units.get(u).code(), u);
    }
    this.cell = new int[units.size()];
    int next = 0;
    for (int u = 0; u < units.size(); u++) {
      AdminUnit unit = units.get(u);
      parent[u] = unit.parentCode().map(index::get).orElse(-1);
      level[u] = hierarchy.scheme().levelOf(unit.tier());
      cell[u] = level[u] < sourceLevel ? next++ : -1;
    }
    this.cells = next;
    this.expected = new int[cells];
    for (int u = 0; u < units.size(); u++) {
      if (level[u] == sourceLevel) {
        for (int a = parent[u]; a >= 0; a = parent[a]) {
          expected[cell[a]]++;
        }
      }
    }
    int size = cells * indicators * periods;
    int chunks = Math.max(1, Math.min(parallelism, results.size()));
    int rowsPerChunk = (results.size() + chunks - 1) / chunks;
    int[][] chunkCounts = new int[chunks][];
    long[][] chunkTotals = new long[chunks][];
    int[] parentCell = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      parentCell[u] = level[u] == sourceLevel && parent[u] >= 0 ? cell[parent[u]] : -1;
    }
    IntStream.range(0, chunks).parallel().forEach(c -> {
      chunkCounts[c] = new int[3 * size];
      chunkTotals[c] = new long[3 * size];
      accumulate(results, parentCell, c * rowsPerChunk, Math.min(results.size(), (c + 1) * rowsPerChunk),
          chunkCounts[c], chunkTotals[c]);
    });
    this.counts = chunkCounts[0];
    this.totals = chunkTotals[0];
    for (int c = 1; c < chunks; c++) {
      for (int k = 0; k < 3 * size; k++) {
        counts[k] += chunkCounts[c][k];
        totals[k] = Math.addExact(totals[k], chunkTotals[c][k]);
      }
    }
    int block = 3 * indicators * periods;
    for (int l = sourceLevel - 1; l > 0; l--) {
      for (int u = 0; u < units.size(); u++) {
        if (level[u] == l && parent[u] >= 0) {
          int from = cell[u] * block;
          int to = cell[parent[u]] * block;
          for (int k = 0; k < block; k++) {
            counts[to + k] += counts[from + k];
            totals[to + k] = Math.addExact(totals[to + k], totals[from + k]);
          }
        }
      }
    }
  }

  private void accumulate(BulkResults results, int[] parentCell, int from, int to, int[] counts, long[] totals) {
    int[] unit = results.units();
    short[] indicator = results.indicatorColumn();
    short[] period = results.periodColumn();
    long[] num = results.numerators();
    long[] den = results.denominators();
    byte[] kind = results.kinds();
    int cellStride = indicators * periods;
    for (int r = from; r < to; r++) {
      int c = parentCell[unit[r]];
      byte kr = kind[r];
      if (c < 0 || kr == BulkResults.TEXT) {
        continue;
      }
      int k = 3 * (c * cellStride + period[r] * indicators + indicator[r]);
      counts[k]++;
      if (kr == BulkResults.FRACTION) {
        counts[k + 1]++;
        totals[k] = Math.addExact(totals[k], num[r]);
        totals[k + 1] = Math.addExact(totals[k + 1], den[r]);
      } else if (den[r] == 1) {
        counts[k + 2]++;
        totals[k + 2] = Math.addExact(totals[k + 2], num[r]);
      }
    }
  }

  /** Sums for every unit above the source tier (the hierarchy's bottom tier). */
  public static BulkRollup of(BulkResults results) {
    return new BulkRollup(results, 1);
  }

  /**
   * As {@link #of(BulkResults)}, splitting the rows into up to {@code parallelism} chunks summed on
   * parallel threads (the common fork-join pool and the caller); the sums are exact, so the answer
   * is the same.
   */
  public static BulkRollup of(BulkResults results, int parallelism) {
    Check.argument(parallelism >= 1, "parallelism must be at least 1, got %s", parallelism);
    return new BulkRollup(results, parallelism);
  }

  private int key(int unit, int indicator, int period) {
    int c = cell[unit];
    if (c < 0) {
      throw Check.invalid("unit %s is at the source tier: it has no rollup", results.hierarchy().units().get(unit).code());
    }
    return (c * periods + period) * indicators + indicator;
  }

  /**
   * The status of every cell against the plan's first target on each indicator, judged for the
   * cell's unit on its rolled-up value (RATIO_OF_SUMS or SUM as the indicator declares) as of the
   * period's end, as {@link io.github.chiso.rollup.Rollups#assess(Target,
   * io.github.chiso.hierarchy.Subject, io.github.chiso.rollup.RollupCell)} would: NO_DATA when
   * nothing reported, NOT_EVALUABLE when there is no value or no threshold. Indexed like the sums:
   * {@code ((cell × periods) + period) × indicators + indicator}, cells in hierarchy order above the
   * source tier.
   */
  public byte[] statuses(Plan plan) {
    Map<String, Target> first = BulkCompliance.firstTargets(plan);
    List<AdminUnit> units = results.hierarchy().units();
    byte[] out = new byte[cells * indicators * periods];
    byte noData = (byte) Status.NO_DATA.ordinal();
    byte notEvaluable = (byte) Status.NOT_EVALUABLE.ordinal();
    byte met = (byte) Status.MET.ordinal();
    byte notMet = (byte) Status.NOT_MET.ordinal();
    long[] periodEnd = new long[periods];
    for (int p = 0; p < results.periods().size(); p++) {
      periodEnd[p] = results.periods().get(p).end().toEpochDay();
    }
    Map<Scope, BulkCompliance.Compiled[]> byScope = new HashMap<>();
    UnitRollup[] rules = new UnitRollup[indicators];
    for (int i = 0; i < indicators; i++) {
      rules[i] = results.indicators().get(i).rollup().overUnits();
    }
    for (int u = 0; u < units.size(); u++) {
      if (cell[u] < 0) {
        continue;
      }
      AdminUnit unit = units.get(u);
      BulkCompliance.Compiled[] compiled =
          byScope.computeIfAbsent(unit.scope(), scope -> BulkCompliance.compile(first, results.indicators(), scope));
      for (int p = 0; p < periods; p++) {
        int k = key(u, 0, p);
        for (int i = 0; i < indicators; i++, k++) {
          BulkCompliance.Compiled c = compiled[i];
          UnitRollup rule = rules[i];
          if (c == null) {
            out[k] = notEvaluable;
          } else if (counts[3 * k] == 0) {
            out[k] = noData;
          } else if (rule == UnitRollup.RATIO_OF_SUMS ? counts[3 * k + 1] != counts[3 * k] || totals[3 * k + 1] == 0
              : counts[3 * k + 2] != counts[3 * k]) {
            out[k] = notEvaluable;
          } else if (c.average || periodEnd[p] < c.effectiveFromDay) {
            out[k] = notEvaluable;
          } else if (c.fast) {
            boolean ok = rule == UnitRollup.RATIO_OF_SUMS
                ? BulkCompliance.judge(c, totals[3 * k], totals[3 * k + 1], c.fractionScale)
                : BulkCompliance.judge(c, totals[3 * k + 2], 1, 1);
            out[k] = ok ? met : notMet;
          } else {
            out[k] = (byte) Compliance.judge(c.target, unit, value(u, i, p, rule).orElseThrow(),
                results.periods().get(p), results.periods().get(p).end()).status().ordinal();
          }
        }
      }
    }
    return out;
  }

  /** Index of {@code (unit, indicator, period)} in {@link #statuses}. */
  public int index(int unit, int indicator, int period) {
    return key(unit, indicator, period);
  }

  /** Source units below the unit. */
  public int expected(int unit) {
    return expected[cell[unit]];
  }

  /** Source units below the unit that reported a number for the indicator and period. */
  public int reporting(int unit, int indicator, int period) {
    return counts[3 * key(unit, indicator, period)];
  }

  /** Σ numerators of the parts below, for the indicator and period. */
  public long numerator(int unit, int indicator, int period) {
    return totals[3 * key(unit, indicator, period)];
  }

  /** Σ denominators of the parts below, for the indicator and period. */
  public long denominator(int unit, int indicator, int period) {
    return totals[3 * key(unit, indicator, period) + 1];
  }

  /**
   * The value by {@code rule} (RATIO_OF_SUMS or SUM), empty when nothing reported or, for a ratio,
   * when some result lacked parts.
   *
   * @throws UnsupportedOperationException for other rules, and for a sum over readings that are not
   *     whole-number decimals (the object API handles those)
   */
  public Optional<Rational> value(int unit, int indicator, int period, UnitRollup rule) {
    int k = key(unit, indicator, period);
    if (counts[3 * k] == 0) {
      return Optional.empty();
    }
    Indicator ind = results.indicators().get(indicator);
    switch (rule) {
      case RATIO_OF_SUMS:
        if (counts[3 * k + 1] != counts[3 * k] || totals[3 * k + 1] == 0) {
          return Optional.empty();
        }
        BigInteger scale = ind.measure() == Measure.PERCENT ? BigInteger.valueOf(100) : BigInteger.ONE;
        return Optional.of(Rational.of(BigInteger.valueOf(totals[3 * k]).multiply(scale), BigInteger.valueOf(totals[3 * k + 1])));
      case SUM:
        if (counts[3 * k + 2] != counts[3 * k]) {
          throw new UnsupportedOperationException("bulk SUM adds whole-number decimals; unit "
              + results.hierarchy().units().get(unit).code() + " has other readings below it");
        }
        return Optional.of(Rational.valueOf(totals[3 * k + 2]));
      default:
        throw new UnsupportedOperationException("bulk rollups do " + UnitRollup.RATIO_OF_SUMS + " and " + UnitRollup.SUM + ", not " + rule);
    }
  }
}
