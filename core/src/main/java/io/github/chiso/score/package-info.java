/**
 * Scores on 0–100 and the SDSN dashboard. {@link io.github.chiso.score.Goalposts} normalises a value
 * between a lower bound and an optimum, either direction, exactly. {@link
 * io.github.chiso.score.SdsnIndicator} is one indicator of the SDSN Sustainable Development Report's
 * dashboard (goalposts, green and red thresholds, the yellow/orange midpoint), whose colours are
 * bands decided by the compliance kernel; {@link io.github.chiso.score.SdsnGoal} combines a goal's
 * indicators into the goal score and goal colour.
 */
@ChisoStyle
package io.github.chiso.score;

import io.github.chiso.internal.ChisoStyle;
