/**
 * Who targets apply to: tier schemes, administrative units, implementing bodies and the hierarchy
 * that indexes them.
 *
 * <p>Tiers are data, not an enum: a {@link io.github.chiso.hierarchy.TierScheme} is an ordered list
 * of {@link io.github.chiso.hierarchy.Tier}s, top first. Two schemes ship: {@link
 * io.github.chiso.hierarchy.TierScheme#VIETNAM_2021_2025} (province, district, commune) and {@link
 * io.github.chiso.hierarchy.TierScheme#VIETNAM_FROM_2025_07_01} (province, commune). Tiers are equal
 * by key across schemes, so a plan written for three tiers still finds the commune threshold for a
 * commune reported under two.
 *
 * <p>A {@link io.github.chiso.hierarchy.Subject} is anything a result is reported for and a threshold
 * is set for: an {@link io.github.chiso.hierarchy.AdminUnit} (a territory at a tier) or a {@link
 * io.github.chiso.hierarchy.Body} (an implementing body of some {@link
 * io.github.chiso.hierarchy.BodyKind}, such as provincial departments). Its {@link
 * io.github.chiso.hierarchy.Scope} is what thresholds are keyed by.
 *
 * <p>This package holds no I/O; loaders for published unit lists live with the examples.
 */
@ChisoStyle
package io.github.chiso.hierarchy;

import io.github.chiso.internal.ChisoStyle;
