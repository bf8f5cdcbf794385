package io.github.chiso.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.chiso.InvalidValueException;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaceTest {
  private static final LocalDate START = LocalDate.of(2021, 1, 1);
  private static final LocalDate NOW = LocalDate.of(2023, 1, 1); // 730 days later
  private static final LocalDate DEADLINE = LocalDate.of(2025, 1, 1); // 1461 days after START

  private static PaceAssessment pace(Threshold t, Polarity p, long baseline, long latest) {
    return Pace.assess(t, p, DEADLINE, PacePoint.of(Rational.valueOf(baseline), START), PacePoint.of(Rational.valueOf(latest), NOW));
  }

  private static PaceAssessment rising(long latest) {
    return pace(Threshold.atLeast("80"), Polarity.HIGHER_IS_BETTER, 40, latest);
  }

  @Test
  void sdsnRatioIsExactAndClassifies() {
    PaceAssessment onTrack = rising(60);
    // r = (20 / 730) / (40 / 1461) = 1461/1460
    assertThat(onTrack.sdsnRatio()).contains(Rational.of(1461, 1460));
    assertThat(onTrack.sdsn()).isEqualTo(SdsnTrend.ON_TRACK);
    assertThat(rising(55).sdsnRatio()).contains(Rational.of(15 * 1461, 40 * 730));
    assertThat(rising(55).sdsn()).isEqualTo(SdsnTrend.MODERATELY_IMPROVING);
    assertThat(rising(45).sdsn()).isEqualTo(SdsnTrend.STAGNATING);
    assertThat(rising(40).sdsn()).isEqualTo(SdsnTrend.STAGNATING);
    assertThat(rising(35).sdsn()).isEqualTo(SdsnTrend.DECREASING);
    assertThat(rising(85).sdsn()).isEqualTo(SdsnTrend.ON_TRACK);
  }

  @Test
  void ratesAndProjection() {
    PaceAssessment p = rising(60);
    double elapsed = 730 / 365.2425;
    double total = 1461 / 365.2425;
    assertThat(p.yearsElapsed()).isCloseTo(elapsed, within(1e-12));
    assertThat(p.actualLinearRate()).isCloseTo(20 / elapsed, within(1e-9));
    assertThat(p.requiredLinearRate()).isCloseTo(40 / total, within(1e-9));
    assertThat(p.actualCompoundRate().orElseThrow()).isCloseTo(Math.pow(1.5, 1 / elapsed) - 1, within(1e-12));
    assertThat(p.requiredCompoundRate().orElseThrow()).isCloseTo(Math.pow(2, 1 / total) - 1, within(1e-12));
    assertThat(p.requiredRateFromLatest().orElseThrow()).isCloseTo(20 / (731 / 365.2425), within(1e-9));
    assertThat(p.projectedAtDeadline()).isCloseTo(60 + 20 / elapsed * (731 / 365.2425), within(1e-9));
    assertThat(p.met()).isFalse();
  }

  @Test
  void eurostatClassifiesByCompoundRates() {
    // actual CAGR (1.5^(1/2.0) - 1 ≈ 0.2252) over required (2^(1/4.0) - 1 ≈ 0.1892): ≈ 1.19
    PaceAssessment p = rising(60);
    assertThat(p.eurostatBasis()).isEqualTo(PaceAssessment.EurostatBasis.COMPOUND);
    assertThat(p.eurostatRatio().orElseThrow()).isCloseTo(1.19, within(0.01));
    assertThat(p.eurostat()).isEqualTo(EurostatProgress.SIGNIFICANT_PROGRESS);
    assertThat(rising(50).eurostat()).isEqualTo(EurostatProgress.MODERATE_PROGRESS); // ≈ 0.64
    assertThat(rising(45).eurostat()).isEqualTo(EurostatProgress.INSUFFICIENT_PROGRESS);
    assertThat(rising(35).eurostat()).isEqualTo(EurostatProgress.MOVEMENT_AWAY);
    PaceAssessment met = rising(80);
    assertThat(met.met()).isTrue();
    assertThat(met.eurostatBasis()).isEqualTo(PaceAssessment.EurostatBasis.TARGET_MET);
    assertThat(met.eurostat()).isEqualTo(EurostatProgress.SIGNIFICANT_PROGRESS);
  }

  @Test
  void zeroBaselineFallsBackToLinearRates() {
    PaceAssessment p = pace(Threshold.atLeast("80"), Polarity.HIGHER_IS_BETTER, 0, 40);
    assertThat(p.actualCompoundRate()).isEmpty();
    assertThat(p.eurostatBasis()).isEqualTo(PaceAssessment.EurostatBasis.LINEAR_FALLBACK);
    assertThat(p.eurostatRatio().orElseThrow()).isCloseTo(40.0 * 1461 / (80 * 730), within(1e-9));
    assertThat(p.eurostat()).isEqualTo(EurostatProgress.SIGNIFICANT_PROGRESS);
  }

  @Test
  void lowerIsBetterIsDirectionAdjusted() {
    PaceAssessment p = pace(Threshold.atMost("24"), Polarity.LOWER_IS_BETTER, 48, 36);
    assertThat(p.actualLinearRate()).isNegative();
    assertThat(p.sdsnRatio()).contains(Rational.of(1461, 1460));
    assertThat(p.sdsn()).isEqualTo(SdsnTrend.ON_TRACK);
    // On the linear path, but a compound path to 24 falls faster early on:
    // (36/48)^(1/2.0) - 1 ≈ -0.134 against (24/48)^(1/4.0) - 1 ≈ -0.159, a ratio of ≈ 0.84.
    assertThat(p.eurostatRatio().orElseThrow()).isCloseTo(0.84, within(0.01));
    assertThat(p.eurostat()).isEqualTo(EurostatProgress.MODERATE_PROGRESS);
    PaceAssessment worse = pace(Threshold.atMost("24"), Polarity.LOWER_IS_BETTER, 48, 50);
    assertThat(worse.sdsn()).isEqualTo(SdsnTrend.DECREASING);
    assertThat(worse.eurostat()).isEqualTo(EurostatProgress.MOVEMENT_AWAY);
  }

  @Test
  void baselineAtTargetThenSlippingIsDecreasing() {
    PaceAssessment p = pace(Threshold.atLeast("80"), Polarity.HIGHER_IS_BETTER, 80, 70);
    assertThat(p.sdsnRatio()).isEmpty();
    assertThat(p.sdsn()).isEqualTo(SdsnTrend.DECREASING);
    assertThat(p.eurostatRatio()).isEmpty();
    assertThat(p.eurostat()).isEqualTo(EurostatProgress.MOVEMENT_AWAY);
  }

  /** One day in, from 1 towards 8 over 30 days: the annual compound rates leave the range of a double. */
  @Test
  void ratesBeyondADoubleAreClassifiedNotThrown() {
    LocalDate start = LocalDate.of(2025, 1, 1);
    LocalDate deadline = start.plusDays(30);
    PacePoint baseline = PacePoint.of(Rational.valueOf(1), start);
    PaceAssessment far = Pace.assess(Threshold.atLeast("8"), Polarity.HIGHER_IS_BETTER, deadline, baseline,
        PacePoint.of(Rational.valueOf(7), start.plusDays(1)));
    assertThat(far.eurostat()).isEqualTo(EurostatProgress.SIGNIFICANT_PROGRESS);
    assertThat(far.eurostatRatio()).isEmpty();
    PaceAssessment back = Pace.assess(Threshold.atLeast("15"), Polarity.HIGHER_IS_BETTER, deadline,
        PacePoint.of(Rational.valueOf(2), start), PacePoint.of(Rational.valueOf(1), start.plusDays(1)));
    assertThat(back.eurostat()).as("a ratio that rounds to −0 still moved away").isEqualTo(EurostatProgress.MOVEMENT_AWAY);
  }

  @Test
  void deadlinePassed() {
    PaceAssessment p =
        Pace.assess(Threshold.atLeast("80"), Polarity.HIGHER_IS_BETTER, DEADLINE,
            PacePoint.of(Rational.valueOf(40), START), PacePoint.of(Rational.valueOf(70), LocalDate.of(2026, 1, 1)));
    assertThat(p.yearsRemaining()).isZero();
    assertThat(p.requiredRateFromLatest()).isEmpty();
    assertThat(p.projectedAtDeadline()).isEqualTo(70.0);
    assertThat(p.sdsn()).isEqualTo(SdsnTrend.MODERATELY_IMPROVING);
  }

  @Test
  void malformedInputsAreNamed() {
    assertThatThrownBy(() -> Pace.assess(Threshold.atLeast("80"), Polarity.HIGHER_IS_BETTER, DEADLINE,
            PacePoint.of(Rational.ONE, NOW), PacePoint.of(Rational.ONE, START)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("latest date 2021-01-01 must be after baseline date 2023-01-01");
    assertThatThrownBy(() -> Pace.assess(Threshold.equalTo("80"), Polarity.HIGHER_IS_BETTER, DEADLINE,
            PacePoint.of(Rational.ONE, START), PacePoint.of(Rational.ONE, NOW)))
        .hasMessageContaining("'=' threshold");
    assertThatThrownBy(() -> Pace.assess(Threshold.atLeast("80"), Polarity.HIGHER_IS_BETTER, START,
            PacePoint.of(Rational.ONE, START), PacePoint.of(Rational.ONE, NOW)))
        .hasMessageContaining("deadline 2021-01-01 must be after baseline date 2021-01-01");
  }

  @Test
  void wholeYearsCountCalendarYearsAsSdsnDoes() {
    // 2020-12-31 -> 2022-01-01 is 366 days but 2 calendar years; to 2025-12-31 is 1826 days, 5 years
    Threshold t = Threshold.atLeast("80");
    PacePoint base = PacePoint.of(Rational.valueOf(40), LocalDate.of(2020, 12, 31));
    PacePoint latest = PacePoint.of(Rational.valueOf(50), LocalDate.of(2022, 1, 1));
    LocalDate deadline = LocalDate.of(2025, 12, 31);
    PaceAssessment days = Pace.assess(t, Polarity.HIGHER_IS_BETTER, deadline, base, latest, Pace.TimeBasis.DAYS);
    PaceAssessment years = Pace.assess(t, Polarity.HIGHER_IS_BETTER, deadline, base, latest, Pace.TimeBasis.WHOLE_YEARS);
    assertThat(days.sdsnRatio()).contains(Rational.of(10 * 1826, 40 * 366));
    assertThat(days.sdsn()).isEqualTo(SdsnTrend.ON_TRACK);
    assertThat(years.sdsnRatio()).contains(Rational.of(5, 8));
    assertThat(years.sdsn()).isEqualTo(SdsnTrend.MODERATELY_IMPROVING);
    assertThat(years.yearsElapsed()).isEqualTo(2.0);
    assertThat(years.yearsRemaining()).isEqualTo(3.0);
    assertThat(Pace.assess(t, Polarity.HIGHER_IS_BETTER, deadline, base, latest)).isEqualTo(days);
    // exactly r = 1 in whole years: on track
    PacePoint onLine = PacePoint.of(Rational.valueOf(56), LocalDate.of(2022, 6, 30));
    assertThat(Pace.assess(t, Polarity.HIGHER_IS_BETTER, deadline, base, onLine, Pace.TimeBasis.WHOLE_YEARS).sdsnRatio())
        .contains(Rational.ONE);
    assertThatThrownBy(() -> Pace.assess(t, Polarity.HIGHER_IS_BETTER, deadline,
            PacePoint.of(Rational.valueOf(40), LocalDate.of(2020, 1, 1)),
            PacePoint.of(Rational.valueOf(50), LocalDate.of(2020, 12, 31)), Pace.TimeBasis.WHOLE_YEARS))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("latest year 2020");
  }
}
