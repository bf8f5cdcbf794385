/**
 * Reporting completeness and timeliness: for every report a {@link
 * io.github.chiso.schedule.ReportingSchedule} expects, received on time, received late (by how many
 * days) or missing as of a day, and DHIS2's three figures — expected, actual and on-time reports —
 * as exact rates per subject, per tier or body kind, and per area rolled up through the hierarchy.
 *
 * <p>{@link io.github.chiso.completeness.Completeness} is the object path; {@link
 * io.github.chiso.bulk.BulkCompleteness} answers the same on {@link io.github.chiso.bulk.BulkResults}
 * at national scale, each thread owning whole provinces. Both take due dates from {@link
 * io.github.chiso.model.Recurrence#dueDate} and decide with {@link
 * io.github.chiso.completeness.Timeliness}, and rank with {@link
 * io.github.chiso.completeness.Completeness#rank}: one rule, one place.
 *
 * <p>The conventions, after DHIS2's reporting rates: a report received on its due date is on time,
 * the day after is one day late; a report neither received nor due yet is pending, not expected and
 * not missing; a report received early is expected and on time. Rates are {@link
 * io.github.chiso.model.Rational}s; doubles only in the methods that say so. Per-period coverage is
 * the rollup package's {@link io.github.chiso.rollup.Coverage}.
 *
 * @since 0.1.0
 */
@ChisoStyle
package io.github.chiso.completeness;

import io.github.chiso.internal.ChisoStyle;
