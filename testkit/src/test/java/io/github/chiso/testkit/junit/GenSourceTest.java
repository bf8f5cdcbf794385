package io.github.chiso.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.json.ChisoJson;
import io.github.chiso.model.Plan;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;

class GenSourceTest {
  static final Gen<Plan> PLANS = ChisoGen.plans();
  private static final AtomicInteger CASES = new AtomicInteger();

  static Gen<Long> positives() {
    return Gen.longs(1, 1000);
  }

  @ParameterizedTest
  @GenSource(in = GenSourceTest.class, name = "PLANS", tries = 25, seed = 42)
  void aPropertyIsAnOrdinaryTestMethod(Plan plan) {
    CASES.incrementAndGet();
    assertThat(ChisoJson.readPlan(ChisoJson.writePlan(plan))).isEqualTo(plan);
  }

  @ParameterizedTest
  @GenSource(in = GenSourceTest.class, name = "positives", tries = 25)
  void methodsWorkToo(long n) {
    CASES.incrementAndGet();
    assertThat(n).isPositive();
  }

  @AfterAll
  static void everyCaseRan() {
    assertThat(CASES).hasValue(50);
  }
}
