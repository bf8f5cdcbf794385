package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Recurrence;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.testkit.property.Source;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Every deadline written in either language reads back to an equal deadline. */
class DeadlinePropertiesTest {
  private static final Deadline.Kind[] DAY_KINDS = {Deadline.Kind.ON_DAY, Deadline.Kind.BEFORE_DAY, Deadline.Kind.BY_DAY};

  private static int between(Source s, int min, int max) {
    return min + (int) s.draw(max - min);
  }

  private static LocalDate day(Source s) {
    return LocalDate.of(between(s, 2000, 2035), 1, 1).plusDays(s.draw(364));
  }

  private static Period period(Source s) {
    int year = between(s, 2000, 2035);
    switch ((int) s.draw(6)) {
      case 0:
        return Period.year(year);
      case 1:
        return Period.quarter(year, between(s, 1, 4));
      case 2:
        return Period.month(year, between(s, 1, 12));
      case 3:
        return Period.half(year, between(s, 1, 2));
      case 4:
        int months = between(s, 1, 12);
        return s.draw(1) == 0 ? Period.range(LocalDate.of(year, 1, 1), YearMonth.of(year, months).atEndOfMonth())
            : Period.range(LocalDate.of(year, 13 - months, 1), LocalDate.of(year, 12, 31));
      case 5:
        return Period.range(LocalDate.of(year, 1, 1), LocalDate.of(year + between(s, 1, 5), 12, 31));
      default:
        LocalDate start = day(s);
        return Period.range(start, start.plusDays(between(s, 1, 400)));
    }
  }

  static final Gen<Deadline> DEADLINES = s -> {
    ImmutableDeadline.Builder d = Deadline.builder().text("generated");
    if (s.draw(3) == 0) {
      d.addQualifiers(Qualifier.EXPECTED);
    }
    if (s.draw(5) == 0) {
      d.addQualifiers(Qualifier.ASPIRATIONAL);
    }
    switch ((int) s.draw(4)) {
      case 0:
        return d.kind(DAY_KINDS[(int) s.draw(2)]).day(day(s)).build();
      case 1:
        return d.kind(s.draw(1) == 0 ? Deadline.Kind.WITHIN : Deadline.Kind.BY_END).period(period(s)).build();
      case 2:
        Frequency f = new Frequency[] {Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.HALF_YEARLY, Frequency.YEARLY}[(int) s.draw(3)];
        return d.kind(Deadline.Kind.WITHIN).recurrence(Recurrence.of(f, DueRule.daysAfterEnd(0))).build();
      case 3:
        Deadline.Kind kind = DAY_KINDS[(int) s.draw(2)];
        if (s.draw(1) == 0) {
          int dom = between(s, 1, kind == Deadline.Kind.BEFORE_DAY ? 30 : 31);
          return d.kind(kind).recurrence(Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(0, dom))).build();
        }
        MonthDay date = MonthDay.from(LocalDate.of(2001, 1, 1).plusDays(s.draw(kind == Deadline.Kind.BEFORE_DAY ? 363 : 364)));
        if (kind == Deadline.Kind.BEFORE_DAY && date.equals(MonthDay.of(2, 28))) {
          date = MonthDay.of(2, 27);
        }
        return d.kind(kind).recurrence(Recurrence.of(Frequency.YEARLY, DueRule.onDate(date, 0))).build();
      default:
        return d.kind(Deadline.Kind.ONGOING).build();
    }
  };

  /** Checked against writing "đến ngày" for BEFORE_DAY and "quý III" for the fourth quarter: both fail. */
  @Test
  void formatThenParseGivesAnEqualDeadline() {
    Property.forAll("deadline format then parse", DEADLINES).tries(2000).verify(d -> {
      for (Language language : Language.values()) {
        String text = DeadlineText.format(d, language);
        Deadline read = DeadlineText.parse(text);
        assertThat(read).as(text).isEqualTo(d);
        assertThat(read.due()).as(text).isEqualTo(d.due());
      }
    });
  }
}
