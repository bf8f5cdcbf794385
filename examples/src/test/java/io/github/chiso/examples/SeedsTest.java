package io.github.chiso.examples;

import io.github.chiso.seeds.Seeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.chiso.check.Checks;
import io.github.chiso.check.Finding;
import io.github.chiso.check.FindingKind;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.RangePosition;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four documents as data: what they say, and the verdicts the report prints for seed 001. */
class SeedsTest {

  @Test
  void dongNaiBeforeTheReformHasElevenDistrictsAndTheirCommunes() {
    Hierarchy h = Seeds.dongNai();
    assertThat(h.roots()).extracting(u -> u.name()).containsExactly("Tỉnh Đồng Nai");
    assertThat(h.unitsOf(Tier.DISTRICT)).hasSize(11);
    assertThat(h.unitsOf(Tier.COMMUNE)).hasSize(159);
    assertThat(h.children("731")).hasSize(25);
    assertThat(h.bodiesOf(BodyKind.DEPARTMENT)).hasSize(17);
  }

  @Test
  void seed001VerdictsForEveryRowOfTheTable() {
    List<Assessment> assessments = Compliance.assess(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results());
    assertThat(assessments.stream().filter(a -> a.subjectCode().equals("75")))
        .extracting(a -> a.indicator().code(), Assessment::status)
        .containsExactly(
            tuple("I.1", Status.NOT_MET), tuple("I.2", Status.MET), tuple("II.1", Status.NOT_MET),
            tuple("II.2", Status.NOT_MET), tuple("II.3", Status.NOT_EVALUABLE), tuple("II.4", Status.NOT_MET),
            tuple("II.5", Status.NOT_EVALUABLE), tuple("III.1", Status.MET), tuple("III.2", Status.MET),
            tuple("III.3", Status.NOT_EVALUABLE), tuple("III.4", Status.NOT_EVALUABLE), tuple("III.5", Status.MET),
            // the report's forecasts (communities' technology teams by Q3, two training classes, the 22 tasks of Q4): no result yet
            tuple("CĐS-TCNSCĐ", Status.NO_DATA), tuple("CĐS-LỚPTH", Status.NO_DATA), tuple("CĐS-NVGP", Status.NO_DATA));
    // the district threshold of II.3 (from 2022-12-01) has no district results
    assertThat(assessments.stream().filter(a -> !a.subjectCode().equals("75")))
        .hasSize(11)
        .allSatisfy(a -> {
          assertThat(a.indicator().code()).isEqualTo("II.3");
          assertThat(a.status()).isEqualTo(Status.NO_DATA);
        });
    Assessment services = assessments.get(2);
    assertThat(services.value()).contains(Rational.of(39200, 505));
    assertThat(services.margin()).contains(Rational.of(-240, 101));
    assertThat(Gaps.of(services).shortfall()).contains(BigInteger.valueOf(12));
    Assessment bank = assessments.stream().filter(a -> a.indicator().code().equals("III.5")).findFirst().orElseThrow();
    assertThat(bank.rangePosition()).contains(RangePosition.ABOVE);
  }

  @Test
  void seed001ResultsKeepTheReportedFiguresAndTheirContradiction() {
    assertThat(Seeds.seed001Results()).hasSize(43);
    List<Finding> findings = Checks.run(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results());
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.SHARE_DISAGREES_WITH_PARTS);
      assertThat(f.indicatorCode()).isEqualTo("KT-TMĐT-GD/TK");
      assertThat(f.message()).isEqualTo("reported share 8% but 14186/71231 is 19.92%");
    });
    assertThat(Seeds.seed001Results()).anySatisfy(r ->
        assertThat(r.reading()).isEqualTo(Reading.fraction(3103499, 3118174, new BigDecimal("99.53"))));
  }

  @Test
  void seed002TieredTargetsTasksAndItsContradiction() {
    Plan plan = Seeds.seed002Plan();
    assertThat(plan.kind()).isEqualTo(DocumentKind.PLAN);
    assertThat(plan.targets()).hasSize(48);
    Target online = plan.target("CQ-01").orElseThrow();
    assertThat(online.thresholds()).containsEntry(Scope.of(Tier.PROVINCE), threshold(Comparator.AT_LEAST, 90, "đạt tỷ lệ 90%"))
        .containsKeys(Scope.of(BodyKind.DEPARTMENT), Scope.of(Tier.DISTRICT), Scope.of(Tier.COMMUNE));
    assertThat(online.thresholds().get(Scope.of(BodyKind.DEPARTMENT)).bound()).isEqualByComparingTo("80");
    assertThat(plan.target("KT-02").orElseThrow().thresholds().get(Scope.of(Tier.PROVINCE)).comparator()).isEqualTo(Comparator.ABOVE);
    assertThat(plan.partsOf("XH-10")).extracting(Target::code).containsExactly("XH-10a");
    // the plan contradicts itself on schools' digital governance: 40% in II.2, 70% in the education task
    assertThat(plan.targets().stream().filter(t -> t.indicator().code().equals("XH-11")))
        .extracting(t -> t.thresholds().get(Scope.of(Tier.PROVINCE)).bound().intValue())
        .containsExactly(40, 70);
    assertThat(plan.tasks()).anySatisfy(t -> {
      assertThat(t.lead()).contains("Sở Y tế");
      assertThat(t.targetCodes()).containsExactly("NV-YT-1", "NV-YT-2");
    });
    assertThat(Checks.run(plan, Seeds.dongNai(), List.of())).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.CONFLICTING_TARGETS);
      assertThat(f.message()).isEqualTo("target XH-11 asks ≥ 40 but target NV-GD asks ≥ 70 for province");
    });
    List<Assessment> noResults = Compliance.assess(plan, Seeds.dongNai(), List.of());
    assertThat(noResults).allSatisfy(a -> assertThat(a.status()).isEqualTo(Status.NO_DATA));
    // the province and each commune on their own; departments and districts on their averages
    assertThat(noResults.stream().filter(a -> a.targetCode().equals("CQ-01"))).hasSize(1 + 159 + 2);
  }

  private static Threshold threshold(Comparator comparator, int bound, String wording) {
    return Threshold.builder().comparator(comparator).bound(BigDecimal.valueOf(bound)).wording(wording).build();
  }

  @Test
  void seeds003And004() {
    Plan hungYen = Seeds.seed003Plan();
    assertThat(hungYen.jurisdiction()).isEqualTo("33");
    assertThat(hungYen.target("HY-03").orElseThrow().thresholds().get(Scope.of(Tier.PROVINCE)).bound()).isEqualTo(new BigDecimal("1.0"));
    Plan dakNong = Seeds.seed004Plan();
    assertThat(dakNong.issued()).contains(Period.month(2022, 9));
    assertThat(dakNong.tasks()).anySatisfy(t -> assertThat(t.due()).contains(java.time.LocalDate.of(2022, 10, 27)));
    assertThat(Seeds.seed004Results()).extracting(r -> r.reading().toString()).containsExactly("0.3509", "+13 ABSOLUTE vs 2020", "41/63", "4/5");
  }
}
