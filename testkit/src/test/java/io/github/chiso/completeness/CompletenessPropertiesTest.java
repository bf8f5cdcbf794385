package io.github.chiso.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.bulk.BulkCompleteness;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Group;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Recurrence;
import io.github.chiso.schedule.Reporters;
import io.github.chiso.schedule.ReportingRequirement;
import io.github.chiso.schedule.ReportingSchedule;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.ChisoSchemas;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.testkit.property.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Laws of completeness on random hierarchies (both tier schemes, with departments), random schedules
 * (every reporter form, frequency and due rule, windows cutting periods), random results (early,
 * on the due day, late, after the judging day, corrections, text only, other periods and indicators)
 * and random judging days. Each law names the mutation it was checked against.
 */
class CompletenessPropertiesTest {
  private static final List<String> INDICATORS = List.of("I0", "I1", "I2");
  private static final List<Period> WINDOWS = List.of(Period.year(2025), Period.quarter(2025, 1),
      Period.range(LocalDate.of(2024, 11, 15), LocalDate.of(2025, 6, 30)), Period.month(2025, 2),
      Period.range(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));

  record Case(Hierarchy hierarchy, ReportingSchedule schedule, List<Result> results, LocalDate judgedOn, int threads) {
    @Override
    public String toString() {
      return "Case{" + hierarchy + " " + hierarchy.units() + " " + hierarchy.bodies() + ", schedule "
          + schedule.requirements() + ", judged " + judgedOn + ", threads " + threads + ", results " + results.size()
          + " " + results.stream().map(r -> r + " asOf " + r.asOf()).toList() + "}";
    }
  }

  private static <T> T pick(Source source, List<T> options) {
    return options.get((int) source.draw(options.size() - 1));
  }

  private static Recurrence recurrence(Source source) {
    Frequency frequency = pick(source, List.of(Frequency.values()));
    long rule = source.draw(2);
    DueRule due = rule == 0 ? DueRule.daysAfterEnd((int) source.draw(40))
        : rule == 1 || frequency == Frequency.MONTHLY || frequency == Frequency.QUARTERLY || frequency == Frequency.HALF_YEARLY
            ? DueRule.dayOfMonthAfter((frequency == Frequency.ANNUAL_DAY ? 1 : 0) + (int) source.draw(2),
                1 + (int) source.draw(30))
            : DueRule.onDate(MonthDay.of(1 + (int) source.draw(11), 1 + (int) source.draw(27)),
                frequency == Frequency.ANNUAL_DAY ? 1 : (int) source.draw(1));
    if (frequency == Frequency.ANNUAL_DAY) {
      return Recurrence.annually(MonthDay.of(1 + (int) source.draw(11), 1 + (int) source.draw(27)), due);
    }
    return Recurrence.of(frequency, due);
  }

  private static Reporters reporters(Source source, Hierarchy h, boolean bodies) {
    long form = source.draw(3);
    Scope scope = bodies && source.draw(3) == 0 ? Scope.of(BodyKind.DEPARTMENT) : Scope.of(pick(source, h.scheme().tiers()));
    if (form == 0) {
      return Reporters.of(scope);
    }
    if (form == 1) {
      return Reporters.of(Group.of(pick(source, h.units()).code(), scope));
    }
    List<Subject> all = new ArrayList<>(h.units());
    if (bodies) {
      all.addAll(h.bodies());
    }
    List<String> codes = new ArrayList<>();
    for (Subject subject : all) {
      if (source.draw(2) == 0) {
        codes.add(subject.code());
      }
    }
    if (codes.isEmpty()) {
      codes.add(pick(source, all).code());
    }
    java.util.Collections.reverse(codes);
    return Reporters.codes(codes);
  }

