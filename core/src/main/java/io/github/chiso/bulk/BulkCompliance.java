package io.github.chiso.bulk;

import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.compliance.CompiledThreshold;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Target;
import java.util.stream.IntStream;

/**
 * The verdict of every row of a {@link BulkResults} against every target of a plan that applies to
 * it, as {@link Compliance#assess(io.github.chiso.model.Target, io.github.chiso.hierarchy.Subject,
 * io.github.chiso.model.Result)} gives it: which targets apply (the indicator's targets whose period
 * contains the row's, with a threshold on each subject of the unit's scope, the unit within the
 * plan's jurisdiction) is {@link CompiledPlan#targetsFor}'s answer, and whether a bound is met is
 * {@link CompiledThreshold}'s. A text row is NOT_EVALUABLE; so is a row dated before its threshold
 * takes effect. A row against a target on a change is judged by the object API, {@link
 * Compliance#assess(io.github.chiso.model.Target, io.github.chiso.hierarchy.Subject,
 * io.github.chiso.model.Result, io.github.chiso.model.Result)}, with the reference row the plan's
 * assessment picks: the unit's latest row on the indicator (by as-of day, then period, the first in
 * row order on a tie) whose period lies within the reference period.
 *
 * <p>Rows are split into contiguous chunks judged on parallel threads (the common fork-join pool
 * and the caller); each chunk writes its own rows' verdicts in place, so the answer does not depend
 * on the split.
 */
public final class BulkCompliance {
  private BulkCompliance() {}

  private static final byte MET = (byte) Status.MET.ordinal();
  private static final byte NOT_MET = (byte) Status.NOT_MET.ordinal();
  private static final byte NOT_EVALUABLE = (byte) Status.NOT_EVALUABLE.ordinal();

  /** The status of a verdict code: {@link Status#values()}{@code [code]}. */
  public static Status status(byte code) {
    Check.argument(code >= 0 && code < Status.values().length, "no status has code %s", code);
    return Status.values()[code];
  }

  /** The verdicts of every row against {@code plan}, on one thread. */
  public static BulkVerdicts verdicts(BulkResults results, CompiledPlan plan) {
    return verdicts(results, plan, 1);
  }

  /** The verdicts of every row against {@code plan}, in up to {@code threads} parallel chunks. */
  public static BulkVerdicts verdicts(BulkResults results, CompiledPlan plan, int threads) {
    return verdicts(results, plan, threads, null);
  }

  /**
   * As {@link #verdicts(BulkResults, CompiledPlan, int)}, writing into {@code buffer} when it holds
   * at least {@code rows × slots} codes (a buffer from an earlier call can be passed again), else
   * into a new array.
   *
   * @throws io.github.chiso.InvalidValueException if {@code threads} is below one or the plan's
   *     jurisdiction is not a unit of the hierarchy
   */
  public static BulkVerdicts verdicts(BulkResults results, CompiledPlan plan, int threads, byte[] buffer) {
    Check.argument(threads >= 1, "threads must be at least 1, got %s", threads);
    KeyTable table = RowJudge.table(results, plan);
    int size = results.size();
    int length = Math.multiplyExact(size, table.slots);
    byte[] out = buffer != null && buffer.length >= length ? buffer : new byte[length];
    RowJudge judge = new RowJudge(results, table, out);
    int chunks = Math.max(1, Math.min(threads, size / 4096 + 1));
    int rowsPerChunk = (size + chunks - 1) / chunks;
    IntStream.range(0, chunks).parallel().forEach(c ->
        judge.judge(c * rowsPerChunk, Math.min(size, (c + 1) * rowsPerChunk)));
    if (table.hasChanges) {
      changes(results, table, out);
    }
    return judge.verdicts();
  }

  /** Judges rows into an output array, with the key table's thresholds flattened into local arrays. */
  static final class RowJudge {
    private final KeyTable table;
    private final byte[] out;
    private final int indicators;
    private final int size;
    private final int[] unit;
    private final short[] indicator;
    private final short[] period;
    private final long[] num;
    private final long[] den;
    private final int[] day;
    private final boolean narrow;

