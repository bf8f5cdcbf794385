package io.github.chiso.gap;

/**
 * Trend classes of the SDSN Sustainable Development Report's trend dashboards (Sachs et al.,
 * Sustainable Development Report, annex "Methods summary": SDG trend dashboards), applied to a
 * plan's deadline instead of 2030.
 *
 * @since 0.1.0
 */
public enum SdsnTrend {
  /** Already at the threshold, or moving at least as fast as required (r ≥ 1). */
  ON_TRACK,
  /** Moving the right way at half to all of the required pace (0.5 ≤ r &lt; 1). */
  MODERATELY_IMPROVING,
  /** Moving the right way at under half the required pace, or not moving (0 ≤ r &lt; 0.5). */
  STAGNATING,
  /** Moving the wrong way (r &lt; 0). */
  DECREASING
}
