/**
 * The columnar form for national-scale result sets: {@link io.github.chiso.bulk.BulkResults} keeps
 * results in primitive arrays (unit, indicator and period indices, numerator and denominator, as-of
 * day, kind), about 29 bytes a result; {@link io.github.chiso.bulk.BulkCompliance} judges every row
 * with exact 128-bit integer comparisons; {@link io.github.chiso.bulk.BulkRollup} sums parts and
 * counts coverage up every ancestor tier in one pass and judges every rolled-up cell;
 * {@link io.github.chiso.bulk.BulkGaps} ranks the lagging units, building objects only for them.
 * Both passes over the rows split them across threads on request, with the same answer. Answers are
 * identical to the object API's ({@link io.github.chiso.compliance.Compliance},
 * {@link io.github.chiso.rollup.Rollups}, {@link io.github.chiso.gap.Gaps}); properties check it on
 * random data.
 */
package io.github.chiso.bulk;
