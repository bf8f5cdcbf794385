package io.github.chiso.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final Period Q3 = Period.quarter(2022, 3);
  private static final Hierarchy DONG_NAI =
      Hierarchy.of(TierScheme.VIETNAM_2021_2025, List.of(AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE)));
  private static final Plan PLAN =
      Plan.builder()
          .number("231/BC-UBND")
          .kind(DocumentKind.REPORT)
          .issuer("UBND tỉnh Đồng Nai")
          .jurisdiction("75")
          .period(Period.year(2022))
          .addTargets(target("TX"), target("DV"), target("SL"))
          .build();

  private static Target target(String indicator) {
    return Target.builder()
        .code("T-" + indicator)
        .indicator(Indicator.of(indicator, indicator, Measure.PERCENT, Area.DIGITAL_ECONOMY))
        .period(Period.year(2022))
        .threshold(Tier.PROVINCE, Threshold.atLeast("50"))
        .build();
  }

  private static Target withThreshold(String code, Period period, Threshold threshold) {
    return Target.builder().from(target("DV")).code(code).period(period).deadline(period.end())
        .thresholds(java.util.Map.of(io.github.chiso.hierarchy.Scope.of(Tier.PROVINCE), threshold)).build();
  }

  private static Result result(String indicator, Reading reading) {
    return Result.of(indicator, "75", Q3, reading);
  }

  @Test
  void seed001TransactionsPerAccountDisagreesWithItsParts() {
    Result transactions = result("TX", Reading.fraction(14186, 71231, new BigDecimal("8")));
    List<Finding> findings = Checks.run(PLAN, DONG_NAI, List.of(transactions));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.SHARE_DISAGREES_WITH_PARTS);
      assertThat(f.message()).isEqualTo("reported share 8% but 14186/71231 is 19.92%");
      assertThat(f.results()).containsExactly(transactions);
    });
  }

  @Test
  void sharesWithinTheRoundingOfTheirDigitsAgree() {
    List<Result> results =
        List.of(
            result("DV", Reading.fraction(392, 505, new BigDecimal("77.62"))),
            result("SL", Reading.fraction(3103499, 3118174, new BigDecimal("99.53"))),
            Result.of("TX", "75", Q3, Reading.fraction(204579, 305160, new BigDecimal("67.04"))));
    assertThat(Checks.run(PLAN, DONG_NAI, results)).isEmpty();
    // 77.6237… is 0.0037 from 77.62 but 0.0063 from 77.63: beyond half a unit of the last digit
    assertThat(Checks.run(PLAN, DONG_NAI, List.of(result("DV", Reading.fraction(392, 505, new BigDecimal("77.63"))))))
        .extracting(Finding::kind)
        .containsExactly(FindingKind.SHARE_DISAGREES_WITH_PARTS);
  }

  @Test
  void impossibleValuesAreFlaggedAndKept() {
    List<Result> results =
        List.of(
            result("DV", Reading.fraction(506, 505)),
            result("SL", Reading.decimal("-3")),
            result("TX", Reading.decimal("100.5")));
    List<Finding> findings = Checks.run(PLAN, DONG_NAI, results);
    assertThat(findings)
        .extracting(Finding::kind)
        .containsExactly(
            FindingKind.NUMERATOR_EXCEEDS_DENOMINATOR, FindingKind.NEGATIVE_VALUE, FindingKind.SHARE_ABOVE_HUNDRED);
    assertThat(findings.get(0).message()).isEqualTo("numerator 506 exceeds denominator 505");
    assertThat(findings.get(2).message()).isEqualTo("share 100.5% is above 100%");
  }

  @Test
  void strangersAreFlagged() {
    List<Finding> findings =
        Checks.run(
            PLAN,
            DONG_NAI,
            List.of(Result.of("DV", "731", Q3, Reading.decimal("1")), result("ZZ", Reading.decimal("1"))));
    assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.UNKNOWN_SUBJECT, FindingKind.UNKNOWN_INDICATOR);
    assertThat(findings.get(0).message()).contains("'731' is not in Hierarchy{vn-3tier");
    assertThat(findings.get(1).message()).isEqualTo("indicator 'ZZ' is not in plan 231/BC-UBND");
  }

  @Test
  void targetsThatAskDifferentThingsOfTheSameScopeAreReported() {
    Target a = withThreshold("A", Period.year(2022), Threshold.atLeast("40"));
    Target b = withThreshold("B", Period.year(2022), Threshold.atLeast("70"));
    Target same = withThreshold("C", Period.year(2022), Threshold.atLeast("40.0"));
    Target later = withThreshold("D", Period.year(2023), Threshold.atLeast("90"));
    Plan plan = Plan.builder().from(PLAN).targets(List.of(a, b, same, later)).build();
    List<Finding> findings = Checks.run(plan, DONG_NAI, List.of());
    assertThat(findings).extracting(Finding::message).containsExactly(
        "target A asks ≥ 40 but target B asks ≥ 70 for province",
        "target B asks ≥ 70 but target C asks ≥ 40.0 for province");
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.CONFLICTING_TARGETS);
      assertThat(f.results()).isEmpty();
      assertThat(f.subjectCode()).isEqualTo("province");
    });
  }

  @Test
  void sameFigureTwiceWithDifferentValuesIsAConflictSameValueIsNot() {
    Result a = result("DV", Reading.decimal("30"));
    Result b = result("DV", Reading.decimal("30"));
    Result c = result("DV", Reading.decimal("31"));
    assertThat(Checks.run(PLAN, DONG_NAI, List.of(a, b))).isEmpty();
    assertThat(Checks.run(PLAN, DONG_NAI, List.of(a, result("DV", Reading.decimal("30.0")), result("DV", Reading.fraction(3, 10)))))
        .isEmpty();
    List<Finding> findings = Checks.run(PLAN, DONG_NAI, List.of(a, b, c));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.CONFLICTING_DUPLICATE);
      assertThat(f.results()).containsExactly(a, b, c);
      assertThat(f.message()).isEqualTo("reported 3 times with different values: [30, 31]");
    });
  }
}
