package io.github.chiso.model;

/**
 * How an indicator's values for shorter periods combine into a longer one (months → quarters).
 *
 * @since 0.1.0
 */
public enum PeriodRollup {
  /** Add the values: flows such as transactions in the period. */
  SUM,
  /** Take the latest value: stocks and shares as of the period's end. */
  LAST,
  /** Plain mean of the values. */
  MEAN
}
