package io.github.chiso.bench;

import com.google.common.math.LongMath;
import io.github.chiso.bulk.BulkCompliance;
import io.github.chiso.bulk.BulkVerdicts;
import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.bulk.BulkRollup;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.rollup.Rollup;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One question, five ways, on the national data set (10,599 communes × 100 indicators × 12 months,
 * about 12.1 M results; or the two-tier country, 3,321 communes, with {@code -p scheme=TWO_TIER}):
 * the verdict of every commune result against its tier's threshold, the rollup of every district and
 * province for every indicator and month (ratio of sums for shares, sum for counts), and the verdict
 * of every district and province. Each method returns the number of verdicts MET, so the answers can
 * be compared (the naive one, in doubles, may differ at thresholds). {@code -p threads=1,2,4,8,16}
 * sets the threads of the bulk path, the floor and DuckDB.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx14g"})
public class NationalBenchmark {

  /** The national data in columns, the plan compiled once. */
  @State(Scope.Benchmark)
  public static class Columns {
    @Param({"1"})
    public int scale;

    @Param({"1", "2"})
    public int threads;

    @Param({"THREE_TIER"})
    public NationalData.Scheme scheme;

    NationalData data;
    CompiledPlan plan;
    byte[] rowBuffer;

    @Setup(Level.Trial)
    public void setUp() {
      load(NationalData.generate(scheme, scale));
    }

    void load(NationalData national) {
      data = national;
      plan = CompiledPlan.of(data.plan);
      rowBuffer = new byte[data.bulk.size()];
      System.out.printf("%n%,d results, %d bytes a result in columns (%,d MB)%n", data.bulk.size(),
          BulkResults.BYTES_PER_RESULT, data.bulk.bytes() >> 20);
    }
  }

  /** The national data as objects: results, each result's target and unit. */
  @State(Scope.Benchmark)
  public static class Objects {
    @Param({"THREE_TIER"})
    public NationalData.Scheme scheme;

    NationalData data;
    CompiledPlan plan;
    List<Result> results;
    Target[] target;
    AdminUnit[] unit;
    Map<String, List<Result>> byIndicatorAndPeriod;

    @Setup(Level.Trial)
    public void setUp() {
      load(NationalData.generate(scheme, 1));
    }

    void load(NationalData national) {
      data = national;
      plan = CompiledPlan.of(data.plan);
      results = data.objects();
      target = new Target[results.size()];
      unit = new AdminUnit[results.size()];
      List<AdminUnit> units = data.hierarchy.units();
      for (int r = 0; r < results.size(); r++) {
        target[r] = data.plan.targets().get(data.bulk.indicator(r));
        unit[r] = units.get(data.bulk.unit(r));
      }
      byIndicatorAndPeriod = new HashMap<>();
      for (Result r : results) {
        byIndicatorAndPeriod.computeIfAbsent(r.indicatorCode() + "|" + r.period(), k -> new ArrayList<>()).add(r);
      }
    }
  }

  /** The national data loaded into an in-process DuckDB (loading is timed here, not in the benchmark). */
  @State(Scope.Benchmark)
  public static class Duck {
    @Param({"1", "2"})
    public int threads;

    @Param({"THREE_TIER"})
    public NationalData.Scheme scheme;

    Connection connection;
    boolean districts;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      load(NationalData.generate(scheme, 1));
    }