    RowJudge(BulkResults results, KeyTable table, byte[] out) {
      this.narrow = table.narrow && results.narrow();
      this.table = table;
      this.out = out;
      this.indicators = results.indicators().size();
      this.size = results.size();
      this.unit = results.units();
      this.indicator = results.indicatorColumn();
      this.period = results.periodColumn();
      this.num = results.numerators();
      this.den = results.signedDenominators();
      this.day = results.asOfDays();
    }

    /** The key table for the rows of {@code results}: questions are (period, indicator) pairs. */
    static KeyTable table(BulkResults results, CompiledPlan plan) {
      int indicators = results.indicators().size();
      return new KeyTable(plan, results.hierarchy(), results.periods().size() * indicators,
          q -> results.indicators().get(q % indicators).code(), q -> results.periods().get(q / indicators));
    }

    /** Judges rows {@code from} to {@code to} (exclusive). */
    void judge(int from, int to) {
      int slots = table.slots;
      int scopes = table.scopes;
      int[] scopeOfUnit = table.scopeOfUnit;
      byte[] mode = table.mode;
      int[] testId = table.testId;
      CompiledThreshold[] byId = table.byId;
      int[] mask = table.mask;
      long[] bound = table.bound;
      long[] whole = table.wholeMultiplier;
      long[] partsMultiplier = table.partsMultiplier;
      long[] effectiveFrom = table.effectiveFromDay;
      byte[] out = this.out;
      int[] unit = this.unit;
      short[] indicator = this.indicator;
      short[] period = this.period;
      long[] num = this.num;
      long[] den = this.den;
      int[] day = this.day;
      int indicators = this.indicators;
      boolean narrow = this.narrow;
      for (int r = from; r < to; r++) {
        int base = ((period[r] * indicators + indicator[r]) * scopes + scopeOfUnit[unit[r]]) * slots;
        long d = den[r];
        for (int s = 0; s < slots; s++) {
          int k = testId[base + s];
          byte code;
          if (mode[k] == KeyTable.INTEGERS) {
            if (d == 0 || day[r] < effectiveFrom[k]) {
              code = NOT_EVALUABLE;
            } else {
              boolean parts = d < 0;
              long n = num[r];
              long positive = parts ? -d : d;
              long multiplier = parts ? partsMultiplier[k] : whole[k];
              int sign = narrow ? CompiledThreshold.Integers.narrowSign(n, positive, multiplier, bound[k])
                  : CompiledThreshold.Integers.sign(n, positive, multiplier, bound[k]);
              code = (byte) (NOT_MET + (MET - NOT_MET) * CompiledThreshold.Integers.acceptedBit(mask[k], sign));
            }
          } else {
            code = mode[k] == KeyTable.CHANGE ? NOT_EVALUABLE : BulkCompliance.judge(byId[k], num[r], d, day[r]);
          }
          out[r * slots + s] = code;
        }
      }
    }

    BulkVerdicts verdicts() {
      int scopes = table.scopes;
      int[] scopeOfUnit = table.scopeOfUnit;
      return new BulkVerdicts(size, table.slots, out, table.targets,
          r -> (period[r] * indicators + indicator[r]) * scopes + scopeOfUnit[unit[r]]);
    }
  }

  /** Judges the slots of targets on a change through the object API, each row with its reference row. */
  private static void changes(BulkResults results, KeyTable table, byte[] out) {
    ChangeRows changes = new ChangeRows(results);
    int indicators = results.indicators().size();
    int slots = table.slots;
    for (int r = 0; r < results.size(); r++) {
      int base = ((results.period(r) * indicators + results.indicator(r)) * table.scopes
          + table.scopeOfUnit[results.unit(r)]) * slots;
      for (int s = 0; s < slots; s++) {
        Target target = table.targets[base + s];
        if (target != null && target.change().isPresent()) {
          out[r * slots + s] = (byte) changes.assess(r, target).status().ordinal();
        }
      }
    }
  }

  /** One row against one compiled threshold: the signed denominator tells the reading's kind. */
  static byte judge(CompiledThreshold test, long numerator, long signedDenominator, int day) {
    if (test == null) {
      return BulkVerdicts.NONE;
    }
    if (signedDenominator == 0 || !test.isInEffectOn(day)) {
      return NOT_EVALUABLE;
    }
    boolean parts = signedDenominator < 0;
    return test.meets(numerator, parts ? -signedDenominator : signedDenominator, parts) ? MET : NOT_MET;
  }
}
