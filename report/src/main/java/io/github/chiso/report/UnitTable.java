package io.github.chiso.report;

import com.google.common.collect.ImmutableList;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Target;
import java.util.Comparator;
import java.util.List;

/**
 * A tiered target's verdicts for every unit of one lower tier (e.g. each district), worst first:
 * NOT_MET by {@link Gaps#WORST_FIRST}, then NO_DATA, then NOT_EVALUABLE, then MET closest to the
 * threshold first. Units without a figure of their own are judged on their rollup where there is one.
 * Immutable.
 *
 * @since 0.1.0
 */
public final class UnitTable {
  /** Worst first, as the class comment says. */
  static final Comparator<Gap> RANKING = Comparator.comparingInt((Gap g) -> rank(g.assessment().status()))
      .thenComparing((a, b) -> a.assessment().status() == Status.MET && b.assessment().status() == Status.MET
          ? a.assessment().margin().orElseThrow().compareTo(b.assessment().margin().orElseThrow())
          : Gaps.WORST_FIRST.compare(a, b))
      .thenComparing(Gap::subjectCode);

  private final Target target;
  private final Scope scope;
  private final ImmutableList<Gap> ranked;

  UnitTable(Target target, Scope scope, List<Gap> gaps) {
    this.target = target;
    this.scope = scope;
    this.ranked = gaps.stream().sorted(RANKING).collect(ImmutableList.toImmutableList());
  }

  private static int rank(Status status) {
    switch (status) {
      case NOT_MET:
        return 0;
      case NO_DATA:
        return 1;
      case NOT_EVALUABLE:
        return 2;
      default:
        return 3;
    }
  }

  /** The target. */
  public Target target() {
    return target;
  }

  /** The tier of the units. */
  public Scope scope() {
    return scope;
  }

  /** Each unit's gap (with its assessment), worst first. */
  public ImmutableList<Gap> ranked() {
    return ranked;
  }

  /** The number of units with {@code status}. */
  public long count(Status status) {
    return ranked.stream().filter(g -> g.assessment().status() == status).count();
  }

  /** The assessments, worst first. */
  public ImmutableList<Assessment> assessments() {
    return ranked.stream().map(Gap::assessment).collect(ImmutableList.toImmutableList());
  }
}
