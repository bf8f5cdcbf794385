package io.github.chiso.vn.reexpress;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Rational;
import java.util.List;
import java.util.Map;

/**
 * How a divided source unit is shared among the target units it went to. The default, {@link
 * #equalShares()}, gives each of its k targets 1/k. {@link #weights} takes the caller's weights per
 * (source, target) — areas, populations — and shares in proportion to them. A source that went
 * whole into one target always gives it everything, whatever the weights.
 */
public final class Allocation {
  private static final Allocation EQUAL = new Allocation(ImmutableTable.of(), "equal shares");

  private final ImmutableTable<String, String, Rational> weights;
  private final String description;

  private Allocation(ImmutableTable<String, String, Rational> weights, String description) {
    this.weights = weights;
    this.description = description;
  }

  /** Each of a divided source's k targets gets 1/k. */
  public static Allocation equalShares() {
    return EQUAL;
  }

  /**
   * Shares in proportion to {@code weights}: row = source code, column = target code. Every divided
   * source must have a non-negative weight for each of its targets, and not all zero; sources
   * absent from the table are shared equally.
   *
   * @throws io.github.chiso.InvalidValueException if a weight is negative
   */
  public static Allocation weights(Table<String, String, Rational> weights, String description) {
    for (Table.Cell<String, String, Rational> cell : weights.cellSet()) {
      Check.argument(cell.getValue().signum() >= 0, "allocation weight of %s -> %s must not be negative, but was %s",
          cell.getRowKey(), cell.getColumnKey(), cell.getValue());
    }
    Check.argument(!description.isBlank(), "allocation: description must not be blank");
    return new Allocation(ImmutableTable.copyOf(weights), description);
  }

  /** The weights given, by source then target; empty for equal shares. */
  public ImmutableTable<String, String, Rational> table() {
    return weights;
  }

  /** What the weights are, e.g. "equal shares" or "area of the new commune". */
  public String description() {
    return description;
  }

  /**
   * The share of {@code source} that goes to each of {@code targets} (in that order), adding up to
   * one.
   *
   * @throws io.github.chiso.InvalidValueException if {@code source} has weights that miss one of the
   *     targets or are all zero
   */
  public ImmutableMap<String, Rational> shares(String source, List<String> targets) {
    Check.argument(!targets.isEmpty(), "allocation of %s: no targets", source);
    ImmutableMap.Builder<String, Rational> shares = ImmutableMap.builder();
    if (targets.size() == 1) {
      return shares.put(targets.get(0), Rational.ONE).build();
    }
    Map<String, Rational> row = weights.row(source);
    if (row.isEmpty()) {
      Rational each = Rational.of(1, targets.size());
      targets.forEach(t -> shares.put(t, each));
      return shares.build();
    }
    Rational total = Rational.ZERO;
    for (String target : targets) {
      Rational weight = row.get(target);
      Check.argument(weight != null, "allocation (%s) of %s: no weight for target %s; weights given for %s",
          description, source, target, row.keySet());
      total = total.add(weight);
    }
    Check.argument(total.signum() > 0, "allocation (%s) of %s: the weights of %s are all zero", description, source, targets);
    for (String target : targets) {
      shares.put(target, row.get(target).divide(total));
    }
    return shares.build();
  }

  @Override
  public String toString() {
    return description;
  }
}
