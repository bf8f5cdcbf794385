package io.github.chiso.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats a report is written in, each to a stream of bytes: text, CSV and HTML in UTF-8, XLSX
 * as a workbook.
 *
 * @since 0.1.0
 */
public enum ReportFormat {
  /** {@link TextReport}: aligned text for a terminal, tables cut at {@link ReportOptions#limit}. */
  TEXT,
  /** {@link CsvReport}: the compliance table in full. */
  CSV,
  /** {@link HtmlReport}: one self-contained page, tables cut at {@link ReportOptions#limit}. */
  HTML,
  /** {@link XlsxReport}: a workbook with every table in full. */
  XLSX;

  /** Writes {@code data} to {@code out} in this format; {@code out} is flushed and left open. */
  public void write(ReportData data, ReportOptions options, OutputStream out) {
    try {
      switch (this) {
        case TEXT:
          PrintStream text = new PrintStream(out, false, StandardCharsets.UTF_8);
          TextReport.print(data, options, text);
          text.flush();
          break;
        case CSV:
          Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          CsvReport.write(data, options, csv);
          csv.flush();
          break;
        case HTML:
          Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          html.write(HtmlReport.render(data, options));
          html.flush();
          break;
        default:
          XlsxReport.write(data, options, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The usual file extension, e.g. {@code csv}. */
  public String extension() {
    return this == TEXT ? "txt" : name().toLowerCase(Locale.ROOT);
  }
}
