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
}
