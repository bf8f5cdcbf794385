package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Results CSV as Excel and LibreOffice save it. */
class SpreadsheetCsvTest {
  private static final Period YEAR = Period.year(2025);

  private static byte[] bytes(byte[] mark, String text, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(mark);
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  private static List<Result> read(byte[] bytes) {
    return ResultsCsv.read(new ByteArrayInputStream(bytes));
  }

  @Test
  void excelsCsvUtf8UnderAVietnameseLocale() {
    // "CSV UTF-8" from Excel: a byte-order mark, semicolons, decimal commas, percentages as displayed.
    String sheet = "indicator;unit;period;value;numerator;denominator;reportedShare;status;note\r\n"
        + "DG-01;26041;2025;80%;;;;;\r\n"
        + "DG-01;26044;2025;80,5\u00A0%;;;;;\r\n"
        + "DG-01;26047;2025;;392;505;77,62 %;;\r\n"
        + "DG-02;26041;2025;1.234,5;;;;;\"có ; trong ghi chú\"\r\n";
    assertThat(read(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, sheet, StandardCharsets.UTF_8))).containsExactly(
        Result.of("DG-01", "26041", YEAR, Reading.decimal("80")),
        Result.of("DG-01", "26044", YEAR, Reading.decimal("80.5")),
        Result.of("DG-01", "26047", YEAR, Reading.fraction(392, 505, new BigDecimal("77.62"))),
        Result.builder().indicatorCode("DG-02").subjectCode("26041").period(YEAR).reading(Reading.decimal("1234.5"))
            .note("có ; trong ghi chú").build());
  }

  @Test
  void aByteOrderMarkReadThroughAReaderIsDroppedToo() {
    assertThat(ResultsCsv.read(new StringReader("\uFEFFindicator,unit,period,value\nI,75,2025,1\n")))
        .containsExactly(Result.of("I", "75", YEAR, Reading.decimal("1")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void unicodeTextWithItsByteOrderMarkAndTabs(String charset) {
    Charset encoding = Charset.forName(charset);
    byte[] mark = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
    String sheet = "indicator\tunit\tperiod\tstatus\tnote\nII.3\t75\t2025\tIN_PROGRESS\tĐang triển khai\n";
    assertThat(read(bytes(mark, sheet, encoding)))
        .containsExactly(Result.of("II.3", "75", YEAR, Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai")));
  }

  @Test
  void utf16WithoutAMarkIsNamedAsSuch() {
    assertThatThrownBy(() -> read("indicator,unit,period,value\n".getBytes(StandardCharsets.UTF_16LE)))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("row 1").hasMessageContaining("UTF-16 without a byte-order mark");
  }

  @Test
  void textThatDoesNotDecodeNamesItsRowLineAndOffset() {
    byte[] good = "indicator,unit,period,note,value\nI,75,2025,ok,1\nI,76,2025,".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(good);
    file.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});   // a Latin-1-style byte where UTF-8 was expected
    file.writeBytes(",2\nI,77,2025,ok,3\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> read(file.toByteArray()))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.location()).isEqualTo("row 3"))
        .hasMessageContaining("offset " + good.length).hasMessageContaining("line 3").hasMessageContaining("not UTF-8");
    // The same bytes far into a large file: the row is still the right one, not the decoder's buffer.
    StringBuilder big = new StringBuilder("indicator,unit,period,value\n");
    for (int i = 0; i < 5000; i++) {
      big.append("I,").append(i).append(",2025,1\n");
    }
    ByteArrayOutputStream large = new ByteArrayOutputStream();
    large.writeBytes(big.toString().getBytes(StandardCharsets.UTF_8));
    large.writeBytes(new byte[] {'I', ',', (byte) 0xFF, ',', '2', '0', '2', '5', ',', '1', '\n'});
    assertThatThrownBy(() -> read(large.toByteArray()))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.location()).isEqualTo("row 5002"));
  }

  @Test
  void strictnessIsTheSameWhateverTheSeparator() {
    assertThatThrownBy(() -> ResultsCsv.read("indicator;unit;period;valeur\nI;75;2025;1\n"))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.location()).isEqualTo("row 1, column 4"));
    assertThatThrownBy(() -> ResultsCsv.read("indicator;unit;period;value\nI;75;2025\n"))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.location()).isEqualTo("row 2"))
        .hasMessageContaining("has 3 cells");
    assertThatThrownBy(() -> ResultsCsv.read("indicator;unit;period;value\nI;75;2025;80 %%\n"))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.location()).isEqualTo("row 2, column value"));
    assertThatThrownBy(() -> ResultsCsv.read("indicator;unit;period;numerator;denominator\nI;75;2025;50%;100\n"))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.location()).isEqualTo("row 2, column numerator"));
  }

  @Test
  void invisibleCharactersInAHeaderAreShown() {
    assertThatThrownBy(() -> ResultsCsv.read("indicator,\u200Bunit,period,value\nI,75,2025,1\n"))
        .hasMessageContaining("\\u200b").hasMessageContaining("row 1, column 2");
  }

  @Test
  void cellsThatWouldOpenAsFormulasAreWrittenAsText() {
    Result hostile = Result.builder().indicatorCode("=1+1").subjectCode("@75").period(YEAR)
        .reading(Reading.decimal("-2.5")).note("=HYPERLINK(\"http://x\",\"bấm\")").build();
    String csv = ResultsCsv.write(List.of(hostile));
    assertThat(csv.lines().skip(1).findFirst().orElseThrow())
        .startsWith("\"'=1+1\",\"'@75\",2025,,\"-2,5\",,,,,,,\"'=HYPERLINK(");
    assertThat(ResultsCsv.read(csv)).containsExactly(hostile);
  }
}
