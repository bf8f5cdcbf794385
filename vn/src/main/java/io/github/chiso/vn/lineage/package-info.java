/**
 * Lineage across a boundary reform: which units before it became which units after it.
 *
 * <p>A {@link io.github.chiso.vn.lineage.Lineage} links the leaf units of one {@link
 * io.github.chiso.hierarchy.Hierarchy} (before) to the leaf units of another (after), from an
 * effective date. Each {@link io.github.chiso.vn.lineage.Link} has a {@link
 * io.github.chiso.vn.lineage.LinkKind} read off the links themselves — kept, merged (a whole unit went
 * into a unit that has other predecessors) or divided (a unit's territory went to several) — so it
 * cannot disagree with them. Queries run both ways at every tier: the successors of a before-unit
 * and the predecessors of an after-unit, as links or as the units of any tier they reach. {@link
 * io.github.chiso.vn.lineage.Lineage#inverse()} turns the lineage round, so what holds forwards holds
 * backwards with the same code.
 *
 * <p>Nothing here is specific to Vietnam; {@link io.github.chiso.vn.VietnamUnits#lineage()} is the
 * lineage of 1 July 2025.
 */
@ChisoStyle
package io.github.chiso.vn.lineage;

import io.github.chiso.internal.ChisoStyle;
