package io.github.chiso.compliance;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.chiso.model.Area;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of assessments by status, overall and per area. Every status appears in every count (zero
 * where none), in the order of {@link Status}; areas are ordered by key. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Scorecard {
  private final ImmutableMap<Status, Integer> counts;
  private final ImmutableSortedMap<Area, ImmutableMap<Status, Integer>> byArea;

  private Scorecard(
      ImmutableMap<Status, Integer> counts,
      ImmutableSortedMap<Area, ImmutableMap<Status, Integer>> byArea) {
    this.counts = counts;
    this.byArea = byArea;
  }

  /** Counts {@code assessments}. */
  public static Scorecard of(Iterable<Assessment> assessments) {
    Map<Status, Integer> counts = zeros();
    Map<Area, Map<Status, Integer>> byArea = new TreeMap<>();
    for (Assessment assessment : assessments) {
      counts.merge(assessment.status(), 1, Integer::sum);
      byArea
          .computeIfAbsent(assessment.indicator().area(), a -> zeros())
          .merge(assessment.status(), 1, Integer::sum);
    }
    ImmutableSortedMap.Builder<Area, ImmutableMap<Status, Integer>> areas =
        ImmutableSortedMap.naturalOrder();
    byArea.forEach((area, c) -> areas.put(area, ImmutableMap.copyOf(c)));
    return new Scorecard(ImmutableMap.copyOf(counts), areas.build());
  }

  private static Map<Status, Integer> zeros() {
    Map<Status, Integer> zeros = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      zeros.put(status, 0);
    }
    return zeros;
  }

  /** Number of assessments. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Number of assessments with {@code status}. */
  public int count(Status status) {
    return counts.get(status);
  }

  /** Counts by status, every status present. */
  public ImmutableMap<Status, Integer> counts() {
    return counts;
  }

  /** Counts by status for each area that has assessments. */
  public ImmutableSortedMap<Area, ImmutableMap<Status, Integer>> byArea() {
    return byArea;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scorecard
        && counts.equals(((Scorecard) o).counts)
        && byArea.equals(((Scorecard) o).byArea);
  }

  @Override
  public int hashCode() {
    return counts.hashCode() * 31 + byArea.hashCode();
  }

  @Override
  public String toString() {
    return "Scorecard" + counts + " by area " + byArea;
  }
}
