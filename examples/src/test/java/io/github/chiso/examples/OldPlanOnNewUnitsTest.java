package io.github.chiso.examples;

import io.github.chiso.seeds.Seeds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Group;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.vn.VietnamUnits;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.reexpress.Allocation;
import io.github.chiso.vn.reexpress.OldPlanAssessment;
import io.github.chiso.vn.reexpress.OldPlans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: Đồng Nai's plan for 2025, written for the province before the reform, judged on results
 * reported on the units after it. New Đồng Nai (75) is old Đồng Nai plus Bình Phước. The results are
 * illustrative: online procedures out of 60 eligible for each new commune, and the new province's own
 * figure.
 */
class OldPlanOnNewUnitsTest {
  private static final Lineage LINEAGE = VietnamUnits.lineage();
  private static final Plan PLAN = Seeds.seed002Plan();
  private static final Period YEAR = Period.year(2025);

  /** CQ-01: full-process online services, province 90%, departments average 80%, districts average 70%, communes 60%. */
  private static List<Result> results() {
    List<Result> results = new ArrayList<>();
    for (AdminUnit commune : LINEAGE.after().children("75")) {
      long online = 30 + Long.parseLong(commune.code()) % 31;
      results.add(Result.of("CQ-01", commune.code(), YEAR, Reading.fraction(online, 60)));
    }
    results.add(Result.of("CQ-01", "75", YEAR, Reading.decimal("92")));
    results.add(Result.of("CQ-01", "STTTT", YEAR, Reading.decimal("92")));
    results.add(Result.of("CQ-01", "SYT", YEAR, Reading.decimal("70")));
    return results;
  }

  private static List<Body> departments() {
    return Seeds.dongNai().bodies();
  }

  private static List<OldPlanAssessment> on(String targetCode, List<OldPlanAssessment> all) {
    return all.stream().filter(a -> a.assessment().targetCode().equals(targetCode)).toList();
  }

  @Test
  void theProvinceTargetIsJudgedOnThePartDescendedFromOldDongNai() {
    List<OldPlanAssessment> all = OldPlans.assess(PLAN, LINEAGE, departments(), results());
    List<OldPlanAssessment> cq01 = on("CQ-01", all);

    // Independently: the new communes with a predecessor in old Đồng Nai, and their parts summed.
    long online = 0;
    long eligible = 0;
    int communes = 0;
    for (AdminUnit commune : LINEAGE.after().children("75")) {
      if (LINEAGE.predecessors(commune.code(), Tier.PROVINCE).stream().anyMatch(p -> p.code().equals("75"))) {
        assertThat(LINEAGE.predecessors(commune.code(), Tier.PROVINCE)).hasSize(1);
        online += 30 + Long.parseLong(commune.code()) % 31;
        eligible += 60;
        communes++;
      }
    }
    assertThat(communes).isEqualTo(55);
    OldPlanAssessment province = cq01.get(0);
    Assessment a = province.assessment();
    assertThat(a.subjectCode()).isEqualTo("75");
    assertThat(a.scope()).isEqualTo(Scope.of(Tier.PROVINCE));
    assertThat(a.value()).contains(Rational.of(online * 100, eligible));
    assertThat(a.numerator()).hasValue(java.math.BigInteger.valueOf(online));
    assertThat(a.status()).isEqualTo(Status.NOT_MET);   // about 75%, against 90%; the new province's own 92% is not used
    assertThat(province.estimated()).isFalse();
    assertThat(province.basis()).contains("descended from 75 Tỉnh Đồng Nai");

    List<OldPlanAssessment> onCommunes = cq01.stream()
        .filter(x -> x.assessment().scope().equals(Scope.of(Tier.COMMUNE))).toList();
    assertThat(onCommunes).hasSize(55);
    assertThat(onCommunes).allSatisfy(x -> assertThat(x.assessment().status()).isIn(Status.MET, Status.NOT_MET));

    assertThat(cq01).filteredOn(x -> x.assessment().subjectCode().equals("75/department")).singleElement()
        .satisfies(x -> assertThat(x.assessment().value()).contains(Rational.valueOf(81)));
    assertThat(cq01).filteredOn(x -> x.assessment().subjectCode().equals(Group.of("75", Scope.of(Tier.DISTRICT)).code()))
        .singleElement().satisfies(x -> {
          assertThat(x.assessment().status()).isEqualTo(Status.NOT_EVALUABLE);
          assertThat(x.assessment().reason().orElseThrow()).contains("districts were abolished on 2025-07-01");
        });
  }

  @Test
  void theAlternativeJudgesTheWholeNewProvinceOnItsOwnFigure() {
    List<OldPlanAssessment> whole = on("CQ-01", OldPlans.assess(PLAN, LINEAGE, departments(), results(),
        OldPlans.Territory.WHOLE_NEW_PROVINCE, Allocation.equalShares()));
    Assessment province = whole.get(0).assessment();
    assertThat(province.subjectCode()).isEqualTo("75");
    assertThat(province.value()).contains(Rational.valueOf(92));
    assertThat(province.status()).isEqualTo(Status.MET);
    assertThat(whole.stream().filter(x -> x.assessment().scope().equals(Scope.of(Tier.COMMUNE)))).hasSize(95);
  }

  @Test
  void districtTargetsOnEachDistrictAreNotEvaluableOneByOne() {
    // DL-01 has a threshold on each district: the 11 old districts are listed as not evaluable.
    List<OldPlanAssessment> dl01 = on("DL-01", OldPlans.assess(PLAN, LINEAGE, departments(), results()));
    assertThat(dl01).filteredOn(x -> x.assessment().scope().equals(Scope.of(Tier.DISTRICT))).hasSize(11)
        .allSatisfy(x -> assertThat(x.assessment().status()).isEqualTo(Status.NOT_EVALUABLE));
    assertThat(dl01.get(0).assessment().status()).isEqualTo(Status.NO_DATA);
  }
}