    void load(NationalData data) throws SQLException {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      districts = data.hierarchy.scheme().tiers().size() == 3;
      try (Statement s = connection.createStatement()) {
        s.execute("SET threads TO " + Math.max(1, threads));
        s.execute("CREATE TABLE results (unit INTEGER, district INTEGER, province INTEGER, indicator SMALLINT, "
            + "month SMALLINT, kind TINYINT, num BIGINT, den BIGINT)");
        s.execute("CREATE TABLE thr (indicator SMALLINT, tier VARCHAR, bound BIGINT, pow BIGINT, strict BOOLEAN, "
            + "scale BIGINT, ratio BOOLEAN)");
      }
      long start = System.nanoTime();
      BulkResults bulk = data.bulk;
      List<AdminUnit> units = data.hierarchy.units();
      Map<String, Integer> index = new HashMap<>();
      for (int u = 0; u < units.size(); u++) {
        index.put(units.get(u).code(), u);
      }
      int[] district = new int[units.size()];
      for (int u = 0; u < units.size(); u++) {
        district[u] = units.get(u).parentCode().map(index::get).orElse(-1);
      }
      try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "results")) {
        for (int r = 0; r < bulk.size(); r++) {
          int u = bulk.unit(r);
          appender.beginRow().append(u).append(district[u]).append(data.provinceOf[u]).append((short) bulk.indicator(r))
              .append((short) bulk.period(r)).append((byte) (bulk.isText(r) ? 2 : bulk.isFraction(r) ? 1 : 0))
              .append(bulk.numerator(r)).append(bulk.denominator(r)).endRow();
        }
      }
      try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "thr")) {
        for (int i = 0; i < NationalData.INDICATORS; i++) {
          Target target = data.plan.targets().get(i);
          Indicator indicator = target.indicator();
          for (Tier tier : data.hierarchy.scheme().tiers()) {
            Threshold t = target.thresholdFor(io.github.chiso.hierarchy.Scope.of(tier)).orElseThrow();
            java.math.BigDecimal bound = t.bound();
            appender.beginRow().append((short) i).append(tier.key()).append(bound.unscaledValue().longValueExact())
                .append(LongMath.pow(10, bound.scale())).append(t.comparator() == io.github.chiso.model.Comparator.ABOVE)
                .append(indicator.measure().fractionScale().longValueExact()).append(i < NationalData.SHARES).endRow();
          }
        }
      }
      System.out.printf("%nDuckDB: %,d results loaded in %d ms%n", bulk.size(), (System.nanoTime() - start) / 1_000_000);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      connection.close();
    }
  }

  /** Chiso's bulk path: row verdicts, rollups by province, cell verdicts, on {@code threads} threads. */
  @Benchmark
  public long bulk(Columns c) {
    BulkVerdicts rows = BulkCompliance.verdicts(c.data.bulk, c.plan, c.threads, c.rowBuffer);
    BulkRollup rollup = BulkRollup.of(c.data.bulk, c.threads);
    BulkVerdicts cells = rollup.verdicts(c.plan, c.threads);
    return rows.count(Status.MET) + cells.count(Status.MET);
  }

  /** The bulk path's first phase alone: the verdict of every row. */
  @Benchmark
  public BulkVerdicts bulkRowVerdicts(Columns c) {
    return BulkCompliance.verdicts(c.data.bulk, c.plan, c.threads, c.rowBuffer);
  }

  /** The bulk path's second phase alone: the rollups for every district and province. */
  @Benchmark
  public BulkRollup bulkRollup(Columns c) {
    return BulkRollup.of(c.data.bulk, c.threads);
  }

  /**
   * Chiso's object API on the same question: Compliance.assess on every commune result, then
   * Rollups.overUnits and Rollups.assess for every indicator and month, counting district and
   * province verdicts.
   */
  @Benchmark
  public long objectApi(Objects o) {
    long met = objectApiCommuneVerdicts(o);
    for (int i = 0; i < NationalData.INDICATORS; i++) {
      Target target = o.data.plan.targets().get(i);
      for (Period period : o.data.bulk.periods()) {
        List<Result> slice = o.byIndicatorAndPeriod.getOrDefault(target.indicator().code() + "|" + period, List.of());
        Rollup rollup = Rollups.overUnits(RollupSpec.of(target.indicator(), period), o.data.hierarchy, slice);
        for (RollupCell cell : rollup.list()) {
          AdminUnit unit = o.data.hierarchy.unit(cell.code()).orElseThrow();
          if (!unit.tier().equals(Tier.COMMUNE) && Rollups.assess(target, unit, cell).status() == Status.MET) {
            met++;
          }
        }
      }
    }
    return met;
  }

  /** The object API's verdict-only call, one per commune result: no assessment is built. */
  @Benchmark
  public long objectApiVerdictOnly(Objects o) {
    long met = 0;
    for (int r = 0; r < o.results.size(); r++) {
      if (o.plan.status(o.target[r], o.unit[r], o.results.get(r)) == Status.MET) {
        met++;
      }
    }
    return met;
  }

  /** The object API's compliance evaluations alone: one per commune result. */
  @Benchmark
  public long objectApiCommuneVerdicts(Objects o) {
    long met = 0;
    for (int r = 0; r < o.results.size(); r++) {
      if (Compliance.assess(o.target[r], o.unit[r], o.results.get(r)).status() == Status.MET) {
        met++;
      }
    }
    return met;
  }

  /** DuckDB: the verdicts and rollups as a competent analyst would write them, exact with HUGEINT. */
  @Benchmark
  public long duckdb(Duck d) throws SQLException {
    long met = 0;
    try (Statement s = d.connection.createStatement()) {
      try (ResultSet rs = s.executeQuery(
          "SELECT count(*) FILTER (WHERE CASE WHEN t.strict THEN"
              + "   CAST(r.num AS HUGEINT) * (CASE WHEN r.kind = 1 THEN t.scale ELSE 1 END) * t.pow > CAST(t.bound AS HUGEINT) * r.den"
              + " ELSE CAST(r.num AS HUGEINT) * (CASE WHEN r.kind = 1 THEN t.scale ELSE 1 END) * t.pow >= CAST(t.bound AS HUGEINT) * r.den END)"
              + " FROM results r JOIN thr t ON t.indicator = r.indicator AND t.tier = 'commune' WHERE r.kind <> 2")) {
        rs.next();
        met += rs.getLong(1);
      }
      String groups = d.districts ? "GROUPING SETS ((district, indicator, month), (province, indicator, month))"
          : "province, indicator, month";
      String tier = d.districts ? "CASE WHEN GROUPING(district) = 0 THEN 'district' ELSE 'province' END" : "'province'";
      try (ResultSet rs = s.executeQuery(
          "WITH agg AS ("
              + " SELECT " + tier + " AS tier,"
              + "        indicator, month, sum(num) AS n, sum(den) AS d, count(*) AS c,"
              + "        count(*) FILTER (WHERE kind = 1) AS parts, count(*) FILTER (WHERE kind = 0) AS whole"
              + " FROM results WHERE kind <> 2"
              + " GROUP BY " + groups + ")"
              + " SELECT count(*) FILTER (WHERE CASE"
              + "   WHEN t.ratio THEN a.parts = a.c AND (CASE WHEN t.strict THEN CAST(a.n AS HUGEINT) * t.scale * t.pow > CAST(t.bound AS HUGEINT) * a.d"
              + "                                           ELSE CAST(a.n AS HUGEINT) * t.scale * t.pow >= CAST(t.bound AS HUGEINT) * a.d END)"
              + "   ELSE a.whole = a.c AND (CASE WHEN t.strict THEN CAST(a.n AS HUGEINT) * t.pow > t.bound ELSE CAST(a.n AS HUGEINT) * t.pow >= t.bound END)"
              + " END) FROM agg a JOIN thr t ON t.indicator = a.indicator AND t.tier = a.tier")) {
        rs.next();
        met += rs.getLong(1);
      }
    }
    return met;
  }

  /**
   * A naive Java-streams implementation over the objects, in doubles: commune verdicts, then a
   * grouping by district and by province of (numerator, denominator, value sum) and their verdicts.
   * Text rows and incomplete cells are skipped, as the exact paths skip them.
   */
  @Benchmark
  public long naiveStreams(Objects o) {
    Hierarchy h = o.data.hierarchy;
    List<Target> targets = o.data.plan.targets();
    long met = o.results.stream()
        .filter(r -> r.reading().kind() != Reading.Kind.TEXT)
        .filter(r -> meets(targets.get(index(r.indicatorCode())), Tier.COMMUNE, value(r)))
        .count();
    int levels = h.scheme().tiers().size() - 1;
    for (int up = 1; up <= levels; up++) {
      int steps = up;
      Map<String, double[]> sums = o.results.stream()
          .filter(r -> r.reading().kind() != Reading.Kind.TEXT)
          .collect(Collectors.groupingBy(
              r -> h.ancestors(r.subjectCode()).get(steps - 1).code() + "|" + r.indicatorCode() + "|" + r.period(),
              Collectors.reducing(new double[3], NationalBenchmark::parts,
                  (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]})));
      Tier tier = h.scheme().tiers().get(levels - steps);
      met += sums.entrySet().stream().filter(e -> {
        int i = index(e.getKey().split("\\|")[1]);
        double[] s = e.getValue();
        double value = i < NationalData.SHARES ? 100.0 * s[0] / s[1] : s[2];
        return meets(targets.get(i), tier, value);
      }).count();
    }
    return met;
  }

  private static boolean meets(Target target, Tier tier, double value) {
    Threshold t = target.thresholdFor(io.github.chiso.hierarchy.Scope.of(tier)).orElseThrow();
    double bound = t.bound().doubleValue();
    return t.comparator() == io.github.chiso.model.Comparator.ABOVE ? value > bound : value >= bound;
  }

  private static int index(String code) {
    return Integer.parseInt(code.substring(1));
  }

  private static double value(Result r) {
    Reading reading = r.reading();
    if (reading instanceof Reading.Fraction) {
      Reading.Fraction f = (Reading.Fraction) reading;
      return 100.0 * f.numerator() / f.denominator();
    }
    return ((Reading.Decimal) reading).decimal().doubleValue();
  }

  private static double[] parts(Result r) {
    Reading reading = r.reading();
    if (reading instanceof Reading.Fraction) {
      Reading.Fraction f = (Reading.Fraction) reading;
      return new double[] {f.numerator(), f.denominator(), 0};
    }
    return new double[] {0, 0, ((Reading.Decimal) reading).decimal().doubleValue()};
  }

  /**
   * The floor: a plain loop that reads every column the bulk path reads (unit, indicator, period,
   * numerator, denominator, as-of day) once and adds them up by province and indicator, split over
   * {@code threads} threads as the bulk path is.
   */
  @Benchmark
  public long floor(Columns c) {
    int threads = c.threads;
    int size = c.data.bulk.size();
    int chunk = (size + threads - 1) / threads;
    java.util.stream.IntStream chunks = java.util.stream.IntStream.range(0, threads);
    return (threads > 1 ? chunks.parallel() : chunks)
        .mapToLong(t -> floorOver(c, t * chunk, Math.min(size, (t + 1) * chunk))).sum();
  }

  private static long floorOver(Columns c, int from, int to) {
    BulkResults bulk = c.data.bulk;
    int[] provinceOf = c.data.provinceOf;
    long[] num = new long[c.data.provinces * NationalData.INDICATORS];
    long[] den = new long[num.length];
    long days = 0;
    for (int r = from; r < to; r++) {
      int k = provinceOf[bulk.unit(r)] * NationalData.INDICATORS + bulk.indicator(r);
      num[k] += bulk.numerator(r);
      den[k] += bulk.period(r) + (bulk.isFraction(r) ? 1 : 0);
      days += bulk.asOfEpochDay(r);
    }
    return num[0] + den[0] + days;
  }
}
