package io.github.chiso.bulk;

import com.google.common.collect.ImmutableList;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lagging units from the bulk form: the verdicts pick the rows NOT_MET, and only those become objects,
 * so the gaps, shortfalls and order are the object API's ({@link Gaps#lagging}) at a cost that
 * grows with the laggards, not with the data. A row against a target on a change is judged with its
 * reference row, as {@link BulkCompliance} judges it.
 *
 * @since 0.1.0
 */
public final class BulkGaps {
  private BulkGaps() {}

  /**
   * The rows about period {@code period} whose unit is in {@code scope} and whose verdict against
   * {@code target} is NOT_MET, as gaps, worst first.
   *
   * @param verdicts {@link BulkCompliance#verdicts} of the same results
   * @throws io.github.chiso.InvalidValueException if {@code verdicts} are not one per row, or the
   *     period index is out of range
   */
  public static ImmutableList<Gap> lagging(
      BulkResults results, BulkVerdicts verdicts, Target target, int period, Scope scope) {
    Check.argument(verdicts.size() == results.size(),
        "verdicts must be one per row: %s rows, %s verdicts", results.size(), verdicts.size());
    Check.argument(period >= 0 && period < results.periods().size(),
        "period index %s is not in [0, %s)", period, results.periods().size());
    int indicator = results.indicators().stream().map(i -> i.code()).collect(ImmutableList.toImmutableList())
        .indexOf(target.indicator().code());
    List<AdminUnit> units = results.hierarchy().units();
    List<Gap> gaps = new ArrayList<>();
    Optional<Status> notMet = Optional.of(Status.NOT_MET);
    ChangeRows changes = target.change().isPresent() ? new ChangeRows(results) : null;
    for (int r = 0; r < results.size(); r++) {
      if (results.period(r) == period && results.indicator(r) == indicator && units.get(results.unit(r)).scope().equals(scope)
          && verdicts.status(r, target).equals(notMet)) {
        gaps.add(Gaps.of(changes != null ? changes.assess(r, target)
            : Compliance.assess(target, units.get(results.unit(r)), results.result(r))));
      }
    }
    return Gaps.lagging(gaps, scope);
  }
}
