package io.github.chiso.bench;

import io.github.chiso.bulk.BulkResults;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import io.github.chiso.spark.ResultRows;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The national data set as a Spark Dataset in {@link ResultRows#SCHEMA}'s layout, generated where it
 * is read: each task generates the (deterministic) data once per JVM and turns its slice of the rows
 * into Spark rows, so nothing passes through the driver and the same code runs on a cluster.
 */
final class NationalRows {
  private static final Map<Long, NationalData> GENERATED = new ConcurrentHashMap<>();

  private NationalRows() {}

  /** The data set of {@code provinces} provinces and {@code months} months, generated once in this JVM. */
  static NationalData data(int provinces, int months) {
    return GENERATED.computeIfAbsent(((long) provinces << 32) | months, k -> NationalData.generate(provinces, months));
  }

  /** Forgets the generated data sets. */
  static void forget() {
    GENERATED.clear();
  }

  /** The results as a Dataset in slices of about half a million rows. */
  static Dataset<Row> dataset(SparkSession spark, int provinces, int months) {
    int rows = data(provinces, months).bulk.size();
    int slices = Math.max(2, rows / 500_000);
    return spark.range(0, slices, 1, slices)
        .flatMap((FlatMapFunction<Long, Row>) slice -> rows(data(provinces, months), slice.intValue(), slices),
            Encoders.row(ResultRows.SCHEMA));
  }

  /** Slice {@code slice} of {@code slices} of the rows, one result at a time. */
  private static Iterator<Row> rows(NationalData data, int slice, int slices) {
    BulkResults bulk = data.bulk;
    int from = (int) ((long) bulk.size() * slice / slices);
    int to = (int) ((long) bulk.size() * (slice + 1) / slices);
    List<AdminUnit> units = data.hierarchy.units();
    return new Iterator<>() {
      int r = from;

      @Override
      public boolean hasNext() {
        return r < to;
      }

      @Override
      public Row next() {
        Reading reading = bulk.isText(r) ? Reading.text(TextStatus.NOT_AVAILABLE, "đang tổng hợp") : bulk.reading(r);
        Result result = Result.builder().indicatorCode(data.indicators.get(bulk.indicator(r)).code())
            .subjectCode(units.get(bulk.unit(r)).code()).period(bulk.periods().get(bulk.period(r)))
            .asOf(bulk.asOf(r)).reading(reading).build();
        r++;
        return ResultRows.toRow(result);
      }
    };
  }
}
