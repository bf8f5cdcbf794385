package io.github.chiso.vn.reexpress;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole number into whole parts in proportion to weights, by largest remainder (Hamilton's
 * method): each part gets the floor of its exact quota, and what is left goes one by one to the
 * largest fractional remainders, earlier parts first on ties. The parts add up to the total exactly
 * and each is within one of its quota.
 */
final class Apportionment {
  private Apportionment() {}

  static List<BigInteger> of(BigInteger total, List<Rational> weights) {
    Rational sum = Rational.ZERO;
    for (Rational weight : weights) {
      Check.argument(weight.signum() >= 0, "apportionment: weight %s is negative", weight);
      sum = sum.add(weight);
    }
    Check.argument(sum.signum() > 0, "apportionment of %s: the weights %s are all zero", total, weights);
    if (total.signum() < 0) {
      List<BigInteger> negated = new ArrayList<>();
      of(total.negate(), weights).forEach(part -> negated.add(part.negate()));
      return negated;
    }
    List<BigInteger> parts = new ArrayList<>();
    List<Rational> remainders = new ArrayList<>();
    BigInteger given = BigInteger.ZERO;
    Rational whole = Rational.of(total, BigInteger.ONE);
    for (Rational weight : weights) {
      Rational quota = whole.multiply(weight).divide(sum);
      BigInteger floor = quota.floor();
      parts.add(floor);
      remainders.add(quota.subtract(Rational.of(floor, BigInteger.ONE)));
      given = given.add(floor);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
    int left = total.subtract(given).intValueExact();
    for (int k = 0; k < left; k++) {
      int i = order.get(k);
      parts.set(i, parts.get(i).add(BigInteger.ONE));
    }
    return parts;
  }
}
