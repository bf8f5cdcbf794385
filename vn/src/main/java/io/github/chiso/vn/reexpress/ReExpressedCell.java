package io.github.chiso.vn.reexpress;

import com.google.common.collect.ImmutableList;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.rollup.RollupCell;
import org.immutables.value.Value;

/**
 * A unit of the target side with its re-expressed value: the rollup cell (value, exact parts,
 * coverage over the pieces below it, the children's coverage, as-of date, why a value is withheld),
 * every contribution that went into it, and whether any of them is an estimate.
 *
 * <p>The cell's coverage counts pieces, one per (source unit, target unit) pair, coded {@code
 * source>target}: a target unit is complete when every source unit that went into it reported. For
 * a unit above the target tier, {@link RollupCell#childCoverage()} counts its target-side children.
 */
@Value.Immutable
public abstract class ReExpressedCell {

  ReExpressedCell() {}

  /** The target-side unit. */
  public abstract AdminUnit unit();

  /** Its value as the core rollup computed it from the contributions. */
  public abstract RollupCell cell();

  /** Every contribution to this unit (to it or, above the target tier, to the units below it). */
  public abstract ImmutableList<Contribution> contributions();

  /** Whether any contribution is an estimate (from a divided source). */
  @Value.Derived
  public boolean estimated() {
    return contributions().stream().anyMatch(Contribution::estimated);
  }

  /** The distinct codes of the source units whose results went in, in order. */
  public ImmutableList<String> sourceCodes() {
    return contributions().stream().map(c -> c.source().subjectCode()).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  static ReExpressedCell of(AdminUnit unit, RollupCell cell, Iterable<Contribution> contributions) {
    return ImmutableReExpressedCell.builder().unit(unit).cell(cell).contributions(contributions).build();
  }

  @Override
  public String toString() {
    return unit().code() + " " + unit().name() + ": " + cell() + (estimated() ? " [estimated]" : "");
  }
}
