/**
 * Reporting schedules as data: who must report which indicators, for which periods, by which day.
 *
 * <p>{@link io.github.chiso.model.Recurrence} (in {@code model}, beside the tasks that recur, so that
 * {@code model} does not depend on this package) is the one place that decides when something
 * recurring is due: its {@link io.github.chiso.model.Recurrence#occurrences occurrences} within a
 * window (every month, quarter or year, or a fixed day each year) and, through its {@link
 * io.github.chiso.model.DueRule}, the {@link io.github.chiso.model.Recurrence#dueDate due
 * date} of each ("by the 5th of the following month", "by 15 December", "30 days after the period
 * ends"). A report received on its due date is on time. Reporting schedules, the completeness
 * functions (object and bulk paths) and recurring tasks all ask it; none computes a due date itself.
 *
 * <p>A {@link io.github.chiso.schedule.ReportingSchedule} lists {@link
 * io.github.chiso.schedule.ReportingRequirement}s: the {@link io.github.chiso.schedule.Reporters}
 * (every unit of a tier, every body of a kind, the subjects of one scope within a jurisdiction, or
 * named units and bodies), the indicators, the recurrence and the window of periods it covers.
 * Whether they reported is {@link io.github.chiso.completeness}'s business.
 *
 * <p>Every value is immutable and validated on construction; date arithmetic is {@code java.time}'s,
 * exact to the day.
 *
 * @since 0.1.0
 */
@ChisoStyle
package io.github.chiso.schedule;

import io.github.chiso.internal.ChisoStyle;
