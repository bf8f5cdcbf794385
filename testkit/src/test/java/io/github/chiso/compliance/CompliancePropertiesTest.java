package io.github.chiso.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Laws of compliance, checked on generated cases. */
class CompliancePropertiesTest {
  private static final AdminUnit PROVINCE = AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE);
  private static final long MAX_DENOMINATOR = 1_000_000_000_000L;

  /** A share n/d (0 ≤ n ≤ d ≤ 10^12) against a percentage threshold with up to 6 decimals. */
  record ShareCase(long numerator, long denominator, BigDecimal threshold, Comparator comparator) {}

  private static final Gen<Comparator> COMPARATORS =
      Gen.elements(Comparator.AT_LEAST, Comparator.ABOVE, Comparator.AT_MOST, Comparator.BELOW, Comparator.EQUAL);

  private static final Gen<BigDecimal> PERCENT_THRESHOLDS =
      Gen.decimals(BigDecimal.ZERO, BigDecimal.valueOf(100), 6);

  /** Any share against any threshold: almost never exactly on it. */
  private static final Gen<ShareCase> ANY_SHARE =
      Gen.combine(
          Gen.longs(1, MAX_DENOMINATOR).flatMap(d -> Gen.longs(0, d).map(n -> new long[] {n, d})),
          PERCENT_THRESHOLDS,
          COMPARATORS,
          (nd, t, c) -> new ShareCase(nd[0], nd[1], t, c));

  /**
   * Shares exactly on the threshold, and one part above or below it: with t = u / 10^s, the parts
   * n = u·m and d = 10^(s+2)·m give exactly t percent.
   */
  private static final Gen<ShareCase> ON_THRESHOLD =
      PERCENT_THRESHOLDS.flatMap(
          t -> {
            long unscaled = t.unscaledValue().longValueExact();
            long scale = BigInteger.TEN.pow(t.scale() + 2).longValueExact();
            return Gen.combine(
                Gen.longs(1, MAX_DENOMINATOR / scale),
                Gen.longs(-1, 1),
                COMPARATORS,
                (m, nudge, comparator) -> {
                  long d = scale * m;
                  long n = Math.min(Math.max(unscaled * m + nudge, 0), d);
                  return new ShareCase(n, d, t, comparator);
                });
          });

  /**
   * The parts nearest a threshold t = u / 10^s without being on it: with u coprime to 10 and d
   * chosen so that u·d ≡ ±1 (mod 10^(s+2)), the numerators just below and just above t percent of d
   * differ from it by 1/(10^s·d) — about 10^-18 at s = 6 and d near 10^12, far inside a double's
   * rounding error of about 10^-14 near 100.
   */
  private static final Gen<ShareCase> NEAREST_PARTS =
      Gen.ints(0, 6)
          .flatMap(
              s -> {
                long modulus = BigInteger.TEN.pow(s + 2).longValueExact();
                Gen<Long> units =
                    Gen.longs(1, modulus - 1).filter(u -> u % 2 != 0 && u % 5 != 0);
                return Gen.combine(
                    units,
                    Gen.combine(Gen.booleans(), Gen.booleans(), Gen.longs(0, MAX_DENOMINATOR / modulus - 1),
                        (minusOne, above, k) -> new long[] {minusOne ? 1 : 0, above ? 1 : 0, k}),
                    COMPARATORS,
                    (u, choice, comparator) -> {
                      BigInteger m = BigInteger.valueOf(modulus);
                      long inverse = BigInteger.valueOf(u).modInverse(m).longValueExact();
                      long d = (choice[0] == 1 ? modulus - inverse : inverse) + choice[2] * modulus;
                      long below = BigInteger.valueOf(u).multiply(BigInteger.valueOf(d)).divide(m).longValueExact();
                      return new ShareCase(below + choice[1], d, BigDecimal.valueOf(u, s), comparator);
                    });
              });

  private static final Gen<ShareCase> BOUNDARY_SHARE = Gen.oneOf(ON_THRESHOLD, NEAREST_PARTS);

  private static final Indicator SHARE =
      Indicator.of("S", "Tỷ lệ", Measure.PERCENT, Area.DIGITAL_GOVERNMENT);

  private static Status verdict(ShareCase c) {
    Target target =
        Target.builder()
            .code("T")
            .indicator(SHARE)
            .period(Period.year(2025))
            .threshold(Tier.PROVINCE, Threshold.of(c.comparator(), c.threshold()))
            .build();
    Result result = Result.of("S", "75", Period.year(2025), Reading.fraction(c.numerator(), c.denominator()));
    return Compliance.assess(target, PROVINCE, result).status();
  }

  /** The oracle: compare 100·n·10^s with u·d in integers, independently of Rational. */
  private static Status exact(ShareCase c) {
    BigDecimal t = c.threshold();
    int s = Math.max(t.scale(), 0);
    BigInteger left =
        BigInteger.valueOf(c.numerator()).multiply(BigInteger.valueOf(100)).multiply(BigInteger.TEN.pow(s));
    BigInteger right = t.movePointRight(s).toBigIntegerExact().multiply(BigInteger.valueOf(c.denominator()));
    int cmp = left.compareTo(right);
    boolean met;
    switch (c.comparator()) {
      case AT_LEAST: met = cmp >= 0; break;
      case ABOVE: met = cmp > 0; break;
      case AT_MOST: met = cmp <= 0; break;
      case BELOW: met = cmp < 0; break;
      case EQUAL: met = cmp == 0; break;
      default: throw new AssertionError(c.comparator());
    }
    return met ? Status.MET : Status.NOT_MET;
  }

  @Test
  void verdictOnAnyShareIsTheExactRationalComparison() {
    Property.forAll("share verdict is exact", ANY_SHARE).tries(500).check(c -> verdict(c) == exact(c));
  }

  @Test
  void verdictAtJustOnAndAroundTheThresholdIsExact() {
    Property.forAll("share verdict is exact at the threshold", BOUNDARY_SHARE)
        .tries(500)
        .check(c -> verdict(c) == exact(c));
  }

  record ValueCase(Threshold threshold, Polarity polarity, BigDecimal value) {}

  private static final Gen<ValueCase> VALUES =
      Gen.combine(
          ChisoGen.thresholds(ChisoGen.decimals(4, 3)),
          ChisoGen.polarities(),
          ChisoGen.decimals(4, 3),
          ValueCase::new);

  private static Threshold mirror(Threshold t) {
    if (t.comparator() == Comparator.BETWEEN) {
      return Threshold.between(t.upperBound().orElseThrow().negate(), t.bound().negate());
    }
    return Threshold.of(t.comparator().mirror(), t.bound().negate());
  }

  @Test
  void mirroringValuesComparatorAndPolarityKeepsVerdictAndMargin() {
    Property.forAll("mirror symmetry", VALUES)
        .tries(500)
        .verify(
            c -> {
              Rational v = Rational.valueOf(c.value());
              Rational minusV = v.negate();
              Threshold m = mirror(c.threshold());
              Polarity flipped = c.polarity().flip();
              assertThat(Compliance.meets(m, flipped, minusV))
                  .isEqualTo(Compliance.meets(c.threshold(), c.polarity(), v));
              assertThat(Compliance.margin(m, flipped, minusV))
                  .isEqualTo(Compliance.margin(c.threshold(), c.polarity(), v));
            });
  }

  @Test
  void complementaryComparatorFlipsTheVerdict() {
    Gen<ValueCase> singleBound =
        Gen.combine(
            Gen.combine(
                Gen.elements(Comparator.AT_LEAST, Comparator.ABOVE, Comparator.AT_MOST, Comparator.BELOW),
                ChisoGen.decimals(4, 3),
                Threshold::of),
            ChisoGen.polarities(),
            ChisoGen.decimals(4, 3),
            ValueCase::new);
    Property.forAll("complement flips", singleBound)
        .tries(500)
        .check(
            c -> {
              Rational v = Rational.valueOf(c.value());
              Threshold complement = Threshold.of(c.threshold().comparator().complement(), c.threshold().bound());
              return Compliance.meets(c.threshold(), c.polarity(), v)
                  != Compliance.meets(complement, c.polarity(), v);
            });
  }

  @Test
  void marginSignAgreesWithVerdict() {
    Property.forAll("margin sign", VALUES)
        .tries(500)
        .check(
            c -> {
              Rational v = Rational.valueOf(c.value());
              int sign = Compliance.margin(c.threshold(), c.polarity(), v).signum();
              boolean met = Compliance.meets(c.threshold(), c.polarity(), v);
              return met ? sign >= 0 : sign <= 0;
            });
  }

  @Test
  void rangeIsMetFromWithinAndFromBeyondTheBetterEndOnly() {
    Gen<ValueCase> ranges =
        Gen.combine(
            Gen.combine(ChisoGen.decimals(3, 2), ChisoGen.decimals(3, 2),
                (a, b) -> a.compareTo(b) <= 0 ? Threshold.between(a, b) : Threshold.between(b, a)),
            ChisoGen.polarities(),
            ChisoGen.decimals(3, 2),
            ValueCase::new);
    Property.forAll("range semantics", ranges)
        .tries(500)
        .verify(
            c -> {
              BigDecimal lower = c.threshold().bound();
              BigDecimal upper = c.threshold().upperBound().orElseThrow();
              boolean below = c.value().compareTo(lower) < 0;
              boolean above = c.value().compareTo(upper) > 0;
              boolean expected = c.polarity() == Polarity.HIGHER_IS_BETTER ? !below : !above;
              assertThat(Compliance.meets(c.threshold(), c.polarity(), Rational.valueOf(c.value())))
                  .isEqualTo(expected);
              Indicator indicator =
                  Indicator.builder().code("R").nameVi("r").measure(Measure.COUNT)
                      .polarity(c.polarity()).area(Area.DIGITAL_SOCIETY).build();
              Target target =
                  Target.builder().code("T").indicator(indicator).period(Period.year(2025))
                      .threshold(Tier.PROVINCE, c.threshold()).build();
              Assessment a =
                  Compliance.assess(target, PROVINCE, Result.of("R", "75", Period.year(2025), Reading.decimal(c.value())));
              assertThat(a.rangePosition())
                  .contains(below ? RangePosition.BELOW : above ? RangePosition.ABOVE : RangePosition.WITHIN);
              assertThat(a.status()).isEqualTo(expected ? Status.MET : Status.NOT_MET);
            });
  }
}
