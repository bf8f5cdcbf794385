package io.github.chiso.report;

import com.google.common.collect.ImmutableList;
import io.github.chiso.json.InvalidDocumentException;
import io.github.chiso.json.ResultTable;
import io.github.chiso.model.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Results read from a sheet of an XLSX workbook, with the columns and rules of the results CSV
 * ({@link ResultTable}): the sheet's first non-empty row is the header, each later row a result,
 * empty rows skipped. Numeric cells are taken exactly as stored; a cell shown as a percentage
 * (format with {@code %}, stored as 0.8 for 80%) is read in percentage points, as the CSV's "80%" is;
 * date cells in {@code asOf} are dates. A formula cell gives its cached value, an error cell
 * ({@code #DIV/0!}) is refused. Every problem raises {@link InvalidDocumentException} located as
 * {@code sheet 'NAME', row N, column NAME} with the sheet's own row numbers. Rows are read as a
 * stream, one at a time.
 *
 * @since 0.1.0
 */
public final class ResultsXlsx {
  private ResultsXlsx() {}

  /** Reads every result of the workbook's first sheet into memory. */
  public static ImmutableList<Result> read(InputStream in) {
    ImmutableList.Builder<Result> out = ImmutableList.builder();
    stream(in, Optional.empty(), out::add);
    return out.build();
  }

  /**
   * Reads the sheet named {@code sheet} (the first sheet when empty) one row at a time, handing each
   * result to {@code sink}; returns the number of results.
   *
   * @throws InvalidDocumentException for a file that is not a workbook, a missing sheet, or a bad row
   */
  public static long stream(InputStream in, Optional<String> sheet, Consumer<? super Result> sink) {
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      throw new InvalidDocumentException("workbook", "", "not an XLSX workbook: " + e.getMessage(), e);
    }
    try (workbook) {
      Sheet chosen = sheet.isPresent()
          ? workbook.findSheet(sheet.get()).orElseThrow(() -> new InvalidDocumentException("workbook", sheet.get(),
              "no such sheet; the sheets are " + workbook.getSheets().map(Sheet::getName).toList()))
          : workbook.getFirstSheet();
      String place = "sheet '" + chosen.getName() + "', ";
      try (Stream<Row> rows = chosen.openStream()) {
        Iterator<Row> it = rows.iterator();
        ResultTable table = null;
        long count = 0;
        while (it.hasNext()) {
          Row row = it.next();
          List<String> cells = cells(row, place);
          if (cells.stream().allMatch(String::isBlank)) {
            continue;
          }
          if (table == null) {
            table = ResultTable.header(place, cells);
            continue;
          }
          while (cells.size() > table.width() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
          }
          while (cells.size() < table.width()) {
            cells.add("");
          }
          sink.accept(table.row(row.getRowNum(), cells));
          count++;
        }
        if (table == null) {
          throw new InvalidDocumentException(place + "row 1", "", "missing header; expected columns " + ResultTable.COLUMNS);
        }
        return count;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidDocumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidDocumentException("workbook", "", "unreadable XLSX: " + e, e);
    }
  }

  /** The row's cells as the results table reads them, by column index. */
  private static List<String> cells(Row row, String place) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell cell = row.getCell(i);
      out.add(cell == null ? "" : text(cell, place + "row " + row.getRowNum() + ", column " + (i + 1)));
    }
    return out;
  }

  /**
   * A cell as text the results table reads exactly: a number with a decimal comma and no grouping
   * (NumberText reads a lone comma as the decimal separator), a percentage in percentage points, a
   * date as ISO.
   */
  private static String text(Cell cell, String where) {
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case STRING:
        return cell.getText();
      case BOOLEAN:
        return cell.getRawValue();
      case ERROR:
        throw new InvalidDocumentException(where, cell.getRawValue(), "an error cell");
      case NUMBER:
      case FORMULA:
        if (cell.getRawValue() == null) {
          throw new InvalidDocumentException(where, "", "a formula without a cached value");
        }
        String format = Optional.ofNullable(cell.getDataFormatString()).orElse("");
        BigDecimal number;
        try {
          number = new BigDecimal(cell.getRawValue());
        } catch (NumberFormatException e) {
          return cell.getRawValue();
        }
        if (isDate(format)) {
          return cell.asDate().toLocalDate().toString();
        }
        if (format.contains("%")) {
          number = number.movePointRight(2);
        }
        String plain = number.stripTrailingZeros().toPlainString();
        return plain.replace('.', ',');
      default:
        return cell.getText();
    }
  }

  private static boolean isDate(String format) {
    String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").toLowerCase(java.util.Locale.ROOT);
    return f.contains("yy") || f.contains("d") && f.contains("m");
  }
}
