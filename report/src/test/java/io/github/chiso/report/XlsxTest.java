package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.json.InvalidDocumentException;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.text.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class XlsxTest {
  /** The workbook's parts by name. */
  static Map<String, String> parts(byte[] xlsx) throws IOException {
    // The writer streams (sizes after the data), which ZipInputStream does not take: read it as a file.
    java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
    try {
      java.nio.file.Files.write(file, xlsx);
      Map<String, String> parts = new LinkedHashMap<>();
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      return parts;
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  static byte[] xlsx(ReportData data, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxReport.write(data, ReportOptions.of(language), out);
    return out.toByteArray();
  }

  @Test
  void theWorkbookHasItsSheetsWithNumericCellsAFrozenFilteredHeaderAndColours() throws Exception {
    ReportData seed001 = ReportData.of(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results());
    Map<String, String> parts = parts(xlsx(seed001, Language.EN));
    assertThat(parts.get("xl/workbook.xml")).contains("name=\"Scorecard\"", "name=\"Compliance\"", "name=\"Units\"", "name=\"Gaps\"",
        "name=\"Tasks\"", "name=\"Findings\"");
    String compliance = parts.get("xl/worksheets/sheet2.xml");
    assertThat(compliance).contains("<pane ").contains("state=\"frozen\"").contains("<autoFilter ref=\"A1:P27\"");
    // II.1's value 392/505 is a number cell (no t="s"/"inlineStr"), exact to 10 places.
    assertThat(compliance).containsPattern("<c r=\"I4\" s=\"\\d+\" t=\"n\"><v>77.6237623762</v></c>");
    assertThat(parts.get("xl/styles.xml")).contains("0.00&quot;%&quot;").contains(XlsxReport.RED).contains(XlsxReport.GREEN);
    assertThat(parts.get("xl/worksheets/sheet4.xml")).contains("<autoFilter ref=\"A1:J5\"");
  }

  @Test
  void vietnameseSheetsAndWords() throws Exception {
    ReportData seed001 = ReportData.of(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results());
    byte[] xlsx = xlsx(seed001, Language.VI);
    try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName))
          .containsExactly("Tổng hợp", "Đánh giá", "Theo đơn vị", "Khoảng cách", "Nhiệm vụ", "Phát hiện", "Kết quả khác");
    }
    try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<org.dhatim.fastexcel.reader.Row> rows = wb.findSheet("Đánh giá").orElseThrow().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("lĩnh vực");
      org.dhatim.fastexcel.reader.Row online = rows.stream().filter(r -> r.getCellText(1).equals("II.1")).findFirst().orElseThrow();
      assertThat(online.getCellText(5)).isEqualTo("Tỉnh Đồng Nai");
      assertThat(online.getCellText(7)).isEqualTo("CHƯA ĐẠT");
      assertThat(online.getCellText(9)).as("no qualifier").isEmpty();
      assertThat(online.getCellText(10)).isEqualTo("tối thiểu 80%");
      assertThat(online.getCell(8).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
    }
  }

  /** A province's commune results as a person keeps them in Excel: shares as percentages, dates as dates. */
  static byte[] communeWorkbook(List<String> communes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "Test", "1.0");
    Worksheet ws = wb.newWorksheet("Kết quả xã");
    String[] header = {"indicator", "unit", "period", "asOf", "value", "numerator", "denominator", "note"};
    for (int c = 0; c < header.length; c++) {
      ws.value(0, c, header[c]);
    }
    int r = 1;
    for (String commune : communes) {
      ws.value(r, 0, "DL-01");
      ws.value(r, 1, commune);
      ws.value(r, 2, 2025);
      ws.value(r, 3, LocalDate.of(2025, 12, 15));
      ws.style(r, 3).format("dd/mm/yyyy").set();
      if (r % 2 == 0) {
        ws.value(r, 4, new BigDecimal("0.625"));
        ws.style(r, 4).format("0.0%").set();
      } else {
        ws.value(r, 5, 30 + r % 40);
        ws.value(r, 6, 80);
      }
      r++;
    }
    ws.finish();
    wb.finish();
    return out.toByteArray();
  }

  @Test
  void communeResultsFromAWorkbookGiveDistrictAndProvinceRollups() throws Exception {
    List<String> communes = Seeds.dongNai().unitsOf(Tier.COMMUNE).stream().map(u -> u.code()).toList();
    List<Result> results = ResultsXlsx.read(new ByteArrayInputStream(communeWorkbook(communes)));
    assertThat(results).hasSize(159);
    assertThat(results.get(1)).isEqualTo(Result.builder().indicatorCode("DL-01").subjectCode(communes.get(1)).period(Period.year(2025))
        .asOf(LocalDate.of(2025, 12, 15)).reading(Reading.decimal("62.5")).build());
    assertThat(results.get(0).reading()).isEqualTo(Reading.fraction(31, 80));
    ReportData report = ReportData.of(Seeds.seed002Plan(), Seeds.dongNai(), results);
    assertThat(report.rollups()).filteredOn(r -> r.assessment().targetCode().equals("DL-01") && r.standsIn())
        .extracting(r -> r.assessment().subjectCode()).contains("75", "731", "742");
    assertThat(report.assessments()).filteredOn(a -> a.targetCode().equals("DL-01") && !a.scope().key().equals("commune"))
        .noneMatch(a -> a.status() == Status.NO_DATA);
  }

  @Test
  void badCellsNameTheSheetRowAndColumn() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "Test", "1.0");
    Worksheet first = wb.newWorksheet("Ghi chú");
    first.value(0, 0, "not results");
    Worksheet ws = wb.newWorksheet("Số liệu");
    ws.value(0, 0, "indicator");
    ws.value(0, 1, "unit");
    ws.value(0, 2, "period");
    ws.value(0, 3, "numerator");
    ws.value(0, 4, "denominator");
    ws.value(1, 0, "DL-01");
    ws.value(1, 1, "26041");
    ws.value(1, 2, "2025");
    ws.value(1, 3, 12.5);
    ws.value(1, 4, 80);
    first.finish();
    ws.finish();
    wb.finish();
    byte[] bytes = out.toByteArray();
    assertThatThrownBy(() -> ResultsXlsx.stream(new ByteArrayInputStream(bytes), Optional.of("Số liệu"), r -> { }))
        .isInstanceOfSatisfying(InvalidDocumentException.class,
            e -> assertThat(e.location()).isEqualTo("sheet 'Số liệu', row 2, column numerator"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> ResultsXlsx.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.location()).isEqualTo("sheet 'Ghi chú', row 1, column 1"))
        .hasMessageContaining("unknown column");
    assertThatThrownBy(() -> ResultsXlsx.stream(new ByteArrayInputStream(bytes), Optional.of("Kết quả"), r -> { }))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("no such sheet").hasMessageContaining("Số liệu");
    assertThatThrownBy(() -> ResultsXlsx.read(new ByteArrayInputStream("indicator,unit\n".getBytes())))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("not an XLSX workbook");
  }

  @Test
  void aTextResultReadsBack() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "Test", "1.0");
    Worksheet ws = wb.newWorksheet("Sheet1");
    String[] row0 = {"indicator", "unit", "period", "status", "note"};
    String[] row1 = {"II.3", "75", "2022-Q3", "IN_PROGRESS", "'=Đang triển khai"};
    for (int c = 0; c < 5; c++) {
      ws.value(0, c, row0[c]);
      ws.value(2, c, row1[c]);
    }
    ws.finish();
    wb.finish();
    assertThat(ResultsXlsx.read(new ByteArrayInputStream(out.toByteArray())))
        .containsExactly(Result.of("II.3", "75", Period.quarter(2022, 3), Reading.text(TextStatus.IN_PROGRESS, "=Đang triển khai")));
  }
}
