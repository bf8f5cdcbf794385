package io.github.chiso.gap;

/**
 * Progress classes of Eurostat's assessment of indicators with quantitative targets (Eurostat,
 * "Sustainable development in the European Union — Monitoring report on progress towards the SDGs in
 * an EU context", methodological annex): the ratio of the actual to the required compound annual
 * growth rate.
 *
 * @since 0.1.0
 */
public enum EurostatProgress {
  /** Target met, or ratio ≥ 95%. */
  SIGNIFICANT_PROGRESS,
  /** 60% ≤ ratio &lt; 95%. */
  MODERATE_PROGRESS,
  /** 0 ≤ ratio &lt; 60%. */
  INSUFFICIENT_PROGRESS,
  /** ratio &lt; 0: moving away from the target. */
  MOVEMENT_AWAY
}
