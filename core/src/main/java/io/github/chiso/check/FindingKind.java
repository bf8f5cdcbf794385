package io.github.chiso.check;

/**
 * What a consistency finding is about.
 *
 * @since 0.1.0
 */
public enum FindingKind {
  /** A reported share differs from 100 × n / d by more than the rounding of its digits. */
  SHARE_DISAGREES_WITH_PARTS,
  /** Parts whose numerator exceeds the denominator. */
  NUMERATOR_EXCEEDS_DENOMINATOR,
  /** A negative value where counts, amounts and shares cannot be negative. */
  NEGATIVE_VALUE,
  /** A percentage above 100 for a share indicator. */
  SHARE_ABOVE_HUNDRED,
  /** A result for a unit or body the hierarchy does not have. */
  UNKNOWN_SUBJECT,
  /** A result for an indicator the plan does not know. */
  UNKNOWN_INDICATOR,
  /** The same indicator, unit and period reported more than once with different values (a change, {@code Reading.Delta}, only against other changes). */
  CONFLICTING_DUPLICATE,
  /**
   * Two targets of the plan on the same indicator, for the same scope and overlapping periods, that
   * ask for different things (seed 002 asks 40% and, in its education task, 70%).
   */
  CONFLICTING_TARGETS
}
