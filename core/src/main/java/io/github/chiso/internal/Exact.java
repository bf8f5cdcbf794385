package io.github.chiso.internal;

/** Exact integer arithmetic shared by the compiled thresholds and the columnar rollups. Not part of the API. */
public final class Exact {
  private Exact() {}

  /** The sign (−1, 0 or 1) of {@code a·b − c·d}, exactly, for any longs: the products are 128-bit. */
  public static int productSign(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    if (high != otherHigh) {
      return high < otherHigh ? -1 : 1;
    }
    return Integer.signum(Long.compareUnsigned(a * b, c * d));
  }

  /** The sign of {@code a/b − c/d} for positive {@code b} and {@code d}. */
  public static int compareFractions(long a, long b, long c, long d) {
    return productSign(a, d, c, b);
  }
}
