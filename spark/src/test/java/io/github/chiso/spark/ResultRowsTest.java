package io.github.chiso.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.ResultsCsv;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultRowsTest {
  private static final List<Result> SAMPLE = List.of(
      Result.builder().indicatorCode("II.1").subjectCode("75").period(Period.parse("2022-Q3"))
          .asOf(LocalDate.of(2022, 9, 19)).reading(Reading.fraction(392, 505, new BigDecimal("77.62"))).build(),
      Result.of("I.1", "75", Period.parse("2022-Q3"), Reading.decimal("83.50")),
      Result.builder().indicatorCode("I.2").subjectCode("731").period(Period.parse("2022"))
          .reading(Reading.decimal("-92233720368.54775808")).note("ước tính").build(),
      Result.of("II.3", "75", Period.parse("2022-06-01/2022-09-30"),
          Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai xây dựng")));

  @Test
  void aResultReadsBackFromItsRow() {
    Property.forAll("row round trip", SparkPropertiesTest.CASES).tries(30).verify(c -> {
      for (Result result : c.results()) {
        assertThat(ResultRows.fromRow(withSchema(ResultRows.toRow(result)))).isEqualTo(result);
      }
    });
    for (Result result : SAMPLE) {
      assertThat(ResultRows.fromRow(withSchema(ResultRows.toRow(result)))).isEqualTo(result);
    }
  }

  @Test
  void aRankedChangedOrQualifiedResultReadsBackFromItsRow() {
    // Mutation checked: ResultRows.values leaving out a rank's field failed here, and so did reading
    // every change's reference as YEAR_EARLIER.
    // Rows carry no source, and a text-only result's note column holds its own words.
    Property.forAll("row round trip with ranks, changes and qualifiers", ChisoGen.results(1, 1, 1, 1, 1).map(r ->
            Result.builder().from(r).source(java.util.Optional.empty())
                .note(r.reading().kind() == Reading.Kind.TEXT ? java.util.Optional.empty() : r.note()).build()))
        .tries(500)
        .verify(result -> assertThat(ResultRows.fromRow(withSchema(ResultRows.toRow(result)))).isEqualTo(result));
  }

  @Test
  void aRowWithARankOrQualifiersThatDoNotFitIsRefusedNamingTheRow() {
    Row fieldAlone = padded("I.1", "75", "2022", null, "83.5", null, null, null, null, null,
        null, 63L, null);
    assertThatThrownBy(() -> ResultRows.fromRow(fieldAlone)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("field goes only with rank").hasMessageContaining("I.1, 75, 2022");
    Row beyondField = padded("DTI", "75", "2022", null, null, null, null, null, null, null,
        70L, 63L, null);
    assertThatThrownBy(() -> ResultRows.fromRow(beyondField)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("70").hasMessageContaining("DTI, 75, 2022");
    Row unknown = padded("I.1", "75", "2022", null, "83.5", null, null, null, null, null,
        null, null, "khoảng");
    assertThatThrownBy(() -> ResultRows.fromRow(unknown)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unknown qualifier 'khoảng'").hasMessageContaining("I.1, 75, 2022");
    Row withinOnValue = padded("I.1", "75", "2022", null, "83.5", null, null, null, null,
        null, null, null, "WITHIN");
    assertThatThrownBy(() -> ResultRows.fromRow(withinOnValue)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("WITHIN").hasMessageContaining("I.1, 75, 2022");
  }

  /** A row of {@link ResultRows#SCHEMA} whose first columns are {@code values}, the rest null. */
  private static Row padded(Object... values) {
    return new GenericRowWithSchema(java.util.Arrays.copyOf(values, ResultRows.SCHEMA.size()), ResultRows.SCHEMA);
  }

  private static Row withSchema(Row row) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return new GenericRowWithSchema(values, ResultRows.SCHEMA);
  }

  @Test
  void theLibrarysCsvAndJsonFilesReadIntoADataset(@TempDir Path dir) throws Exception {
    List<Result> numbers = SAMPLE.subList(0, 2);
    Files.writeString(dir.resolve("q3.csv"), ResultsCsv.write(numbers), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("q3.json"), ChisoJson.writeResults(SAMPLE), StandardCharsets.UTF_8);
    SparkSession spark = SparkSessions.local();
    List<Result> read = ResultRows.read(spark, dir.toString()).collectAsList().stream().map(ResultRows::fromRow).toList();
    List<Result> expected = new java.util.ArrayList<>(ResultsCsv.read(ResultsCsv.write(numbers)));
    expected.addAll(ChisoJson.readResults(ChisoJson.writeResults(SAMPLE)));
    assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void datesAreWhatTheSessionsEncodersTake() {
    SparkSession spark = SparkSessions.local();
    Property.forAll("java.time dates = java.sql dates", SparkPropertiesTest.CASES).tries(1).verify(c -> {
      List<String> bySql = answers(spark, c);
      spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
      try {
        assertThat(answers(spark, c)).isEqualTo(bySql);
      } finally {
        spark.conf().unset("spark.sql.datetime.java8API.enabled");
      }
    });
  }

  /** Every verdict and cell of {@code c}, sorted, with the dates as ISO text whatever their class. */
  private static List<String> answers(SparkSession spark, SparkPropertiesTest.Case c) {
    ChisoSpark chiso = ChisoSpark.of(spark, c.plan(), c.hierarchy());
    org.apache.spark.sql.Dataset<Row> rows = ResultRows.dataset(spark, c.results());
    List<RollupSpec> specs = c.specs().stream().filter(s -> accepted(c, s)).toList();
    List<String> out = new java.util.ArrayList<>();
    for (Row row : chiso.verdicts(rows).collectAsList()) {
      out.add(row.mkString(" "));
    }
    for (Row row : chiso.rollups(rows, specs).collectAsList()) {
      out.add(row.get(13).toString() + " " + row.getString(0) + row.getString(2) + row.getString(3) + row.get(15));
    }
    java.util.Collections.sort(out);
    return out;
  }

  private static boolean accepted(SparkPropertiesTest.Case c, RollupSpec spec) {
    try {
      Rollups.overUnits(spec, c.hierarchy(), c.results());
      return true;
    } catch (InvalidValueException refused) {
      return false;
    }
  }

  @Test
  void aBadRowIsRefusedWithTheColumnAndTheRow() {
    Row twoReadings = padded("I.1", "75", "2022", null, "83.5", 1L, 2L, null, null, null, null, null, null);
    assertThatThrownBy(() -> ResultRows.fromRow(twoReadings)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("exactly one of value").hasMessageContaining("I.1, 75, 2022");
    Row noUnit = padded("I.1", null, "2022", null, "83.5", null, null, null, null, null, null, null, null);
    assertThatThrownBy(() -> ResultRows.fromRow(noUnit)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("column unit is required");
    Row badPeriod = padded("I.1", "75", "2022-Q5", null, "83.5", null, null, null, null, null, null, null, null);
    assertThatThrownBy(() -> ResultRows.fromRow(badPeriod)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2022-Q5");
    Row badNumber = padded("I.1", "75", "2022", null, "83,5", null, null, null, null, null, null, null, null);
    assertThatThrownBy(() -> ResultRows.fromRow(badNumber)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("83,5");
    assertThatThrownBy(() -> ResultRows.fromRow(RowFactory.create("I.1"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("no column");
    Row deltaWithoutChange = padded("DTI", "67", "2021", null, null, null, null, null, null, null, null, null, null, "13", "INCREASE");
    assertThatThrownBy(() -> ResultRows.fromRow(deltaWithoutChange)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("column basis is required").hasMessageContaining("DTI, 67, 2021");
    Row unknownDirection = padded("DTI", "67", "2021", null, null, null, null, null, null, null, null, null, null, "13", "UP",
        "ABSOLUTE", "2020");
    assertThatThrownBy(() -> ResultRows.fromRow(unknownDirection)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("column direction holds 'UP'").hasMessageContaining("DTI, 67, 2021");
    Row badReference = padded("DTI", "67", "2021", null, null, null, null, null, null, null, null, null, null, "13", "INCREASE",
        "ABSOLUTE", "last year");
    assertThatThrownBy(() -> ResultRows.fromRow(badReference)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("reference \"last year\"").hasMessageContaining("YEAR_EARLIER").hasMessageContaining("DTI, 67, 2021");
    Row directionAlone = padded("I.1", "75", "2022", null, "83.5", null, null, null, null, null, null, null, null, null, "INCREASE");
    assertThatThrownBy(() -> ResultRows.fromRow(directionAlone)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("direction goes only with delta");
  }

  /** Seed 004's "tăng 13 bậc so với năm 2020" as a row, and a row of the layout before 0.2.0, without the change columns. */
  @Test
  void aChangeHasItsColumnsAndAnOlderLayoutStillReads() {
    Result places = Result.of("DTI-HANG", "67", Period.year(2021), Reading.delta(new BigDecimal("13"),
        io.github.chiso.model.Change.of(io.github.chiso.model.Change.Direction.INCREASE,
            io.github.chiso.model.Change.Basis.ABSOLUTE, Period.year(2020))));
    Row row = withSchema(ResultRows.toRow(places));
    assertThat(List.of(row.getAs("delta"), row.getAs("direction"), row.getAs("basis"), row.getAs("reference")))
        .containsExactly("13", "INCREASE", "ABSOLUTE", "2020");
    assertThat(ResultRows.fromRow(row)).isEqualTo(places);
    org.apache.spark.sql.types.StructType before = new org.apache.spark.sql.types.StructType(
        java.util.Arrays.copyOf(ResultRows.SCHEMA.fields(), 13));
    Row old = new GenericRowWithSchema(new Object[] {"I.1", "75", "2022", null, "83.5", null, null, null, null, null, null, null,
        null}, before);
    assertThat(ResultRows.fromRow(old)).isEqualTo(Result.of("I.1", "75", Period.year(2022), Reading.decimal("83.5")));
  }
}
