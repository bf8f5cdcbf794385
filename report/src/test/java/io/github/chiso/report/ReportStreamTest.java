package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.json.ResultsCsv;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.RollupRule;
import io.github.chiso.model.Target;
import io.github.chiso.model.TextStatus;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportStreamTest {
  private static final Hierarchy DONG_NAI = Seeds.dongNai();

  @Test
  void theSeedsStreamedGiveTheSameReport() {
    Plan plan = Seeds.seed001Plan();
    String csv = ResultsCsv.write(Seeds.seed001Results());
    List<Result> results = ResultsCsv.read(csv);
    ReportStream stream = ReportStream.of(plan, DONG_NAI);
    ResultsCsv.stream(new java.io.StringReader(csv), stream);
    ReportData streamed = stream.report();
    assertSameReport(streamed, ReportData.of(plan, DONG_NAI, results));
    assertThat(streamed.resultCount()).isEqualTo(results.size());
  }

  /**
   * Two paths agree: any result set — duplicates with equal or different values, ties on the as-of
   * day, rows after the report's date, text, parts above the whole, negative and above-100 values,
   * unknown units and indicators, bodies, indicators summed or averaged over periods — gives the same
   * verdicts, rollups, gaps, pace, findings and written report through a {@link ReportStream} as
   * through {@link ReportData#of(Plan, Hierarchy, List, LocalDate)}.
   */
  @Test
  void streamingGivesTheReportOfEveryResult() {
    Property.forAll("a streamed report equals the report of the list", Gen.longs(0, Long.MAX_VALUE).map(Case::new))
        .tries(150)
        .verify(c -> {
          ReportStream stream = ReportStream.of(c.plan, DONG_NAI);
          c.results.forEach(stream);
          ReportData streamed = c.asOf.map(stream::report).orElseGet(stream::report);
          ReportData listed = c.asOf.map(d -> ReportData.of(c.plan, DONG_NAI, c.results, d))
              .orElseGet(() -> ReportData.of(c.plan, DONG_NAI, c.results));
          assertSameReport(streamed, listed);
          assertThat(streamed.resultCount()).isEqualTo(c.results.size());
        });
  }

  @Test
  void onlyTheRowsThatDecideSomethingBecomeObjects() {
    Plan plan = Seeds.seed001Plan();
    Indicator indicator = plan.targets().get(0).indicator();
    String unit = DONG_NAI.units().get(DONG_NAI.units().size() - 1).code();
    ReportStream stream = ReportStream.of(plan, DONG_NAI);
    for (int day = 1; day <= 28; day++) {
      stream.accept(Result.builder().indicatorCode(indicator.code()).subjectCode(unit).period(Period.month(2022, 2))
          .asOf(LocalDate.of(2022, 2, day)).reading(Reading.decimal(BigDecimal.valueOf(day))).build());
    }
    ReportData report = stream.report();
    assertThat(report.resultCount()).isEqualTo(28);
    assertThat(report.results()).extracting(Result::asOf)
        .containsExactly(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28));
  }

  static void assertSameReport(ReportData streamed, ReportData listed) {
    assertThat(streamed.asOf()).isEqualTo(listed.asOf());
    assertThat(streamed.assessments()).isEqualTo(listed.assessments());
    assertThat(streamed.gaps()).isEqualTo(listed.gaps());
    assertThat(streamed.findings()).isEqualTo(listed.findings());
    assertThat(streamed.otherResults()).isEqualTo(listed.otherResults());
    assertThat(streamed.rollupRefusals()).isEqualTo(listed.rollupRefusals());
    assertThat(streamed.rollups().stream().map(r -> List.<Object>of(r.assessment(), r.cell(), r.sourceTier(), r.standsIn())))
        .containsExactlyElementsOf(listed.rollups().stream()
            .map(r -> List.<Object>of(r.assessment(), r.cell(), r.sourceTier(), r.standsIn())).collect(Collectors.toList()));
    assertThat(streamed.pace().stream().map(p -> List.<Object>of(p.target().code(), p.subjectCode(), p.pace(), p.reason())))
        .containsExactlyElementsOf(listed.pace().stream()
            .map(p -> List.<Object>of(p.target().code(), p.subjectCode(), p.pace(), p.reason())).collect(Collectors.toList()));
    assertThat(streamed.unitTables().stream().map(UnitTable::ranked))
        .containsExactlyElementsOf(listed.unitTables().stream().map(UnitTable::ranked).collect(Collectors.toList()));
    assertThat(streamed.scorecard()).isEqualTo(listed.scorecard());
    for (Language language : Language.values()) {
      ReportOptions options = ReportOptions.of(language).withGeneratedOn(LocalDate.of(2026, 1, 1));
      assertThat(text(streamed, options)).isEqualTo(text(listed, options));
      assertThat(csv(streamed, options)).isEqualTo(csv(listed, options));
    }
  }

  private static String text(ReportData data, ReportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextReport.print(data, options, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String csv(ReportData data, ReportOptions options) {
    StringWriter out = new StringWriter();
    CsvReport.write(data, options, out);
    return out.toString();
  }

  /** A plan (seed 001, its indicators combined over periods by one rule) and results drawn from a seed. */
  static final class Case {
    final Plan plan;
    final List<Result> results;
    final Optional<LocalDate> asOf;
    private final long seed;

    Case(long seed) {
      this.seed = seed;
      Random random = new Random(seed);
      PeriodRollup overPeriods = PeriodRollup.values()[random.nextInt(PeriodRollup.values().length)];
      Plan seed001 = Seeds.seed001Plan();
      List<Target> targets = new ArrayList<>();
      for (Target target : seed001.targets()) {
        Indicator indicator = target.indicator();
        targets.add(Target.builder().from(target).indicator(Indicator.builder().from(indicator)
            .rollup(RollupRule.of(indicator.rollup().overUnits(), overPeriods)).build()).build());
      }
      this.plan = Plan.builder().from(seed001).targets(targets).build();
      List<String> subjects = new ArrayList<>();
      DONG_NAI.units().forEach(u -> subjects.add(u.code()));
      DONG_NAI.bodies().stream().map(Subject::code).forEach(subjects::add);
      subjects.add("NOT-A-UNIT");
      List<String> indicators = new ArrayList<>(plan.indicators().keySet());
      indicators.add("NOT-AN-INDICATOR");
      List<Period> periods = List.of(Period.month(2022, 1), Period.month(2022, 2), Period.month(2022, 7),
          Period.quarter(2022, 1), Period.quarter(2022, 3), Period.year(2022), Period.month(2023, 1));
      List<Result> out = new ArrayList<>();
      for (Result seedResult : Seeds.seed001Results()) {
        if (random.nextInt(3) > 0) {
          out.add(seedResult);
        }
      }
      int more = random.nextInt(80);
      for (int k = 0; k < more; k++) {
        if (!out.isEmpty() && random.nextInt(6) == 0) {
          Result copied = out.get(random.nextInt(out.size()));
          Reading other = reading(random);
          out.add(random.nextBoolean() ? copied : Result.builder().from(copied).reading(other)
              .qualifiers(other.kind() == Reading.Kind.TEXT ? List.of() : copied.qualifiers()).build());
          continue;
        }
        Period period = periods.get(random.nextInt(periods.size()));
        Result.Builder result = Result.builder()
            .indicatorCode(indicators.get(random.nextInt(random.nextBoolean() ? indicators.size() : 2)))
            .subjectCode(random.nextInt(4) == 0 ? subjects.get(random.nextInt(subjects.size()))
                : DONG_NAI.units().get(DONG_NAI.units().size() - 1 - random.nextInt(Math.min(6, DONG_NAI.units().size()))).code())
            .period(period)
            .asOf(period.end().minusDays(random.nextInt(3) * 10L))
            .reading(reading(random));
        if (random.nextInt(15) == 0) {
          result.note("ghi chú");
        }
        Result built = result.build();
        if (built.reading().kind() != Reading.Kind.TEXT && random.nextInt(8) == 0) {
          built = Result.builder().from(built).addQualifiers(io.github.chiso.model.Qualifier.APPROXIMATE).build();
        }
        out.add(built);
      }
      if (random.nextBoolean()) {
        Collections.shuffle(out, random);
      }
      this.results = out;
      this.asOf = random.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(2022, 1 + random.nextInt(12), 15));
    }

    private static Reading reading(Random random) {
      switch (random.nextInt(7)) {
        case 0:
          return Reading.text(TextStatus.NOT_AVAILABLE, "đang tổng hợp");
        case 1:
          long whole = 1 + random.nextInt(40);
          return Reading.fraction(random.nextInt(45), whole);
        case 2:
          long parts = 1 + random.nextInt(40);
          long numerator = random.nextInt((int) parts + 1);
          return Reading.fraction(numerator, parts, BigDecimal.valueOf(100 * numerator / parts));
        case 3:
          return Reading.decimal(BigDecimal.valueOf(random.nextInt(300) - 20, random.nextInt(3)));
        case 4:
          return Reading.decimal(new BigDecimal("1E+2"));
        default:
          return Reading.decimal(BigDecimal.valueOf(random.nextInt(101)));
      }
    }

    @Override
    public String toString() {
      return "Case{seed " + seed + ", " + results.size() + " results, as of " + asOf + ", plan rolling "
          + plan.targets().get(0).indicator().rollup() + "}";
    }
  }
}
