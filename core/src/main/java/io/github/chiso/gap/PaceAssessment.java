package io.github.chiso.gap;

import io.github.chiso.model.Rational;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a trajectory from a baseline to the latest value will make a target by its deadline. Rates
 * are per year of 365.2425 days, signed as the values move (a falling value has a negative rate,
 * whatever the polarity). See {@link Pace} for the rules.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PaceAssessment {

  /** How {@link #eurostatRatio()} was computed. */
  public enum EurostatBasis {
    /** The latest value already meets the threshold: no ratio is needed. */
    TARGET_MET,
    /** Actual over required compound annual growth rate, as Eurostat defines it. */
    COMPOUND,
    /** Linear rates, because a compound rate needs positive baseline, latest and target values. */
    LINEAR_FALLBACK
  }

  PaceAssessment() {}

  /** The starting point. */
  public abstract PacePoint baseline();

  /** The latest figure. */
  public abstract PacePoint latest();

  /** The bound to reach: a range's lower bound when higher is better, else its upper. */
  public abstract Rational target();

  /** The deadline. */
  public abstract LocalDate deadline();

  /** Whether the latest value already meets the threshold, decided exactly. */
  public abstract boolean met();

  /** Years from the baseline to the latest figure. */
  public abstract double yearsElapsed();

  /** Years from the latest figure to the deadline; zero once it has passed. */
  public abstract double yearsRemaining();

  /** Actual change per year, linear: (latest − baseline) / years elapsed. */
  public abstract double actualLinearRate();

  /** Actual compound growth per year, when baseline and latest are positive. */
  public abstract Optional<Double> actualCompoundRate();

  /** Change per year from the baseline needed to reach the target by the deadline, linear. */
  public abstract double requiredLinearRate();

  /** Compound growth per year from the baseline needed by the deadline, when both are positive. */
  public abstract Optional<Double> requiredCompoundRate();

  /** Change per year from the latest value needed by the deadline; empty once it has passed. */
  public abstract Optional<Double> requiredRateFromLatest();

  /** The value at the deadline if the actual linear rate continues; the latest value if it has passed. */
  public abstract double projectedAtDeadline();

  /** SDSN's ratio r of actual to required linear rate, direction-adjusted; empty when undefined. */
  public abstract Optional<Rational> sdsnRatio();

  /** The SDSN trend class. */
  public abstract SdsnTrend sdsn();

  /** Eurostat's ratio of actual to required rate, rounded to 10 decimals; empty when undefined. */
  public abstract Optional<Double> eurostatRatio();

  /** How the Eurostat ratio was computed. */
  public abstract EurostatBasis eurostatBasis();

  /** The Eurostat progress class. */
  public abstract EurostatProgress eurostat();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutablePaceAssessment.Builder {
    Builder() {}
  }
}
