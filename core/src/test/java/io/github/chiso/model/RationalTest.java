package io.github.chiso.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RationalTest {

  @Test
  void lowestTermsOnBothSidesOfSixtyThreeBits() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(505);
    for (int t = 0; t < 2_000; t++) {
      BigInteger a = BigInteger.valueOf(random.nextLong(1L << random.nextInt(1, 63)) - (1L << 20));
      BigInteger b = BigInteger.valueOf(1 + random.nextLong(1L << random.nextInt(1, 63)));
      BigInteger k = BigInteger.valueOf(1 + random.nextLong(1L << random.nextInt(1, 40)));
      BigInteger sign = random.nextBoolean() ? BigInteger.ONE : BigInteger.ONE.negate();
      Rational scaled = Rational.of(a.multiply(k).multiply(sign), b.multiply(k).multiply(sign));
      Rational direct = Rational.of(a, b);
      assertThat(scaled).as("%s·%s / %s·%s", a, k, b, k).isEqualTo(direct).hasSameHashCodeAs(direct);
      assertThat(direct.denominator().signum()).isPositive();
      assertThat(direct.numerator().gcd(direct.denominator())).isEqualTo(BigInteger.ONE);
    }
  }


  @Test
  void keepsLowestTermsWithPositiveDenominator() {
    Rational r = Rational.of(-6, -4);
    assertThat(r.numerator()).isEqualTo(BigInteger.valueOf(3));
    assertThat(r.denominator()).isEqualTo(BigInteger.valueOf(2));
    assertThat(Rational.of(2, -4)).isEqualTo(Rational.of(-1, 2));
    assertThat(Rational.of(0, -7)).isEqualTo(Rational.ZERO);
    assertThat(Rational.of(2, 4).hashCode()).isEqualTo(Rational.of(1, 2).hashCode());
  }

  @Test
  void convertsDecimalsExactly() {
    assertThat(Rational.valueOf(new BigDecimal("77.62"))).isEqualTo(Rational.of(7762, 100));
    assertThat(Rational.valueOf(new BigDecimal("1E+2"))).isEqualTo(Rational.valueOf(100));
    assertThat(Rational.valueOf(new BigDecimal("80.0"))).isEqualTo(Rational.valueOf(80));
  }

  @Test
  void comparesExactlyWhereDoublesWouldNot() {
    Rational share = Rational.of(392 * 100, 505);
    assertThat(share.compareTo(Rational.valueOf(80))).isNegative();
    assertThat(Rational.of(505 * 100, 505)).isEqualTo(Rational.HUNDRED);
    // 0.1 + 0.2 == 0.3 exactly
    Rational sum = Rational.valueOf(new BigDecimal("0.1")).add(Rational.valueOf(new BigDecimal("0.2")));
    assertThat(sum).isEqualTo(Rational.valueOf(new BigDecimal("0.3")));
  }

  @Test
  void arithmetic() {
    Rational a = Rational.of(1, 3);
    Rational b = Rational.of(1, 6);
    assertThat(a.add(b)).isEqualTo(Rational.of(1, 2));
    assertThat(a.subtract(b)).isEqualTo(Rational.of(1, 6));
    assertThat(a.multiply(b)).isEqualTo(Rational.of(1, 18));
    assertThat(a.divide(b)).isEqualTo(Rational.valueOf(2));
    assertThat(a.negate().abs()).isEqualTo(a);
    assertThat(Rational.of(7, 2).ceiling()).isEqualTo(BigInteger.valueOf(4));
    assertThat(Rational.of(-7, 2).ceiling()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(Rational.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
    assertThat(Rational.valueOf(4).ceiling()).isEqualTo(BigInteger.valueOf(4));
  }

  @Test
  void decimalsForDisplay() {
    assertThat(Rational.of(39200, 505).toBigDecimal(2, RoundingMode.HALF_EVEN))
        .isEqualTo(new BigDecimal("77.62"));
    assertThat(Rational.of(1, 4).toBigDecimal(2)).isEqualTo(new BigDecimal("0.25"));
    assertThat(Rational.of(1, 3).toBigDecimal(4)).isEqualTo(new BigDecimal("0.3333"));
    assertThat(Rational.of(1, 3).toString()).isEqualTo("1/3");
    assertThat(Rational.valueOf(5).toString()).isEqualTo("5");
    assertThat(Rational.of(1, 4).doubleValue()).isEqualTo(0.25);
  }

  @Test
  void zeroDenominatorIsALibraryError() {
    assertThatThrownBy(() -> Rational.of(1, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("denominator must not be zero");
    assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO))
        .isInstanceOf(InvalidValueException.class);
  }
}
