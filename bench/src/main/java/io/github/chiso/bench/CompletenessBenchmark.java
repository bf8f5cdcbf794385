package io.github.chiso.bench;

import io.github.chiso.bulk.BulkCompleteness;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.completeness.Completeness;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Result;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Recurrence;
import io.github.chiso.schedule.Reporters;
import io.github.chiso.schedule.ReportingRequirement;
import io.github.chiso.schedule.ReportingSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Completeness and timeliness at national scale: every commune (10,599 under three tiers, 3,321
 * under two with {@code -p scheme=TWO_TIER}) owes a monthly report of all 100 indicators for 2025 by
 * the 5th of the following month, judged on 20 January 2026. The rows are NationalData's units and
 * indicators, a result per commune, indicator and month with 5% missing, as-of dates spread from ten
 * days before to thirty days after the due day (about 12.1 M results). {@code -p provinces=1} makes
 * a tiny data set for a smoke run. Each method returns the number of reports on time, so the paths
 * can be compared.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx14g"})
public class CompletenessBenchmark {
  static final LocalDate JUDGED_ON = LocalDate.of(2026, 1, 20);

  /** The monthly schedule for 2025 of every commune, all indicators, by the 5th of the next month. */
  static ReportingSchedule schedule(List<Indicator> indicators) {
    return ReportingSchedule.of(ReportingRequirement.of("BC-THANG", Reporters.of(Tier.COMMUNE),
        indicators.stream().map(Indicator::code).toList(),
        Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(1, 5)), Period.year(2025)));
  }

  /** A result per commune, indicator and month of 2025, 5% missing, received around the due day. */
  static BulkResults rows(Hierarchy hierarchy, List<Indicator> indicators, ReportingSchedule schedule) {
    List<AdminUnit> units = hierarchy.units();
    int firstCommune = 0;
    while (!units.get(firstCommune).tier().equals(Tier.COMMUNE)) {
      firstCommune++;
    }
    Recurrence recurrence = schedule.requirements().get(0).recurrence();
    BulkResults.Builder bulk = BulkResults.builder(hierarchy, indicators, (units.size() - firstCommune) * indicators.size() * 12);
    SplittableRandom random = new SplittableRandom(2025);
    for (int m = 1; m <= 12; m++) {
      Period month = Period.month(2025, m);
      LocalDate due = recurrence.dueDate(month);
      for (int u = firstCommune; u < units.size(); u++) {
        int lateness = random.nextInt(10) == 0 ? 1 + random.nextInt(30) : -random.nextInt(11);
        for (int i = 0; i < indicators.size(); i++) {
          if (random.nextInt(100) < 5) {
            continue;
          }
          bulk.addWhole(u, i, month, due.plusDays(lateness - (random.nextInt(4) == 0 ? random.nextInt(3) : 0)),
              random.nextInt(31));
        }
      }
    }
    return bulk.build();
  }

  /** The national rows in columns. */
  @State(Scope.Benchmark)
  public static class Columns {
    @Param({"63"})
    public int provinces;

    @Param({"1", "2"})
    public int threads;

    @Param({"THREE_TIER"})
    public NationalData.Scheme scheme;

    ReportingSchedule schedule;
    BulkResults bulk;

    @Setup(Level.Trial)
    public void setUp() {
      Hierarchy hierarchy = scheme == NationalData.Scheme.THREE_TIER ? NationalData.country(provinces)
          : NationalData.twoTierCountry(Math.min(provinces, 34));
      List<Indicator> indicators = NationalData.indicators();
      schedule = schedule(indicators);
      bulk = rows(hierarchy, indicators, schedule);
      System.out.printf("%n%,d results, %,d reports expected%n", bulk.size(),
          hierarchy.unitsOf(Tier.COMMUNE).size() * 12L);
    }
  }

  /** The same rows as objects, for the object API. */
  @State(Scope.Benchmark)
  public static class Objects {
    @Param({"63"})
    public int provinces;

    @Param({"THREE_TIER"})
    public NationalData.Scheme scheme;

    ReportingSchedule schedule;
    Hierarchy hierarchy;
    List<Result> results;

    @Setup(Level.Trial)
    public void setUp() {
      hierarchy = scheme == NationalData.Scheme.THREE_TIER ? NationalData.country(provinces)
          : NationalData.twoTierCountry(Math.min(provinces, 34));
      List<Indicator> indicators = NationalData.indicators();
      schedule = schedule(indicators);
      BulkResults bulk = rows(hierarchy, indicators, schedule);
      results = new java.util.ArrayList<>(bulk.size());
      for (int r = 0; r < bulk.size(); r++) {
        results.add(bulk.result(r));
      }
    }
  }

  /** The bulk path: every report's state, the counts per unit and area, on {@code threads} threads. */
  @Benchmark
  public long bulk(Columns c) {
    return BulkCompleteness.of(c.bulk, c.schedule, JUDGED_ON, c.threads).total().onTime();
  }

  /** The object API on the same question. */
  @Benchmark
  public long objectApi(Objects o) {
    return Completeness.of(o.schedule, o.hierarchy, o.results, JUDGED_ON).total().onTime();
  }
}
