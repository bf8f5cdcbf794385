package io.github.chiso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.rollup.Coverage;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.Rollups;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Seed 002's tiered target over a province, its 11 districts, their communes and departments. */
class Seed002ScenarioTest {
  private final Hierarchy hierarchy = Seed002Scenario.hierarchy();
  private final List<Result> results = Seed002Scenario.results();
  private final List<Assessment> perUnit = Seed002Scenario.perUnit();
  private final Map<String, Rational> reported =
      results.stream().collect(Collectors.toMap(Result::subjectCode, r -> r.reading().value(io.github.chiso.model.Measure.PERCENT).orElseThrow()));

  @Test
  void theHierarchyHasTheProvinceElevenDistrictsTheirCommunesAndDepartments() {
    assertThat(hierarchy.unitsOf(Tier.PROVINCE)).hasSize(1);
    assertThat(hierarchy.unitsOf(Tier.DISTRICT)).hasSize(11);
    assertThat(hierarchy.unitsOf(Tier.DISTRICT)).allSatisfy(d -> assertThat(hierarchy.children(d.code())).isNotEmpty());
    assertThat(hierarchy.bodiesOf(BodyKind.DEPARTMENT)).hasSize(5);
  }

  @Test
  void eachUnitAgainstItsOwnThresholdAndTheAveragesAsGroups() {
    Map<String, Rational> bound = Map.of("province", Rational.valueOf(90), "commune", Rational.valueOf(60));
    assertThat(perUnit).hasSize(1 + hierarchy.unitsOf(Tier.COMMUNE).size() + 2);
    Assessment departments = perUnit.get(perUnit.size() - 2);
    Assessment districts = perUnit.get(perUnit.size() - 1);
    assertThat(departments.subjectCode()).isEqualTo("75/department");
    assertThat(departments.value()).contains(Rational.of(404, 5));
    assertThat(departments.status()).isEqualTo(Status.MET);
    assertThat(districts.subjectCode()).isEqualTo("75/district");
    assertThat(districts.value()).isEqualTo(Seed002Scenario.districtAverage().value());
    assertThat(districts.status()).isEqualTo(Status.NOT_MET);
    for (Assessment a : perUnit.subList(0, perUnit.size() - 2)) {
      Rational value = reported.get(a.subjectCode());
      if (value == null) {
        assertThat(a.status()).isEqualTo(Status.NO_DATA);
        continue;
      }
      Status expected = value.compareTo(bound.get(a.scope().key())) >= 0 ? Status.MET : Status.NOT_MET;
      assertThat(a.status()).as(a.subjectCode()).isEqualTo(expected);
    }
    assertThat(perUnit).filteredOn(a -> a.status() == Status.NO_DATA).extracting(Assessment::subjectCode)
        .containsExactly("90201", "90502");
  }

  @Test
  void tierAveragesAreMeansOfTheTiersOwnFiguresWithCoverage() {
    RollupCell districts = Seed002Scenario.districtAverage();
    Rational sum = hierarchy.unitsOf(Tier.DISTRICT).stream().map(d -> reported.get(d.code())).reduce(Rational.ZERO, Rational::add);
    assertThat(districts.value()).contains(sum.divide(Rational.valueOf(11)));
    assertThat(districts.coverage()).isEqualTo(Coverage.of(11, 11, List.of()));
    assertThat(Rollups.assess(Seed002Scenario.target(), io.github.chiso.hierarchy.Group.of("75", Scope.of(Tier.DISTRICT)), districts)
            .status())
        .isEqualTo(Status.NOT_MET);

    RollupCell departments = Seed002Scenario.departmentAverage();
    assertThat(departments.value()).contains(Rational.of(404, 5));
    assertThat(Rollups.assess(Seed002Scenario.target(), Rollups.bodyGroup("75", BodyKind.DEPARTMENT), departments).status())
        .isEqualTo(Status.MET);
  }

  @Test
  void laggingUnitsAreRankedWorstFirstWithShortfalls() {
    List<Gap> gaps = perUnit.stream().map(Gaps::of).toList();
    List<Gap> communes = Gaps.lagging(gaps, Scope.of(Tier.COMMUNE));
    assertThat(communes.get(0).subjectCode()).isEqualTo("90200");
    Map<String, Gap> byCode = communes.stream().collect(Collectors.toMap(Gap::subjectCode, Function.identity()));
    for (Gap g : communes) {
      Reading.Fraction parts = (Reading.Fraction) results.stream()
          .filter(r -> r.subjectCode().equals(g.subjectCode())).findFirst().orElseThrow().reading();
      long needed = (long) Math.ceil(0.6 * parts.denominator() - 1e-9) - parts.numerator();
      assertThat(byCode.get(g.subjectCode()).shortfall()).contains(BigInteger.valueOf(needed));
    }
  }
}
