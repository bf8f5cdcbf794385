package io.github.chiso.index;

import com.google.common.collect.ImmutableList;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Polarity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One node of an index's tree: an indicator (a leaf, read from the data by its code) or a group of
 * weighted children (a pillar, a sub-pillar, the index itself). Weights are relative to the siblings:
 * they need not sum to one. A leaf may override the index's normaliser and has a direction.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IndexNode {

  IndexNode() {}

  /** The code: the indicator's code for a leaf; unique in the tree. */
  public abstract String code();

  /** The weight among the siblings; positive. */
  @Value.Default
  public double weight() {
    return 1;
  }

  /** The children; empty for an indicator. */
  public abstract ImmutableList<IndexNode> children();

  /** Which direction of the indicator's value is better (leaves only). */
  @Value.Default
  public Polarity polarity() {
    return Polarity.HIGHER_IS_BETTER;
  }

  /** This indicator's normaliser, overriding the index's (leaves only). */
  public abstract Optional<Normaliser> normaliser();

  /** An indicator of weight 1. */
  public static IndexNode indicator(String code) {
    return builder().code(code).build();
  }

  /** An indicator with a weight. */
  public static IndexNode indicator(String code, double weight) {
    return builder().code(code).weight(weight).build();
  }

  /** A group with a weight. */
  public static IndexNode group(String code, double weight, IndexNode... children) {
    return builder().code(code).weight(weight).addChildren(children).build();
  }

  /** A builder for a node. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndexNode}; {@code build()} validates. */
  public static final class Builder extends ImmutableIndexNode.Builder {
    Builder() {}
  }

  /** Whether the node is an indicator. */
  public boolean isIndicator() {
    return children().isEmpty();
  }

  @Value.Check
  void check() {
    Check.code("index node code", code());
    Check.argument(
        Double.isFinite(weight()) && weight() > 0, "index node %s: weight must be positive, but was %s", code(), weight());
    Check.argument(
        isIndicator() || normaliser().isEmpty(),
        "index node %s: only an indicator may have a normaliser, but it has %s children",
        code(),
        children().size());
  }

  @Override
  public String toString() {
    return isIndicator() ? code() + "×" + weight() : code() + "×" + weight() + children();
  }
}
