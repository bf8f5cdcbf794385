/**
 * Composite indices, after the methods of the JRC's COINr: normalise each indicator across units
 * ({@link io.github.chiso.index.Normaliser}: min-max, goalposts, z-score, distance to target, rank),
 * aggregate up a tree of weighted pillars and sub-pillars ({@link io.github.chiso.index.IndexNode},
 * {@link io.github.chiso.index.Aggregation}: weighted arithmetic, geometric or harmonic means), with
 * missing data handled by renormalising the weights over what is present and a data-availability
 * threshold below which a unit gets no score; rank units with ties ({@link
 * io.github.chiso.index.Ranking}: competition ranking, "1224"); and test how robust the ranks are
 * ({@link io.github.chiso.index.Sensitivity}: a seeded Monte Carlo over weights and normalisers,
 * giving each unit's rank interval).
 *
 * <p>Index arithmetic is in doubles (z-scores, logarithms and weights have no exact form); nothing
 * here decides a verdict, and {@link io.github.chiso.index.Ranking} ranks any comparable values, so
 * published exact scores are ranked exactly. Inputs are checked: a non-finite value, an indicator the
 * tree lacks or a negative value under a geometric mean raises {@link
 * io.github.chiso.InvalidValueException} naming the unit and the indicator.
 */
@ChisoStyle
package io.github.chiso.index;

import io.github.chiso.internal.ChisoStyle;
