package io.github.chiso.text;

import com.google.common.collect.ImmutableSet;
import io.github.chiso.internal.Check;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Recurrence;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task's deadline as {@link DeadlineText#parse} reads it: a day ("vào ngày 28/10/2022", "trước
 * ngày 28/10/2022", "đến ngày 31/12/2022"), a period within or by the end of which it is due ("trong
 * tháng 01/2025", "quý IV/2022", "6 tháng đầu năm 2023", "đến hết năm 2025"), a {@link Recurrence}
 * ("hằng tháng", "trước ngày 15 hằng tháng", "trước ngày 15/12 hằng năm", "định kỳ 6 tháng"), or no
 * end at all ("thường xuyên", "liên tục"), with the {@link Qualifier}s before it ("dự kiến").
 *
 * <p>Exactly one of {@link #day}, {@link #period}, {@link #recurrence} is present, none for {@link
 * Kind#ONGOING}. {@link #due} is the last day on which the task is on time: "trước ngày 28/10/2022"
 * (before 28 October) is due on 27 October, as the seed data reads it; a period is due on its last
 * day. Two deadlines are equal when they say the same, whatever the wording ({@link #text} is not
 * compared).
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Deadline {
  Deadline() {}

  /** How the deadline is worded, which fixes its due day. */
  public enum Kind {
    /** On a day: "vào ngày 28/10/2022", "on 28 October 2022"; due that day. */
    ON_DAY,
    /** Before a day: "trước ngày 28/10/2022", "before 28 October 2022"; due the day before. */
    BEFORE_DAY,
    /** By a day: "đến ngày 31/12/2022", "chậm nhất ngày …", "by 31 December 2022"; due that day. */
    BY_DAY,
    /** Within a period: "trong tháng 01/2025", "quý IV/2022", "in Q4 2022", "hằng tháng"; due on its last day. */
    WITHIN,
    /** By the end of a period: "đến hết năm 2025", "đến cuối năm 2025", "by the end of 2025"; due on its last day. */
    BY_END,
    /** No end: "thường xuyên", "liên tục", "ongoing". */
    ONGOING
  }

  /** The text read; not compared. */
  @Value.Auxiliary
  public abstract String text();

  /** How the deadline is worded. */
  public abstract Kind kind();

  /** The day written, for a one-off {@link Kind#ON_DAY}, {@link Kind#BEFORE_DAY} or {@link Kind#BY_DAY}. */
  public abstract Optional<LocalDate> day();

  /** The period written, for a one-off {@link Kind#WITHIN} or {@link Kind#BY_END}; never a single day. */
  public abstract Optional<Period> period();

  /**
   * How it recurs: every month, quarter, half year or year, each occurrence due by its end ({@link
   * Kind#WITHIN}, {@code DueRule.daysAfterEnd(0)}), or on, before or by a day of the month ({@code
   * DueRule.dayOfMonthAfter(0, d)}, monthly) or of the year ({@code DueRule.onDate(date, 0)}, yearly).
   */
  public abstract Optional<Recurrence> recurrence();

  /** {@link Qualifier#EXPECTED} ("dự kiến") and {@link Qualifier#ASPIRATIONAL} ("phấn đấu") only. */
  public abstract ImmutableSet<Qualifier> qualifiers();

  /** The last day on which a one-off task is on time; empty for a recurring or ongoing one. */
  public Optional<LocalDate> due() {
    if (day().isPresent()) {
      return Optional.of(kind() == Kind.BEFORE_DAY ? day().get().minusDays(1) : day().get());
    }
    return period().map(Period::end);
  }

  /** Whether the deadline says the task has no end. */
  public boolean isOngoing() {
    return kind() == Kind.ONGOING;
  }

  static ImmutableDeadline.Builder builder() {
    return ImmutableDeadline.builder();
  }

  @Value.Check
  void check() {
    for (Qualifier q : qualifiers()) {
      Check.argument(q == Qualifier.EXPECTED || q == Qualifier.ASPIRATIONAL,
          "deadline '%s': qualifier %s does not suit a deadline", text(), q);
    }
    int present = (day().isPresent() ? 1 : 0) + (period().isPresent() ? 1 : 0) + (recurrence().isPresent() ? 1 : 0);
    if (kind() == Kind.ONGOING) {
      Check.argument(present == 0, "deadline '%s': an ongoing task has no day, period or recurrence", text());
      return;
    }
    Check.argument(present == 1, "deadline '%s': give exactly one of a day, a period or a recurrence", text());
    boolean dayKind = kind() == Kind.ON_DAY || kind() == Kind.BEFORE_DAY || kind() == Kind.BY_DAY;
    if (recurrence().isPresent()) {
      Check.argument(dayShape(recurrence().get(), kind()) != null,
          "deadline '%s': %s cannot be worded as %s", text(), recurrence().get(), kind());
    } else if (dayKind) {
      Check.argument(day().isPresent(), "deadline '%s': %s needs a day", text(), kind());
    } else {
      Check.argument(period().isPresent() && period().get().granularity() != Period.Granularity.DAY,
          "deadline '%s': %s needs a period longer than a day", text(), kind());
    }
  }

  /**
   * The day of a recurring deadline as written, or null when {@code recurrence} is not one {@code
   * kind} words: for {@link Kind#WITHIN} the recurrence itself (due by each occurrence's end); for
   * a day kind the day of the month (an Integer, monthly) or of the year (a {@code MonthDay},
   * yearly) that the text names, the day after the due day for {@link Kind#BEFORE_DAY}.
   */
  static Object dayShape(Recurrence recurrence, Kind kind) {
    DueRule rule = recurrence.due();
    switch (kind) {
      case WITHIN:
        return recurrence.frequency() != Frequency.ANNUAL_DAY && rule.equals(DueRule.daysAfterEnd(0)) ? recurrence : null;
      case ON_DAY:
      case BY_DAY:
      case BEFORE_DAY:
        int shift = kind == Kind.BEFORE_DAY ? 1 : 0;
        if (recurrence.frequency() == Frequency.MONTHLY && rule.kind() == DueRule.Kind.DAY_OF_MONTH_AFTER
            && rule.offset() == 0 && rule.day() + shift <= 31) {
          return rule.day() + shift;
        }
        if (recurrence.frequency() == Frequency.YEARLY && rule.kind() == DueRule.Kind.ON_DATE && rule.offset() == 0) {
          LocalDate written = rule.date().atYear(2001).plusDays(shift);   // 2001: not a leap year
          boolean sameEveryYear = !(shift == 1 && rule.month() == 2 && rule.day() == 28);
          return written.getYear() == 2001 && sameEveryYear ? java.time.MonthDay.from(written) : null;
        }
        return null;
      default:
        return null;
    }
  }
}
