package io.github.chiso.rollup;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of rolling one indicator up a hierarchy: a cell per unit, in hierarchy order.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Rollup {

  Rollup() {}

  /** What was rolled up. */
  public abstract RollupSpec spec();

  /** Cells by unit code, top tier first, then by code. */
  public abstract ImmutableMap<String, RollupCell> cells();

  static Rollup of(RollupSpec spec, ImmutableMap<String, RollupCell> cells) {
    return ImmutableRollup.builder().spec(spec).cells(cells).build();
  }

  /** The cell of the unit with this code. */
  public Optional<RollupCell> cell(String code) {
    return Optional.ofNullable(cells().get(code));
  }

  /**
   * The cell of the unit with this code.
   *
   * @throws io.github.chiso.InvalidValueException if the rollup has no such unit
   */
  public RollupCell require(String code) {
    RollupCell cell = cells().get(code);
    if (cell == null) {
      throw Check.invalid("rollup of %s has no unit '%s'", spec().indicator().code(), code);
    }
    return cell;
  }

  /** All cells in hierarchy order. */
  public ImmutableList<RollupCell> list() {
    return cells().values().asList();
  }
}