  private static Case generate(Source source, boolean bodies) {
    TierScheme scheme = source.draw(1) == 0 ? TierScheme.VIETNAM_2021_2025 : TierScheme.VIETNAM_FROM_2025_07_01;
    Hierarchy h = (bodies ? ChisoGen.hierarchiesWithBodies(scheme, 3, 3) : ChisoGen.hierarchies(scheme, 3, 3))
        .generate(source);
    List<ReportingRequirement> requirements = new ArrayList<>();
    for (int r = 0; r <= source.draw(2); r++) {
      List<String> indicators = new ArrayList<>();
      for (String code : INDICATORS) {
        if (indicators.isEmpty() || source.draw(2) == 0) {
          indicators.add(code);
        }
      }
      requirements.add(ReportingRequirement.of("R" + r, reporters(source, h, bodies), indicators, recurrence(source),
          pick(source, WINDOWS)));
    }
    ReportingSchedule schedule = ReportingSchedule.of(requirements);
    List<Period> periods = new ArrayList<>();
    for (ReportingRequirement requirement : requirements) {
      periods.addAll(requirement.periods());
    }
    periods.add(Period.year(2025));
    periods.add(Period.month(2025, 2));
    List<Subject> subjects = new ArrayList<>(h.units());
    subjects.addAll(h.bodies());
    List<Result> results = new ArrayList<>();
    for (Subject subject : subjects) {
      for (Period period : periods) {
        if (source.draw(3) == 0) {
          continue;
        }
        LocalDate due = period.end().plusDays(5);
        for (String indicator : INDICATORS) {
          if (source.draw(5) == 0) {
            continue;
          }
          for (int copy = 0; copy <= (source.draw(6) == 0 ? 1 : 0); copy++) {
            LocalDate asOf = due.plusDays(source.draw(70) - 35);
            Reading reading = source.draw(6) == 0 ? Reading.text(TextStatus.IN_PROGRESS, "đang làm")
                : Reading.decimal(BigDecimal.valueOf(source.draw(100)));
            results.add(Result.builder().indicatorCode(indicator).subjectCode(subject.code()).period(period)
                .asOf(asOf).reading(reading).build());
          }
        }
      }
    }
    LocalDate judgedOn = LocalDate.of(2024, 12, 1).plusDays(source.draw(500));
    return new Case(h, schedule, results, judgedOn, 1 + (int) source.draw(7));
  }

  private static final Gen<Case> WITH_BODIES = source -> generate(source, true);
  private static final Gen<Case> UNITS_ONLY = source -> generate(source, false);

  // ---- the oracle: the contract restated, computed without the library's code ----

  private static LocalDate dueRestated(Recurrence recurrence, Period period) {
    DueRule rule = recurrence.due();
    switch (rule.kind()) {
      case DAYS_AFTER_END:
        return period.end().plusDays(rule.offset());
      case DAY_OF_MONTH_AFTER:
        YearMonth month = YearMonth.of(period.end().getYear(), period.end().getMonth()).plusMonths(rule.offset());
        return month.atDay(Math.min(rule.day(), month.lengthOfMonth()));
      default:
        return LocalDate.of(period.end().getYear() + rule.offset(), rule.month(), rule.day());
    }
  }

