/**
 * Consistency checks over reported results: a share that disagrees with its own parts, parts whose
 * numerator exceeds the denominator, negative values, percentages above 100, results for units or
 * indicators the hierarchy or plan does not know, and the same figure reported twice with different
 * values. Checks return {@link io.github.chiso.check.Finding}s with both figures; they never drop or
 * change data.
 */
@ChisoStyle
package io.github.chiso.check;

import io.github.chiso.internal.ChisoStyle;
