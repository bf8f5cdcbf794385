package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.model.Change;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResultsCsvTest {
  private static final String GOLDEN = GoldenDocumentsTest.golden("results.csv");
  private static final String HEADER = "indicator,unit,period,value,numerator,denominator,reportedShare,status,note\n";

  @Test
  void readsSpreadsheetResultsWithVietnameseNumbers() {
    Period q3 = Period.quarter(2022, 3);
    assertThat(ResultsCsv.read(GOLDEN)).containsExactly(
        Result.of("II.1", "75", q3, Reading.fraction(392, 505, new BigDecimal("77.62"))),
        Result.of("I.1", "75", q3, Reading.decimal("83.5")),
        Result.of("III.1", "75", q3, Reading.decimal("63.82")),
        Result.of("II.3", "75", q3, Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai xây dựng Kho quản lý dữ liệu điện tử")),
        Result.builder().indicatorCode("DS-01").subjectCode("75").period(q3)
            .reading(Reading.fraction(3103499, 3118174, new BigDecimal("99.53"))).note("nhân khẩu thường trú").build());
  }

  @Test
  void writesTheDocumentedHeader() {
    String csv = ResultsCsv.write(List.of(Result.of("II.1", "75", Period.quarter(2022, 3), Reading.decimal("77.62"))));
    assertThat(csv).startsWith(String.join(",", ResultsCsv.COLUMNS) + "\n");
    assertThat(csv).contains("II.1,75,2022-Q3,,\"77,62\",,,,,");
  }

  record Bad(String what, String csv, String location, String problem) {
    @Override
    public String toString() {
      return what;
    }
  }

  static List<Bad> badDocuments() {
    return List.of(
        new Bad("unknown column", "indicator,unit,period,valeur\nI,75,2022,1\n", "row 1, column 4", "unknown column"),
        new Bad("repeated column", "indicator,unit,period,value,value\nI,75,2022,1,2\n", "row 1, column 5", "repeated column"),
        new Bad("missing column", "indicator,period,value\nI,2022,1\n", "row 1", "missing required column 'unit'"),
        new Bad("short row", "indicator,unit,period,value\nI,75,2022\n", "row 2", "has 3 cells"),
        new Bad("bad number", "indicator,unit,period,value\nI,75,2022,1.23.4\n", "row 2, column value", "grouped by threes"),
        new Bad("bad period", "indicator,unit,period,value\nI,75,2022-Q5,1\n", "row 2, column period", "'2022-Q5'"),
        new Bad("two readings", "indicator,unit,period,value,status\nI,75,2022,1,IN_PROGRESS\n", "row 2", "exactly one of"),
        new Bad("numerator too big", "indicator,unit,period,numerator,denominator\nI,75,2022,6,5\n", "row 2, column numerator",
            "from 0 to the denominator 5"),
        new Bad("fraction part", "indicator,unit,period,numerator,denominator\nI,75,2022,1,\"2,5\"\n", "row 2, column denominator",
            "whole number"),
        new Bad("bad status", "indicator,unit,period,status,note\nI,75,2022,DONE,x\n", "row 2, column status", "expected one of"),
        new Bad("status without note", "indicator,unit,period,status\nI,75,2022,IN_PROGRESS\n", "row 2, column note",
            "required cell is empty"),
        new Bad("empty unit", "indicator,unit,period,value\nI,,2022,1\n", "row 2, column unit", "required cell is empty"),
        new Bad("bad date", "indicator,unit,period,asOf,value\nI,75,2022,2022-02-30,1\n", "row 2, column asOf", "ISO-8601"),
        new Bad("unknown qualifier", "indicator,unit,period,value,qualifiers\nI,75,2022,1,khoảng\n", "row 2, column qualifiers",
            "unknown qualifier 'khoảng'"),
        new Bad("repeated qualifier", "indicator,unit,period,value,qualifiers\nI,75,2022,1,APPROXIMATE APPROXIMATE\n",
            "row 2, column qualifiers", "listed twice"),
        new Bad("qualified text", "indicator,unit,period,status,note,qualifiers\nI,75,2022,IN_PROGRESS,x,APPROXIMATE\n",
            "row 2, column qualifiers", "only for a number"),
        new Bad("a group of places on a value", "indicator,unit,period,value,qualifiers\nI,75,2022,10,WITHIN\n",
            "row 2, column qualifiers", "WITHIN"),
        new Bad("both bounds", "indicator,unit,period,value,qualifiers\nI,75,2022,10,MORE_THAN LESS_THAN\n",
            "row 2, column qualifiers", "contradict"),
        new Bad("field without rank", "indicator,unit,period,value,field\nI,75,2022,10,63\n", "row 2, column field",
            "only with rank"),
        new Bad("rank and value", "indicator,unit,period,value,rank\nI,75,2022,10,10\n", "row 2", "exactly one of"),
        new Bad("rank zero", "indicator,unit,period,rank\nI,75,2022,0\n", "row 2, column rank", "the place must be at least 1"),
        new Bad("rank beyond its field", "indicator,unit,period,rank,field\nI,75,2022,70,63\n", "row 2, column field",
            "must hold place 70"),
        new Bad("fractional rank", "indicator,unit,period,rank\nI,75,2022,\"2,5\"\n", "row 2, column rank", "whole number"),
        new Bad("delta without its change", "indicator,unit,period,delta,direction,basis\nI,75,2022,13,INCREASE,ABSOLUTE\n",
            "row 2, column reference", "required cell is empty"),
        new Bad("unknown direction", "indicator,unit,period,delta,direction,basis,reference\nI,75,2022,13,UP,ABSOLUTE,2020\n",
            "row 2, column direction", "expected one of [INCREASE, DECREASE]"),
        new Bad("bad reference", "indicator,unit,period,delta,direction,basis,reference\nI,75,2022,13,INCREASE,ABSOLUTE,last year\n",
            "row 2, column reference", "'last year'"),
        new Bad("negative delta", "indicator,unit,period,delta,direction,basis,reference\nI,75,2022,-2,INCREASE,ABSOLUTE,2020\n",
            "row 2, column delta", "-2"),
        new Bad("direction without delta", "indicator,unit,period,value,direction\nI,75,2022,10,INCREASE\n",
            "row 2, column direction", "only with delta"),
        new Bad("delta and value", "indicator,unit,period,value,delta\nI,75,2022,10,10\n", "row 2", "exactly one of"),
        new Bad("empty document", "", "row 1", "missing header"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badRowsNameRowAndColumn(Bad bad) {
    assertThatThrownBy(() -> ResultsCsv.read(bad.csv()))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.location()).isEqualTo(bad.location()))
        .hasMessageContaining(bad.problem());
  }

  @Test
  void aQualifiedOrRankedResultIsWrittenInItsColumnsAndReadBack() {
    Period year = Period.year(2022);
    List<Result> results = List.of(
        Result.builder().indicatorCode("I.5").subjectCode("75").period(year).reading(Reading.decimal("3500"))
            .addQualifiers(io.github.chiso.model.Qualifier.APPROXIMATE).build(),
        Result.of("DTI", "75", year, Reading.rank(41, 63)),
        Result.builder().indicatorCode("DTI").subjectCode("75").period(year).reading(Reading.rank(10))
            .addQualifiers(io.github.chiso.model.Qualifier.WITHIN, io.github.chiso.model.Qualifier.APPROXIMATE).build());
    String csv = ResultsCsv.write(results);
    assertThat(csv).contains("I.5,75,2022,,3.500,,,,,,,,APPROXIMATE,,,,\n").contains("DTI,75,2022,,,,,,41,63,,,,,,,\n")
        .contains("DTI,75,2022,,,,,,10,,,,\"APPROXIMATE WITHIN\",,,,\n");
    assertThat(ResultsCsv.read(csv)).isEqualTo(results);
    assertThat(ResultsCsv.read("indicator,unit,period,value,qualifiers\nI,75,2022,80,\"  MORE_THAN   ESTIMATED \"\n")
        .get(0).qualifiers()).containsExactlyInAnyOrder(io.github.chiso.model.Qualifier.MORE_THAN,
            io.github.chiso.model.Qualifier.ESTIMATED);
  }

  /** Seed 004's "tăng 13 bậc so với năm 2020" and a relative change against the same period a year earlier, as Excel saves them. */
  @Test
  void aChangeIsWrittenInItsColumnsAndReadBack() {
    List<Result> results = List.of(
        Result.of("DTI-HANG", "67", Period.year(2021), Reading.delta(new BigDecimal("13"),
            Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2020)))),
        Result.of("TMĐT", "67", Period.quarter(2022, 3), Reading.delta(new BigDecimal("15.5"),
            Change.yearOnYear(Change.Direction.DECREASE, Change.Basis.RELATIVE))));
    String csv = ResultsCsv.write(results);
    assertThat(csv).contains("DTI-HANG,67,2021,,,,,,,,,,,13,INCREASE,ABSOLUTE,2020\n")
        .contains("\"15,5\",DECREASE,RELATIVE,YEAR_EARLIER\n");
    assertThat(ResultsCsv.read(csv)).isEqualTo(results);
    assertThat(ResultsCsv.read("indicator;unit;period;delta;direction;basis;reference\nTMĐT;67;2022-Q3;15,5 %;DECREASE;RELATIVE;YEAR_EARLIER\n"))
        .containsExactly(results.get(1));
  }

  @Test
  void writingLeavesTheCallersWriterOpen() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter() {
      @Override
      public void close() {
        throw new AssertionError("closed the caller's writer");
      }
    };
    ResultsCsv.write(List.of(Result.of("I", "75", Period.year(2022), Reading.decimal("1"))), out);
    assertThat(out.toString()).endsWith("I,75,2022,,1,,,,,,,,,,,,\n");
  }

  @Test
  void emptyLinesAreSkipped() {
    assertThat(ResultsCsv.read(HEADER + "\nI.1,75,2022-Q3,83.5,,,,,\n\n")).hasSize(1);
  }
}
