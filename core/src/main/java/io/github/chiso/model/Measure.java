package io.github.chiso.model;

import java.math.BigInteger;

/**
 * The unit of measure of an indicator's values.
 *
 * @since 0.1.0
 */
public enum Measure {
  /** A share in percentage points, 0–100 in most cases ("77,62%"). Fractions scale by 100. */
  PERCENT("%", 100),
  /** A count of things (accounts, services, meetings). */
  COUNT("", 1),
  /** An amount of money, in đồng unless the indicator says otherwise. */
  MONEY("đ", 1),
  /** A score on a 0–1 scale, such as the provincial DTI ("0,3509"). */
  INDEX("", 1),
  /** A position in a ranking, 1 = best. */
  RANK("", 1),
  /** A span of time, in hours unless the indicator says otherwise. */
  DURATION("h", 1);

  private final String symbol;
  private final BigInteger fractionScale;

  Measure(String symbol, int fractionScale) {
    this.symbol = symbol;
    this.fractionScale = BigInteger.valueOf(fractionScale);
  }

  /** Symbol written after a value, e.g. {@code "%"}; empty for plain numbers. */
  public String symbol() {
    return symbol;
  }

  /** What a fraction {@code n/d} is multiplied by to give a value in this measure. */
  public BigInteger fractionScale() {
    return fractionScale;
  }
}
