/**
 * Where a plan's task stands on a day: {@link io.github.chiso.task.Standing#of} says whether it is
 * done, open (not yet due), overdue and by how many days, ongoing or undated, and for a recurring
 * task which occurrence is due or overdue, its due day decided by {@link
 * io.github.chiso.model.Recurrence} (the one place that decides when something recurring is due).
 * The report's task tables show this standing.
 *
 * @since 0.2.0
 */
@ChisoStyle
package io.github.chiso.task;

import io.github.chiso.internal.ChisoStyle;
