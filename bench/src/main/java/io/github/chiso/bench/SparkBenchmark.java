package io.github.chiso.bench;

import io.github.chiso.bulk.BulkCompliance;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.bulk.BulkRollup;
import io.github.chiso.bulk.BulkVerdicts;
import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.compliance.Status;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.spark.ChisoSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
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
 * The national data set (63 provinces, 12 months: about 12.1 M results) on Spark {@code local[2]}
 * against the bulk path on two threads, the same question as {@link NationalBenchmark#bulk}: the
 * verdict of every commune result, the rollup of every district and province for every indicator
 * and month, and the verdict of every cell; each method returns the number of verdicts MET, and the
 * set-up checks that both engines count the same.
 *
 * <p>Set-up, timed apart and printed (not in the score): starting the session, writing the rows to
 * Parquet and caching them in Spark's memory, and a first run. Spark is a provided dependency of
 * this module, so these benchmarks run from the classpath, not from the shaded jar (see the
 * README's Spark section for the command).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx14g",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
    "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
    "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true"})
public class SparkBenchmark {
  /** The national data in Spark and in columns. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"63"})
    public int provinces;

    @Param({"12"})
    public int months;

    SparkSession spark;
    ChisoSpark chiso;
    Dataset<Row> results;
    List<RollupSpec> specs;
    BulkResults bulk;
    CompiledPlan plan;
    Path parquet;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      NationalData national = NationalRows.data(provinces, months);
      bulk = national.bulk;
      plan = CompiledPlan.of(national.plan);
      specs = new ArrayList<>();
      for (Period period : bulk.periods()) {
        for (Indicator indicator : bulk.indicators()) {
          specs.add(RollupSpec.of(indicator, period));
        }
      }
      long start = System.nanoTime();
      spark = SparkSession.builder().master("local[2]").appName("chiso-spark-benchmark")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
          .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      chiso = ChisoSpark.of(spark, national.plan, national.hierarchy);
      long session = System.nanoTime();
      parquet = Files.createTempDirectory("chiso-national-");
      int rows = bulk.size();
      NationalRows.dataset(spark, provinces, months).write().parquet(parquet.resolve("results").toString());
      results = spark.read().parquet(parquet.resolve("results").toString()).cache();
      long count = results.count();
      long loaded = System.nanoTime();
      long sparkMet = spark(this);
      long first = System.nanoTime();
      long bulkMet = bulk(this);
      System.out.printf("%n%,d results; set-up: session %.1f s, rows to Parquet and Spark's cache %.1f s, "
          + "first Spark run %.1f s; MET: Spark %,d, bulk %,d%n", count, (session - start) / 1e9,
          (loaded - session) / 1e9, (first - loaded) / 1e9, sparkMet, bulkMet);
      if (sparkMet != bulkMet || count != rows) {
        throw new IllegalStateException("Spark and the bulk path disagree: " + sparkMet + " vs " + bulkMet + " MET, "
            + count + " vs " + rows + " rows");
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      spark.stop();
      try (var paths = Files.walk(parquet)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      NationalRows.forget();
    }
  }

  /** Spark: every row's verdicts, every cell's rollup and verdicts; the number MET. */
  @Benchmark
  public static long spark(Data d) {
    long rows = d.chiso.verdicts(d.results).filter(functions.col("status").equalTo(Status.MET.name())).count();
    long cells = d.chiso.rollups(d.results, d.specs).select(functions.explode(functions.col("verdicts")).as("v"))
        .filter(functions.col("v.status").equalTo(Status.MET.name())).count();
    return rows + cells;
  }

  /** The bulk path on two threads, the same question: {@link NationalBenchmark#bulk}. */
  @Benchmark
  public static long bulk(Data d) {
    BulkVerdicts rows = BulkCompliance.verdicts(d.bulk, d.plan, 2);
    BulkRollup rollup = BulkRollup.of(d.bulk, d.specs, 2);
    BulkVerdicts cells = rollup.verdicts(d.plan, 2);
    return rows.count(Status.MET) + cells.count(Status.MET);
  }
}
