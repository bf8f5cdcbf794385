package io.github.chiso.index;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableTable;
import java.util.Optional;
import java.util.Set;

/**
 * The scores of a {@link CompositeIndex} computation: every unit's normalised indicators and group
 * scores, the index score and the ranks. Units without a score for a node have no cell. Immutable.
 *
 * @since 0.1.0
 */
public final class IndexScores {
  private final String root;
  private final ImmutableSet<String> units;
  private final ImmutableTable<String, String, Double> scores;

  IndexScores(String root, Set<String> units, ImmutableTable<String, String, Double> scores) {
    this.root = root;
    this.units = ImmutableSet.copyOf(units);
    this.scores = scores;
  }

  /** Every unit of the data, scored or not, in the data's order. */
  public ImmutableSet<String> units() {
    return units;
  }

  /** Unit × node code → score (normalised value for an indicator). */
  public ImmutableTable<String, String, Double> scores() {
    return scores;
  }

  /** The score of {@code unit} on the node {@code code}, if it has one. */
  public Optional<Double> score(String unit, String code) {
    return Optional.ofNullable(scores.get(unit, code));
  }

  /** The index score by unit, for the units that have one, in the data's order. */
  public ImmutableMap<String, Double> index() {
    return scores.column(root);
  }

  /** The competition ranks of the index scores, best first. */
  public ImmutableMap<String, Integer> ranks() {
    return Ranking.competition(index());
  }

  /** The units without an index score, in the data's order. */
  public ImmutableSet<String> unscored() {
    return units.stream().filter(u -> !scores.contains(u, root)).collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public String toString() {
    return index().toString();
  }
}
