package io.github.chiso.model;


/**
 * How often something recurs, and so the granularity of its periods.
 *
 * @since 0.1.0
 */
public enum Frequency {
  /** Every calendar month: periods {@link Period#month}. */
  MONTHLY,
  /** Every calendar quarter: periods {@link Period#quarter}. */
  QUARTERLY,
  /**
   * Every half year ("định kỳ 6 tháng"): periods {@link Period#half}, from 1 January to 30 June and
   * from 1 July to 31 December.
   *
   * @since 0.2.0
   */
  HALF_YEARLY,
  /** Every calendar year: periods {@link Period#year}. */
  YEARLY,
  /** One fixed day each year, such as 30 June: periods {@link Period#day}. */
  ANNUAL_DAY
}
