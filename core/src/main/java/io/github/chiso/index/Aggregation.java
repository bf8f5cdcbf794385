package io.github.chiso.index;

import io.github.chiso.internal.Check;

/**
 * How a group's children are combined: weighted means over the children that have a value, the
 * weights renormalised over them. Geometric and harmonic means need non-negative values (a zero makes
 * the mean zero, its limit); doubles, as logarithms are.
 *
 * @since 0.1.0
 */
public enum Aggregation {
  /** {@code Σ wᵢxᵢ / Σ wᵢ}. */
  ARITHMETIC,
  /** {@code exp(Σ wᵢ ln xᵢ / Σ wᵢ)}. */
  GEOMETRIC,
  /** {@code Σ wᵢ / Σ (wᵢ / xᵢ)}. */
  HARMONIC;

  /**
   * The weighted mean of {@code values} (the first {@code n}) with {@code weights}.
   *
   * @throws io.github.chiso.InvalidValueException for a negative value under a geometric or harmonic
   *     mean, naming {@code where}
   */
  double aggregate(double[] values, double[] weights, int n, String where) {
    double total = 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      total += weights[i];
      double x = values[i];
      if (this != ARITHMETIC) {
        Check.argument(x >= 0, "%s mean of %s: value %s is negative", this, where, x);
        if (x == 0) {
          return 0;
        }
      }
      sum += weights[i] * (this == ARITHMETIC ? x : this == GEOMETRIC ? Math.log(x) : 1 / x);
    }
    switch (this) {
      case ARITHMETIC:
        return sum / total;
      case GEOMETRIC:
        return Math.exp(sum / total);
      default:
        return total / sum;
    }
  }
}
