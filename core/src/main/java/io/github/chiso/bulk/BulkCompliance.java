package io.github.chiso.bulk;

import com.google.common.math.LongMath;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.internal.Check;
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
import java.util.stream.IntStream;

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
    final boolean fast;
    /** For a fast one-sided or "=" threshold, bit {@code sign + 1} set for each sign of {@code n·s·10^k − b·d} that meets; else 0. */
    final int signs;
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
      this.higher = indicator.polarity() == Polarity.HIGHER_IS_BETTER;
      this.fractionScale = indicator.measure().fractionScale().longValueExact();
      this.average = threshold.appliesTo() == Threshold.AppliesTo.AVERAGE;
      this.effectiveFromDay = threshold.effectiveFrom().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
      BigDecimal lower = normal(threshold.bound());
      BigDecimal up = normal(threshold.upperBound().orElse(threshold.bound()));
      this.fast = fits(lower) && fits(up);
      this.bound = fast ? lower.unscaledValue().longValueExact() : 0;
      this.boundPow = fast ? LongMath.pow(10, lower.scale()) : 1;
      this.upper = fast ? up.unscaledValue().longValueExact() : 0;
      this.upperPow = fast ? LongMath.pow(10, up.scale()) : 1;
      this.signs = fast ? signs(threshold.comparator()) : 0;
    }

    private static int signs(Comparator comparator) {
      switch (comparator) {
        case AT_LEAST:
          return 0b110;
        case ABOVE:
          return 0b100;
        case AT_MOST:
          return 0b011;
        case BELOW:
          return 0b001;
        case EQUAL:
          return 0b010;
        default:
          return 0;
      }
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
    return statuses(results, plan, 1);
  }

  /**
   * As {@link #statuses(BulkResults, Plan)}, judging up to {@code parallelism} chunks of rows on
   * parallel threads (the common fork-join pool and the caller). Each row's status depends on that
   * row alone, so the answer is the same.
   */
  public static byte[] statuses(BulkResults results, Plan plan, int parallelism) {
    Check.argument(parallelism >= 1, "parallelism must be at least 1, got %s", parallelism);
    List<AdminUnit> units = results.hierarchy().units();
    Map<String, Target> firstTargets = firstTargets(plan);
    // scopes numbered by first appearance among the units
    Map<Scope, Integer> scopeIndex = new HashMap<>();
    int[] unitScope = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      unitScope[u] = scopeIndex.computeIfAbsent(units.get(u).scope(), s -> scopeIndex.size());
    }
    Compiled[][] byScope = new Compiled[scopeIndex.size()][];
    scopeIndex.forEach((scope, index) -> byScope[index] = compile(firstTargets, results.indicators(), scope));
    Table table = new Table(byScope, results.indicators().size());
    byte[] out = new byte[results.size()];
    int chunks = Math.max(1, Math.min(parallelism, out.length));
    int rowsPerChunk = (out.length + chunks - 1) / chunks;
    IntStream.range(0, chunks).parallel().forEach(c -> judgeRows(results, table, unitScope,
        c * rowsPerChunk, Math.min(out.length, (c + 1) * rowsPerChunk), out));
    return out;
  }

  /** The plan's first target on each indicator, by indicator code: the one the bulk path judges against. */
  static Map<String, Target> firstTargets(Plan plan) {
    Map<String, Target> first = new HashMap<>();
    plan.targets().forEach(t -> first.putIfAbsent(t.indicator().code(), t));
    return first;
  }

  /** The threshold for {@code scope} of each indicator's first target, compiled; null where there is none. */
  static Compiled[] compile(Map<String, Target> firstTargets, List<Indicator> indicators, Scope scope) {
    Compiled[] out = new Compiled[indicators.size()];
    for (int i = 0; i < out.length; i++) {
      Target target = firstTargets.get(indicators.get(i).code());
      Optional<Threshold> threshold = target == null ? Optional.empty() : target.thresholdFor(scope);
      if (threshold.isPresent()) {
        out[i] = new Compiled(target, threshold.get(), target.indicator());
      }
    }
    return out;
  }

  /**
   * The compiled thresholds flattened by {@code indicator × scopes + scope}: for one-sided and
   * equality comparators, the multipliers and {@link Compiled#signs}.
   */
  private static final class Table {
    static final byte SKIP = 0;
    static final byte SIGN = 1;
    static final byte GENERAL = 2;

    final int scopes;
    final byte[] mode;
    final Compiled[] compiled;
    final long[] effectiveFromDay;
    final long[] fractionMultiplier;
    final long[] wholeMultiplier;
    final long[] bound;
    final int[] acceptedSigns;
    final boolean narrow;

    Table(Compiled[][] byScope, int indicators) {
      this.scopes = byScope.length;
      int size = indicators * scopes;
      mode = new byte[size];
      compiled = new Compiled[size];
      effectiveFromDay = new long[size];
      fractionMultiplier = new long[size];
      wholeMultiplier = new long[size];
      bound = new long[size];
      acceptedSigns = new int[size];
      for (int i = 0; i < indicators; i++) {
        for (int s = 0; s < scopes; s++) {
          int j = i * scopes + s;
          Compiled c = byScope[s][i];
          compiled[j] = c;
          if (c == null || c.average) {
            mode[j] = SKIP;
            continue;
          }
          effectiveFromDay[j] = c.effectiveFromDay;
          if (c.signs == 0) {
            mode[j] = GENERAL;
            continue;
          }
          mode[j] = SIGN;
          acceptedSigns[j] = c.signs;
          bound[j] = c.bound;
          wholeMultiplier[j] = c.boundPow;
          fractionMultiplier[j] = Math.multiplyExact(c.fractionScale, c.boundPow);
        }
      }
      boolean fits = true;
      for (int j = 0; j < size; j++) {
        fits &= Math.abs(bound[j]) < BulkResults.NARROW && fractionMultiplier[j] < BulkResults.NARROW
            && wholeMultiplier[j] < BulkResults.NARROW;
      }
      this.narrow = fits;
    }
  }

  private static void judgeRows(BulkResults results, Table table, int[] unitScope, int from, int to, byte[] out) {
    List<AdminUnit> units = results.hierarchy().units();
    List<Indicator> indicators = results.indicators();
    int[] unit = results.units();
    short[] indicator = results.indicatorColumn();
    long[] num = results.numerators();
    long[] den = results.denominators();
    int[] day = results.asOfDays();
    byte[] kind = results.kinds();
    int scopes = table.scopes;
    byte[] mode = table.mode;
    boolean narrow = table.narrow && results.narrow();
    for (int r = from; r < to; r++) {
      int j = indicator[r] * scopes + unitScope[unit[r]];
      byte m = mode[j];
      byte k = kind[r];
      if (m == Table.SKIP || k == BulkResults.TEXT || day[r] < table.effectiveFromDay[j]) {
        out[r] = NOT_EVALUABLE;
      } else if (m == Table.SIGN) {
        long multiplier = k == BulkResults.FRACTION ? table.fractionMultiplier[j] : table.wholeMultiplier[j];
        int sign = narrow ? Long.signum(num[r] * multiplier - table.bound[j] * den[r])
            : compare(num[r], multiplier, table.bound[j], den[r]);
        int meets = table.acceptedSigns[j] >> (sign + 1) & 1;
        out[r] = (byte) (NOT_MET + (MET - NOT_MET) * meets);
      } else {
        Compiled c = table.compiled[j];
        if (c.fast) {
          out[r] = judge(c, num[r], den[r], k == BulkResults.FRACTION ? c.fractionScale : 1) ? MET : NOT_MET;
        } else {
          out[r] = (byte) Compliance.assess(c.target, units.get(unit[r]), results.result(r)).status().ordinal();
        }
      }
    }
  }

  /** Whether the value {@code scale·n/d} meets {@code c}, exactly (for a compiled, fast threshold). */
  static boolean judge(Compiled c, long n, long d, long scale) {
    if (c.signs != 0) {
      return (c.signs >> (compare(n, scale * c.boundPow, c.bound, d) + 1) & 1) != 0;
    }
    return c.higher
        ? compare(n, scale * c.boundPow, c.bound, d) >= 0
        : compare(n, scale * c.upperPow, c.upper, d) <= 0;
  }

  /** The sign (−1, 0 or 1) of {@code a·b − c·d}, exactly, for longs (b and d positive). */
  static int compare(long a, long b, long c, long d) {
    long hi1 = Math.multiplyHigh(a, b);
    long lo1 = a * b;
    long hi2 = Math.multiplyHigh(c, d);
    long lo2 = c * d;
    if (hi1 != hi2) {
      return hi1 < hi2 ? -1 : 1;
    }
    return Integer.signum(Long.compareUnsigned(lo1, lo2));
  }
}
