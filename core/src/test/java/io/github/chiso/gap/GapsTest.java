package io.github.chiso.gap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GapsTest {
  private static final AdminUnit DONG_NAI = AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE);
  private static final Indicator SERVICES =
      Indicator.of("II.1", "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ", Measure.PERCENT, Area.DIGITAL_GOVERNMENT);

  private static Gap gap(Threshold threshold, Reading reading) {
    Target target =
        Target.builder().code("T").indicator(SERVICES).period(Period.year(2022)).threshold(Tier.PROVINCE, threshold).build();
    return Gaps.of(Compliance.assess(target, DONG_NAI, Result.of("II.1", "75", Period.quarter(2022, 3), reading)));
  }

  @Test
  void seed001ServicesNeedTwelveMoreToReachEightyPercent() {
    Gap g = gap(Threshold.atLeast("80"), Reading.fraction(392, 505, new java.math.BigDecimal("77.62")));
    assertThat(g.assessment().status()).isEqualTo(Status.NOT_MET);
    assertThat(g.shortfall()).contains(BigInteger.valueOf(12));
    assertThat(g.gap()).contains(Rational.of(240, 101));
    assertThat(g.required()).contains(Rational.valueOf(80));
    assertThat(g.relativeGap()).contains(Rational.of(3, 101));
    assertThat(g.distance()).contains(Rational.of(300, 101));
    assertThat(g.achievement()).contains(Rational.of(98, 101));
    // "trên 80%" is strict: 404/505 is exactly 80%, not above it
    assertThat(gap(Threshold.above("80"), Reading.fraction(392, 505)).shortfall()).contains(BigInteger.valueOf(13));
  }

  @Test
  void shortfallForEachComparator() {
    Rational percent = Rational.HUNDRED;
    BigInteger n = BigInteger.valueOf(30);
    BigInteger d = BigInteger.valueOf(40);
    assertThat(Gaps.shortfall(Threshold.atLeast("80"), Polarity.HIGHER_IS_BETTER, percent, n, d)).contains(BigInteger.TWO);
    assertThat(Gaps.shortfall(Threshold.above("80"), Polarity.HIGHER_IS_BETTER, percent, n, d)).contains(BigInteger.valueOf(3));
    assertThat(Gaps.shortfall(Threshold.atMost("50"), Polarity.LOWER_IS_BETTER, percent, n, d)).contains(BigInteger.TEN);
    assertThat(Gaps.shortfall(Threshold.below("50"), Polarity.LOWER_IS_BETTER, percent, n, d)).contains(BigInteger.valueOf(11));
    assertThat(Gaps.shortfall(Threshold.atLeast("50"), Polarity.HIGHER_IS_BETTER, percent, n, d)).contains(BigInteger.ZERO);
    assertThat(Gaps.shortfall(Threshold.between("65", "70"), Polarity.HIGHER_IS_BETTER, percent, BigInteger.ONE, d))
        .contains(BigInteger.valueOf(25));
    assertThat(Gaps.shortfall(Threshold.equalTo("50"), Polarity.HIGHER_IS_BETTER, percent, n, d)).contains(BigInteger.TEN);
    assertThat(Gaps.shortfall(Threshold.equalTo("33"), Polarity.HIGHER_IS_BETTER, percent, n, d)).isEmpty();
    assertThat(Gaps.shortfall(Threshold.atLeast("101"), Polarity.HIGHER_IS_BETTER, percent, n, d)).isEmpty();
    assertThat(Gaps.shortfall(Threshold.below("0"), Polarity.LOWER_IS_BETTER, percent, n, d)).isEmpty();
    assertThat(Gaps.shortfall(Threshold.atLeast("100"), Polarity.HIGHER_IS_BETTER, percent, n, d)).contains(BigInteger.TEN);
  }

  @Test
  void metHasNoPositiveGapAndZeroDistance() {
    Gap g = gap(Threshold.atLeast("75"), Reading.decimal("99"));
    assertThat(g.gap()).contains(Rational.valueOf(-24));
    assertThat(g.distance()).contains(Rational.ZERO);
    assertThat(g.shortfall()).isEmpty();
  }

  @Test
  void unjudgedAssessmentsHaveNoMeasures() {
    Gap g = gap(Threshold.atLeast("50"), Reading.text(TextStatus.NOT_STARTED, "Chưa xây dựng"));
    assertThat(g.assessment().status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(g.gap()).isEmpty();
    assertThat(g.distance()).isEmpty();
  }

  @Test
  void distanceIsClampedToHundred() {
    Gap g = gap(Threshold.atLeast("50"), Reading.decimal("0"));
    assertThat(g.distance()).contains(Rational.HUNDRED);
    Gap zeroBound = gap(Threshold.above("0"), Reading.decimal("0"));
    assertThat(zeroBound.relativeGap()).isEmpty();
    assertThat(zeroBound.distance()).contains(Rational.HUNDRED);
  }

  private static Gap district(String code, String value) {
    Target target =
        Target.builder().code("DG-02").indicator(SERVICES).period(Period.year(2025)).threshold(Tier.DISTRICT, Threshold.atLeast("70")).build();
    AdminUnit unit = AdminUnit.of(code, "Huyện " + code, Tier.DISTRICT, "75");
    return Gaps.of(Compliance.assess(target, unit, Result.of("II.1", code, Period.year(2025), Reading.decimal(value))));
  }

  @Test
  void laggingUnitsAreRankedWorstFirstWithDeterministicTies() {
    List<Gap> gaps =
        List.of(district("731", "65"), district("732", "71"), district("734", "50"), district("735", "65"), district("736", "70"));
    assertThat(Gaps.lagging(gaps, Scope.of(Tier.DISTRICT)))
        .extracting(Gap::subjectCode)
        .containsExactly("734", "731", "735");
    assertThat(Gaps.rank(gaps)).extracting(Gap::subjectCode).containsExactly("734", "731", "735", "736", "732");
  }

  @Test
  void scorecardByAreaAndTierWorstFirst() {
    List<Gap> gaps =
        List.of(
            district("731", "65"),
            district("732", "71"),
            gap(Threshold.atLeast("85"), Reading.decimal("83.5")),
            gap(Threshold.atLeast("50"), Reading.text(TextStatus.IN_PROGRESS, "đang")));
    GapScorecard scorecard = GapScorecard.of(gaps);
    assertThat(scorecard.rows()).extracting(r -> r.scope().key()).containsExactly("district", "province");
    GapScorecard.Row districts = scorecard.rows().get(0);
    assertThat(districts.counts()).containsEntry(Status.MET, 1).containsEntry(Status.NOT_MET, 1);
    assertThat(districts.worstFirst()).extracting(Gap::subjectCode).containsExactly("731", "732");
    assertThat(scorecard.rows().get(1).counts()).containsEntry(Status.NOT_EVALUABLE, 1).containsEntry(Status.NOT_MET, 1);
    assertThat(Optional.of(scorecard.rows().get(1).area())).contains(Area.DIGITAL_GOVERNMENT);
  }
}
