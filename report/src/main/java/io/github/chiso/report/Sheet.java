package io.github.chiso.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table written to a workbook: a bold, shaded, frozen header with an autofilter, then rows of
 * typed cells, flushed as they go so that memory stays flat; a table longer than a sheet's row limit
 * goes on in a sheet named "NAME (2)", and so on, each with its header.
 */
final class Sheet {
  /** Rows a sheet holds, header included. */
  static final int MAX_ROWS = 1_048_576;
  private static final int FLUSH_EVERY = 5_000;

  /** A cell: text, a number with its display format, a date, or nothing; with an optional fill colour. */
  static final class Cell {
    final Object value;
    final Optional<String> format;
    final Optional<String> fill;

    private Cell(Object value, Optional<String> format, Optional<String> fill) {
      this.value = value;
      this.format = format;
      this.fill = fill;
    }

    static Cell text(String text) {
      return new Cell(text, Optional.empty(), Optional.empty());
    }

    static Cell number(BigDecimal number, String format) {
      return new Cell(number, Optional.of(format), Optional.empty());
    }

    static Cell number(long number) {
      return new Cell(number, Optional.of("0"), Optional.empty());
    }

    static Cell date(LocalDate date) {
      return new Cell(date, Optional.of("yyyy-mm-dd"), Optional.empty());
    }

    static Cell empty() {
      return new Cell(null, Optional.empty(), Optional.empty());
    }

    Cell filled(String colour) {
      return new Cell(value, format, Optional.of(colour));
    }
  }

  private final Workbook workbook;
  private final String name;
  private final List<String> header;
  private final double[] widths;
  private Worksheet sheet;
  private int part = 1;
  private int row;

  Sheet(Workbook workbook, String name, List<String> header, double... widths) {
    this.workbook = workbook;
    this.name = name;
    this.header = header;
    this.widths = widths;
    open();
  }

  private void open() {
    sheet = workbook.newWorksheet(part == 1 ? name : name + " (" + part + ")");
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
      sheet.style(0, c).bold().fillColor("DDDDDD").wrapText(true).set();
      sheet.width(c, c < widths.length ? widths[c] : 14);
    }
    sheet.freezePane(0, 1);
    // Printed: landscape, as wide as one page, as many pages down as it takes, the header on each.
    sheet.pageOrientation("landscape");
    sheet.paperSize(PaperSize.A4_PAPER);
    sheet.setFitToPage(true);
    sheet.fitToWidth((short) 1);
    sheet.fitToHeight((short) 0);
    sheet.repeatRows(0);
    row = 1;
  }

  void add(Cell... cells) throws IOException {
    if (row == MAX_ROWS) {
      close();
      part++;
      open();
    }
    for (int c = 0; c < cells.length; c++) {
      Cell cell = cells[c];
      if (cell.value instanceof String && !((String) cell.value).isEmpty()) {
        sheet.value(row, c, (String) cell.value);
      } else if (cell.value instanceof Number) {
        sheet.value(row, c, (Number) cell.value);
      } else if (cell.value instanceof LocalDate) {
        sheet.value(row, c, (LocalDate) cell.value);
      }
      if (cell.format.isPresent() || cell.fill.isPresent()) {
        var style = sheet.style(row, c);
        cell.format.ifPresent(style::format);
        cell.fill.ifPresent(style::fillColor);
        style.set();
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  /** Sets the autofilter over what was written and finishes the sheet. */
  void close() throws IOException {
    sheet.setAutoFilter(0, 0, Math.max(0, row - 1), header.size() - 1);
    sheet.finish();
  }
}
