package io.github.chiso.model;

/**
 * How the values of an indicator for child units combine into the parent unit's value.
 *
 * @since 0.1.0
 */
public enum UnitRollup {
  /** Add the values: counts, money. */
  SUM,
  /** Add numerators and denominators separately: 392/505 and 100/200 give 492/705. */
  RATIO_OF_SUMS,
  /** Mean weighted by a declared weight (population, eligible procedures). */
  WEIGHTED_MEAN,
  /** Plain mean of the children's values ("departments average at least 80%"). */
  MEAN,
  /** The smallest child value. */
  MIN,
  /** The largest child value. */
  MAX,
  /** Share of children meeting the threshold ("share of communes at 60% or more"). */
  SHARE_OF_UNITS_MEETING,
  /** Number of children meeting the threshold ("an officer in every agency"). */
  COUNT_OF_UNITS_MEETING
}
