package io.github.chiso.bulk;

import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict on every row of a {@link BulkResults}, as {@link Compliance#assess(Target,
 * io.github.chiso.hierarchy.Subject, Result)} gives it for the row's unit against the plan's first
 * target on the row's indicator: the same {@link Status} for every row (rows of indicators the plan
 * sets no target for are NOT_EVALUABLE).
 *
 * <p>Comparisons are exact: a value {@code s·n/d} against a bound {@code b/10^k} compares the 128-bit
 * products {@code n·s·10^k} and {@code b·d} ({@link Math#multiplyHigh}). Bounds with more than 6
 * decimals or beyond a long take the object path for their rows, so the answer never changes.
 */
public final class BulkCompliance {
  private BulkCompliance() {}

  /** Status codes, {@link Status#ordinal()} of MET, NOT_MET, NO_DATA, NOT_EVALUABLE. */
  public static Status status(byte code) {
    return Status.values()[code];
  }

  private static final byte MET = (byte) Status.MET.ordinal();
  private static final byte NOT_MET = (byte) Status.NOT_MET.ordinal();
  private static final byte NOT_EVALUABLE = (byte) Status.NOT_EVALUABLE.ordinal();

  /** One threshold compiled for integer arithmetic. */
  static final class Compiled {
    final Target target;
    final Threshold threshold;
    final boolean fast;
    final Comparator comparator;
    final boolean higher;
    final long fractionScale;
    final long bound;
    final long boundPow;
    final long upper;
    final long upperPow;
    final long effectiveFromDay;
    final boolean average;

    Compiled(Target target, Threshold threshold, Indicator indicator) {
      this.target = target;
      this.threshold = threshold;
      this.comparator = threshold.comparator();
      this.higher = indicator.polarity() == Polarity.HIGHER_IS_BETTER;
      this.fractionScale = indicator.measure().fractionScale().longValueExact();
      this.average = threshold.appliesTo() == Threshold.AppliesTo.AVERAGE;
      this.effectiveFromDay = threshold.effectiveFrom().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
      BigDecimal lower = normal(threshold.bound());
      BigDecimal up = normal(threshold.upperBound().orElse(threshold.bound()));
      this.fast = fits(lower) && fits(up);
      this.bound = fast ? lower.unscaledValue().longValueExact() : 0;
      this.boundPow = fast ? BulkResults.pow10(lower.scale()) : 1;
      this.upper = fast ? up.unscaledValue().longValueExact() : 0;
      this.upperPow = fast ? BulkResults.pow10(up.scale()) : 1;
    }

    private static BigDecimal normal(BigDecimal d) {
      return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static boolean fits(BigDecimal d) {
      return d.scale() <= 6 && d.unscaledValue().bitLength() < 63;
    }
  }

  /**
   * The status of every row against {@code plan}.
   *
   * @return one {@link Status#ordinal()} per row
   */
  public static byte[] statuses(BulkResults results, Plan plan) {
    List<AdminUnit> units = results.hierarchy().units();
    List<Indicator> indicators = results.indicators();
    Map<String, Target> firstTarget = new HashMap<>();
    for (Target target : plan.targets()) {
      firstTarget.putIfAbsent(target.indicator().code(), target);
    }
    // compiled[indicator][scope index], scopes numbered by first appearance among the units
    Map<Scope, Integer> scopeIndex = new HashMap<>();
    int[] unitScope = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      unitScope[u] = scopeIndex.computeIfAbsent(units.get(u).scope(), s -> scopeIndex.size());
    }
    Compiled[][] compiled = new Compiled[indicators.size()][scopeIndex.size()];
    boolean[] targeted = new boolean[indicators.size()];
    for (int i = 0; i < indicators.size(); i++) {
      Target target = firstTarget.get(indicators.get(i).code());
      if (target == null) {
        continue;
      }
      targeted[i] = true;
      for (Map.Entry<Scope, Integer> scope : scopeIndex.entrySet()) {
        Optional<Threshold> threshold = target.thresholdFor(scope.getKey());
        if (threshold.isPresent()) {
          compiled[i][scope.getValue()] = new Compiled(target, threshold.get(), target.indicator());
        }
      }
    }
    int[] unit = results.units();
    short[] indicator = results.indicatorColumn();
    long[] num = results.numerators();
    long[] den = results.denominators();
    int[] day = results.asOfDays();
    byte[] kind = results.kinds();
    byte[] out = new byte[results.size()];
    for (int r = 0; r < out.length; r++) {
      int i = indicator[r];
      Compiled c = targeted[i] ? compiled[i][unitScope[unit[r]]] : null;
      if (c == null || kind[r] == BulkResults.TEXT || c.average || day[r] < c.effectiveFromDay) {
        out[r] = NOT_EVALUABLE;
      } else if (c.fast) {
        long scale = kind[r] == BulkResults.FRACTION ? c.fractionScale : 1;
        out[r] = judge(c, num[r], den[r], scale) ? MET : NOT_MET;
      } else {
        Result result = Result.builder().indicatorCode(indicators.get(i).code()).subjectCode(units.get(unit[r]).code())
            .period(results.periods().get(results.period(r))).asOf(results.asOf(r)).reading(results.reading(r)).build();
        out[r] = (byte) Compliance.assess(c.target, units.get(unit[r]), result).status().ordinal();
      }
    }
    return out;
  }

  /** Whether the value {@code scale·n/d} meets {@code c}, exactly (for a compiled, fast threshold). */
  static boolean judge(Compiled c, long n, long d, long scale) {
    switch (c.comparator) {
      case AT_LEAST:
        return compare(n, scale * c.boundPow, c.bound, d) >= 0;
      case ABOVE:
        return compare(n, scale * c.boundPow, c.bound, d) > 0;
      case AT_MOST:
        return compare(n, scale * c.boundPow, c.bound, d) <= 0;
      case BELOW:
        return compare(n, scale * c.boundPow, c.bound, d) < 0;
      case EQUAL:
        return compare(n, scale * c.boundPow, c.bound, d) == 0;
      default:
        return c.higher
            ? compare(n, scale * c.boundPow, c.bound, d) >= 0
            : compare(n, scale * c.upperPow, c.upper, d) <= 0;
    }
  }

  /** The sign of {@code a·b − c·d}, exactly, for longs (b and d positive). */
  static int compare(long a, long b, long c, long d) {
    long hi1 = Math.multiplyHigh(a, b);
    long lo1 = a * b;
    long hi2 = Math.multiplyHigh(c, d);
    long lo2 = c * d;
    if (hi1 != hi2) {
      return hi1 < hi2 ? -1 : 1;
    }
    return Long.compareUnsigned(lo1, lo2);
  }
}
