package com.example.reporting;

import static io.github.chiso.testkit.assertj.ChisoAssertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Rational;
import io.github.chiso.rollup.Aggregator;
import io.github.chiso.rollup.Observation;
import io.github.chiso.testkit.ChisoFixtures;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.junit.GenSource;
import io.github.chiso.testkit.laws.RollupLaws;
import io.github.chiso.hierarchy.Hierarchy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * How a provincial reporting service tests itself with chiso-testkit: fixtures, generated
 * hierarchies, readable assertions, and the rollup laws applied to its own rule.
 */
class DownstreamReportingServiceTest {

  /** The service's own rule: the best (highest) share among the units. */
  static final class BestShare implements Aggregator<Optional<Rational>> {
    @Override
    public Optional<Rational> identity() {
      return Optional.empty();
    }

    @Override
    public Optional<Rational> lift(Observation observation) {
      return Optional.of(observation.value());
    }

    @Override
    public Optional<Rational> combine(Optional<Rational> a, Optional<Rational> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() ? b : a;
      }
      return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    @Override
    public Optional<Rational> value(Optional<Rational> best) {
      return best;
    }
  }

  @Test
  void ourRollupRuleObeysTheSameLawsAsChisos() {
    RollupLaws.check("best share", new BestShare());
  }

  @Test
  void theQ3ReportMatchesTheProvincesTable() {
    List<Assessment> assessments = Compliance.assess(ChisoFixtures.dongNai2022Plan(), ChisoFixtures.dongNaiHierarchy(),
        ChisoFixtures.dongNai2022Results());
    assertThat(assessments.get(0)).isNotMet().hasMargin("-1.5");
    assertThat(assessments.get(1)).isMet();
  }

  static io.github.chiso.testkit.property.Gen<Hierarchy> twoTierProvinces() {
    return ChisoGen.hierarchiesWithBodies(TierScheme.VIETNAM_FROM_2025_07_01, 1, 8);
  }

  @ParameterizedTest
  @GenSource(in = DownstreamReportingServiceTest.class, name = "twoTierProvinces", tries = 30)
  void everyCommuneOfATwoTierProvinceHangsOffTheProvince(Hierarchy province) {
    org.assertj.core.api.Assertions.assertThat(province.unitsOf(Tier.COMMUNE))
        .allSatisfy(c -> org.assertj.core.api.Assertions.assertThat(province.parent(c.code()).orElseThrow().tier()).isEqualTo(Tier.PROVINCE));
  }
}
