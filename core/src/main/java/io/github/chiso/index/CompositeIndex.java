package io.github.chiso.index;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import io.github.chiso.internal.Check;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A composite index: a tree of weighted indicators and groups, the normaliser applied to each
 * indicator (unless the indicator declares its own), the aggregation used at every group, and the
 * data-availability threshold.
 *
 * <p>{@link #compute} normalises each indicator across the units that have a value for it, then
 * scores each group, bottom up, from the children the unit has a score for, the weights renormalised
 * over them. A unit gets no score for a group when it has none of the children, or when the share of
 * children it has (by count) is below {@link #availabilityThreshold()}; a group without a score counts
 * as missing one level up.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CompositeIndex {

  CompositeIndex() {}

  /** The root of the tree: the index itself. */
  public abstract IndexNode root();

  /** The normaliser of indicators that declare none; min-max onto 0–100 unless set. */
  @Value.Default
  public Normaliser normaliser() {
    return Normaliser.minMax();
  }

  /** The mean used at every group; arithmetic unless set. */
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.ARITHMETIC;
  }

  /** The least share (0–1) of a group's children a unit must have to be scored on it; 0 unless set. */
  @Value.Default
  public double availabilityThreshold() {
    return 0;
  }

  /** A builder for an index. */
  public static Builder builder() {
    return new Builder();
  }

  /** The index over {@code root} with the defaults. */
  public static CompositeIndex of(IndexNode root) {
    return builder().root(root).build();
  }

  /** Builds a {@link CompositeIndex}; {@code build()} validates. */
  public static final class Builder extends ImmutableCompositeIndex.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Check.argument(
        availabilityThreshold() >= 0 && availabilityThreshold() <= 1,
        "index %s: availabilityThreshold must be within [0, 1], but was %s",
        root().code(),
        availabilityThreshold());
    Check.argument(!root().isIndicator(), "index %s: the root must be a group", root().code());
    collect(root(), new HashSet<>());
  }

  private void collect(IndexNode node, Set<String> codes) {
    Check.argument(codes.add(node.code()), "index %s: code '%s' is used twice in the tree", root().code(), node.code());
    node.children().forEach(child -> collect(child, codes));
  }

  /** The indicators (leaves) by code, in tree order. */
  @Value.Lazy
  public ImmutableMap<String, IndexNode> indicators() {
    Map<String, IndexNode> leaves = new LinkedHashMap<>();
    leaves(root(), leaves);
    return ImmutableMap.copyOf(leaves);
  }

  private static void leaves(IndexNode node, Map<String, IndexNode> out) {
    if (node.isIndicator()) {
      out.put(node.code(), node);
    }
    node.children().forEach(child -> leaves(child, out));
  }

  /**
   * Scores every unit of {@code data} (unit code × indicator code → raw value) on every node.
   *
   * @throws io.github.chiso.InvalidValueException if the data has an indicator the tree lacks, or a
   *     value that is not finite, naming the unit and the indicator
   */
  public IndexScores compute(Table<String, String, Double> data) {
    return compute(data, Optional.empty(), ImmutableMap.of());
  }

  /** As {@link #compute(Table)}, with another default normaliser and node weights multiplied by factors. */
  IndexScores compute(Table<String, String, Double> data, Optional<Normaliser> normaliser,
      Map<String, Double> weightFactors) {
    for (Table.Cell<String, String, Double> cell : data.cellSet()) {
      Check.argument(
          indicators().containsKey(cell.getColumnKey()),
          "index %s: indicator '%s' (unit %s) is not in the tree",
          root().code(),
          cell.getColumnKey(),
          cell.getRowKey());
      Check.argument(
          Double.isFinite(cell.getValue()),
          "index %s: value %s of indicator %s for unit %s is not finite",
          root().code(),
          cell.getValue(),
          cell.getColumnKey(),
          cell.getRowKey());
    }
    Map<String, Map<String, Double>> byNode = new LinkedHashMap<>();
    for (IndexNode leaf : indicators().values()) {
      Normaliser method = leaf.normaliser().orElse(normaliser.orElse(normaliser()));
      byNode.put(leaf.code(), method.normalise(data.column(leaf.code()), leaf.polarity()));
    }
    aggregate(root(), data.rowKeySet(), byNode, weightFactors);
    ImmutableTable.Builder<String, String, Double> scores = ImmutableTable.builder();
    for (String unit : data.rowKeySet()) {
      byNode.forEach((node, values) -> {
        Double value = values.get(unit);
        if (value != null) {
          scores.put(unit, node, value);
        }
      });
    }
    return new IndexScores(root().code(), data.rowKeySet(), scores.build());
  }

  private void aggregate(IndexNode node, Set<String> units, Map<String, Map<String, Double>> byNode,
      Map<String, Double> factors) {
    if (node.isIndicator()) {
      return;
    }
    node.children().forEach(child -> aggregate(child, units, byNode, factors));
    int size = node.children().size();
    double[] values = new double[size];
    double[] weights = new double[size];
    Map<String, Double> out = new LinkedHashMap<>();
    for (String unit : units) {
      int n = 0;
      for (IndexNode child : node.children()) {
        Double value = byNode.get(child.code()).get(unit);
        if (value != null) {
          values[n] = value;
          weights[n] = child.weight() * factors.getOrDefault(child.code(), 1.0);
          n++;
        }
      }
      if (n > 0 && n >= availabilityThreshold() * size) {
        out.put(unit, aggregation().aggregate(values, weights, n, node.code() + " for unit " + unit));
      }
    }
    byNode.put(node.code(), out);
  }
}
