package io.github.chiso.testkit.laws;

import io.github.chiso.model.Comparator;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The laws of a verdict function {@code (threshold, polarity, value) → meets?}: exactness at the
 * threshold (on, just below and just above it, with parts up to 10^12 and bounds of up to 6 decimals,
 * the verdict is the exact rational comparison), mirror symmetry (negating values and bounds,
 * mirroring the comparator and flipping the polarity keeps the verdict), and complements (≥ and &lt;,
 * > and ≤ disagree everywhere).
 *
 * @since 0.1.0
 */
public final class ComparatorLaws {
  private ComparatorLaws() {}

  /** A verdict function under test, such as {@code Compliance::meets}. */
  @FunctionalInterface
  public interface Verdict {
    boolean meets(Threshold threshold, Polarity polarity, Rational value);
  }

  /** Checks every law, {@code tries} cases each. */
  public static void check(String name, Verdict verdict, int tries) {
    Gen<Comparator> single = Gen.elements(Comparator.AT_LEAST, Comparator.ABOVE, Comparator.AT_MOST, Comparator.BELOW);
    Gen<Object[]> boundary = Gen.combine(
        Gen.ints(0, 6).flatMap(s -> Gen.longs(1, BigInteger.TEN.pow(s + 2).longValueExact() - 1)
            .filter(u -> u % 2 != 0 && u % 5 != 0).map(u -> BigDecimal.valueOf(u, s))),
        Gen.combine(Gen.booleans(), Gen.ints(-1, 1), (minusOne, nudge) -> new int[] {minusOne ? 1 : 0, nudge}),
        single,
        (t, choice, comparator) -> new Object[] {t, choice, comparator});
    Property.forAll(name + ": exact at the threshold", boundary).tries(tries).verify(c -> {
      BigDecimal t = (BigDecimal) c[0];
      int[] choice = (int[]) c[1];
      Comparator comparator = (Comparator) c[2];
      BigInteger modulus = BigInteger.TEN.pow(t.scale() + 2);
      BigInteger u = t.unscaledValue();
      BigInteger inverse = u.modInverse(modulus);
      BigInteger d = choice[0] == 1 ? modulus.subtract(inverse) : inverse;
      BigInteger n = u.multiply(d).divide(modulus).add(BigInteger.valueOf(choice[1] + 1)).max(BigInteger.ZERO).min(d);
      Rational value = Rational.of(n.multiply(BigInteger.valueOf(100)), d);
      Threshold threshold = Threshold.of(comparator, t);
      int cmp = value.compareTo(Rational.valueOf(t));
      boolean exact = comparator == Comparator.AT_LEAST ? cmp >= 0 : comparator == Comparator.ABOVE ? cmp > 0
          : comparator == Comparator.AT_MOST ? cmp <= 0 : cmp < 0;
      if (verdict.meets(threshold, Polarity.HIGHER_IS_BETTER, value) != exact) {
        throw new AssertionError(n + "/" + d + " × 100 against " + threshold + ": expected " + (exact ? "met" : "not met"));
      }
    });
    Gen<Object[]> cases = Gen.combine(ChisoGen.thresholds(ChisoGen.decimals(3, 2)), ChisoGen.polarities(),
        ChisoGen.decimals(3, 2), (t, p, v) -> new Object[] {t, p, v});
    Property.forAll(name + ": mirror symmetry", cases).tries(tries).verify(c -> {
      Threshold t = (Threshold) c[0];
      Polarity p = (Polarity) c[1];
      Rational v = Rational.valueOf((BigDecimal) c[2]);
      Threshold mirrored = t.comparator() == Comparator.BETWEEN
          ? Threshold.between(t.upperBound().orElseThrow().negate(), t.bound().negate())
          : Threshold.of(t.comparator().mirror(), t.bound().negate());
      if (verdict.meets(t, p, v) != verdict.meets(mirrored, p.flip(), v.negate())) {
        throw new AssertionError("verdict changes when mirrored: " + t + " " + p + " at " + v + " vs " + mirrored);
      }
    });
    Gen<Object[]> complements = Gen.combine(single, ChisoGen.decimals(3, 2), ChisoGen.decimals(3, 2),
        (comparator, bound, value) -> new Object[] {comparator, bound, value});
    Property.forAll(name + ": complements disagree", complements).tries(tries).verify(c -> {
      Comparator comparator = (Comparator) c[0];
      BigDecimal bound = (BigDecimal) c[1];
      Rational v = Rational.valueOf((BigDecimal) c[2]);
      boolean a = verdict.meets(Threshold.of(comparator, bound), Polarity.HIGHER_IS_BETTER, v);
      boolean b = verdict.meets(Threshold.of(comparator.complement(), bound), Polarity.HIGHER_IS_BETTER, v);
      if (a == b) {
        throw new AssertionError(comparator + " and " + comparator.complement() + " agree at " + v + " against " + bound);
      }
    });
  }
}
