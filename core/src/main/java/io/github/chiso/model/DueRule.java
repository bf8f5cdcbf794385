package io.github.chiso.model;

import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * By which day a period's report (or a recurring task's occurrence) is due, counted from the
 * period's last day. Three rules:
 *
 * <ul>
 *   <li>{@link #daysAfterEnd(int) daysAfterEnd(n)}: {@code n} days after the period ends (0: on its
 *       last day);
 *   <li>{@link #dayOfMonthAfter(int, int) dayOfMonthAfter(m, d)}: day {@code d} of the month {@code
 *       m} months after the period's last month; "by the 5th of the following month" is {@code
 *       dayOfMonthAfter(1, 5)}; a day beyond the month's length is its last day (31 in April is 30
 *       April);
 *   <li>{@link #onDate(MonthDay, int) onDate(date, y)}: that day of the year {@code y} years after the
 *       period's last year; "by 15 December" of a yearly report is {@code onDate(12-15, 0)}.
 * </ul>
 *
 * <p>The due day itself is included: a report received on it is on time, the day after it is one day
 * late. A document's "trước ngày 15/12" (before 15 December) is read literally, as due on 14
 * December ({@code onDate(12-14, 0)}), as the seed data reads its tasks' "trước ngày" deadlines;
 * "by 15 December" and "đến ngày 15/12" are due on 15 December. Immutable.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DueRule {
  /** The largest offset accepted: ten years of days, 120 months or 10 years. */
  public static final int MAX_DAYS = 3660;

  /** The largest month offset. */
  public static final int MAX_MONTHS = 120;

  /** The largest year offset. */
  public static final int MAX_YEARS = 10;

  /** Which of the three rules. */
  public enum Kind {
    /** A number of days after the period's last day. */
    DAYS_AFTER_END,
    /** A day of a month a number of months after the period's last month. */
    DAY_OF_MONTH_AFTER,
    /** A fixed day of a year a number of years after the period's last year. */
    ON_DATE
  }

  DueRule() {}

  /** The rule. */
  @Value.Parameter
  public abstract Kind kind();

  /** Days (DAYS_AFTER_END), months (DAY_OF_MONTH_AFTER) or years (ON_DATE) after the period's end. */
  @Value.Parameter
  public abstract int offset();

  /** The month of ON_DATE (1–12); 0 for the other rules. */
  @Value.Parameter
  public abstract int month();

  /** The day of month of DAY_OF_MONTH_AFTER and ON_DATE (1–31); 0 for DAYS_AFTER_END. */
  @Value.Parameter
  public abstract int day();

  /** Due {@code days} (0 to {@value #MAX_DAYS}) days after the period's last day. */
  public static DueRule daysAfterEnd(int days) {
    return ImmutableDueRule.of(Kind.DAYS_AFTER_END, days, 0, 0);
  }

  /**
   * Due on day {@code day} (1–31, clamped to the month's length) of the month {@code months} (0 to
   * {@value #MAX_MONTHS}) months after the period's last month.
   */
  public static DueRule dayOfMonthAfter(int months, int day) {
    return ImmutableDueRule.of(Kind.DAY_OF_MONTH_AFTER, months, 0, day);
  }

  /**
   * Due on {@code date} (not 29 February) of the year {@code years} (0 to {@value #MAX_YEARS}) years
   * after the period's last year.
   */
  public static DueRule onDate(MonthDay date, int years) {
    return ImmutableDueRule.of(Kind.ON_DATE, years, date.getMonthValue(), date.getDayOfMonth());
  }

  @Value.Check
  void check() {
    switch (kind()) {
      case DAYS_AFTER_END:
        Check.argument(offset() >= 0 && offset() <= MAX_DAYS,
            "due rule: days after the period ends must be 0 to %s, but was %s", MAX_DAYS, offset());
        Check.argument(month() == 0 && day() == 0,
            "due rule: days after the period ends takes no month or day, but had %s-%s", month(), day());
        break;
      case DAY_OF_MONTH_AFTER:
        Check.argument(offset() >= 0 && offset() <= MAX_MONTHS,
            "due rule: months after the period ends must be 0 to %s, but was %s", MAX_MONTHS, offset());
        Check.argument(day() >= 1 && day() <= 31, "due rule: day of month must be 1 to 31, but was %s", day());
        Check.argument(month() == 0, "due rule: day of month after the period takes no month, but had %s", month());
        break;
      default:
        Check.argument(offset() >= 0 && offset() <= MAX_YEARS,
            "due rule: years after the period ends must be 0 to %s, but was %s", MAX_YEARS, offset());
        Check.argument(month() >= 1 && month() <= 12, "due rule: month must be 1 to 12, but was %s", month());
        Check.argument(day() >= 1 && day() <= java.time.Month.of(month()).minLength(),
            "due rule: %s-%s is not a day every year has", month(), day());
    }
  }

  /** The fixed day of an ON_DATE rule. */
  public MonthDay date() {
    Check.argument(kind() == Kind.ON_DATE, "due rule %s has no fixed date", this);
    return MonthDay.of(month(), day());
  }

  /**
   * The day {@code period}'s report is due under this rule, counted from its last day. Recurrence's
   * {@link Recurrence#dueDate} is the method to call for an occurrence; this is its arithmetic.
   */
  public LocalDate dueDate(Period period) {
    LocalDate end = period.end();
    switch (kind()) {
      case DAYS_AFTER_END:
        return end.plusDays(offset());
      case DAY_OF_MONTH_AFTER:
        YearMonth month = YearMonth.from(end).plusMonths(offset());
        return month.atDay(Math.min(day(), month.lengthOfMonth()));
      default:
        return LocalDate.of(end.getYear() + offset(), month(), day());
    }
  }

  /** The rule in words, e.g. "day 5 of the 1st month after the period". */
  @Override
  public String toString() {
    switch (kind()) {
      case DAYS_AFTER_END:
        return offset() + " days after the period ends";
      case DAY_OF_MONTH_AFTER:
        return "day " + day() + " of month +" + offset() + " after the period";
      default:
        return String.format(java.util.Locale.ROOT, "%02d-%02d", month(), day()) + (offset() == 0 ? " of the period's year" : " of year +" + offset() + " after the period");
    }
  }
}
