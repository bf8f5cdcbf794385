package io.github.chiso.model;

import io.github.chiso.InvalidValueException;
import io.github.chiso.internal.Check;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year, a quarter, a month, a day or an inclusive range of days. Written and
 * read in ISO-style text: {@code "2022"}, {@code "2022-Q3"}, {@code "2022-09"}, {@code "2022-09-19"},
 * {@code "2022-06-01/2022-09-30"}.
 *
 * <p>Two periods are equal when their granularity and days are equal; a range covering exactly
 * July–September is not equal to {@code 2022-Q3}. Ordered by start, then end, then granularity.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Period implements Comparable<Period> {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::start)
          .thenComparing(Period::end)
          .thenComparing(Period::granularity);

  /** How a period was stated. */
  public enum Granularity {
    YEAR,
    QUARTER,
    MONTH,
    DAY,
    RANGE
  }

  private final Granularity granularity;
  private final LocalDate start;
  private final LocalDate end;

  private Period(Granularity granularity, LocalDate start, LocalDate end) {
    this.granularity = granularity;
    this.start = start;
    this.end = end;
  }

  /** The calendar year (1000 to 9999). */
  public static Period year(int year) {
    checkYear(year);
    return new Period(Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Quarter {@code quarter} (1–4) of {@code year}. */
  public static Period quarter(int year, int quarter) {
    checkYear(year);
    Check.argument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4, but was %s", quarter);
    YearMonth first = YearMonth.of(year, 3 * quarter - 2);
    return new Period(Granularity.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /**
   * Half {@code half} (1 or 2) of {@code year}: the {@link #range} from 1 January to 30 June or from
   * 1 July to 31 December ("6 tháng đầu năm", "6 tháng cuối năm").
   *
   * @since 0.2.0
   */
  public static Period half(int year, int half) {
    checkYear(year);
    Check.argument(half == 1 || half == 2, "half must be 1 or 2, but was %s", half);
    return half == 1 ? range(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
        : range(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
  }

  /** Month {@code month} (1–12) of {@code year}. */
  public static Period month(int year, int month) {
    checkYear(year);
    Check.argument(month >= 1 && month <= 12, "month must be 1 to 12, but was %s", month);
    YearMonth ym = YearMonth.of(year, month);
    return new Period(Granularity.MONTH, ym.atDay(1), ym.atEndOfMonth());
  }

  /** The single day {@code date}. */
  public static Period day(LocalDate date) {
    checkYear(date.getYear());
    return new Period(Granularity.DAY, date, date);
  }

  /** The days from {@code start} to {@code end}, both included. */
  public static Period range(LocalDate start, LocalDate end) {
    checkYear(start.getYear());
    checkYear(end.getYear());
    Check.argument(!end.isBefore(start), "period end %s is before its start %s", end, start);
    return new Period(Granularity.RANGE, start, end);
  }

  private static void checkYear(int year) {
    Check.argument(year >= 1000 && year <= 9999, "year must have four digits, but was %s", year);
  }

  /**
   * Reads ISO-style period text: {@code "2022"}, {@code "2022-Q3"}, {@code "2022-09"}, {@code
   * "2022-09-19"} or {@code "2022-06-01/2022-09-30"}.
   *
   * @throws io.github.chiso.InvalidValueException naming the text if it is none of these
   */
  public static Period parse(String text) {
    try {
      Matcher m;
      if ((m = YEAR.matcher(text)).matches()) {
        return year(Integer.parseInt(m.group(1)));
      }
      if ((m = QUARTER.matcher(text)).matches()) {
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(text)).matches()) {
        return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if (DAY.matcher(text).matches()) {
        return day(LocalDate.parse(text));
      }
      int slash = text.indexOf('/');
      if (slash > 0
          && DAY.matcher(text.substring(0, slash)).matches()
          && DAY.matcher(text.substring(slash + 1)).matches()) {
        return range(
            LocalDate.parse(text.substring(0, slash)), LocalDate.parse(text.substring(slash + 1)));
      }
    } catch (DateTimeException | InvalidValueException e) {
      throw Check.invalid("period '%s' is not valid: %s", text, e.getMessage());
    }
    throw Check.invalid(
        "period '%s' is not one of YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD", text);
  }

  /** How the period was stated. */
  public Granularity granularity() {
    return granularity;
  }

  /** First day, included. */
  public LocalDate start() {
    return start;
  }

  /** Last day, included. */
  public LocalDate end() {
    return end;
  }

  /** Whether {@code date} falls in this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Whether every day of {@code other} falls in this period. */
  public boolean contains(Period other) {
    return contains(other.start) && contains(other.end);
  }

  /**
   * The same period {@code years} years earlier, of the same granularity: 2023 for 2024, 2023-Q3 for
   * 2024-Q3; a day or range keeps its calendar days (29 February becomes 28 February).
   *
   * @throws io.github.chiso.InvalidValueException if the year would not have four digits
   * @since 0.2.0
   */
  public Period minusYears(int years) {
    LocalDate from = start.minusYears(years);
    checkYear(from.getYear());
    switch (granularity) {
      case YEAR:
        return year(from.getYear());
      case QUARTER:
        return quarter(from.getYear(), (from.getMonthValue() + 2) / 3);
      case MONTH:
        return month(from.getYear(), from.getMonthValue());
      case DAY:
        return day(from);
      default:
        return range(from, end.minusYears(years));
    }
  }

  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Period)) {
      return false;
    }
    Period p = (Period) o;
    return granularity == p.granularity && start.equals(p.start) && end.equals(p.end);
  }

  @Override
  public int hashCode() {
    return (granularity.hashCode() * 31 + start.hashCode()) * 31 + end.hashCode();
  }

  /** The ISO-style text that {@link #parse} reads back. */
  @Override
  public String toString() {
    switch (granularity) {
      case YEAR:
        return Integer.toString(start.getYear());
      case QUARTER:
        return start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
      case MONTH:
        return YearMonth.from(start).toString();
      case DAY:
        return start.toString();
      default:
        return start + "/" + end;
    }
  }
}
