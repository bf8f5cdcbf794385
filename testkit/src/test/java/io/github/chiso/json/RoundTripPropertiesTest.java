package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.check.Checks;
import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.ChisoSchemas;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Write then read gives an equal value; read then write gives the same document; documents match the schemas. */
class RoundTripPropertiesTest {
  private static final JsonMapper MAPPER = ChisoJson.mapper();

  @Test
  void plans() {
    // Mutation checked: JsonWriters.rateBasis leaving out "of" failed here.
    Property.forAll("plan round trip", ChisoGen.plans()).tries(300).verify(plan -> {
      String json = ChisoJson.writePlan(plan);
      Plan read = ChisoJson.readPlan(json);
      assertThat(read).isEqualTo(plan);
      assertThat(ChisoJson.writePlan(read)).isEqualTo(json);
      assertThat(ChisoSchemas.plan(json)).isEmpty();
    });
  }

  @Test
  void hierarchies() {
    Gen<Hierarchy> hierarchies = Gen.oneOf(
        ChisoGen.hierarchiesWithBodies(TierScheme.VIETNAM_2021_2025, 3, 4),
        ChisoGen.hierarchiesWithBodies(TierScheme.VIETNAM_FROM_2025_07_01, 3, 5));
    Property.forAll("hierarchy round trip", hierarchies).tries(200).verify(h -> {
      String json = ChisoJson.writeHierarchy(h);
      Hierarchy read = ChisoJson.readHierarchy(json);
      assertThat(read.scheme()).isEqualTo(h.scheme());
      assertThat(read.units()).isEqualTo(h.units());
      assertThat(read.bodies()).isEqualTo(h.bodies());
      assertThat(ChisoJson.writeHierarchy(read)).isEqualTo(json);
      assertThat(ChisoSchemas.hierarchy(json)).isEmpty();
    });
  }

  @Test
  void resultSets() {
    // Mutation checked: JsonWriters.result leaving out "qualifiers" failed here.
    Property.forAll("results round trip", Gen.lists(ChisoGen.results(1, 1, 1, 1, 1), 0, 20)).tries(300).verify(results -> {
      String json = ChisoJson.writeResults(results);
      List<Result> read = ChisoJson.readResults(json);
      assertThat(read).isEqualTo(results);
      assertThat(ChisoJson.writeResults(read)).isEqualTo(json);
      assertThat(ChisoSchemas.results(json)).isEmpty();
    });
  }

  private static final Map<Scope, Subject> SUBJECTS = Map.of(
      Scope.of(Tier.PROVINCE), AdminUnit.of("75", "Đồng Nai", Tier.PROVINCE),
      Scope.of(Tier.DISTRICT), AdminUnit.of("731", "Biên Hòa", Tier.DISTRICT, "75"),
      Scope.of(Tier.COMMUNE), AdminUnit.of("25993", "Trảng Dài", Tier.COMMUNE, "731"),
      Scope.of(BodyKind.DEPARTMENT), Body.of("STTTT", "Sở TT&TT", BodyKind.DEPARTMENT, "75"));

  /** An assessment of a generated result against a generated target, for the target's first scope. */
  private static final Gen<Assessment> ASSESSMENTS =
      Gen.combine(
          ChisoGen.indicators("IND-0").flatMap(i -> ChisoGen.targets("T-0", i)),
          ChisoGen.results(),
          Gen.booleans(),
          (target, result, noData) -> {
            Subject subject = SUBJECTS.get(target.thresholds().keySet().iterator().next());
            if (noData) {
              return Compliance.noData(target, subject);
            }
            Result matching = Result.builder().from(result)
                .indicatorCode(target.indicator().code()).subjectCode(subject.code()).build();
            if (target.change().isPresent() && result.reading().kind() != io.github.chiso.model.Reading.Kind.TEXT) {
              // A change judged from two results, the reference the same reading a period earlier.
              io.github.chiso.model.Period against = target.change().get().referenceFor(matching.period());
              Result reference = Result.builder().from(matching).period(against).asOf(against.end()).build();
              return Compliance.assess(target, subject, matching, reference);
            }
            return Compliance.assess(target, subject, matching);
          });

  @Test
  void assessmentsAndGaps() {
    Property.forAll("assessment and gap round trip", ASSESSMENTS).tries(500).verify(a -> {
      String json = MAPPER.writeValueAsString(a);
      assertThat(MAPPER.readValue(json, Assessment.class)).isEqualTo(a);
      Gap gap = Gaps.of(a);
      String gapJson = MAPPER.writeValueAsString(gap);
      assertThat(MAPPER.readValue(gapJson, Gap.class)).isEqualTo(gap);
      assertThat(MAPPER.writeValueAsString(MAPPER.readValue(gapJson, Gap.class))).isEqualTo(gapJson);
    });
  }

  @Test
  void findings() {
    Property.forAll("finding round trip", Gen.lists(ChisoGen.results(), 1, 15)).tries(200).verify(results -> {
      Plan plan = Plan.builder().number("P").kind(io.github.chiso.model.DocumentKind.PLAN).issuer("x")
          .jurisdiction("75").period(io.github.chiso.model.Period.year(2025)).build();
      Hierarchy h = Hierarchy.of(TierScheme.VIETNAM_2021_2025, List.of(AdminUnit.of("75", "Đồng Nai", Tier.PROVINCE)));
      for (Finding finding : Checks.run(plan, h, results)) {
        String json = MAPPER.writeValueAsString(finding);
        assertThat(MAPPER.readValue(json, Finding.class)).isEqualTo(finding);
      }
    });
  }

  @Test
  void standaloneModelValues() {
    Property.forAll("indicator, unit, body round trip", ChisoGen.indicators("I-1")).tries(100).verify(indicator -> {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(indicator), io.github.chiso.model.Indicator.class)).isEqualTo(indicator);
    });
    for (Subject subject : SUBJECTS.values()) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(subject), subject.getClass().getSuperclass())).isEqualTo(subject);
    }
    for (TierScheme scheme : List.of(TierScheme.VIETNAM_2021_2025, TierScheme.VIETNAM_FROM_2025_07_01)) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(scheme), TierScheme.class)).isEqualTo(scheme);
    }
  }

  @Test
  void aGapThatDisagreesWithItsAssessmentIsRejected() {
    Target target = ChisoGen.targets("T", ChisoGen.indicators("I").generate(new FixedSource())).generate(new FixedSource());
    Subject subject = SUBJECTS.get(target.thresholds().keySet().iterator().next());
    Gap gap = Gaps.of(Compliance.noData(target, subject));
    String json = "{\"gap\":\"5\"," + MAPPER.writeValueAsString(gap).substring(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChisoJson.document(() -> MAPPER.readValue(json, Gap.class)))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("$.gap: does not agree with the assessment");
  }

  /** Always draws zero: the simplest value of every generator. */
  static final class FixedSource implements io.github.chiso.testkit.property.Source {
    @Override
    public long draw(long maxInclusive) {
      return 0;
    }

    @Override
    public int size() {
      return 0;
    }
  }
}
