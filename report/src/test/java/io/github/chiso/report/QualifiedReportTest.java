package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Result;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.text.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every report shows how the document states a value: "khoảng 83,5%" stays approximate, judged at 83.5. */
class QualifiedReportTest {
  /** Seed 001 with its smartphone share (I.1, 83.5%) stated as "khoảng 83,5%". */
  private static ReportData approximate() {
    List<Result> results = Seeds.seed001Results().stream()
        .map(r -> r.indicatorCode().equals("I.1") ? Result.builder().from(r).addQualifiers(Qualifier.APPROXIMATE).build() : r)
        .toList();
    return ReportData.of(Seeds.seed001Plan(), Seeds.dongNai(), results);
  }

  private static String text(ReportData data, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextReport.print(data, language, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theTextAndHtmlReportsShowTheQualifierWithTheValue() {
    ReportData data = approximate();
    assertThat(text(data, Language.VI)).contains("khoảng 83,5%");
    assertThat(text(data, Language.EN)).contains("about 83.5%");
    assertThat(HtmlReport.render(data, Language.VI)).contains("khoảng 83,5%");
    ReportData plain = ReportData.of(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results());
    assertThat(text(plain, Language.VI)).doesNotContain("khoảng 83,5%").contains("83,5%");
    assertThat(data.assessments().stream().filter(a -> a.indicator().code().equals("I.1")).map(a -> a.status()).toList())
        .as("judged at the stated number").isEqualTo(plain.assessments().stream()
            .filter(a -> a.indicator().code().equals("I.1")).map(a -> a.status()).toList());
  }

  @Test
  void theCsvReportHasAQualifiersColumn() {
    StringWriter out = new StringWriter();
    CsvReport.write(approximate(), ReportOptions.of(Language.EN), out);
    assertThat(out.toString()).startsWith("indicator,indicatorName,unit,unitName,period,status,value,qualifiers,comparator,")
        .containsPattern("\\nI\\.1,[^\\n]*,83\\.5,APPROXIMATE,AT_LEAST,");
  }

  @Test
  void theXlsxComplianceSheetShowsTheWords() throws Exception {
    byte[] xlsx = XlsxTest.xlsx(approximate(), Language.VI);
    try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<org.dhatim.fastexcel.reader.Row> rows = wb.findSheet("Đánh giá").orElseThrow().read();
      assertThat(rows.get(0).getCellText(9)).isEqualTo("cách nêu");
      org.dhatim.fastexcel.reader.Row smartphones = rows.stream().filter(r -> r.getCellText(1).equals("I.1")).findFirst().orElseThrow();
      assertThat(smartphones.getCellText(9)).isEqualTo("khoảng");
      assertThat(smartphones.getCell(8).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
    }
  }
}
