package io.github.chiso.model;

import io.github.chiso.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a plan measures: a code, its Vietnamese name (required) and optional English name, the
 * kind of measure, the unit the document counts in ("trạm BTS") and the basis of a rate ("/1.000
 * dân") where it gives them, which direction is better, the area it belongs to and how it rolls up.
 * The rollup rule defaults to {@link RollupRule#defaultFor} the measure.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  /** Stable code, e.g. {@code "DG-01"}. Results name indicators by it. */
  public abstract String code();

  /** Name as the document writes it in Vietnamese. */
  public abstract String nameVi();

  /** English name, where helpful. */
  public abstract Optional<String> nameEn();

  /** Unit of measure. */
  public abstract Measure measure();

  /**
   * The unit values are counted in, as the document writes it after the number: "trạm BTS", "tài
   * khoản", "đồng"; non-blank without surrounding spaces.
   *
   * @since 0.2.0
   */
  public abstract Optional<String> unit();

  /**
   * What a value is a rate of, for a rate: per 1000 dân ("1,2/1.000 dân") or per year ("6,5%/năm").
   *
   * @since 0.2.0
   */
  public abstract Optional<RateBasis> per();

  /** Which direction is better; higher unless stated. */
  @Value.Default
  public Polarity polarity() {
    return Polarity.HIGHER_IS_BETTER;
  }

  /** The area of the plan. */
  public abstract Area area();

  /** How values roll up over units and periods. */
  @Value.Default
  public RollupRule rollup() {
    return RollupRule.defaultFor(measure());
  }

  /** A builder for an indicator. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}; {@code build()} validates. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /** A higher-is-better indicator with the default rollup for its measure. */
  public static Indicator of(String code, String nameVi, Measure measure, Area area) {
    return builder().code(code).nameVi(nameVi).measure(measure).area(area).build();
  }

  @Value.Check
  void check() {
    Check.code("indicator code", code());
    Check.argument(!nameVi().isBlank(), "indicator %s: nameVi must not be blank", code());
    unit().ifPresent(u -> Check.code("indicator " + code() + " unit", u));
    Check.argument(per().isEmpty() || measure() != Measure.RANK,
        "indicator %s: a rank is not a rate, but the basis is %s", code(), per().orElse(null));
  }

  @Override
  public String toString() {
    return code() + " " + nameVi();
  }
}
