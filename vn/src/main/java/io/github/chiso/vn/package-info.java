/**
 * Vietnam's administrative units before and after the reform of 1 July 2025, built in.
 *
 * <p>{@link io.github.chiso.vn.VietnamUnits} is the entry point: the three-tier list as last
 * published before the reform, the two-tier list in force from it, the list in force on a date, the
 * lineage between them ({@link io.github.chiso.vn.lineage}), and the consistency checks of the data
 * ({@link io.github.chiso.vn.SourceDataReport}). A {@link io.github.chiso.vn.UnitList} is a {@link
 * io.github.chiso.hierarchy.Hierarchy} with each unit's {@link io.github.chiso.vn.UnitType} and former
 * names; {@link io.github.chiso.vn.UnitNames} finds units by name as Vietnamese is really written
 * (tone-mark placement, type words, abbreviations, former names), and its {@link
 * io.github.chiso.vn.UnitNameException} lists the nearest names.
 *
 * <p>Results reported on one side of the reform are carried to the other by {@link
 * io.github.chiso.vn.reexpress}.
 */
@ChisoStyle
package io.github.chiso.vn;

import io.github.chiso.internal.ChisoStyle;
