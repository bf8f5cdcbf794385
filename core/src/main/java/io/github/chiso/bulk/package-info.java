/**
 * The columnar form for national-scale result sets: {@link io.github.chiso.bulk.BulkResults} keeps
 * results in primitive arrays (unit, indicator and period indices, numerator and denominator whose
 * sign tells the kind, as-of day) indexed by unit, 32 bytes a result; {@link
 * io.github.chiso.bulk.BulkCompliance} judges every row against every target that applies;
 * {@link io.github.chiso.bulk.BulkRollup} rolls up many specs at once with every rule of the object
 * API, each thread owning whole provinces, and judges every cell; {@link
 * io.github.chiso.bulk.BulkVerdicts} holds verdicts per (item, target); {@link
 * io.github.chiso.bulk.BulkGaps} ranks the lagging units, building objects only for them.
 *
 * <p>Nothing here decides which target applies or whether a bound is met: {@link
 * io.github.chiso.compliance.CompiledPlan} and {@link io.github.chiso.compliance.CompiledThreshold}
 * do, for this path and the object API alike. Answers are identical to the object API's ({@link
 * io.github.chiso.compliance.Compliance}, {@link io.github.chiso.rollup.Rollups}, {@link
 * io.github.chiso.gap.Gaps}) and do not depend on the number of threads; properties check both.
 */
package io.github.chiso.bulk;
