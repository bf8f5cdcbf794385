package io.github.chiso.spark;

import io.github.chiso.InvalidValueException;
import io.github.chiso.bulk.BulkCompliance;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.bulk.BulkVerdicts;
import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.rollup.Coverage;
import io.github.chiso.rollup.Observation;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import io.github.chiso.rollup.Tally;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Compliance verdicts, rollups and lagging units of a plan over a {@code Dataset<Row>} of results
 * (in {@link ResultRows#SCHEMA}'s layout), with the answers the bulk path ({@code
 * io.github.chiso.bulk}) and the object API give: Spark moves the rows, the Chiso kernel decides.
 *
 * <ul>
 *   <li>{@link #verdicts}: each partition is read in batches into a {@link BulkResults} and judged by
 *       {@link BulkCompliance} ({@link CompiledPlan} decides which targets apply, {@code
 *       CompiledThreshold} whether a bound is met); one row per result and applicable target.
 *   <li>{@link #rollups}: each source unit's figure for a spec is {@link Rollups#observation} of its
 *       results (grouped by unit); the figures are accumulated per cell by a typed Spark {@link
 *       Aggregator} whose buffer holds the core's exact {@link Tally} ({@link CellAccumulator}); each
 *       cell is finished by {@link Rollups#cell} and judged by {@link Rollups#assess} against the
 *       targets {@link CompiledPlan#targetsFor} picks. One row per unit above the source tier and
 *       spec, every such cell present (NO_DATA where nothing reported).
 *   <li>{@link #lagging}: the NOT_MET verdicts grouped by target, period and scope, each group ranked
 *       by {@link Gaps#lagging} with its gap columns.
 * </ul>
 *
 * <p>The plan and the hierarchy are broadcast as their JSON documents (once, and with the specs for
 * each rollup) and read once per executor JVM. Rational values are
 * written as exact text ({@code "3881/50"}, {@code "80"}); no double is involved in any answer.
 * Results of one unit that tie on as-of date and period (two versions of one figure) are told apart
 * by their order in the object and bulk paths; a Dataset has no order, so here the tie is broken by
 * the rows' columns: give a correction a later {@code asOf} for the same answer everywhere.
 * Errors are the library's exceptions (a unit the hierarchy lacks, an indicator the plan lacks, a
 * spec the object API refuses), thrown in the task and reported by Spark as the job's failure.
 * Instances are immutable; the returned Datasets are lazy, as Spark's are.
 *
 * @since 0.1.0
 */
public final class ChisoSpark {
  /** Results read into one columnar batch of a partition. */
  static final int BATCH = 1 << 17;

  /** The layout of {@link #verdicts}: the result's key columns, the target's code and the status name. */
  public static final StructType VERDICTS = new StructType(new StructField[] {
      DataTypes.createStructField("indicator", DataTypes.StringType, false),
      DataTypes.createStructField("unit", DataTypes.StringType, false),
      DataTypes.createStructField("period", DataTypes.StringType, false),
      DataTypes.createStructField("asOf", DataTypes.DateType, false),
      DataTypes.createStructField("target", DataTypes.StringType, false),
      DataTypes.createStructField("status", DataTypes.StringType, false),
  });

  private static final StructType VERDICT = new StructType(new StructField[] {
      DataTypes.createStructField("target", DataTypes.StringType, false),
      DataTypes.createStructField("status", DataTypes.StringType, false),
  });

  /**
   * The layout of {@link #rollups}: the cell's unit, its tier, the spec's indicator, period and rule;
   * the value and its parts as exact text (null where there is none); the coverage of source units
   * ({@code expected}, {@code reporting}, the {@code missing} codes in hierarchy order) and of direct
   * children; the latest as-of date; why there is no value; and the verdict against each target
   * that applies (in plan order).
   */
  public static final StructType CELLS = new StructType(new StructField[] {
      DataTypes.createStructField("unit", DataTypes.StringType, false),
      DataTypes.createStructField("tier", DataTypes.StringType, false),
      DataTypes.createStructField("indicator", DataTypes.StringType, false),
      DataTypes.createStructField("period", DataTypes.StringType, false),
      DataTypes.createStructField("rule", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.StringType, true),
      DataTypes.createStructField("numerator", DataTypes.StringType, true),
      DataTypes.createStructField("denominator", DataTypes.StringType, true),
      DataTypes.createStructField("expected", DataTypes.IntegerType, false),
      DataTypes.createStructField("reporting", DataTypes.IntegerType, false),
      DataTypes.createStructField("missing", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("childrenExpected", DataTypes.IntegerType, false),
      DataTypes.createStructField("childrenReporting", DataTypes.IntegerType, false),
      DataTypes.createStructField("asOf", DataTypes.DateType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, true),
      DataTypes.createStructField("verdicts", DataTypes.createArrayType(VERDICT, false), false),
  });

  /**
   * The layout of {@link #lagging}: the target, period and tier of the ranking, the rank (1 the
   * worst), the unit, its value, and the gap columns of {@link Gap} as exact text.
   */
  public static final StructType LAGGING = new StructType(new StructField[] {
      DataTypes.createStructField("target", DataTypes.StringType, false),
      DataTypes.createStructField("period", DataTypes.StringType, false),
      DataTypes.createStructField("tier", DataTypes.StringType, false),
      DataTypes.createStructField("rank", DataTypes.IntegerType, false),
      DataTypes.createStructField("unit", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.StringType, true),
      DataTypes.createStructField("required", DataTypes.StringType, true),
      DataTypes.createStructField("gap", DataTypes.StringType, true),
      DataTypes.createStructField("relativeGap", DataTypes.StringType, true),
      DataTypes.createStructField("distance", DataTypes.StringType, true),
      DataTypes.createStructField("shortfall", DataTypes.StringType, true),
  });

  private static final StructType KEYED = prepend(DataTypes.createStructField("key", DataTypes.LongType, false),
      ResultRows.SCHEMA);

  private static final StructType NOT_MET = prepend(DataTypes.createStructField("target", DataTypes.StringType, false),
      ResultRows.SCHEMA);

  private static final StructType CELL_INPUT = new StructType(new StructField[] {
      DataTypes.createStructField("cell", DataTypes.LongType, false),
      DataTypes.createStructField("source", DataTypes.IntegerType, false),
      DataTypes.createStructField("asOfDay", DataTypes.LongType, false),
      DataTypes.createStructField("valueNumerator", DataTypes.StringType, true),
      DataTypes.createStructField("valueDenominator", DataTypes.StringType, true),
      DataTypes.createStructField("numerator", DataTypes.StringType, true),
      DataTypes.createStructField("denominator", DataTypes.StringType, true),
      DataTypes.createStructField("weightNumerator", DataTypes.StringType, true),
      DataTypes.createStructField("weightDenominator", DataTypes.StringType, true),
      DataTypes.createStructField("meets", DataTypes.BooleanType, true),
  });

  private final SparkSession spark;
  private final Context context;
  private final Broadcast<Context> broadcast;

  private ChisoSpark(SparkSession spark, Context context) {
    this.spark = spark;
    this.context = context;
    this.broadcast = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(context);
  }

  /**
   * Judges and rolls up results against {@code plan} over {@code hierarchy} in {@code spark}.
   *
   * @throws InvalidValueException if the plan's jurisdiction is not a unit of the hierarchy, or a
   *     target is on a change against a reference (partitions do not bring a result and its
   *     reference result together: judge it with {@code Compliance} or {@link BulkCompliance}),
   *     naming the target
   */
  public static ChisoSpark of(SparkSession spark, Plan plan, Hierarchy hierarchy) {
    CompiledPlan.of(plan).requireJurisdictionIn(hierarchy);
    Context.requireNoChanges(plan);
    return new ChisoSpark(spark, Context.of(plan, hierarchy, List.of()));
  }

  private static StructType prepend(StructField field, StructType rest) {
    StructField[] fields = new StructField[rest.size() + 1];
    fields[0] = field;
    System.arraycopy(rest.fields(), 0, fields, 1, rest.size());
    return new StructType(fields);
  }

  /**
   * Every result's verdict against every target of the plan that applies to it ({@link #VERDICTS}):
   * what {@link BulkCompliance#verdicts} gives for the same rows, whatever the partitioning. A
   * result to which no target applies has no row.
   */
  public Dataset<Row> verdicts(Dataset<Row> results) {
    Broadcast<Context> shared = broadcast;
    return results.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      Context.Resolved job = shared.value().resolve();
      return new Batches<>(rows, (batch, out) -> {
        BulkResults bulk = columns(job, batch);
        BulkVerdicts verdicts = BulkCompliance.verdicts(bulk, job.compiled);
        for (int r = 0; r < bulk.size(); r++) {
          Result result = batch.get(r);
          for (int s = 0; s < verdicts.slots(); s++) {
            Optional<Target> target = verdicts.target(r, s);
            if (target.isPresent()) {
              out.add(RowFactory.create(result.indicatorCode(), result.subjectCode(), result.period().toString(),
                  ResultRows.date(result.asOf()), target.get().code(), verdicts.status(r, s).orElseThrow().name()));
            }
          }
        }
      });
    }, Encoders.row(VERDICTS));
  }

  private static BulkResults columns(Context.Resolved job, List<Result> batch) {
    return BulkResults.builder(job.hierarchy, job.indicators, batch.size()).addAll(batch).build();
  }

  /**
   * The rollups of every indicator of the plan over every period the results have, with each
   * indicator's own rules (as {@link io.github.chiso.bulk.BulkRollup#of(BulkResults)}): see {@link
   * #rollups(Dataset, List)}. The (indicator, period) pairs are collected to the driver first.
   */
  public Dataset<Row> rollups(Dataset<Row> results) {
    Context.Resolved job = context.resolve();
    TreeSet<Period> periods = new TreeSet<>();
    for (Row row : results.select("indicator", "period").distinct().collectAsList()) {
      if (!job.plan.indicators().containsKey(row.getString(0))) {
        throw new InvalidValueException("results: indicator '" + row.getString(0) + "' is not one of plan "
            + job.plan.number() + "'s");
      }
      periods.add(Period.parse(row.getString(1)));
    }
    List<RollupSpec> specs = new ArrayList<>();
    for (Period period : periods) {
      for (Indicator indicator : job.indicators) {
        specs.add(RollupSpec.of(indicator, period));
      }
    }
    return rollups(results, specs);
  }

  /**
   * The rollups {@code specs} ask for ({@link #CELLS}): a row for every unit above the specs' source
   * tier and every spec, with the value, parts, coverage, as-of date and reason {@link
   * Rollups#overUnits} gives, and the verdicts {@link io.github.chiso.bulk.BulkRollup#verdicts} gives.
   *
   * @throws InvalidValueException if the specs' source tiers differ or are not in the hierarchy's
   *     scheme, or a spec's indicator is not the plan's; a spec the object API refuses (a weight
   *     missing, periods to be summed that overlap) fails the job with that refusal
   */
  public Dataset<Row> rollups(Dataset<Row> results, List<RollupSpec> specs) {
    Hierarchy hierarchy = context.resolve().hierarchy;
    Tier source = specs.isEmpty() ? hierarchy.scheme().bottom()
        : specs.get(0).sourceTier().orElse(hierarchy.scheme().bottom());
    for (RollupSpec spec : specs) {
      Tier tier = spec.sourceTier().orElse(hierarchy.scheme().bottom());
      if (!tier.key().equals(source.key())) {
        throw new InvalidValueException("spark rollup: every spec needs the same source tier, but "
            + specs.get(0).indicator().code() + " has '" + source.key() + "' and " + spec.indicator().code()
            + " has '" + tier.key() + "'");
      }
      hierarchy.scheme().levelOf(tier); // refuses a tier outside the scheme, naming it
    }
    Broadcast<Context> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(context.withSpecs(specs));
    Context.Resolved job = shared.value().resolve();
    int unitCount = job.units.size();

    Dataset<Row> keyed = results.flatMap((FlatMapFunction<Row, Row>) row -> {
      Context.Resolved here = shared.value().resolve();
      Result result = ResultRows.fromRow(row);
      int u = here.unit(result.subjectCode());
      int[] candidates = here.specsByIndicator.get(result.indicatorCode());
      if (candidates == null || here.level[u] != here.sourceLevel) {
        return Collections.emptyIterator();
      }
      List<Row> out = new ArrayList<>(1);
      for (int s : candidates) {
        if (Rollups.takes(here.specs.get(s), result)) {
          Object[] values = new Object[KEYED.size()];
          values[0] = (long) s * unitCount + u;
          System.arraycopy(ResultRows.values(result), 0, values, 1, ResultRows.SCHEMA.size());
          out.add(RowFactory.create(values));
        }
      }
      return out.iterator();
    }, Encoders.row(KEYED));

    Dataset<Row> figures = keyed.groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (key, rows) -> {
          Context.Resolved here = shared.value().resolve();
          int s = (int) (key / unitCount);
          int u = (int) (key % unitCount);
          List<Result> taken = new ArrayList<>();
          List<String> order = new ArrayList<>();
          long latest = Long.MIN_VALUE;
          while (rows.hasNext()) {
            Row row = rows.next();
            Result result = ResultRows.fromRow(row);
            taken.add(result);
            order.add(row.mkString("\u0000"));
            latest = Math.max(latest, result.asOf().toEpochDay());
          }
          sortTies(taken, order);
          Optional<Observation> figure = Rollups.observation(here.specs.get(s), here.units.get(u).code(), taken);
          if (figure.isEmpty()) {
            return Collections.emptyIterator();
          }
          Observation o = figure.get();
          List<Row> out = new ArrayList<>();
          for (int a = here.parent[u]; a >= 0; a = here.parent[a]) {
            out.add(RowFactory.create((long) s * unitCount + a, u, latest,
                o.value().numerator().toString(), o.value().denominator().toString(),
                o.numerator().map(BigInteger::toString).orElse(null), o.denominator().map(BigInteger::toString).orElse(null),
                o.weight().map(w -> w.numerator().toString()).orElse(null),
                o.weight().map(w -> w.denominator().toString()).orElse(null), o.meets().orElse(null)));
          }
          return out.iterator();
        }, Encoders.row(CELL_INPUT));

    List<Integer> cellUnits = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) {
      if (job.hasCells(u)) {
        cellUnits.add(u);
      }
    }
    int[] cellUnit = cellUnits.stream().mapToInt(Integer::intValue).toArray();
    long cells = (long) cellUnit.length * specs.size();
    Dataset<Row> grid = spark.range(0, cells, 1, Math.max(1, results.rdd().getNumPartitions()))
        .map((MapFunction<Long, Row>) i -> RowFactory.create((i / cellUnit.length) * unitCount + cellUnit[(int) (i % cellUnit.length)],
            -1, Long.MIN_VALUE, null, null, null, null, null, null, null), Encoders.row(CELL_INPUT));

    Dataset<Tuple2<Long, CellAccumulator>> accumulated = figures.union(grid)
        .groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG())
        .agg(new CellAggregator().toColumn());

    return accumulated.map((MapFunction<Tuple2<Long, CellAccumulator>, Row>) entry -> {
      Context.Resolved here = shared.value().resolve();
      return cellRow(here, (int) (entry._1() / unitCount), (int) (entry._1() % unitCount), entry._2());
    }, Encoders.row(CELLS));
  }

  /**
   * Puts a unit's results in an order that does not depend on the partitioning: a Dataset has no row
   * order, so results that tie on as-of date and period (which the object API tells apart by their
   * order in its list) are ordered by their columns.
   */
  private static void sortTies(List<Result> results, List<String> order) {
    Integer[] index = new Integer[results.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = i;
    }
    java.util.Arrays.sort(index, java.util.Comparator.comparing((Integer i) -> results.get(i).asOf())
        .thenComparing(i -> results.get(i).period()).thenComparing(order::get));
    List<Result> sorted = new ArrayList<>(results.size());
    for (Integer i : index) {
      sorted.add(results.get(i));
    }
    results.clear();
    results.addAll(sorted);
  }

  private static Row cellRow(Context.Resolved job, int s, int u, CellAccumulator accumulated) {
    RollupSpec spec = job.specs.get(s);
    AdminUnit unit = job.units.get(u);
    int[] reporting = accumulated.reportingUnits();
    int[] expected = job.sourcesBelow(u);
    List<String> missing = new ArrayList<>();
    for (int source : expected) {
      if (java.util.Arrays.binarySearch(reporting, source) < 0) {
        missing.add(job.units.get(source).code());
      }
    }
    Coverage coverage = Coverage.of(expected.length, reporting.length, missing);
    java.util.Set<Integer> reportingChildren = new java.util.HashSet<>();
    for (int source : reporting) {
      int child = source;
      while (job.parent[child] != u) {
        child = job.parent[child];
      }
      reportingChildren.add(child);
    }
    List<AdminUnit> children = job.hierarchy.children(unit.code());
    List<String> silent = new ArrayList<>();
    for (AdminUnit child : children) {
      if (!reportingChildren.contains(job.unitIndex.get(child.code()))) {
        silent.add(child.code());
      }
    }
    Coverage childCoverage = Coverage.of(children.size(), children.size() - silent.size(), silent);
    LocalDate asOf = reporting.length == 0 ? spec.period().end() : LocalDate.ofEpochDay(accumulated.latestDay());
    RollupCell cell = Rollups.cell(spec, unit.code(), unit.scope(), accumulated.tally(), coverage, childCoverage, asOf);
    List<Row> verdicts = new ArrayList<>();
    if (job.compiled.governs(job.hierarchy, unit)) {
      for (Target target : job.compiled.targetsFor(spec.indicator().code(), spec.period(), unit.scope())) {
        verdicts.add(RowFactory.create(target.code(), Rollups.assess(target, unit, cell).status().name()));
      }
    }
    return RowFactory.create(unit.code(), unit.tier().key(), spec.indicator().code(), spec.period().toString(),
        spec.rule().name(), cell.value().map(Rational::toString).orElse(null),
        cell.numerator().map(BigInteger::toString).orElse(null), cell.denominator().map(BigInteger::toString).orElse(null),
        coverage.expected(), coverage.reporting(), scala.jdk.javaapi.CollectionConverters.asScala(missing).toSeq(),
        childCoverage.expected(), childCoverage.reporting(), ResultRows.date(asOf), cell.reason().orElse(null),
        scala.jdk.javaapi.CollectionConverters.asScala(verdicts).toSeq());
  }

  /**
   * The lagging units ({@link #LAGGING}): for each target, period and tier, the results whose verdict
   * is NOT_MET, ranked worst first with their gaps, as {@link Gaps#lagging} ranks them ({@link
   * io.github.chiso.bulk.BulkGaps#lagging} for one target, period and tier).
   */
  public Dataset<Row> lagging(Dataset<Row> results) {
    Broadcast<Context> shared = broadcast;
    Dataset<Row> notMet = results.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      Context.Resolved job = shared.value().resolve();
      return new Batches<>(rows, (batch, out) -> {
        BulkResults bulk = columns(job, batch);
        BulkVerdicts verdicts = BulkCompliance.verdicts(bulk, job.compiled);
        byte code = (byte) Status.NOT_MET.ordinal();
        for (int r = 0; r < bulk.size(); r++) {
          for (int s = 0; s < verdicts.slots(); s++) {
            if (verdicts.code(r, s) == code) {
              Object[] values = new Object[NOT_MET.size()];
              values[0] = verdicts.target(r, s).orElseThrow().code();
              System.arraycopy(ResultRows.values(batch.get(r)), 0, values, 1, ResultRows.SCHEMA.size());
              out.add(RowFactory.create(values));
            }
          }
        }
      });
    }, Encoders.row(NOT_MET));
    return notMet.groupByKey((MapFunction<Row, String>) row -> {
      Context.Resolved job = shared.value().resolve();
      return row.getString(0) + "\u0000" + row.getString(3) + "\u0000"
          + job.units.get(job.unit(row.getString(2))).tier().key();
    }, Encoders.STRING()).flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> {
      Context.Resolved job = shared.value().resolve();
      List<Gap> gaps = new ArrayList<>();
      io.github.chiso.hierarchy.Scope scope = null;
      while (rows.hasNext()) {
        Row row = rows.next();
        Target target = job.plan.target(row.getString(0)).orElseThrow();
        Result result = ResultRows.fromRow(row);
        AdminUnit unit = job.units.get(job.unit(result.subjectCode()));
        scope = unit.scope();
        gaps.add(Gaps.of(Compliance.assess(target, unit, result)));
      }
      List<Row> out = new ArrayList<>();
      int rank = 0;
      for (Gap gap : Gaps.lagging(gaps, scope)) {
        rank++;
        out.add(RowFactory.create(gap.targetCode(), gap.assessment().period().toString(),
            job.units.get(job.unit(gap.subjectCode())).tier().key(), rank, gap.subjectCode(),
            gap.assessment().value().map(Rational::toString).orElse(null), text(gap.required()), text(gap.gap()),
            text(gap.relativeGap()), text(gap.distance()), gap.shortfall().map(BigInteger::toString).orElse(null)));
      }
      return out.iterator();
    }, Encoders.row(LAGGING));
  }

  private static String text(Optional<Rational> value) {
    return value.map(Rational::toString).orElse(null);
  }

  /** Reads a partition's rows into batches of results and hands each batch's output on. */
  private static final class Batches<T> implements Iterator<T> {
    interface Step<T> {
      void apply(List<Result> batch, List<T> out);
    }

    private final Iterator<Row> rows;
    private final Step<T> step;
    private final List<Result> batch = new ArrayList<>();
    private List<T> out = new ArrayList<>();
    private int next;

    Batches(Iterator<Row> rows, Step<T> step) {
      this.rows = rows;
      this.step = step;
    }

    @Override
    public boolean hasNext() {
      while (next == out.size() && rows.hasNext()) {
        batch.clear();
        while (batch.size() < BATCH && rows.hasNext()) {
          batch.add(ResultRows.fromRow(rows.next()));
        }
        out = new ArrayList<>();
        next = 0;
        step.apply(batch, out);
      }
      return next < out.size();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return out.get(next++);
    }
  }

  /**
   * The exact accumulation of a cell's figures: each input row is one source unit's figure (or, with
   * source −1, the marker that makes the cell exist), lifted by {@link Tally#of(Observation)} and added
   * with {@link Tally#plus}; buffers merge with {@link Tally#plus} too.
   */
  static final class CellAggregator extends Aggregator<Row, CellAccumulator, CellAccumulator> {
    private static final long serialVersionUID = 1L;

    @Override
    public CellAccumulator zero() {
      return new CellAccumulator();
    }

    @Override
    public CellAccumulator reduce(CellAccumulator buffer, Row input) {
      int source = input.getInt(1);
      if (source < 0) {
        return buffer;
      }
      Observation.Builder figure = Observation.builder().subjectCode("unit-" + source)
          .value(Rational.of(new BigInteger(input.getString(3)), new BigInteger(input.getString(4))));
      if (!input.isNullAt(5)) {
        figure.numerator(new BigInteger(input.getString(5))).denominator(new BigInteger(input.getString(6)));
      }
      if (!input.isNullAt(7)) {
        figure.weight(Rational.of(new BigInteger(input.getString(7)), new BigInteger(input.getString(8))));
      }
      if (!input.isNullAt(9)) {
        figure.meets(input.getBoolean(9));
      }
      return buffer.add(Tally.of(figure.build()), source, input.getLong(2));
    }

    @Override
    public CellAccumulator merge(CellAccumulator a, CellAccumulator b) {
      return a.merge(b);
    }

    @Override
    public CellAccumulator finish(CellAccumulator reduction) {
      return reduction;
    }

    @Override
    public Encoder<CellAccumulator> bufferEncoder() {
      return Encoders.javaSerialization(CellAccumulator.class);
    }

    @Override
    public Encoder<CellAccumulator> outputEncoder() {
      return Encoders.javaSerialization(CellAccumulator.class);
    }
  }

}
