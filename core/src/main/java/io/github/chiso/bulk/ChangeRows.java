package io.github.chiso.bulk;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.model.Period;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a {@link BulkResults} judged against targets on a change, through the object API
 * ({@link Compliance#assess(Target, io.github.chiso.hierarchy.Subject, Result, Result)}): each row
 * with its reference row, the unit's latest row on the indicator (by as-of day, then period, the
 * first in row order on a tie) whose period lies within the reference period, as the plan's
 * assessment picks it.
 */
final class ChangeRows {
  private final BulkResults results;
  private final Map<Long, List<Integer>> rowsByKey = new HashMap<>();

  ChangeRows(BulkResults results) {
    this.results = results;
    for (int r = 0; r < results.size(); r++) {
      rowsByKey.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
    }
  }

  private long key(int row) {
    return (long) results.unit(row) * results.indicators().size() + results.indicator(row);
  }

  /** Row {@code row} judged against {@code target}, a target on a change, with its reference row. */
  Assessment assess(int row, Target target) {
    Result result = results.result(row);
    Period against = target.change().orElseThrow().referenceFor(result.period());
    int reference = -1;
    for (int candidate : rowsByKey.get(key(row))) {
      if (against.contains(results.periods().get(results.period(candidate)))
          && (reference < 0 || later(candidate, reference))) {
        reference = candidate;
      }
    }
    AdminUnit unit = results.hierarchy().units().get(results.unit(row));
    return reference < 0 ? Compliance.assess(target, unit, result)
        : Compliance.assess(target, unit, result, results.result(reference));
  }

  /** Whether row {@code a} is later than row {@code b}: by as-of day, then period. */
  private boolean later(int a, int b) {
    int byDay = Integer.compare(results.asOfEpochDay(a), results.asOfEpochDay(b));
    return byDay > 0 || byDay == 0
        && results.periods().get(results.period(a)).compareTo(results.periods().get(results.period(b))) > 0;
  }
}
