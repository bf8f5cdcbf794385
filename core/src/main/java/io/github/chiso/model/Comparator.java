package io.github.chiso.model;

/**
 * How a value must relate to a threshold's bound. The Vietnamese wording carries it: "đạt",
 * "tối thiểu" and a bare number mean {@link #AT_LEAST}; "trên" means {@link #ABOVE} (strict);
 * "dưới" means {@link #BELOW}; "65 - 70%" is {@link #BETWEEN} with both bounds included.
 *
 * @since 0.1.0
 */
public enum Comparator {
  /** {@code value ≥ bound}: đạt, tối thiểu, ít nhất, at least. */
  AT_LEAST("≥"),
  /** {@code value > bound}: trên, above. */
  ABOVE(">"),
  /** {@code value ≤ bound}: tối đa, không quá, at most. */
  AT_MOST("≤"),
  /** {@code value < bound}: dưới, below. */
  BELOW("<"),
  /** {@code value = bound}. */
  EQUAL("="),
  /** {@code lower ≤ value ≤ upper}; what lies beyond the better end also meets, see compliance. */
  BETWEEN("–");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  /** Mathematical symbol: ≥, >, ≤, &lt;, =, –. */
  public String symbol() {
    return symbol;
  }

  /**
   * The comparator that holds exactly when this one fails: ≥ and &lt;, > and ≤ are complements.
   *
   * @throws UnsupportedOperationException for {@link #EQUAL} and {@link #BETWEEN}, whose
   *     complements are not single comparators
   */
  public Comparator complement() {
    switch (this) {
      case AT_LEAST:
        return BELOW;
      case BELOW:
        return AT_LEAST;
      case ABOVE:
        return AT_MOST;
      case AT_MOST:
        return ABOVE;
      default:
        throw new UnsupportedOperationException(this + " has no single-comparator complement");
    }
  }

  /** The comparator for negated values and bounds: ≥ and ≤, > and &lt; swap; = and – stay. */
  public Comparator mirror() {
    switch (this) {
      case AT_LEAST:
        return AT_MOST;
      case AT_MOST:
        return AT_LEAST;
      case ABOVE:
        return BELOW;
      case BELOW:
        return ABOVE;
      default:
        return this;
    }
  }

  /** Whether the comparator asks for a value above a bound (≥ or >). */
  public boolean isLowerBound() {
    return this == AT_LEAST || this == ABOVE;
  }

  /** Whether the comparator asks for a value below a bound (≤ or &lt;). */
  public boolean isUpperBound() {
    return this == AT_MOST || this == BELOW;
  }
}
