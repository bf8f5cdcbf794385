package io.github.chiso.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two XLSX libraries considered for chiso-report writing the same sheet: {@code rows} rows of a
 * compliance table (six text cells, three numeric cells with a number format, a status cell with a
 * fill), each in its streaming mode — fastexcel as it always writes, Apache POI's SXSSF with a
 * 100-row window. The workbook goes to a counting stream, so the score is the library's work and the
 * {@code bytes} counter the file's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class XlsxBenchmark {
  @Param({"100000"})
  public int rows;

  private static final String[] STATUSES = {"MET", "NOT_MET", "NO_DATA", "NOT_EVALUABLE"};

  /** Counts what it is given and keeps none of it. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  @Benchmark
  public long fastexcel() throws IOException {
    Counting out = new Counting();
    Workbook workbook = new Workbook(out, "Chiso", "1.0");
    Worksheet sheet = workbook.newWorksheet("Compliance");
    for (int r = 0; r < rows; r++) {
      sheet.value(r, 0, "DL-01");
      sheet.value(r, 1, "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa");
      sheet.value(r, 2, Integer.toString(26000 + r % 10_000));
      sheet.value(r, 3, "Xã " + (r % 10_000));
      sheet.value(r, 4, "2025");
      String status = STATUSES[r % 4];
      sheet.value(r, 5, status);
      sheet.style(r, 5).fillColor(status.equals("MET") ? "C8E6C9" : "FFCDD2").set();
      sheet.value(r, 6, 50 + (r % 5000) / 100.0);
      sheet.style(r, 6).format("0.00\"%\"").set();
      sheet.value(r, 7, 60);
      sheet.style(r, 7).format("0.00\"%\"").set();
      sheet.value(r, 8, (r % 5000) / 100.0 - 10);
      sheet.style(r, 8).format("+0.00;-0.00;0").set();
      if (r % 5000 == 4999) {
        sheet.flush();
      }
    }
    sheet.finish();
    workbook.finish();
    return out.bytes;
  }

  @Benchmark
  public long poiStreaming() throws IOException {
    Counting out = new Counting();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = workbook.createSheet("Compliance");
      CellStyle share = workbook.createCellStyle();
      share.setDataFormat(workbook.createDataFormat().getFormat("0.00\"%\""));
      CellStyle margin = workbook.createCellStyle();
      margin.setDataFormat(workbook.createDataFormat().getFormat("+0.00;-0.00;0"));
      CellStyle met = workbook.createCellStyle();
      met.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_GREEN.getIndex());
      met.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      CellStyle notMet = workbook.createCellStyle();
      notMet.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
      notMet.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      for (int r = 0; r < rows; r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("DL-01");
        row.createCell(1).setCellValue("Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa");
        row.createCell(2).setCellValue(Integer.toString(26000 + r % 10_000));
        row.createCell(3).setCellValue("Xã " + (r % 10_000));
        row.createCell(4).setCellValue("2025");
        String status = STATUSES[r % 4];
        var cell = row.createCell(5);
        cell.setCellValue(status);
        cell.setCellStyle(status.equals("MET") ? met : notMet);
        cell = row.createCell(6);
        cell.setCellValue(50 + (r % 5000) / 100.0);
        cell.setCellStyle(share);
        cell = row.createCell(7);
        cell.setCellValue(60);
        cell.setCellStyle(share);
        cell = row.createCell(8);
        cell.setCellValue((r % 5000) / 100.0 - 10);
        cell.setCellStyle(margin);
      }
      workbook.write(out);
    }
    return out.bytes;
  }
}
