/**
 * Judging results against targets: {@link io.github.chiso.compliance.Compliance} turns a target, a
 * subject and a result into an {@link io.github.chiso.compliance.Assessment}, and a whole plan with
 * its results into a list of them; {@link io.github.chiso.compliance.Scorecard} counts them by status
 * and area. {@link io.github.chiso.compliance.CompiledPlan} (which targets apply) and {@link
 * io.github.chiso.compliance.CompiledThreshold} (whether a bound is met) are the kernel that this
 * package, the columnar path and every other way of feeding data call.
 *
 * <p>Verdicts are exact: values and bounds are compared as {@link io.github.chiso.model.Rational}s,
 * so 505/505 meets "đạt 100%" and 392/505 does not meet 80%, whatever the rounding of a printed
 * share. Functions here are pure and thread-safe. Pace (is a shortfall before the deadline on track?)
 * is not judged here: an assessment records its as-of date and whether the deadline was reached.
 */
@ChisoStyle
package io.github.chiso.compliance;

import io.github.chiso.internal.ChisoStyle;
