package io.github.chiso.index;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks with ties by standard competition ranking ("1224"), as published rankings do: a unit's rank
 * is one more than the number of units strictly better than it, so tied units share the best rank of
 * their group and the next rank skips.
 *
 * @since 0.1.0
 */
public final class Ranking {
  private Ranking() {}

  /**
   * Ranks {@code scores}, the highest first. The result iterates in rank order, tied units in the
   * order of {@code scores}; values are compared with {@link Comparable#compareTo}, so {@code 0.635}
   * and {@code 0.6350} tie as {@link java.math.BigDecimal}s.
   */
  public static <K, V extends Comparable<? super V>> ImmutableMap<K, Integer> competition(Map<K, V> scores) {
    return competition(scores, true);
  }

  /** Ranks {@code scores}, the highest first when {@code highestFirst}, else the lowest first. */
  public static <K, V extends Comparable<? super V>> ImmutableMap<K, Integer> competition(
      Map<K, V> scores, boolean highestFirst) {
    List<Map.Entry<K, V>> entries = new ArrayList<>(scores.entrySet());
    Comparator<Map.Entry<K, V>> byValue = Map.Entry.comparingByValue();
    entries.sort(highestFirst ? byValue.reversed() : byValue);
    ImmutableMap.Builder<K, Integer> ranks = ImmutableMap.builderWithExpectedSize(entries.size());
    int rank = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (i == 0 || entries.get(i).getValue().compareTo(entries.get(i - 1).getValue()) != 0) {
        rank = i + 1;
      }
      ranks.put(entries.get(i).getKey(), rank);
    }
    return ranks.build();
  }
}