  private static List<Period> periodsRestated(Recurrence recurrence, Period window) {
    List<Period> out = new ArrayList<>();
    for (LocalDate d = window.start(); !d.isAfter(window.end()); d = d.plusDays(1)) {
      Period p;
      switch (recurrence.frequency()) {
        case MONTHLY:
          p = Period.month(d.getYear(), d.getMonthValue());
          break;
        case QUARTERLY:
          p = Period.quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
          break;
        case HALF_YEARLY:
          p = d.getMonthValue() <= 6 ? Period.range(LocalDate.of(d.getYear(), 1, 1), LocalDate.of(d.getYear(), 6, 30))
              : Period.range(LocalDate.of(d.getYear(), 7, 1), LocalDate.of(d.getYear(), 12, 31));
          break;
        case YEARLY:
          p = Period.year(d.getYear());
          break;
        default:
          p = MonthDay.from(d).equals(recurrence.day().get()) ? Period.day(d) : null;
      }
      if (p != null && window.contains(p) && !out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static ReportStatus restated(ReportingRequirement requirement, Subject subject, Period period, Case c) {
    LocalDate due = dueRestated(requirement.recurrence(), period);
    LocalDate received = null;
    boolean complete = true;
    for (String indicator : requirement.indicatorCodes()) {
      LocalDate first = c.results().stream().filter(r -> r.subjectCode().equals(subject.code())
              && r.indicatorCode().equals(indicator) && r.period().equals(period) && !r.asOf().isAfter(c.judgedOn()))
          .map(Result::asOf).min(LocalDate::compareTo).orElse(null);
      if (first == null) {
        complete = false;
      } else if (received == null || first.isAfter(received)) {
        received = first;
      }
    }
    ReportStatus.Builder status = ReportStatus.builder().requirementCode(requirement.code()).subjectCode(subject.code())
        .period(period).due(due);
    if (complete) {
      boolean onTime = !received.isAfter(due);
      return status.received(received).state(onTime ? ReportState.ON_TIME : ReportState.LATE)
          .days(onTime ? 0 : received.toEpochDay() - due.toEpochDay()).build();
    }
    boolean overdue = c.judgedOn().isAfter(due);
    return status.state(overdue ? ReportState.MISSING : ReportState.PENDING)
        .days(overdue ? c.judgedOn().toEpochDay() - due.toEpochDay() : 0).build();
  }

  /**
   * Every report is the contract's, restated here: due dates, periods in the window, received day,
   * state and days. Checked against: on time only strictly before the due day ({@code receivedDay <
   * dueDay} in Timeliness.state), and a report received after the judging day counted as received.
   */
  @Test
  void everyReportIsWhatTheContractSays() {
    Property.forAll("completeness = restated contract", WITH_BODIES).tries(200).verify(c -> {
      Completeness completeness = Completeness.of(c.schedule(), c.hierarchy(), c.results(), c.judgedOn());
      List<ReportStatus> expected = new ArrayList<>();
      for (ReportingRequirement requirement : c.schedule().requirements()) {
        for (Subject subject : requirement.reporters().resolve(c.hierarchy())) {
          for (Period period : periodsRestated(requirement.recurrence(), requirement.window())) {
            expected.add(restated(requirement, subject, period, c));
          }
        }
      }
      assertThat(completeness.reports()).isEqualTo(expected);
    });
  }

  /**
   * Rates lie in [0, 1] and 0 ≤ on time ≤ actual ≤ expected for every subject, tier, area and the
   * total, and each subject's counts are the tally of its reports. Checked against: a late report
   * counted as on time in ReportingCounts.plus(state) (on time = actual, the tally differs).
   */
  @Test
  void ratesAreBetweenZeroAndOneAndCountsTallyTheReports() {
    Property.forAll("0 <= on time <= actual <= expected", WITH_BODIES).tries(200).verify(c -> {
      Completeness completeness = Completeness.of(c.schedule(), c.hierarchy(), c.results(), c.judgedOn());
      List<ReportingCounts> all = new ArrayList<>();
      for (Subject subject : completeness.reporters()) {
        ReportingCounts counts = completeness.counts(subject.code());
        all.add(counts);
        Map<ReportState, Long> tally = new HashMap<>();
        completeness.reports().stream().filter(r -> r.subjectCode().equals(subject.code()))
            .forEach(r -> tally.merge(r.state(), 1L, Long::sum));
        long onTime = tally.getOrDefault(ReportState.ON_TIME, 0L);
        long late = tally.getOrDefault(ReportState.LATE, 0L);
        long missing = tally.getOrDefault(ReportState.MISSING, 0L);
        assertThat(counts).as("%s", subject).isEqualTo(ReportingCounts.of(onTime + late + missing, onTime + late, onTime,
            tally.getOrDefault(ReportState.PENDING, 0L)));
      }
      c.hierarchy().units().forEach(u -> all.add(completeness.countsWithin(u.code())));
      c.hierarchy().scheme().tiers().forEach(t -> all.add(completeness.countsOf(Scope.of(t))));
      all.add(completeness.total());
      for (ReportingCounts counts : all) {
        assertThat(counts.onTime()).isBetween(0L, counts.actual());
        assertThat(counts.actual()).isLessThanOrEqualTo(counts.expected());
        for (Rational rate : List.of(counts.reportingRate(), counts.onTimeRate()).stream()
            .flatMap(java.util.Optional::stream).toList()) {
          assertThat(rate.signum()).isNotNegative();
          assertThat(rate.compareTo(Rational.ONE)).isNotPositive();
        }
        assertThat(counts.reportingRate().isPresent()).isEqualTo(counts.expected() > 0);
      }
    });
  }

  /**
   * An area's counts are the sum of its subjects' own counts (units in it and bodies whose
   * jurisdiction is in it), the roots' areas add up to the total, and the tiers' counts with the body
   * kinds' add up to the total too. Checked against: Completeness.rollUp leaving out the bodies of a
   * unit.
   */
  @Test
  void rollupOfCountsEqualsCountsOverTheLeaves() {
    Property.forAll("area counts = sum over its subjects", WITH_BODIES).tries(200).verify(c -> {
      Completeness completeness = Completeness.of(c.schedule(), c.hierarchy(), c.results(), c.judgedOn());
      Hierarchy h = c.hierarchy();
      for (AdminUnit area : h.units()) {
        ReportingCounts sum = ReportingCounts.ZERO;
        for (AdminUnit unit : h.units()) {
          if (h.isWithin(unit.code(), area.code())) {
            sum = sum.plus(completeness.counts(unit.code()));
          }
        }
        for (Body body : h.bodies()) {
          if (h.isWithin(body.jurisdiction(), area.code())) {
            sum = sum.plus(completeness.counts(body.code()));
          }
        }
        assertThat(completeness.countsWithin(area.code())).as("area of %s", area).isEqualTo(sum);
      }
      ReportingCounts roots = h.roots().stream().map(r -> completeness.countsWithin(r.code()))
          .reduce(ReportingCounts.ZERO, ReportingCounts::plus);
      assertThat(roots).isEqualTo(completeness.total());
      ReportingCounts scopes = h.scheme().tiers().stream().map(t -> completeness.countsOf(Scope.of(t)))
          .reduce(completeness.countsOf(Scope.of(BodyKind.DEPARTMENT)), ReportingCounts::plus);
      assertThat(scopes).isEqualTo(completeness.total());
    });
  }

  /**
   * The bulk path gives the object path's reports, counts, areas, tier counts and ranking, on any
   * number of threads. Checked against: BulkCompleteness.province keeping the latest as-of of an
   * indicator's rows instead of the earliest (a correction then makes an on-time report late).
   */
  @Test
  void bulkEqualsObject() {
    Property.forAll("bulk completeness = object completeness", UNITS_ONLY).tries(200).verify(c -> {
      Completeness expected = Completeness.of(c.schedule(), c.hierarchy(), c.results(), c.judgedOn());
      List<Indicator> indicators = new ArrayList<>();
      for (String code : INDICATORS) {
        indicators.add(Indicator.of(code, "Chỉ tiêu " + code, Measure.COUNT, Area.DIGITAL_GOVERNMENT));
      }
      BulkResults bulk = BulkResults.builder(c.hierarchy(), indicators).addAll(c.results()).build();
      BulkCompleteness actual = BulkCompleteness.of(bulk, c.schedule(), c.judgedOn(), c.threads());
      assertThat(actual.size()).isEqualTo(expected.reports().size());
      for (int i = 0; i < actual.size(); i++) {
        assertThat(actual.report(i)).isEqualTo(expected.reports().get(i));
      }
      for (AdminUnit unit : c.hierarchy().units()) {
        assertThat(actual.counts(unit.code())).as("own %s", unit).isEqualTo(expected.counts(unit.code()));
        assertThat(actual.countsWithin(unit.code())).as("area %s", unit).isEqualTo(expected.countsWithin(unit.code()));
      }
      for (Tier tier : c.hierarchy().scheme().tiers()) {
        assertThat(actual.countsOf(Scope.of(tier))).isEqualTo(expected.countsOf(Scope.of(tier)));
        assertThat(actual.mostMissing(Scope.of(tier), 3)).isEqualTo(expected.mostMissing(Scope.of(tier), 3));
      }
      assertThat(actual.total()).isEqualTo(expected.total());
      assertThat(actual.mostMissing(100)).isEqualTo(expected.mostMissing(100));
      assertThat(actual.count(ReportState.LATE)).isEqualTo(expected.reports(ReportState.LATE).size());
    });
  }

  /**
   * What is written reads back equal, and matches the schema. Checked against: ScheduleJson.due
   * writing monthsAfter from the day field.
   */
  @Test
  void schedulesRoundTripThroughJson() {
    Property.forAll("schedule JSON round trip", WITH_BODIES).tries(200).verify(c -> {
      String json = ChisoJson.writeSchedule(c.schedule());
      assertThat(ChisoSchemas.schedule(json)).isEmpty();
      assertThat(ChisoJson.readSchedule(json)).isEqualTo(c.schedule());
    });
  }
}
