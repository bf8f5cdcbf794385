package io.github.chiso.gap;

import io.github.chiso.compliance.Compliance;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Pace and projection: is a trajectory from a baseline to the latest value on course for the target?
 *
 * <p>The direction is +1 when the threshold asks for more (≥, >, or a range when higher is better)
 * and −1 when it asks for less. Both methods first ask whether the latest value already meets the
 * threshold (exactly); if so it is on track / significant progress.
 *
 * <p><b>SDSN trend rule</b> (Sustainable Development Report, trend dashboards): r = actual linear
 * rate ÷ linear rate required from the baseline to reach the target by the deadline, both multiplied
 * by the direction. On track if r ≥ 1, moderately improving if 0.5 ≤ r &lt; 1, stagnating if 0 ≤ r &lt;
 * 0.5, decreasing if r &lt; 0. r is exact: the year length cancels, leaving value differences and day
 * counts. When the baseline already met the target but the latest value does not, the required rate
 * is not positive and r is undefined: decreasing if the value moved the wrong way, else stagnating.
 *
 * <p><b>Eurostat progress assessment</b> (Sustainable development in the EU, quantitative targets):
 * ratio = actual ÷ required compound annual growth rate, both from the baseline; significant progress
 * if ≥ 95%, moderate if ≥ 60%, insufficient if ≥ 0, movement away if &lt; 0. Compound rates need
 * positive baseline, latest and target values; otherwise (a zero baseline, say) the ratio falls back
 * to linear rates, as recorded in {@link PaceAssessment#eurostatBasis()}. A zero required rate (the
 * baseline equals the target) is handled as in SDSN's rule. Whether the value moved away is decided
 * exactly, from the values; the ratio is rounded to 10 decimal places before it is compared with
 * 95% and 60%, so a trajectory exactly on the required compound path is not misjudged by a rounding
 * error in the last bit (and a tiny move away, whose ratio rounds to −0, is still movement away).
 *
 * <p>Time is counted in days ({@link TimeBasis#DAYS}, the default) or, as SDSN computes, in whole
 * calendar years ({@link TimeBasis#WHOLE_YEARS}: the differences of the years of the dates), which
 * can put a trajectory on the other side of r = 1. Whole years need the latest year and the
 * deadline's year after the baseline's.
 *
 * <p>The deadline may have passed: the required rates still run from the baseline to the deadline,
 * the projection is the latest value, and the rate required from the latest value is empty.
 *
 * @since 0.1.0
 */
public final class Pace {
  private static final double DAYS_PER_YEAR = 365.2425;
  private static final BigDecimal SIGNIFICANT = new BigDecimal("0.95");
  private static final BigDecimal MODERATE = new BigDecimal("0.6");
  private static final Rational HALF = Rational.of(1, 2);

  private Pace() {}

  /**
   * How elapsed and total time are counted.
   *
   * @since 0.1.0
   */
  public enum TimeBasis {
    /** Days between the dates, over 365.2425 days a year. */
    DAYS,
    /** Differences of the calendar years of the dates (SDSN's arithmetic). */
    WHOLE_YEARS
  }

  /**
   * The pace of {@code baseline} → {@code latest} against {@code target}'s threshold for {@code
   * scope}.
   *
   * @throws io.github.chiso.InvalidValueException if the target has no threshold for the scope or is
   *     on a change against a reference (a pace is toward a level), or the dates are out of order (see {@link #assess(Threshold, Polarity, LocalDate, PacePoint,
   *     PacePoint)})
   */
  public static PaceAssessment assess(Target target, Scope scope, PacePoint baseline, PacePoint latest) {
    Check.argument(target.change().isEmpty(), "target %s is on a change (%s): a pace is toward a level, not a change",
        target.code(), target.change().orElse(null));
    Threshold threshold =
        target.thresholdFor(scope)
            .orElseThrow(() -> Check.invalid("target %s has no threshold for %s", target.code(), scope));
    return assess(threshold, target.indicator().polarity(), target.deadline(), baseline, latest);
  }

  /**
   * The pace of {@code baseline} → {@code latest} toward {@code threshold} by {@code deadline}.
   *
   * @throws io.github.chiso.InvalidValueException if the latest date is not after the baseline's, or
   *     the deadline is not after the baseline's date, or the threshold is "equal" (no direction)
   */
  public static PaceAssessment assess(
      Threshold threshold, Polarity polarity, LocalDate deadline, PacePoint baseline, PacePoint latest) {
    return assess(threshold, polarity, deadline, baseline, latest, TimeBasis.DAYS);
  }

  /**
   * As {@link #assess(Threshold, Polarity, LocalDate, PacePoint, PacePoint)}, counting time by {@code
   * basis}.
   *
   * @throws io.github.chiso.InvalidValueException also, for whole years, if the latest year or the
   *     deadline's year is not after the baseline's year
   * @since 0.1.0
   */
  public static PaceAssessment assess(
      Threshold threshold,
      Polarity polarity,
      LocalDate deadline,
      PacePoint baseline,
      PacePoint latest,
      TimeBasis basis) {
    Check.argument(
        latest.date().isAfter(baseline.date()),
        "pace: latest date %s must be after baseline date %s",
        latest.date(),
        baseline.date());
    Check.argument(
        deadline.isAfter(baseline.date()),
        "pace: deadline %s must be after baseline date %s",
        deadline,
        baseline.date());
    Check.argument(
        threshold.comparator() != Comparator.EQUAL,
        "pace: an '=' threshold (%s) has no direction to progress in",
        threshold);
    boolean raise =
        threshold.comparator().isLowerBound()
            || (threshold.comparator() == Comparator.BETWEEN && polarity == Polarity.HIGHER_IS_BETTER);
    int direction = raise ? 1 : -1;
    Rational target =
        Rational.valueOf(raise ? threshold.bound() : threshold.upperBound().orElse(threshold.bound()));
    boolean years = basis == TimeBasis.WHOLE_YEARS;
    if (years) {
      Check.argument(
          latest.date().getYear() > baseline.date().getYear() && deadline.getYear() > baseline.date().getYear(),
          "pace in whole years: latest year %s and deadline year %s must be after baseline year %s",
          latest.date().getYear(),
          deadline.getYear(),
          baseline.date().getYear());
    }
    long elapsedTime = years ? latest.date().getYear() - baseline.date().getYear()
        : ChronoUnit.DAYS.between(baseline.date(), latest.date());
    long totalTime = years ? deadline.getYear() - baseline.date().getYear()
        : ChronoUnit.DAYS.between(baseline.date(), deadline);
    long remainingTime = Math.max(0, years ? deadline.getYear() - latest.date().getYear()
        : ChronoUnit.DAYS.between(latest.date(), deadline));
    double perYear = years ? 1 : DAYS_PER_YEAR;
    double elapsed = elapsedTime / perYear;
    double total = totalTime / perYear;
    double remaining = remainingTime / perYear;

    Rational moved = latest.value().subtract(baseline.value());
    Rational needed = target.subtract(baseline.value());
    double actualLinear = moved.doubleValue() / elapsed;
    double requiredLinear = needed.doubleValue() / total;
    boolean met = Compliance.meets(threshold, polarity, latest.value());

    PaceAssessment.Builder out =
        PaceAssessment.builder()
            .baseline(baseline)
            .latest(latest)
            .target(target)
            .deadline(deadline)
            .met(met)
            .yearsElapsed(elapsed)
            .yearsRemaining(remaining)
            .actualLinearRate(actualLinear)
            .requiredLinearRate(requiredLinear)
            .projectedAtDeadline(latest.value().doubleValue() + actualLinear * remaining);
    if (remainingTime > 0) {
      out.requiredRateFromLatest(target.subtract(latest.value()).doubleValue() / remaining);
    }
    boolean compound =
        baseline.value().signum() > 0 && latest.value().signum() > 0 && target.signum() > 0;
    if (compound) {
      double base = baseline.value().doubleValue();
      out.actualCompoundRate(Math.pow(latest.value().doubleValue() / base, 1 / elapsed) - 1);
      out.requiredCompoundRate(Math.pow(target.doubleValue() / base, 1 / total) - 1);
    }

    // SDSN: r = (moved / elapsed) / (needed / total), in days or whole years, direction-adjusted (the signs cancel)
    int movedSign = moved.signum() * direction;
    int neededSign = needed.signum() * direction;
    Optional<Rational> r =
        neededSign > 0
            ? Optional.of(moved.multiply(Rational.valueOf(totalTime)).divide(needed.multiply(Rational.valueOf(elapsedTime))))
            : Optional.empty();
    r.ifPresent(out::sdsnRatio);
    out.sdsn(met ? SdsnTrend.ON_TRACK : sdsn(r, movedSign));

    if (met) {
      return out.eurostatBasis(PaceAssessment.EurostatBasis.TARGET_MET)
          .eurostat(EurostatProgress.SIGNIFICANT_PROGRESS)
          .build();
    }
    Optional<Double> ratio;
    if (compound) {
      out.eurostatBasis(PaceAssessment.EurostatBasis.COMPOUND);
      double actual = Math.log(latest.value().doubleValue() / baseline.value().doubleValue()) / elapsed;
      double required = Math.log(target.doubleValue() / baseline.value().doubleValue()) / total;
      ratio = neededSign > 0 ? compoundRatio(actual, required) : Optional.empty();
    } else {
      out.eurostatBasis(PaceAssessment.EurostatBasis.LINEAR_FALLBACK);
      ratio = r.map(x -> round(x.doubleValue()));
    }
    ratio.filter(Double::isFinite).ifPresent(out::eurostatRatio);
    return out.eurostat(eurostat(ratio, movedSign)).build();
  }

  private static SdsnTrend sdsn(Optional<Rational> r, int movedSign) {
    if (r.isEmpty()) {
      return movedSign < 0 ? SdsnTrend.DECREASING : SdsnTrend.STAGNATING;
    }
    Rational ratio = r.get();
    if (ratio.compareTo(Rational.ONE) >= 0) {
      return SdsnTrend.ON_TRACK;
    }
    if (ratio.compareTo(HALF) >= 0) {
      return SdsnTrend.MODERATELY_IMPROVING;
    }
    return ratio.signum() >= 0 ? SdsnTrend.STAGNATING : SdsnTrend.DECREASING;
  }

  private static EurostatProgress eurostat(Optional<Double> ratio, int movedSign) {
    if (ratio.isEmpty()) {
      return movedSign < 0 ? EurostatProgress.MOVEMENT_AWAY : EurostatProgress.INSUFFICIENT_PROGRESS;
    }
    if (movedSign < 0) {
      return EurostatProgress.MOVEMENT_AWAY;
    }
    if (ratio.get() == Double.POSITIVE_INFINITY) {
      return EurostatProgress.SIGNIFICANT_PROGRESS;
    }
    BigDecimal x = BigDecimal.valueOf(ratio.get());
    if (x.compareTo(SIGNIFICANT) >= 0) {
      return EurostatProgress.SIGNIFICANT_PROGRESS;
    }
    if (x.compareTo(MODERATE) >= 0) {
      return EurostatProgress.MODERATE_PROGRESS;
    }
    return x.signum() >= 0 ? EurostatProgress.INSUFFICIENT_PROGRESS : EurostatProgress.MOVEMENT_AWAY;
  }

  /**
   * actual ÷ required compound rate, from their log-rates per year; over a few days the annual rates
   * can leave the range of a double, and then the ratio is the limit of {@code e^(actual − required)}
   * (the −1 of each rate no longer counts), or infinite, which {@link #eurostat} classifies as at
   * least 95%.
   */
  private static Optional<Double> compoundRatio(double actual, double required) {
    double ratio = Math.expm1(actual) / Math.expm1(required);
    if (!Double.isFinite(ratio)) {
      ratio = actual >= required ? Double.POSITIVE_INFINITY : Math.exp(actual - required);
    }
    return Optional.of(Double.isFinite(ratio) ? round(ratio) : ratio);
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(10, RoundingMode.HALF_EVEN).doubleValue();
  }
}
