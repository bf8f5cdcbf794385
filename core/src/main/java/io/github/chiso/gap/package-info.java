/**
 * Gap analysis and pace: how far each unit is from its target, how many countable units it is short,
 * who lags most, and whether the trend will make the deadline.
 *
 * <p>{@link io.github.chiso.gap.Gaps} turns assessments into {@link io.github.chiso.gap.Gap}s (gap,
 * relative gap, achievement, 0–100 distance, shortfall in countable units), ranks them worst first
 * and builds a {@link io.github.chiso.gap.GapScorecard} by area and tier. {@link
 * io.github.chiso.gap.Pace} classifies progress from a baseline to the latest value by two published
 * methods (SDSN's trend rule and Eurostat's SDG progress assessment). Gaps are exact {@link
 * io.github.chiso.model.Rational}s; pace uses doubles, as projections do, never to decide a verdict.
 */
@ChisoStyle
package io.github.chiso.gap;

import io.github.chiso.internal.ChisoStyle;
