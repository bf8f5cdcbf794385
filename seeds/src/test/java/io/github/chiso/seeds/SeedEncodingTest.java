package io.github.chiso.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Change;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Task;
import io.github.chiso.model.Threshold;
import io.github.chiso.text.PhraseForm;
import io.github.chiso.text.ResultText;
import io.github.chiso.model.Qualifier;
import io.github.chiso.text.TargetPhrase;
import io.github.chiso.text.TargetText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The seed items the issue found wrongly encoded, as the sources give them; and every threshold's wording read back. */
class SeedEncodingTest {
  private static Target target(Plan plan, String code) {
    return plan.targets().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
  }

  private static Task task(Plan plan, String code) {
    return plan.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
  }

  private static Result result(List<Result> results, String indicator) {
    return results.stream().filter(r -> r.indicatorCode().equals(indicator)).findFirst().orElseThrow();
  }

  @Test
  void seed001KeepsTheApproximateCountAndFlagsAmbiguousNumbersAndSeed004ItsRanksWithTheirFields() {
    Plan plan = Seeds.seed001Plan();
    Result stations = result(Seeds.seed001Results(), "CĐS-BTS");
    assertThat(stations.reading()).isEqualTo(Reading.decimal("3500"));
    assertThat(stations.qualifiers()).containsExactly(Qualifier.APPROXIMATE);
    assertThat(plan.indicators().get("CĐS-BTS").unit()).contains("trạm thu phát sóng thông tin di động 3G/4G");
    assertThat(result(Seeds.seed001Results(), "DS-DDĐT").qualifiers()).containsExactly(Qualifier.AMBIGUOUS_NUMBER);
    assertThat(result(Seeds.seed001Results(), "DS-DDĐT").reading()).isEqualTo(Reading.decimal("51212"));
    assertThat(result(Seeds.seed001Results(), "I.1").qualifiers()).as("the table states 83,5% plainly").isEmpty();
    assertThat(Seeds.seed004Results()).filteredOn(r -> r.indicatorCode().equals("DTI-HANG"))
        .extracting(Result::reading).containsExactly(Reading.delta(new BigDecimal(13),
            Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2020))), Reading.rank(41, 63));
    assertThat(result(Seeds.seed004Results(), "DTI-HANG-VUNG").reading()).isEqualTo(Reading.rank(4, 5));
  }

  /** A count indicator carries the unit its results' wording counts in, where the wording gives one. */
  @Test
  void everyCountIndicatorWhoseWordingGivesAUnitHasOne() {
    List<String> missing = new ArrayList<>();
    for (Plan plan : List.of(Seeds.seed001Plan(), Seeds.seed004Plan())) {
      for (Result r : plan == Seeds.seed001Plan() ? Seeds.seed001Results() : Seeds.seed004Results()) {
        Indicator indicator = plan.indicators().get(r.indicatorCode());
        if (indicator.measure() == Measure.COUNT && r.note().isPresent() && indicator.unit().isEmpty()
            && ResultText.extract(r.note().get(), Measure.COUNT).unit().isPresent()) {
          missing.add(indicator.code() + ": " + r.note().get());
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(Seeds.seed002Plan().indicators().get("NV-BCĐ").unit()).contains("lần");
    assertThat(Seeds.seed003Plan().indicators().get("HY-02").unit()).contains("cán bộ");
  }

  @Test
  void seed002WordingsAreTheSourcesOwn() {
    Plan plan = Seeds.seed002Plan();
    assertThat(target(plan, "XH-02").wording()).contains(
        "100% các ấp, khu phố đang lǎm sóng và đã có điện lưới quốc gia được phủ sóng băng rộng di động");
    assertThat(target(plan, "XH-06").wording().orElseThrow())
        .contains("đã được ghi danh, công nhận và xếp hạng được số hóa");
    assertThat(target(plan, "AT-03").wording().orElseThrow())
        .contains("trong vòng 24 tiếng hoặc theo yêu cầu nghiệp vụ đạt 100%");
  }

  @Test
  void seed002MeetingsTargetNamesTheFourBodiesAndIsExpected() {
    Plan plan = Seeds.seed002Plan();
    Target meetings = target(plan, "NV-BCĐ");
    assertThat(meetings.wording().orElseThrow()).contains(
        "Ban Chỉ đạo Chuyển đổi số tỉnh Đồng Nai, Hội đồng Tư vấn Chuyển đổi số tỉnh Đồng Nai, Ban Chỉ đạo thực hiện Đề án",
        "Ban chỉ đạo cải cách hành chính của tỉnh (dự kiến 2 lần trong năm 2025)");
    Threshold threshold = meetings.thresholds().get(Scope.of(io.github.chiso.hierarchy.Tier.PROVINCE));
    assertThat(threshold.qualifiers()).containsExactly(Qualifier.EXPECTED);
    TargetPhrase read = TargetText.extract(threshold.wording().orElseThrow());
    assertThat(read.qualifiers()).containsExactly(Qualifier.EXPECTED);
    assertThat(read.byYear()).containsOnlyKeys(2025);
    assertThat(read.threshold().bound()).isEqualByComparingTo("2");
    assertThat(task(plan, "III.1-1").description()).isEqualTo(meetings.wording().orElseThrow());
    assertThat(task(plan, "III.1-1").lead()).isEmpty();
  }

  @Test
  void seed002TasksClaimNothingTheSourceDoesNotSay() {
    Plan plan = Seeds.seed002Plan();
    assertThat(task(plan, "III.6-6").lead()).as("the drill's lead is not in the source").isEmpty();
    assertThat(task(plan, "III.6-6").targetCodes()).containsExactly("NV-DT");
    for (String code : List.of("V.7.d-1", "V.7.d-2", "V.7.d-3", "V.7.d-4")) {
      assertThat(task(plan, code).lead()).contains("Sở Công Thương");
      assertThat(task(plan, code).targetCodes()).as("KT-04 is not among Sở Công Thương's tasks").isEmpty();
    }
    assertThat(task(plan, "V.7.k").targetCodes()).as("XH-06 (heritage records) is not in the culture task").isEmpty();
    assertThat(task(plan, "V.7.đ-3").targetCodes()).as("NV-CB is not in the support-policy task").isEmpty();
  }

  @Test
  void seed002DistrictsOnlineServicesTargetHasItsPartAndThePlansDueInJanuary() {
    Plan plan = Seeds.seed002Plan();
    Target accounts = target(plan, "NV-HUYỆN-DVC");
    Target users = target(plan, "NV-HUYỆN-DVC-a");
    Scope district = Scope.of(io.github.chiso.hierarchy.Tier.DISTRICT);
    assertThat(accounts.indicator().code()).isEqualTo("XH-10");
    assertThat(accounts.thresholds()).containsOnlyKeys(district);
    assertThat(accounts.thresholds().get(district).comparator()).isEqualTo(Comparator.ABOVE);
    assertThat(accounts.thresholds().get(district).bound()).isEqualByComparingTo("65");
    assertThat(accounts.wording().orElseThrow()).contains("trên 65% (trong đó 40%");
    assertThat(users.parentCode()).contains("NV-HUYỆN-DVC");
    assertThat(users.thresholds().get(district).bound()).isEqualByComparingTo("40");
    assertThat(plan.partsOf("NV-HUYỆN-DVC")).containsExactly(users);
    String wording = accounts.wording().orElseThrow();
    TargetPhrase read = TargetText.extract(wording.substring(wording.indexOf("trên 65%")));
    assertThat(read.threshold().comparator()).isEqualTo(Comparator.ABOVE);
    assertThat(read.threshold().bound()).isEqualByComparingTo("65");
    assertThat(read.ofWhich().orElseThrow().bound()).isEqualByComparingTo("40");
    Task districts = task(plan, "V.3-4");
    assertThat(districts.lead()).contains("UBND các huyện, thành phố");
    assertThat(districts.targetCodes()).containsExactly("NV-HUYỆN-DVC", "NV-HUYỆN-DVC-a");
    Task plans = task(plan, "V-KH2025");
    assertThat(plans.description()).endsWith("gửi về Sở Thông tin và Truyền thông tổng hợp trong tháng 01/2025.");
    assertThat(plans.due()).contains(java.time.LocalDate.of(2025, 1, 31));
    assertThat(plans.lead()).contains("các cơ quan, đơn vị, địa phương");
  }

  @Test
  void seed003SaysOnlineAndAddressesEveryLevelCollectively() {
    Plan plan = Seeds.seed003Plan();
    assertThat(plan.indicators().get("HY-01").nameVi())
        .isEqualTo("Tỷ lệ dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn tỉnh")
        .doesNotContain("toàn trình");
    assertThat(plan.tasks()).hasSize(12);
    for (String code : List.of("HY-T1", "HY-T2", "HY-T3", "HY-T4", "HY-T5", "HY-T6", "HY-T7", "HY-T8", "HY-T9", "HY-T10", "HY-T11")) {
      assertThat(task(plan, code).lead()).as(code)
          .contains("cấp ủy đảng, tổ chức đảng, chính quyền các cấp, Mặt trận tổ quốc Việt Nam và các tổ chức chính trị - xã hội, các cơ quan, đơn vị");
      assertThat(task(plan, code).partners()).as(code).isEmpty();
    }
  }

  /**
   * Seed 004 section 1: "tăng 13 bậc so với năm 2020" is the rank's change, a result stated as a
   * change (13 places up against 2020) beside the 2021 rank itself; a target on that change would
   * judge it (one of at least 10 places is met, one of at least 14 is not).
   */
  @Test
  void seed004sChangeOfRankIsADelta() {
    io.github.chiso.model.Result change = Seeds.seed004Results().stream()
        .filter(r -> r.reading() instanceof io.github.chiso.model.Reading.Delta).findFirst().orElseThrow();
    io.github.chiso.model.Change since2020 = io.github.chiso.model.Change.of(io.github.chiso.model.Change.Direction.INCREASE,
        io.github.chiso.model.Change.Basis.ABSOLUTE, io.github.chiso.model.Period.year(2020));
    assertThat(change.indicatorCode()).isEqualTo("DTI-HANG");
    assertThat(change.period()).isEqualTo(io.github.chiso.model.Period.year(2021));
    assertThat(change.reading()).isEqualTo(io.github.chiso.model.Reading.delta(new BigDecimal("13"), since2020));
    assertThat(change.note()).contains("tăng 13 bậc so với năm 2020");
    io.github.chiso.hierarchy.AdminUnit dakNong =
        io.github.chiso.hierarchy.AdminUnit.of("67", "Tỉnh Đắk Nông", io.github.chiso.hierarchy.Tier.PROVINCE);
    for (String bound : List.of("10", "14")) {
      Target target = Target.builder().code("T").indicator(Seeds.seed004Plan().indicators().get("DTI-HANG"))
          .period(io.github.chiso.model.Period.year(2021)).change(since2020)
          .threshold(io.github.chiso.hierarchy.Tier.PROVINCE, Threshold.atLeast(bound)).build();
      assertThat(io.github.chiso.compliance.Compliance.assess(target, dakNong, change).status()).as(bound)
          .isEqualTo(bound.equals("10") ? io.github.chiso.compliance.Status.MET : io.github.chiso.compliance.Status.NOT_MET);
    }
  }

  /** Seed 004 section 7: the monthly task recurs, each month due by its last day, and stands by its occurrence. */
  @Test
  void seed004sMonthlyReportTaskRecurs() {
    Task monthly = task(Seeds.seed004Plan(), "7");
    assertThat(monthly.dueWording()).contains("hàng tháng");
    assertThat(monthly.description()).contains("hàng tháng đưa chuyên đề báo cáo về chuyển đổi số");
    assertThat(monthly.due()).isEmpty();
    io.github.chiso.model.Recurrence recurrence = monthly.recurrence().orElseThrow();
    assertThat(recurrence.frequency()).isEqualTo(io.github.chiso.model.Frequency.MONTHLY);
    assertThat(recurrence.dueDate(io.github.chiso.model.Period.month(2022, 9))).isEqualTo(java.time.LocalDate.of(2022, 9, 30));
    io.github.chiso.task.Standing s = io.github.chiso.task.Standing.of(monthly, java.time.LocalDate.of(2022, 10, 5));
    assertThat(s.state()).isEqualTo(io.github.chiso.task.Standing.State.OVERDUE);   // September's, never recorded done
    assertThat(s.occurrence()).contains(io.github.chiso.model.Period.month(2022, 9));
    assertThat(s.daysOverdue()).isEqualTo(5);
  }

  /** Seed 001 I.1: "Dự kiến tháng 12/2022" is an expected deadline, due on 31 December 2022. */
  @Test
  void seed001sEvaluationIsExpectedInDecember() {
    Plan plan = Seeds.seed001Plan();
    Task evaluation = task(plan, "I.1-ĐG");
    assertThat(evaluation.dueWording()).contains("Dự kiến tháng 12/2022");
    assertThat(evaluation.qualifiers()).containsExactly(Qualifier.EXPECTED);
    assertThat(evaluation.due()).contains(java.time.LocalDate.of(2022, 12, 31));
    assertThat(io.github.chiso.task.Standing.of(evaluation, java.time.LocalDate.of(2022, 12, 31)).state())
        .isEqualTo(io.github.chiso.task.Standing.State.OPEN);
    assertThat(task(plan, "I.4-HN").qualifiers()).containsExactly(Qualifier.EXPECTED);
    for (int n = 1; n <= 8; n++) {
      assertThat(task(plan, "IV." + n).dueWording()).contains("03 THÁNG CUỐI NĂM 2022");
    }
    assertThat(task(Seeds.seed002Plan(), "V.3-4").ongoing()).isTrue();
    assertThat(io.github.chiso.task.Standing.of(task(Seeds.seed004Plan(), "3-4"), java.time.LocalDate.of(2022, 10, 28)).daysOverdue())
        .as("trước ngày 28/10/2022: due 27 October, one day late on the 28th").isEqualTo(1);
  }

  /** A named lead resolves to the department of Đồng Nai's hierarchy; a collective one to none. */
  @Test
  void seed002LeadsResolveToBodiesOrAreCollective() {
    Plan plan = Seeds.seed002Plan();
    assertThat(io.github.chiso.task.Leads.body(task(plan, "V.7.d-1"), Seeds.dongNai()))
        .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("Sở Công Thương"));
    assertThat(io.github.chiso.task.Leads.body(task(plan, "V.7.a"), Seeds.dongNai())).isPresent();
    assertThat(io.github.chiso.task.Leads.body(task(plan, "V.3-1"), Seeds.dongNai())).as("Các sở, ban, ngành, UBND các huyện, thành phố").isEmpty();
    assertThat(io.github.chiso.task.Leads.body(task(plan, "III.1-1"), Seeds.dongNai())).as("no lead").isEmpty();
  }

  /** Every threshold with wording, in every seed plan, reads back to its comparator and bounds. */
  @Test
  void everyThresholdWordingReadsBackToItsEncoding() {
    List<String> disagreements = new ArrayList<>();
    int read = 0;
    for (Plan plan : List.of(Seeds.seed001Plan(), Seeds.seed002Plan(), Seeds.seed003Plan(), Seeds.seed004Plan())) {
      for (Target target : plan.targets()) {
        for (Map.Entry<Scope, Threshold> e : target.thresholds().entrySet()) {
          Threshold t = e.getValue();
          if (t.wording().isEmpty()) {
            continue;
          }
          String wording = t.wording().get();
          try {
            TargetPhrase phrase = TargetText.extract(wording);
            Threshold p = phrase.byYear().isEmpty() ? phrase.threshold() : phrase.byYear().values().iterator().next();
            boolean same = p.comparator() == t.comparator() && p.bound().compareTo(t.bound()) == 0
                && Stream.of(0).allMatch(x -> p.upperBound().map(u -> u.compareTo(t.upperBound().orElse(BigDecimal.ONE.negate())) == 0)
                    .orElse(t.upperBound().isEmpty()))
                // "trung bình của tỉnh" on the province's own scope is the province's figure itself.
                && (p.appliesTo() == t.appliesTo() || e.getKey().equals(Scope.of(io.github.chiso.hierarchy.Tier.PROVINCE)))
                && p.qualifiers().equals(t.qualifiers())
                && phrase.form() != PhraseForm.INCREASE && phrase.form() != PhraseForm.DECREASE;
            if (!same) {
              disagreements.add(plan.number() + " " + target.code() + " " + e.getKey() + ": '" + wording + "' reads " + p + ", encoded " + t);
            }
            read++;
          } catch (RuntimeException ex) {
            disagreements.add(plan.number() + " " + target.code() + " " + e.getKey() + ": '" + wording + "' " + ex.getMessage());
          }
        }
      }
    }
    assertThat(read).isGreaterThan(50);
    assertThat(disagreements).isEmpty();
  }
}
