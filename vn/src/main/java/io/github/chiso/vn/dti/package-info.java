/**
 * The provincial Digital Transformation Index (DTI cấp tỉnh) as a composite index: {@link
 * io.github.chiso.vn.dti.ProvincialDti} encodes the scheme of Decision 922/QĐ-BTTTT (20 May 2022),
 * Appendix 1: nine main indicators with their points, in two groups of 500, on a scale of 1000 (the
 * smart-city indicator is reported but not scored). The published score is the points obtained over
 * 1000; {@link io.github.chiso.vn.dti.ProvincialDti#index()} computes the same figure with the
 * general machinery of {@link io.github.chiso.index}, and ranks follow by {@link
 * io.github.chiso.index.Ranking#competition}.
 */
@ChisoStyle
package io.github.chiso.vn.dti;

import io.github.chiso.internal.ChisoStyle;
