package io.github.chiso.bulk;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Rational;
import io.github.chiso.model.UnitRollup;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Sums of the source-tier rows of a {@link BulkResults} for every unit above the source tier, every
 * indicator and every period, in one pass: the numbers {@link io.github.chiso.rollup.Rollups} would
 * give for RATIO_OF_SUMS (Σ numerators / Σ denominators of rows with parts) and SUM (Σ values of
 * whole-number rows), with coverage (source units below the unit, and how many reported a number).
 *
 * <p>It assumes at most one row per (unit, indicator, period), as a monthly national feed has; the
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
  private final int[] reporting;
  private final int[] withParts;
  private final int[] wholeNumbers;
  private final long[] numerators;
  private final long[] denominators;
  private final long[] sums;

  private BulkRollup(BulkResults results) {
    this.results = results;
    Hierarchy hierarchy = results.hierarchy();
    List<AdminUnit> units = hierarchy.units();
    this.sourceLevel = hierarchy.scheme().tiers().size() - 1;
    this.indicators = results.indicators().size();
    this.periods = Math.max(1, results.periods().size());
    int[] parent = new int[units.size()];
    int[] level = new int[units.size()];
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
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
    this.reporting = new int[size];
    this.withParts = new int[size];
    this.wholeNumbers = new int[size];
    this.numerators = new long[size];
    this.denominators = new long[size];
    this.sums = new long[size];
    int[] unit = results.units();
    short[] indicator = results.indicatorColumn();
    short[] period = results.periodColumn();
    long[] num = results.numerators();
    long[] den = results.denominators();
    byte[] kind = results.kinds();
    for (int r = 0; r < results.size(); r++) {
      int u = unit[r];
      if (level[u] != sourceLevel || kind[r] == BulkResults.TEXT) {
        continue;
      }
      int offset = indicator[r] * periods + period[r];
      boolean fraction = kind[r] == BulkResults.FRACTION;
      boolean whole = !fraction && den[r] == 1;
      for (int a = parent[u]; a >= 0; a = parent[a]) {
        int k = cell[a] * indicators * periods + offset;
        reporting[k]++;
        if (fraction) {
          withParts[k]++;
          numerators[k] = Math.addExact(numerators[k], num[r]);
          denominators[k] = Math.addExact(denominators[k], den[r]);
        } else if (whole) {
          wholeNumbers[k]++;
          sums[k] = Math.addExact(sums[k], num[r]);
        }
      }
    }
  }

  /** Sums for every unit above the source tier (the hierarchy's bottom tier). */
  public static BulkRollup of(BulkResults results) {
    return new BulkRollup(results);
  }

  private int key(int unit, int indicator, int period) {
    int c = cell[unit];
    if (c < 0) {
      throw new IllegalArgumentException("unit " + results.hierarchy().units().get(unit).code() + " is at the source tier");
    }
    return c * indicators * periods + indicator * periods + period;
  }

  /** Source units below the unit. */
  public int expected(int unit) {
    return expected[cell[unit]];
  }

  /** Source units below the unit that reported a number for the indicator and period. */
  public int reporting(int unit, int indicator, int period) {
    return reporting[key(unit, indicator, period)];
  }

  /** Σ numerators of the parts below, for the indicator and period. */
  public long numerator(int unit, int indicator, int period) {
    return numerators[key(unit, indicator, period)];
  }

  /** Σ denominators of the parts below, for the indicator and period. */
  public long denominator(int unit, int indicator, int period) {
    return denominators[key(unit, indicator, period)];
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
    if (reporting[k] == 0) {
      return Optional.empty();
    }
    Indicator ind = results.indicators().get(indicator);
    switch (rule) {
      case RATIO_OF_SUMS:
        if (withParts[k] != reporting[k] || denominators[k] == 0) {
          return Optional.empty();
        }
        BigInteger scale = ind.measure() == Measure.PERCENT ? BigInteger.valueOf(100) : BigInteger.ONE;
        return Optional.of(Rational.of(BigInteger.valueOf(numerators[k]).multiply(scale), BigInteger.valueOf(denominators[k])));
      case SUM:
        if (wholeNumbers[k] != reporting[k]) {
          throw new UnsupportedOperationException("bulk SUM adds whole-number decimals; unit "
              + results.hierarchy().units().get(unit).code() + " has other readings below it");
        }
        return Optional.of(Rational.valueOf(sums[k]));
      default:
        throw new UnsupportedOperationException("bulk rollups do " + UnitRollup.RATIO_OF_SUMS + " and " + UnitRollup.SUM + ", not " + rule);
    }
  }
}
