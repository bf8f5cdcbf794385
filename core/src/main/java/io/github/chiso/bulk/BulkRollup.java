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

  /**
   * The status of every cell against the plan's first target on each indicator, judged for the
   * cell's unit on its rolled-up value (RATIO_OF_SUMS or SUM as the indicator declares) as of the
   * period's end, as {@link io.github.chiso.rollup.Rollups#assess(io.github.chiso.model.Target,
   * io.github.chiso.hierarchy.Subject, io.github.chiso.rollup.RollupCell)} would: NO_DATA when
   * nothing reported, NOT_EVALUABLE when there is no value or no threshold. Indexed like the sums:
   * {@code ((cell × indicators) + indicator) × periods + period}, cells in hierarchy order above the
   * source tier.
   */
  public byte[] statuses(io.github.chiso.model.Plan plan) {
    java.util.Map<String, io.github.chiso.model.Target> first = new java.util.HashMap<>();
    plan.targets().forEach(t -> first.putIfAbsent(t.indicator().code(), t));
    List<AdminUnit> units = results.hierarchy().units();
    byte[] out = new byte[cells * indicators * periods];
    byte noData = (byte) io.github.chiso.compliance.Status.NO_DATA.ordinal();
    byte notEvaluable = (byte) io.github.chiso.compliance.Status.NOT_EVALUABLE.ordinal();
    byte met = (byte) io.github.chiso.compliance.Status.MET.ordinal();
    byte notMet = (byte) io.github.chiso.compliance.Status.NOT_MET.ordinal();
    long[] periodEnd = new long[periods];
    for (int p = 0; p < results.periods().size(); p++) {
      periodEnd[p] = results.periods().get(p).end().toEpochDay();
    }
    for (int u = 0; u < units.size(); u++) {
      if (cell[u] < 0) {
        continue;
      }
      AdminUnit unit = units.get(u);
      for (int i = 0; i < indicators; i++) {
        Indicator indicator = results.indicators().get(i);
        io.github.chiso.model.Target target = first.get(indicator.code());
        Optional<io.github.chiso.model.Threshold> threshold =
            target == null ? Optional.empty() : target.thresholdFor(unit);
        BulkCompliance.Compiled c = threshold.map(t -> new BulkCompliance.Compiled(target, t, indicator)).orElse(null);
        UnitRollup rule = indicator.rollup().overUnits();
        for (int p = 0; p < periods; p++) {
          int k = key(u, i, p);
          if (c == null) {
            out[k] = notEvaluable;
          } else if (reporting[k] == 0) {
            out[k] = noData;
          } else if (rule == UnitRollup.RATIO_OF_SUMS ? withParts[k] != reporting[k] || denominators[k] == 0
              : wholeNumbers[k] != reporting[k]) {
            out[k] = notEvaluable;
          } else if (c.average || periodEnd[p] < c.effectiveFromDay) {
            out[k] = notEvaluable;
          } else if (c.fast) {
            boolean ok = rule == UnitRollup.RATIO_OF_SUMS
                ? BulkCompliance.judge(c, numerators[k], denominators[k], c.fractionScale)
                : BulkCompliance.judge(c, sums[k], 1, 1);
            out[k] = ok ? met : notMet;
          } else {
            out[k] = (byte) io.github.chiso.compliance.Compliance.judge(target, unit, value(u, i, p, rule).orElseThrow(),
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
