package io.github.chiso.bulk;

import com.google.common.collect.ImmutableList;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Lagging units from the bulk form: the columns pick the rows NOT_MET, and only those become objects,
 * so the gaps, shortfalls and order are the object API's ({@link Gaps#lagging}) at a cost that
 * grows with the laggards, not with the data.
 */
public final class BulkGaps {
  private BulkGaps() {}

  /**
   * The rows of {@code indicator} in {@code period} whose unit is in {@code scope} and whose status
   * is NOT_MET, as gaps against the plan's first target on the indicator, worst first.
   *
   * @param statuses {@link BulkCompliance#statuses(BulkResults, Plan)} of the same results and plan
   * @throws io.github.chiso.InvalidValueException if {@code statuses} does not have one status per
   *     row, or an index is out of range
   */
  public static ImmutableList<Gap> lagging(
      BulkResults results, byte[] statuses, Plan plan, int indicator, int period, Scope scope) {
    Check.argument(statuses.length == results.size(),
        "statuses must have one entry per row: %s rows, %s statuses", results.size(), statuses.length);
    Check.argument(indicator >= 0 && indicator < results.indicators().size(),
        "indicator index %s is not in [0, %s)", indicator, results.indicators().size());
    Check.argument(period >= 0 && period < results.periods().size(),
        "period index %s is not in [0, %s)", period, results.periods().size());
    String code = results.indicators().get(indicator).code();
    Target target = BulkCompliance.firstTargets(plan).get(code);
    if (target == null) {
      return ImmutableList.of();
    }
    List<AdminUnit> units = results.hierarchy().units();
    byte notMet = (byte) Status.NOT_MET.ordinal();
    List<Gap> gaps = new ArrayList<>();
    for (int r = 0; r < statuses.length; r++) {
      if (statuses[r] == notMet && results.indicator(r) == indicator && results.period(r) == period) {
        AdminUnit unit = units.get(results.unit(r));
        if (unit.scope().equals(scope)) {
          gaps.add(Gaps.of(Compliance.assess(target, unit, results.result(r))));
        }
      }
    }
    return Gaps.lagging(gaps, scope);
  }
}
