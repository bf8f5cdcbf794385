package io.github.chiso.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.testkit.property.Property;
import org.junit.jupiter.api.Test;

/** What the executors read back from the broadcast documents is what the driver had. */
class ContextTest {
  @Test
  void theExecutorsReadThePlanHierarchyAndSpecsTheDriverHad() {
    Property.forAll("context round trip", SparkPropertiesTest.CASES).tries(60).verify(c -> {
      Context context = Context.of(c.plan(), c.hierarchy(), c.specs());
      Context.forgetAll();
      Context.Resolved read = context.resolve();
      assertThat(read.plan).isEqualTo(c.plan());
      assertThat(read.hierarchy.units()).isEqualTo(c.hierarchy().units());
      assertThat(read.hierarchy.scheme()).isEqualTo(c.hierarchy().scheme());
      assertThat(read.specs).isEqualTo(c.specs());
    });
  }

  /** Partitions do not bring a result and its reference together: a change target is refused, named. */
  @Test
  void aTargetOnAChangeIsRefusedNamingIt() {
    io.github.chiso.model.Plan golden = io.github.chiso.testkit.ChisoFixtures.dongNai2025Plan();
    io.github.chiso.model.Target first = golden.targets().get(0);
    io.github.chiso.model.Target onChange = io.github.chiso.model.Target.builder().from(first).code("T-CHANGE")
        .change(io.github.chiso.model.Change.yearOnYear(io.github.chiso.model.Change.Direction.INCREASE,
            io.github.chiso.model.Change.Basis.ABSOLUTE)).build();
    io.github.chiso.model.Plan plan = io.github.chiso.model.Plan.builder().from(golden).addTargets(onChange).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Context.requireNoChanges(plan))
        .isInstanceOf(io.github.chiso.InvalidValueException.class).hasMessageContaining("T-CHANGE");
    Context.requireNoChanges(golden);
  }
}
