package io.github.chiso.spark;

import com.google.common.collect.ImmutableList;
import io.github.chiso.InvalidValueException;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.ResultTable;
import io.github.chiso.json.ResultsCsv;
import io.github.chiso.model.Change;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Results as Spark rows: the column layout {@link #SCHEMA} (the CSV form's columns, typed), the
 * conversions between a {@link Result} and a {@link Row}, and readers of the library's own CSV and
 * JSON result files into a {@code Dataset<Row>}.
 *
 * <p>Columns: {@code indicator}, {@code unit} and {@code period} (ISO-style text such as {@code
 * 2025-Q1}) are required; {@code asOf} (a date, the period's last day when null); then exactly one
 * reading: {@code value} (an exact decimal as text with a point, {@code "77.62"}), or {@code
 * numerator} and {@code denominator} (longs, with the optional {@code reportedShare} as decimal text),
 * or {@code rank} (a long, the place from 1) with the optional {@code field} (a long, the places
 * ranked), or {@code status} (a {@link TextStatus} name) with {@code note} holding the result's own
 * words ({@code note} is the free note on a number); {@code qualifiers} holds the qualifiers' names
 * separated by spaces, as the CSV form does ({@link ResultTable#qualifiers}), or null for none; a
 * change stated as such has {@code delta} (decimal text), {@code direction}, {@code basis} and
 * {@code reference} (a period or {@code YEAR_EARLIER}), as the CSV form has them (since 0.2.0).
 * Decimals are text so that no digit is lost or added on the way. Dates are read as {@code
 * java.sql.Date} or {@code java.time.LocalDate} and written as the session's encoders take them
 * ({@code spark.sql.datetime.java8API.enabled}).
 *
 * @since 0.1.0
 */
public final class ResultRows {
  private ResultRows() {}

  /** The layout of a results Dataset. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("indicator", DataTypes.StringType, false),
      DataTypes.createStructField("unit", DataTypes.StringType, false),
      DataTypes.createStructField("period", DataTypes.StringType, false),
      DataTypes.createStructField("asOf", DataTypes.DateType, true),
      DataTypes.createStructField("value", DataTypes.StringType, true),
      DataTypes.createStructField("numerator", DataTypes.LongType, true),
      DataTypes.createStructField("denominator", DataTypes.LongType, true),
      DataTypes.createStructField("reportedShare", DataTypes.StringType, true),
      DataTypes.createStructField("status", DataTypes.StringType, true),
      DataTypes.createStructField("note", DataTypes.StringType, true),
      DataTypes.createStructField("rank", DataTypes.LongType, true),
      DataTypes.createStructField("field", DataTypes.LongType, true),
      DataTypes.createStructField("qualifiers", DataTypes.StringType, true),
      DataTypes.createStructField("delta", DataTypes.StringType, true),
      DataTypes.createStructField("direction", DataTypes.StringType, true),
      DataTypes.createStructField("basis", DataTypes.StringType, true),
      DataTypes.createStructField("reference", DataTypes.StringType, true),
  });

  /** The row of {@code result}, in {@link #SCHEMA}'s layout (a source reference is not carried). */
  public static Row toRow(Result result) {
    return RowFactory.create(values(result));
  }

  static Object[] values(Result result) {
    Object[] v = new Object[SCHEMA.size()];
    v[0] = result.indicatorCode();
    v[1] = result.subjectCode();
    v[2] = result.period().toString();
    v[3] = date(result.asOf());
    Reading reading = result.reading();
    if (reading instanceof Reading.Rank) {
      Reading.Rank rank = (Reading.Rank) reading;
      v[10] = rank.place();
      v[11] = rank.field().orElse(null);
    } else if (reading instanceof Reading.Delta) {
      Reading.Delta delta = (Reading.Delta) reading;
      v[13] = delta.amount().toPlainString();
      v[14] = delta.change().direction().name();
      v[15] = delta.change().basis().name();
      v[16] = ResultTable.referenceCell(delta.change());
    } else if (reading instanceof Reading.Decimal) {
      v[4] = ((Reading.Decimal) reading).decimal().toPlainString();
    } else if (reading instanceof Reading.Fraction) {
      Reading.Fraction parts = (Reading.Fraction) reading;
      v[5] = parts.numerator();
      v[6] = parts.denominator();
      v[7] = parts.reportedShare().map(BigDecimal::toPlainString).orElse(null);
    }
    if (!(reading instanceof Reading.Text)) {
      v[9] = result.note().orElse(null);
    } else {
      Reading.Text text = (Reading.Text) reading;
      v[8] = text.status().name();
      v[9] = text.note();
    }
    v[12] = result.qualifiers().isEmpty() ? null : ResultTable.qualifiersCell(result.qualifiers());
    return v;
  }

  /**
   * {@code date} as the session's encoders take a DateType value: a {@code java.time.LocalDate} when
   * {@code spark.sql.datetime.java8API.enabled} is on, else a {@code java.sql.Date}.
   */
  static Object date(LocalDate date) {
    return SQLConf.get().datetimeJava8ApiEnabled() ? date : java.sql.Date.valueOf(date);
  }

  /**
   * The result of a row in {@link #SCHEMA}'s layout (columns looked up by name, so extra columns and
   * another order are fine).
   *
   * @throws InvalidValueException naming the column and the row if a required column is null, a
   *     period, decimal or status does not read, or the row has not exactly one reading
   */
  public static Result fromRow(Row row) {
    String indicator = required(row, "indicator");
    String unit = required(row, "unit");
    String periodText = required(row, "period");
    try {
      Result.Builder result = Result.builder().indicatorCode(indicator).subjectCode(unit).period(Period.parse(periodText));
      Object asOf = row.get(row.fieldIndex("asOf"));
      if (asOf instanceof java.sql.Date) {
        result.asOf(((java.sql.Date) asOf).toLocalDate());
      } else if (asOf instanceof LocalDate) {
        result.asOf((LocalDate) asOf);
      } else if (asOf != null) {
        throw new InvalidValueException("results row: column asOf holds " + asOf.getClass().getName() + ", not a date");
      }
      String value = optional(row, "value");
      Object numerator = row.get(row.fieldIndex("numerator"));
      Object denominator = row.get(row.fieldIndex("denominator"));
      String status = optional(row, "status");
      Object rank = row.get(row.fieldIndex("rank"));
      Object field = row.get(row.fieldIndex("field"));
      String delta = absentOrNull(row, "delta");
      int readings = (value != null ? 1 : 0) + (numerator != null || denominator != null ? 1 : 0) + (status != null ? 1 : 0)
          + (rank != null ? 1 : 0) + (delta != null ? 1 : 0);
      if (readings != 1) {
        throw new InvalidValueException("results row: needs exactly one of value, numerator + denominator, rank, delta, or "
            + "status; got " + readings);
      }
      if (field != null && rank == null) {
        throw new InvalidValueException("results row: column field goes only with rank, but holds " + field);
      }
      for (String column : List.of("direction", "basis", "reference")) {
        if (delta == null && absentOrNull(row, column) != null) {
          throw new InvalidValueException("results row: column " + column + " goes only with delta, but holds "
              + absentOrNull(row, column));
        }
      }
      if (delta != null) {
        result.reading(Reading.delta(new BigDecimal(delta), change(row)));
      } else if (rank != null) {
        long place = ((Number) rank).longValue();
        result.reading(field == null ? Reading.rank(place) : Reading.rank(place, ((Number) field).longValue()));
      } else if (value != null) {
        result.reading(Reading.decimal(new BigDecimal(value)));
      } else if (status != null) {
        String note = optional(row, "note");
        result.reading(Reading.text(TextStatus.valueOf(status.toUpperCase(Locale.ROOT)), note == null ? "" : note));
      } else {
        if (numerator == null || denominator == null) {
          throw new InvalidValueException("results row: numerator and denominator go together");
        }
        String share = optional(row, "reportedShare");
        long n = ((Number) numerator).longValue();
        long d = ((Number) denominator).longValue();
        result.reading(share == null ? Reading.fraction(n, d) : Reading.fraction(n, d, new BigDecimal(share)));
      }
      String note = optional(row, "note");
      if (status == null && note != null) {
        result.note(note);
      }
      String qualifiers = optional(row, "qualifiers");
      return result.qualifiers(ResultTable.qualifiers(qualifiers == null ? "" : qualifiers)).build();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(e.getMessage() + " (" + describe(row) + ")", e);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new InvalidValueException("results row " + describe(row) + ": " + e.getMessage(), e);
    }
  }

  /** The change of a delta row: direction, basis and a reference period or {@code YEAR_EARLIER}, each required. */
  private static Change change(Row row) {
    return ResultTable.change(name(row, "direction", Change.Direction.class), name(row, "basis", Change.Basis.class),
        required(row, "reference"));
  }

  /** The constant of {@code type} that the required {@code column} names, refused naming the column and its value. */
  private static <E extends Enum<E>> E name(Row row, String column, Class<E> type) {
    String text = required(row, column);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("results row: column " + column + " holds '" + text + "'; expected one of "
          + java.util.Arrays.toString(type.getEnumConstants()), e);
    }
  }

  /** The column's value as text, or null when it is null or the row's layout has no such column (one made before 0.2.0). */
  private static String absentOrNull(Row row, String column) {
    if (row.schema() != null && row.schema().getFieldIndex(column).isEmpty()) {
      return null;
    }
    return optional(row, column);
  }

  private static String describe(Row row) {
    return "row " + row.mkString("[", ", ", "]");
  }

  private static String required(Row row, String column) {
    String value = optional(row, column);
    if (value == null) {
      throw new InvalidValueException("results row " + describe(row) + ": column " + column + " is required");
    }
    return value;
  }

  private static String optional(Row row, String column) {
    int index;
    try {
      index = row.fieldIndex(column);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      throw new InvalidValueException("results row: no column " + column + "; the layout is " + SCHEMA.simpleString(), e);
    }
    Object value = row.get(index);
    return value == null ? null : value.toString();
  }

  /** A Dataset of {@code results} in {@link #SCHEMA}'s layout, for data already in memory. */
  public static Dataset<Row> dataset(SparkSession spark, List<Result> results) {
    List<Row> rows = new ArrayList<>(results.size());
    for (Result result : results) {
      rows.add(toRow(result));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * Reads result files in the library's CSV form ({@code .csv}, read by {@link ResultsCsv}) or JSON
   * result-set form (any other name, read by {@link ChisoJson#streamResults}): {@code path} is a file,
   * a directory or a glob, as for {@code SparkContext.binaryFiles}. Each file is read whole by one
   * task, with the library's own readers and their errors (naming the file, the row and column or the
   * JSON path).
   */
  public static Dataset<Row> read(SparkSession spark, String path) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = context.binaryFiles(path).flatMap(file -> readFile(file._1(), file._2()).iterator());
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static List<Row> readFile(String name, PortableDataStream stream) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = stream.open()) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        ResultsCsv.stream(reader, r -> rows.add(toRow(r)));
      } else {
        ChisoJson.streamResults(in, r -> rows.add(toRow(r)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading results from " + name, e);
    }
    return ImmutableList.copyOf(rows);
  }
}
