package io.github.chiso.model;

import com.google.common.collect.ImmutableList;
import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that recurs and falls due: every month, quarter, half year or year, or on one fixed day each year,
 * each occurrence due by its {@link DueRule}. This is the one place that decides when something
 * recurring is due: reporting schedules, the completeness functions on both paths and recurring
 * tasks ask {@link #occurrences} and {@link #dueDate}, and compute no due date of their own.
 *
 * <p>An occurrence is a {@link Period} of the frequency's granularity: {@link Period#month}, {@link
 * Period#quarter}, a {@link Period#range} of January–June or July–December, {@link Period#year}, or
 * {@link Period#day} for the fixed day (never 29 February).
 * A due date may fall before the period ends ("the yearly report by 15 December"), never before it
 * starts.
 *
 * <pre>{@code
 * Recurrence monthly = Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(1, 5));
 * monthly.dueDate(Period.month(2025, 3));   // 2025-04-05
 * Recurrence.annually(MonthDay.of(6, 30), DueRule.daysAfterEnd(0)).occurrences(Period.year(2025));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Recurrence {

  Recurrence() {}

  /** How often it recurs. */
  public abstract Frequency frequency();

  /** The day of each year, for {@link Frequency#ANNUAL_DAY} only. */
  public abstract Optional<MonthDay> day();

  /** By which day each occurrence is due. */
  public abstract DueRule due();

  /** Every month, quarter or year ({@code frequency} must not be ANNUAL_DAY), due by {@code due}. */
  public static Recurrence of(Frequency frequency, DueRule due) {
    return ImmutableRecurrence.builder().frequency(frequency).due(due).build();
  }

  /** On {@code day} each year, due by {@code due}. */
  public static Recurrence annually(MonthDay day, DueRule due) {
    return ImmutableRecurrence.builder().frequency(Frequency.ANNUAL_DAY).day(day).due(due).build();
  }

  @Value.Check
  void check() {
    Check.argument(day().isPresent() == (frequency() == Frequency.ANNUAL_DAY),
        "recurrence %s: a day of the year is given exactly when the frequency is ANNUAL_DAY, but day was %s",
        frequency(), day().map(Recurrence::text).orElse("absent"));
    day().ifPresent(d -> Check.argument(!(d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29),
        "recurrence: 02-29 is not a day every year has"));
    if (due().kind() == DueRule.Kind.ON_DATE && frequency() != Frequency.YEARLY && frequency() != Frequency.ANNUAL_DAY) {
      throw Check.invalid("recurrence %s: a fixed due date (%s) suits only yearly occurrences", frequency(), due());
    }
  }

  /** Whether {@code period} is one of this recurrence's occurrences (of its granularity and day). */
  public boolean isOccurrence(Period period) {
    switch (frequency()) {
      case MONTHLY:
        return period.granularity() == Period.Granularity.MONTH;
      case QUARTERLY:
        return period.granularity() == Period.Granularity.QUARTER;
      case HALF_YEARLY:
        return period.equals(Period.half(period.start().getYear(), period.start().getMonthValue() <= 6 ? 1 : 2));
      case YEARLY:
        return period.granularity() == Period.Granularity.YEAR;
      default:
        return period.granularity() == Period.Granularity.DAY && MonthDay.from(period.start()).equals(day().get());
    }
  }

  /** The occurrences that lie wholly within {@code window}, in order. */
  public ImmutableList<Period> occurrences(Period window) {
    ImmutableList.Builder<Period> out = ImmutableList.builder();
    LocalDate start = window.start();
    int year = start.getYear();
    switch (frequency()) {
      case MONTHLY:
      case QUARTERLY:
      case HALF_YEARLY:
        int step = frequency() == Frequency.MONTHLY ? 1 : frequency() == Frequency.QUARTERLY ? 3 : 6;
        LocalDate from = LocalDate.of(year, step * ((start.getMonthValue() - 1) / step) + 1, 1);
        while (true) {
          Period p = step == 1 ? Period.month(from.getYear(), from.getMonthValue())
              : step == 3 ? Period.quarter(from.getYear(), (from.getMonthValue() + 2) / 3)
              : Period.half(from.getYear(), from.getMonthValue() <= 6 ? 1 : 2);
          if (p.end().isAfter(window.end())) {
            break;
          }
          add(out, window, p);
          if (!p.end().isBefore(window.end())) {
            break;
          }
          from = from.plusMonths(step);
        }
        break;
      case YEARLY:
        for (int y = year; y <= window.end().getYear(); y++) {
          add(out, window, Period.year(y));
        }
        break;
      default:
        for (int y = year; y <= window.end().getYear(); y++) {
          add(out, window, Period.day(day().get().atYear(y)));
        }
    }
    return out.build();
  }

  private static void add(ImmutableList.Builder<Period> out, Period window, Period p) {
    if (window.contains(p)) {
      out.add(p);
    }
  }

  /**
   * The day {@code occurrence} is due: on or before it, a report is on time.
   *
   * @throws io.github.chiso.InvalidValueException if {@code occurrence} is not one of this
   *     recurrence's occurrences, or its due date would fall before it starts
   */
  public LocalDate dueDate(Period occurrence) {
    Check.argument(isOccurrence(occurrence), "period %s is not an occurrence of %s", occurrence, this);
    LocalDate due = due().dueDate(occurrence);
    Check.argument(!due.isBefore(occurrence.start()),
        "recurrence %s: period %s would be due on %s, before it starts", this, occurrence, due);
    return due;
  }

  private static String text(MonthDay day) {
    return String.format(Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
  }

  @Override
  public String toString() {
    return (frequency() == Frequency.ANNUAL_DAY ? "every " + text(day().get()) : frequency().name().toLowerCase(Locale.ROOT))
        + ", due " + due();
  }
}
