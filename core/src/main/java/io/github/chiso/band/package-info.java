/**
 * Rating bands: {@link io.github.chiso.band.BandClassifier} places a value on a {@link
 * io.github.chiso.model.BandScale} (traffic lights and more), deciding every boundary with the
 * compliance kernel's {@link io.github.chiso.compliance.CompiledThreshold}, so a band and a verdict
 * on the same bound never disagree. {@link io.github.chiso.band.Bandings} picks the scale a plan
 * declares for a target and a subject's scope. Exact: values are {@link
 * io.github.chiso.model.Rational}s.
 */
@ChisoStyle
package io.github.chiso.band;

import io.github.chiso.internal.ChisoStyle;
