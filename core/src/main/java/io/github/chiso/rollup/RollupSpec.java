package io.github.chiso.rollup;

import com.google.common.collect.ImmutableMap;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to roll up and how: the indicator, the period, the tier whose results are the sources (the
 * hierarchy's bottom tier unless stated), the rule over units (the indicator's unless stated), the
 * coverage policy, the unit-level threshold for rules that count units meeting, and the weights of a
 * weighted mean by unit code.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RollupSpec {

  RollupSpec() {}

  /** The indicator rolled up. */
  public abstract Indicator indicator();

  /** The period: results within it are used, combined over time by the indicator's period rule. */
  public abstract Period period();

  /** The tier whose results are rolled up; the hierarchy's bottom tier when empty. */
  public abstract Optional<Tier> sourceTier();

  /** The rule over units; the indicator's declared rule unless set. */
  @Value.Default
  public UnitRollup rule() {
    return indicator().rollup().overUnits();
  }

  /** What to do about units that did not report. */
  @Value.Default
  public CoveragePolicy policy() {
    return CoveragePolicy.SKIP_MISSING;
  }

  /** The threshold each source unit is judged against, for the rules that count units meeting. */
  public abstract Optional<Threshold> unitThreshold();

  /** Weights by unit code, for a weighted mean. */
  public abstract ImmutableMap<String, Rational> weights();

  /** A builder for a spec. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollupSpec}; {@code build()} validates. */
  public static final class Builder extends ImmutableRollupSpec.Builder {
    Builder() {}
  }

  /** The indicator's own rule over {@code period}, sources at the bottom tier, skipping missing. */
  public static RollupSpec of(Indicator indicator, Period period) {
    return builder().indicator(indicator).period(period).build();
  }

  @Value.Check
  void check() {
    boolean counts =
        rule() == UnitRollup.SHARE_OF_UNITS_MEETING || rule() == UnitRollup.COUNT_OF_UNITS_MEETING;
    Check.argument(
        !counts || unitThreshold().isPresent(),
        "rollup of %s: rule %s needs a unitThreshold",
        indicator().code(),
        rule());
  }
}
