/**
 * Chiso ("chỉ số": indicator) turns digital-transformation plans and their reported results into
 * data and computes with them.
 *
 * <p>This package holds only the library's exception family, {@link io.github.chiso.ChisoException}.
 * The concepts live one per package:
 *
 * <ul>
 *   <li>{@link io.github.chiso.hierarchy}: tier schemes, administrative units, implementing bodies and
 *       the hierarchy index;
 *   <li>{@link io.github.chiso.model}: indicators, targets, thresholds, plans, tasks, results, periods
 *       and exact numbers;
 *   <li>{@link io.github.chiso.compliance}: judging a result against its target, and scorecards;
 *   <li>{@link io.github.chiso.text}: reading and writing Vietnamese and English target and result
 *       wording.
 * </ul>
 *
 * <p>All values are immutable, null-free and thread-safe. Every error about input is an unchecked
 * {@link io.github.chiso.ChisoException}.
 */
package io.github.chiso;
