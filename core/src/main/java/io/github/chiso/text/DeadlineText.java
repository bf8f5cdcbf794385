package io.github.chiso.text;

import io.github.chiso.TextParseException;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Recurrence;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Reads and writes a task's deadline as plans write it, in Vietnamese and English, into a {@link
 * Deadline}:
 *
 * <ul>
 *   <li>a day: "vào ngày 28/10/2022", "ngày 28 tháng 10 năm 2022", "on 28 October 2022" (due that
 *       day); "trước ngày 28/10/2022", "trước 30/6/2024", "before 28 October 2022" (due the day
 *       before, as the seed data reads "trước ngày"); "đến ngày 31/12/2022", "chậm nhất ngày …",
 *       "hạn chót …", "by 31 December 2022", "no later than …" (due that day). Days are written
 *       d/m/yyyy, d-m-yyyy, d.m.yyyy, yyyy-mm-dd, "d tháng m năm yyyy", "d Month yyyy" or "Month d, yyyy";
 *   <li>a period, due on its last day: "trong tháng 01/2025", "tháng 12/2022", "quý IV/2022", "trong
 *       quý I năm 2023", "6 tháng đầu năm 2023", "03 tháng cuối năm 2022", "nửa đầu năm 2023",
 *       "trong năm 2023", "năm 2023", "giai đoạn 2021 - 2025", "từ ngày 01/10/2022 đến ngày
 *       31/10/2022", "in Q4 2022", "in January 2025", "the first half of 2023"; by its end: "đến hết
 *       năm 2025", "đến cuối năm 2025", "trước cuối năm 2025", "đến năm 2025", "từ nay đến năm 2025",
 *       "by the end of 2025";
 *   <li>a recurrence ({@link Recurrence}, the one place that decides when an occurrence is due):
 *       "hằng tháng", "hàng tháng", "mỗi tháng", "hằng quý", "định kỳ 6 tháng", "6 tháng một lần",
 *       "hằng năm", "monthly", "every six months", each due by the occurrence's last day; "trước ngày
 *       15 hằng tháng" (day 14 of each month), "vào ngày 5 hằng tháng", "by the 15th of every
 *       month"; "trước ngày 15/12 hằng năm" (14 December each year), "vào ngày 10/10 hàng năm", "on
 *       10 October every year";
 *   <li>no end: "thường xuyên", "liên tục", "ongoing" ({@link Deadline.Kind#ONGOING}).
 * </ul>
 *
 * "dự kiến" / "expected" and "phấn đấu" / "strive" are kept as {@link Qualifier}s. Other words
 * ("hoàn thành", "Thời gian:", "báo cáo") are passed over, but every number must be part of a day,
 * month, quarter, year or count of months: a number it cannot place, a day without a year and no
 * frequency ("trước ngày 15/12"), "đầu năm 2023" (early in a year, no due day), two deadlines,
 * daily or weekly tasks raise {@link TextParseException} with the position. Text has at most
 * {@value TextLimits#MAX_PHRASE_LENGTH} characters ({@link TextLimits}); reading is linear in it.
 * {@link #format} writes a deadline back, and reading that again gives an equal deadline.
 *
 * @since 0.2.0
 */
public final class DeadlineText {
  private DeadlineText() {}

  /**
   * Reads a deadline as written.
   *
   * @throws TextParseException with the text and the position where reading failed
   */
  public static Deadline parse(String text) {
    return DeadlineReader.read(text);
  }

  /**
   * Writes {@code period} as the documents name one: "năm 2023", "quý IV/2022", "tháng 3/2024", "6
   * tháng đầu năm 2024", "giai đoạn 2021 - 2025", "từ ngày 1/6/2022 đến ngày 30/9/2022"; "2023",
   * "Q4 2022", "March 2024", "the first 6 months of 2024". {@link #parse} reads "trong " followed by
   * it back to that period.
   *
   * @since 0.2.0
   */
  public static String format(Period period, Language language) {
    return period(period, language == Language.VI);
  }

  /**
   * Writes {@code deadline} in {@code language}: "trước ngày 28/10/2022", "trong quý IV/2022",
   * "trong 6 tháng đầu năm 2023", "đến hết năm 2025", "trước ngày 15 hằng tháng", "định kỳ 6 tháng",
   * "dự kiến trong tháng 12/2022", "thường xuyên"; "before 28 October 2022", "in Q4 2022", "by the
   * end of 2025", "before the 15th of every month", "every six months", "expected in December 2022",
   * "ongoing". {@link #parse} reads it back to an equal deadline.
   */
  public static String format(Deadline deadline, Language language) {
    boolean vi = language == Language.VI;
    StringBuilder out = new StringBuilder();
    if (deadline.qualifiers().contains(Qualifier.ASPIRATIONAL)) {
      out.append(vi ? "phấn đấu hoàn thành " : "strive to finish ");
    }
    if (deadline.qualifiers().contains(Qualifier.EXPECTED)) {
      out.append(vi ? "dự kiến " : "expected ");
    }
    if (deadline.kind() == Deadline.Kind.ONGOING) {
      return out.append(vi ? "thường xuyên" : "ongoing").toString();
    }
    if (deadline.recurrence().isPresent()) {
      return out.append(recurring(deadline, vi)).toString();
    }
    String word = word(deadline.kind(), vi);
    if (deadline.day().isPresent()) {
      return out.append(word).append(' ').append(day(deadline.day().get(), vi)).toString();
    }
    String period = period(deadline.period().get(), vi);
    boolean fromTo = period.startsWith(vi ? "từ " : "from ");
    return (deadline.kind() == Deadline.Kind.WITHIN && fromTo ? out : out.append(word).append(' ')).append(period).toString();
  }

  private static String word(Deadline.Kind kind, boolean vi) {
    switch (kind) {
      case ON_DAY:
        return vi ? "vào ngày" : "on";
      case BEFORE_DAY:
        return vi ? "trước ngày" : "before";
      case BY_DAY:
        return vi ? "đến ngày" : "by";
      case WITHIN:
        return vi ? "trong" : "in";
      default:
        return vi ? "đến hết" : "by the end of";
    }
  }

  private static String recurring(Deadline deadline, boolean vi) {
    Recurrence recurrence = deadline.recurrence().get();
    Object shape = Deadline.dayShape(recurrence, deadline.kind());
    if (deadline.kind() == Deadline.Kind.WITHIN) {
      return every(recurrence.frequency(), vi);
    }
    String word = word(deadline.kind(), vi);
    if (shape instanceof Integer) {
      int day = (Integer) shape;
      return vi ? word + " " + day + " hằng tháng" : word + " the " + day + suffix(day) + " of every month";
    }
    MonthDay date = (MonthDay) shape;
    return vi ? word + " " + date.getDayOfMonth() + "/" + date.getMonthValue() + " hằng năm"
        : word + " " + date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " every year";
  }

  private static String every(Frequency frequency, boolean vi) {
    switch (frequency) {
      case MONTHLY:
        return vi ? "hằng tháng" : "monthly";
      case QUARTERLY:
        return vi ? "hằng quý" : "quarterly";
      case HALF_YEARLY:
        return vi ? "định kỳ 6 tháng" : "every six months";
      default:
        return vi ? "hằng năm" : "yearly";
    }
  }

  private static String suffix(int day) {
    if (day % 100 >= 11 && day % 100 <= 13) {
      return "th";
    }
    switch (day % 10) {
      case 1:
        return "st";
      case 2:
        return "nd";
      case 3:
        return "rd";
      default:
        return "th";
    }
  }

  static String day(LocalDate date, boolean vi) {
    return vi ? date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear()
        : date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " " + date.getYear();
  }

  private static String monthName(int month) {
    return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /** {@code p} as a deadline names it: "năm 2023", "quý IV/2022", "tháng 3/2024", "6 tháng đầu năm 2024". */
  static String period(Period p, boolean vi) {
    int year = p.start().getYear();
    switch (p.granularity()) {
      case YEAR:
        return vi ? "năm " + year : String.valueOf(year);
      case QUARTER:
        int q = (p.start().getMonthValue() + 2) / 3;
        return vi ? "quý " + ROMAN[q - 1] + "/" + year : "Q" + q + " " + year;
      case MONTH:
        return vi ? "tháng " + p.start().getMonthValue() + "/" + year : monthName(p.start().getMonthValue()) + " " + year;
      default:
        return range(p, vi);
    }
  }

  private static String range(Period p, boolean vi) {
    LocalDate start = p.start();
    LocalDate end = p.end();
    int year = start.getYear();
    boolean monthStart = start.getDayOfMonth() == 1;
    boolean monthEnd = end.equals(YearMonth.from(end).atEndOfMonth());
    if (start.getYear() == end.getYear() && monthStart && monthEnd && start.getMonthValue() == 1) {
      int months = end.getMonthValue();
      return vi ? months + " tháng đầu năm " + year : "the first " + months + " months of " + year;
    }
    if (start.getYear() == end.getYear() && monthStart && end.getMonthValue() == 12 && end.getDayOfMonth() == 31) {
      int months = 13 - start.getMonthValue();
      return vi ? months + " tháng cuối năm " + year : "the last " + months + " months of " + year;
    }
    if (start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31) {
      return vi ? "giai đoạn " + year + " - " + end.getYear() : year + " - " + end.getYear();
    }
    return vi ? "từ ngày " + day(start, true) + " đến ngày " + day(end, true)
        : "from " + day(start, false) + " to " + day(end, false);
  }
}
