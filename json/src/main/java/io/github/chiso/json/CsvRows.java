package io.github.chiso.json;

import io.github.chiso.ChisoException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a CSV whose first row names the columns, handing each later row to a consumer that asks for
 * cells by column name. A leading byte-order mark and spaces around names and cells are dropped;
 * blank lines are skipped; the separator is the comma, semicolon or tab of the header line, as for
 * {@link ResultsCsv}; cells are {@linkplain CsvCells#restored restored} from their formula-safe form.
 *
 * <p>Every problem raises {@link InvalidDocumentException}: a missing header or required column
 * ({@code row 1}), a row with the wrong number of cells, malformed CSV (with its line), and any
 * {@link ChisoException} the consumer raises, relocated to {@code row N} (1-based, the header being
 * row 1) so the message names the row. The consumer sees rows in file order; what it built before a
 * bad row is its own to discard.
 */
public final class CsvRows {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private CsvRows() {}

  /** One row of the file. */
  public interface Row {
    /**
     * The cell under {@code column}, stripped.
     *
     * @throws InvalidDocumentException if the header has no such column
     */
    String get(String column);

    /** The cell under {@code column}, empty if the header lacks the column or the cell is blank. */
    Optional<String> find(String column);

    /** The row's number in the file, the header being row 1. */
    long number();
  }

  /**
   * Reads every row of {@code in}, after checking that the header has each of {@code required}.
   *
   * @throws InvalidDocumentException as described above; {@link java.io.UncheckedIOException} for a
   *     failing reader
   */
  public static void read(Reader in, List<String> required, Consumer<Row> each) {
    CsvInput.Opened input = CsvInput.open(in);
    try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(input.schema()).readValues(input.text)) {
      if (!rows.hasNextValue()) {
        throw new InvalidDocumentException("row 1", "", "missing header");
      }
      String[] names = rows.nextValue();
      Map<String, Integer> header = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        header.put(names[i].replace("\uFEFF", "").strip(), i);
      }
      for (String column : required) {
        if (!header.containsKey(column)) {
          throw new InvalidDocumentException("row 1", "", "missing column '" + column + "'; found " + header.keySet());
        }
      }
      long number = 1;
      while (rows.hasNextValue()) {
        String[] cells = rows.nextValue();
        number++;
        if (cells.length == 1 && cells[0].isEmpty()) {
          continue;
        }
        if (cells.length != names.length) {
          throw new InvalidDocumentException("row " + number, "", "has " + cells.length + " cells; the header has " + names.length);
        }
        long rowNumber = number;
        try {
          each.accept(new ArrayRow(header, cells, rowNumber));
        } catch (InvalidDocumentException e) {
          throw new InvalidDocumentException("row " + rowNumber + ", " + e.location(), e.value(), e.getMessage(), e);
        } catch (ChisoException e) {
          throw new InvalidDocumentException("row " + rowNumber, "", e.getMessage(), e);
        }
      }
    } catch (JacksonException e) {
      throw new InvalidDocumentException("line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), "",
          "malformed CSV: " + e.getOriginalMessage(), e);
    }
  }

  private static final class ArrayRow implements Row {
    private final Map<String, Integer> header;
    private final String[] cells;
    private final long number;

    ArrayRow(Map<String, Integer> header, String[] cells, long number) {
      this.header = header;
      this.cells = cells;
      this.number = number;
    }

    @Override
    public String get(String column) {
      Integer index = header.get(column);
      if (index == null) {
        throw new InvalidDocumentException("column " + column, "", "missing column '" + column + "'; found " + header.keySet());
      }
      return CsvCells.restored(cells[index].strip());
    }

    @Override
    public Optional<String> find(String column) {
      Integer index = header.get(column);
      return index == null || cells[index].isBlank() ? Optional.empty() : Optional.of(CsvCells.restored(cells[index].strip()));
    }

    @Override
    public long number() {
      return number;
    }
  }
}
