package io.github.chiso.gap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Compliance;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shortfall is minimal, and pace classes respect the required line and reversal. */
class GapPropertiesTest {

  record ShortfallCase(long numerator, long denominator, Threshold threshold) {}

  private static final Gen<ShortfallCase> SHORTFALLS =
      Gen.combine(
          Gen.longs(1, 1_000_000_000L).flatMap(d -> Gen.longs(0, d).map(n -> new long[] {n, d})),
          Gen.elements(Comparator.AT_LEAST, Comparator.ABOVE, Comparator.AT_MOST, Comparator.BELOW),
          ChisoGen.nonNegativeDecimals(new BigDecimal("100"), 4),
          (nd, comparator, bound) -> new ShortfallCase(nd[0], nd[1], Threshold.of(comparator, bound)));

  private static boolean meets(Threshold t, long n, long d) {
    return Compliance.meets(t, Polarity.HIGHER_IS_BETTER, Rational.of(100 * n, d));
  }

  @Test
  void shortfallIsTheSmallestCountThatMeets() {
    Property.forAll("shortfall is minimal", SHORTFALLS)
        .tries(1000)
        .verify(
            c -> {
              BigInteger n = BigInteger.valueOf(c.numerator());
              BigInteger d = BigInteger.valueOf(c.denominator());
              Optional<BigInteger> k = Gaps.shortfall(c.threshold(), Polarity.HIGHER_IS_BETTER, Rational.HUNDRED, n, d);
              int sign = c.threshold().comparator().isLowerBound() ? 1 : -1;
              if (k.isEmpty()) {
                long extreme = sign > 0 ? c.denominator() : 0;
                assertThat(meets(c.threshold(), extreme, c.denominator())).isFalse();
                return;
              }
              long moved = c.numerator() + sign * k.get().longValueExact();
              assertThat(moved).isBetween(0L, c.denominator());
              assertThat(meets(c.threshold(), moved, c.denominator())).isTrue();
              if (k.get().signum() > 0) {
                assertThat(meets(c.threshold(), moved - sign, c.denominator())).isFalse();
              }
            });
  }

  record Trajectory(long baseline, long target, int elapsedDays, int totalDays, boolean raise) {}

  private static final Gen<Trajectory> TRAJECTORIES =
      Gen.combine(
          Gen.combine(Gen.longs(1, 1000), Gen.longs(1, 1000), (b, t) -> new long[] {b, t}),
          Gen.ints(30, 3650).flatMap(total -> Gen.ints(1, total - 1).map(elapsed -> new int[] {elapsed, total})),
          Gen.constant(0),
          (bt, days, unused) -> new Trajectory(bt[0], bt[1], days[0], days[1], bt[1] > bt[0]))
          .filter(t -> t.baseline() != t.target());

  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  private static PaceAssessment pace(Trajectory t, Rational latest) {
    Threshold threshold =
        t.raise() ? Threshold.atLeast(Long.toString(t.target())) : Threshold.atMost(Long.toString(t.target()));
    Polarity polarity = t.raise() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
    return Pace.assess(
        threshold,
        polarity,
        START.plusDays(t.totalDays()),
        PacePoint.of(Rational.valueOf(t.baseline()), START),
        PacePoint.of(latest, START.plusDays(t.elapsedDays())));
  }

  @Test
  void onTheRequiredLinearPathIsOnTrackForSdsn() {
    Property.forAll("linear path is on track", TRAJECTORIES)
        .tries(500)
        .check(
            t -> {
              Rational b = Rational.valueOf(t.baseline());
              Rational latest =
                  b.add(Rational.valueOf(t.target()).subtract(b).multiply(Rational.of(t.elapsedDays(), t.totalDays())));
              return pace(t, latest).sdsn() == SdsnTrend.ON_TRACK;
            });
  }

  @Test
  void onTheRequiredCompoundPathIsSignificantProgressForEurostat() {
    Property.forAll("compound path is significant progress", TRAJECTORIES)
        .tries(500)
        .check(
            t -> {
              double value =
                  t.baseline() * Math.pow((double) t.target() / t.baseline(), (double) t.elapsedDays() / t.totalDays());
              Rational latest = Rational.valueOf(new BigDecimal(value, MathContext.DECIMAL64));
              return pace(t, latest).eurostat() == EurostatProgress.SIGNIFICANT_PROGRESS;
            });
  }

  record Movement(Trajectory trajectory, long step) {}

  @Test
  void reversingTheDirectionOfMovementFlipsImprovingAndDecreasing() {
    Gen<Movement> movements =
        TRAJECTORIES.flatMap(t -> Gen.longs(1, Math.max(1, Math.abs(t.target() - t.baseline()) - 1))
            .map(step -> new Movement(t, step)))
            .filter(m -> Math.abs(m.trajectory().target() - m.trajectory().baseline()) > 1);
    Property.forAll("reversal flips", movements)
        .tries(500)
        .verify(
            m -> {
              Trajectory t = m.trajectory();
              long towards = t.raise() ? m.step() : -m.step();
              PaceAssessment better = pace(t, Rational.valueOf(t.baseline() + towards));
              PaceAssessment worse = pace(t, Rational.valueOf(t.baseline() - towards));
              assertThat(better.met()).isFalse();
              assertThat(better.sdsn()).isNotEqualTo(SdsnTrend.DECREASING);
              assertThat(worse.sdsn()).isEqualTo(SdsnTrend.DECREASING);
              assertThat(better.eurostat()).isNotEqualTo(EurostatProgress.MOVEMENT_AWAY);
              assertThat(worse.eurostat()).isEqualTo(EurostatProgress.MOVEMENT_AWAY);
              assertThat(worse.sdsnRatio().orElseThrow()).isEqualTo(better.sdsnRatio().orElseThrow().negate());
            });
  }
}
