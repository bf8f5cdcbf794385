package io.github.chiso.gap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Area;
import io.github.chiso.model.Rational;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A scorecard by area and tier (or body kind): for each, the counts of met, not met, not evaluable
 * and no data, and its gaps worst first. Rows come worst first too (by their worst gap), ties by
 * area key and scope.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GapScorecard {

  GapScorecard() {}

  /** The rows, worst first. */
  public abstract ImmutableList<Row> rows();

  /** One area and scope. */
  @Value.Immutable
  public abstract static class Row {
    Row() {}

    /** The indicators' area. */
    public abstract Area area();

    /** The tier or body kind of the subjects. */
    public abstract Scope scope();

    /** Counts by status, every status present. */
    public abstract ImmutableMap<Status, Integer> counts();

    /** The row's judged gaps, worst first. */
    public abstract ImmutableList<Gap> worstFirst();

    @Override
    public String toString() {
      return area() + "/" + scope() + " " + counts();
    }
  }

  /** The scorecard of {@code gaps}. */
  public static GapScorecard of(Collection<Gap> gaps) {
    Map<List<Object>, List<Gap>> groups = new LinkedHashMap<>();
    for (Gap gap : gaps) {
      groups
          .computeIfAbsent(List.of(gap.assessment().indicator().area(), gap.assessment().scope()), k -> new ArrayList<>())
          .add(gap);
    }
    List<Row> rows = new ArrayList<>();
    for (List<Gap> group : groups.values()) {
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      for (Status status : Status.values()) {
        counts.put(status, 0);
      }
      group.forEach(g -> counts.merge(g.assessment().status(), 1, Integer::sum));
      rows.add(
          ImmutableRow.builder()
              .area(group.get(0).assessment().indicator().area())
              .scope(group.get(0).assessment().scope())
              .counts(counts)
              .worstFirst(Gaps.rank(group))
              .build());
    }
    rows.sort(
        java.util.Comparator.comparing(
                (Row r) -> r.worstFirst().isEmpty() ? Rational.valueOf(-1) : r.worstFirst().get(0).distance().orElseThrow(),
                java.util.Comparator.reverseOrder())
            .thenComparing(Row::area)
            .thenComparing(Row::scope));
    return ImmutableGapScorecard.builder().rows(rows).build();
  }
}
