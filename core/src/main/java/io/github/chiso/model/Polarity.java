package io.github.chiso.model;

/**
 * Which direction of an indicator's value is better.
 *
 * @since 0.1.0
 */
public enum Polarity {
  /** More is better: coverage, shares online, accounts. */
  HIGHER_IS_BETTER,
  /** Less is better: processing time, incidents, rank. */
  LOWER_IS_BETTER;

  /** The other polarity. */
  public Polarity flip() {
    return this == HIGHER_IS_BETTER ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
  }
}
