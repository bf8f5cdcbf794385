/**
 * Rollups: from the results of communes (or any source tier) to the values of their districts and
 * province, with the rule each indicator declares and with coverage.
 *
 * <p>Every rule is a monoid ({@link io.github.chiso.rollup.Aggregator}): an identity and an
 * associative, commutative combine, so rolling up parts of a hierarchy and combining them gives the
 * rollup of the whole, and a parent's value is computed from all the source units below it (a mean
 * over communes, not a mean of district means). The built-in rules share one exact accumulator,
 * {@link io.github.chiso.rollup.Tally}; {@link io.github.chiso.rollup.Aggregators#forRule} picks the
 * rule. {@link io.github.chiso.rollup.Rollups} rolls results up a {@link
 * io.github.chiso.hierarchy.Hierarchy}: each cell holds the value, the exact parts where they exist,
 * and {@link io.github.chiso.rollup.Coverage} (who reported, who is missing). Missing units are never
 * counted as zero; what a rollup does about them is the declared {@link
 * io.github.chiso.rollup.CoveragePolicy}.
 */
@ChisoStyle
package io.github.chiso.rollup;

import io.github.chiso.internal.ChisoStyle;
