package io.github.chiso.model;

import io.github.chiso.internal.Check;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an indicator's value is a rate of: per a population ("1,2/1.000 dân" is 1.2 per 1000 dân,
 * "9 bác sĩ trên một vạn dân" 9 per 10000 dân) or per year ("6,5%/năm"). A per-population basis has
 * a positive base and names what it counts; a per-year basis has neither.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class RateBasis {

  RateBasis() {}

  /** The kinds of rate. */
  public enum Kind {
    /** Per a number of people or things: "/1.000 dân". */
    PER_POPULATION,
    /** Per year: "%/năm", "bình quân … /năm". */
    PER_YEAR
  }

  /** Which kind of rate this is. */
  public abstract Kind kind();

  /** The base of a per-population rate (1000 for "/1.000 dân"); empty per year. */
  public abstract Optional<BigDecimal> base();

  /** What the base counts ("dân"); empty per year. */
  public abstract Optional<String> of();

  /**
   * A rate per {@code base} of {@code of}: {@code perPopulation(1000, "dân")} for "/1.000 dân".
   *
   * @throws io.github.chiso.InvalidValueException unless {@code base} is positive and {@code of} is
   *     non-blank without surrounding spaces
   */
  public static RateBasis perPopulation(BigDecimal base, String of) {
    return ImmutableRateBasis.builder().kind(Kind.PER_POPULATION).base(base).of(of).build();
  }

  /** A rate per year ("6,5%/năm"). */
  public static RateBasis perYear() {
    return ImmutableRateBasis.builder().kind(Kind.PER_YEAR).build();
  }

  @Value.Check
  void check() {
    if (kind() == Kind.PER_YEAR) {
      Check.argument(base().isEmpty() && of().isEmpty(),
          "rate basis PER_YEAR has no base or population, but was given %s %s",
          base().map(BigDecimal::toPlainString).orElse(""), of().orElse(""));
      return;
    }
    Check.argument(base().isPresent() && base().get().signum() > 0,
        "rate basis PER_POPULATION: the base must be positive, but was %s",
        base().map(BigDecimal::toPlainString).orElse("absent"));
    Check.argument(of().isPresent(), "rate basis PER_POPULATION per %s: what the base counts is required",
        base().get().toPlainString());
    Check.code("rate basis population", of().get());
  }

  /** {@code "/1000 dân"} or {@code "/năm"}. */
  @Override
  public String toString() {
    return kind() == Kind.PER_YEAR ? "/năm" : "/" + base().orElseThrow().toPlainString() + " " + of().orElseThrow();
  }
}
