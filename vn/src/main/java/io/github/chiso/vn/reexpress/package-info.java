/**
 * Results carried across a boundary reform, without changing them: {@link
 * io.github.chiso.vn.reexpress.ReExpression} puts results reported on the units before a reform onto
 * the units after it (or back, over the inverse lineage), exactly where units merged whole and by
 * declared weights where they were divided ({@link io.github.chiso.vn.reexpress.Allocation}), every
 * estimate flagged. Each {@link io.github.chiso.vn.reexpress.ReExpressedCell} names the {@link
 * io.github.chiso.vn.reexpress.Contribution}s it came from; values, coverage and verdicts come from
 * the core's rollup and compliance.
 *
 * <p>{@link io.github.chiso.vn.reexpress.OldPlans} judges a plan written for a unit before the
 * reform on results reported on the units after it.
 */
@ChisoStyle
package io.github.chiso.vn.reexpress;

import io.github.chiso.internal.ChisoStyle;
