package io.github.chiso.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Group;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Period;
import io.github.chiso.model.Recurrence;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
  private static final Recurrence MONTHLY_BY_5TH = Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(1, 5));

  @Test
  void theFifthOfTheFollowingMonth() {
    assertThat(MONTHLY_BY_5TH.dueDate(Period.month(2025, 3))).isEqualTo(LocalDate.of(2025, 4, 5));
    assertThat(MONTHLY_BY_5TH.dueDate(Period.month(2025, 12))).isEqualTo(LocalDate.of(2026, 1, 5));
    Recurrence quarterly = Recurrence.of(Frequency.QUARTERLY, DueRule.dayOfMonthAfter(1, 5));
    assertThat(quarterly.dueDate(Period.quarter(2025, 4))).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void aDayBeyondTheMonthIsItsLastDay() {
    Recurrence endOfNextMonth = Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(1, 31));
    assertThat(endOfNextMonth.dueDate(Period.month(2025, 3))).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(endOfNextMonth.dueDate(Period.month(2024, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(endOfNextMonth.dueDate(Period.month(2025, 1))).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void daysAfterTheEndCrossLeapDays() {
    Recurrence thirty = Recurrence.of(Frequency.MONTHLY, DueRule.daysAfterEnd(30));
    assertThat(thirty.dueDate(Period.month(2024, 1))).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(thirty.dueDate(Period.month(2025, 1))).isEqualTo(LocalDate.of(2025, 3, 2));
    assertThat(Recurrence.of(Frequency.YEARLY, DueRule.daysAfterEnd(0)).dueDate(Period.year(2025)))
        .isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void everySixMonthsIsJanuaryToJuneAndJulyToDecember() {
    Recurrence halves = Recurrence.of(Frequency.HALF_YEARLY, DueRule.dayOfMonthAfter(0, 15));
    Period first = Period.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    Period second = Period.range(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
    assertThat(halves.occurrences(Period.range(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 3, 31))))
        .containsExactly(first, second);
    assertThat(halves.dueDate(first)).isEqualTo(LocalDate.of(2025, 6, 15));
    assertThat(halves.dueDate(second)).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(halves.isOccurrence(Period.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 29)))).isFalse();
    assertThat(halves.isOccurrence(Period.quarter(2025, 1))).isFalse();
    assertThatThrownBy(() -> halves.dueDate(Period.year(2025))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void byFifteenthDecemberOfTheYear() {
    Recurrence yearly = Recurrence.of(Frequency.YEARLY, DueRule.onDate(MonthDay.of(12, 15), 0));
    assertThat(yearly.dueDate(Period.year(2025))).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(Recurrence.of(Frequency.YEARLY, DueRule.onDate(MonthDay.of(1, 31), 1)).dueDate(Period.year(2025)))
        .isEqualTo(LocalDate.of(2026, 1, 31));
  }

  @Test
  void aFixedDayEachYear() {
    Recurrence june30 = Recurrence.annually(MonthDay.of(6, 30), DueRule.daysAfterEnd(0));
    Period window = Period.range(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30));
    assertThat(june30.occurrences(window)).containsExactly(Period.day(LocalDate.of(2025, 6, 30)),
        Period.day(LocalDate.of(2026, 6, 30)));
    assertThat(june30.dueDate(Period.day(LocalDate.of(2025, 6, 30)))).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThatThrownBy(() -> june30.dueDate(Period.day(LocalDate.of(2025, 6, 29))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("2025-06-29 is not an occurrence");
  }

  @Test
  void occurrencesLieWhollyWithinTheWindow() {
    Period window = Period.range(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 7, 31));
    assertThat(MONTHLY_BY_5TH.occurrences(window)).extracting(Period::toString)
        .containsExactly("2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07");
    assertThat(Recurrence.of(Frequency.QUARTERLY, DueRule.daysAfterEnd(5)).occurrences(window))
        .extracting(Period::toString).containsExactly("2025-Q2");
    assertThat(MONTHLY_BY_5TH.occurrences(Period.year(2025))).hasSize(12);
    assertThat(MONTHLY_BY_5TH.occurrences(Period.month(9999, 12))).containsExactly(Period.month(9999, 12));
    assertThat(Recurrence.of(Frequency.YEARLY, DueRule.daysAfterEnd(5)).occurrences(window)).isEmpty();
  }

  @Test
  void invariantsNameTheValue() {
    assertThatThrownBy(() -> DueRule.daysAfterEnd(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> DueRule.dayOfMonthAfter(1, 32)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("32");
    assertThatThrownBy(() -> DueRule.onDate(MonthDay.of(2, 29), 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2-29");
    assertThatThrownBy(() -> Recurrence.annually(MonthDay.of(2, 29), DueRule.daysAfterEnd(0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("02-29");
    assertThatThrownBy(() -> Recurrence.of(Frequency.ANNUAL_DAY, DueRule.daysAfterEnd(0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("ANNUAL_DAY");
    assertThatThrownBy(() -> Recurrence.of(Frequency.MONTHLY, DueRule.onDate(MonthDay.of(12, 15), 0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("only yearly");
    Recurrence early = Recurrence.annually(MonthDay.of(6, 30), DueRule.onDate(MonthDay.of(6, 1), 0));
    assertThatThrownBy(() -> early.dueDate(Period.day(LocalDate.of(2025, 6, 30))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("before it starts");
    assertThatThrownBy(() -> ReportingRequirement.of("R", Reporters.of(Tier.COMMUNE), List.of("A"), early, Period.year(2025)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("before it starts");
    assertThatThrownBy(() -> ReportingRequirement.of("R", Reporters.of(Tier.COMMUNE), List.of("A", "A"), MONTHLY_BY_5TH,
        Period.year(2025))).isInstanceOf(InvalidValueException.class).hasMessageContaining("'A' is listed twice");
    assertThatThrownBy(() -> Reporters.codes(List.of())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("neither");
  }

  @Test
  void reportersResolveInTheHierarchysOrder() {
    Hierarchy h = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01,
        List.of(AdminUnit.of("75", "Đồng Nai", Tier.PROVINCE), AdminUnit.of("79", "TP HCM", Tier.PROVINCE),
            AdminUnit.of("26002", "Xã B", Tier.COMMUNE, "75"), AdminUnit.of("26001", "Xã A", Tier.COMMUNE, "75"),
            AdminUnit.of("27001", "Phường C", Tier.COMMUNE, "79")),
        List.of(Body.of("STTTT", "Sở TT", BodyKind.DEPARTMENT, "75"), Body.of("SNV", "Sở NV", BodyKind.DEPARTMENT, "79")));
    assertThat(Reporters.of(Tier.COMMUNE).resolve(h)).extracting(Subject::code).containsExactly("26001", "26002", "27001");
    assertThat(Reporters.of(Group.of("75", Scope.of(Tier.COMMUNE))).resolve(h)).extracting(Subject::code)
        .containsExactly("26001", "26002");
    assertThat(Reporters.of(Group.of("75", Scope.of(BodyKind.DEPARTMENT))).resolve(h)).extracting(Subject::code)
        .containsExactly("STTTT");
    assertThat(Reporters.codes("STTTT", "27001", "75").resolve(h)).extracting(Subject::code)
        .containsExactly("75", "27001", "STTTT");
    ReportingRequirement unknown = ReportingRequirement.of("R9", Reporters.codes("99"), List.of("A"), MONTHLY_BY_5TH,
        Period.year(2025));
    assertThatThrownBy(() -> unknown.reporters(h)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("requirement R9").hasMessageContaining("'99'");
  }
}
