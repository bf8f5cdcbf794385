package io.github.chiso.json;

import com.google.common.collect.ImmutableList;
import io.github.chiso.InvalidValueException;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.text.NumberText;
import io.github.chiso.text.TextLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Results as CSV, for spreadsheets. The header names the columns {@link #COLUMNS}, in any order, and
 * the rows are read by {@link ResultTable}'s rules (shared with spreadsheet sheets): the required
 * columns, one reading per row, Vietnamese numbers, percentages such as "80%" and "80,5 %", and
 * errors located as {@code row N, column NAME} (the header is row 1).
 *
 * <p>Files are read as spreadsheets save them: from bytes ({@link #read(InputStream)}), UTF-8 with or
 * without a byte-order mark and UTF-16 with one; from text ({@link #read(Reader)}), a leading
 * byte-order mark is dropped. The separator is the comma, semicolon or tab that the header line uses
 * (Excel under a Vietnamese locale writes semicolons). Text that does not decode is a bad document
 * naming the row, line and byte offset; a blank line is skipped.
 *
 * <p>Decimals are written as Vietnamese spreadsheets show them ("77,62", "1.234,5", quoted because
 * of the comma), which reads back exactly; numerators and denominators as plain digits; codes and
 * notes through {@link CsvCells#neutralised}, so no cell opens as a formula. Cells are held to the
 * {@link TextLimits} (a longer cell is refused while it is read, not after); other read failures
 * raise {@link UncheckedIOException}. Writing refuses, with {@link InvalidValueException}, a result
 * these rules would refuse on reading. A rank ({@link Reading.Rank}) is written in the {@code rank}
 * and {@code field} columns, a change ({@link Reading.Delta}) in {@code delta}, {@code direction},
 * {@code basis} and {@code reference}, the qualifiers as names separated by spaces. Source references are not
 * carried, nor a free note on a text-only result.
 *
 * @since 0.1.0
 */
public final class ResultsCsv {
  /** The columns, in the order they are written: {@link ResultTable#COLUMNS}. */
  public static final ImmutableList<String> COLUMNS = ResultTable.COLUMNS;

  private static final CsvMapper MAPPER =
      CsvMapper.builder(CsvFactory.builder()
              // One more than the limit: a neutralised cell carries one apostrophe more than its text.
              .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(TextLimits.MAX_TEXT_LENGTH + 1).build())
              .build())
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .disable(CsvReadFeature.ALLOW_COMMENTS)
          .build();

  private ResultsCsv() {}

  /** Reads every row of CSV text into memory. */
  public static ImmutableList<Result> read(Reader in) {
    ImmutableList.Builder<Result> results = ImmutableList.builder();
    stream(in, results::add);
    return results.build();
  }

  /** Reads every row of a CSV file's bytes into memory, decoding them by their byte-order mark. */
  public static ImmutableList<Result> read(InputStream in) {
    ImmutableList.Builder<Result> results = ImmutableList.builder();
    stream(in, results::add);
    return results.build();
  }

  /** Reads CSV text. */
  public static ImmutableList<Result> read(String csv) {
    return read(new StringReader(csv));
  }

  /** Reads CSV text one row at a time, handing each result to {@code sink}; returns the number of rows. */
  public static long stream(Reader in, Consumer<? super Result> sink) {
    return stream(() -> CsvInput.open(in), sink);
  }

  /**
   * Reads a CSV file's bytes one row at a time, decoding them by their byte-order mark, handing each
   * result to {@code sink}; returns the number of rows.
   */
  public static long stream(InputStream in, Consumer<? super Result> sink) {
    return stream(() -> CsvInput.open(in), sink);
  }

  private interface Opener {
    CsvInput.Opened open();
  }

  private static long stream(Opener opener, Consumer<? super Result> sink) {
    long row = 1;
    try {
      CsvInput.Opened input = opener.open();
      try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(input.schema()).readValues(input.text)) {
        if (!rows.hasNextValue()) {
          throw new InvalidDocumentException("row 1", "", "missing header; expected columns " + COLUMNS);
        }
        ResultTable table = ResultTable.header("", Arrays.asList(rows.nextValue()));
        long count = 0;
        row = 2;
        while (rows.hasNextValue()) {
          String[] cells = rows.nextValue();
          if (!(cells.length == 1 && cells[0].isEmpty())) {
            sink.accept(table.row(row, Arrays.asList(cells)));
            count++;
          }
          row++;
        }
        return count;
      }
    } catch (JacksonException e) {
      throw readError(e, row);
    }
  }

  /**
   * Jackson's failure while reading row {@code row} (the header is row 1) as the library's, with the
   * line, which differs from the row where a quoted cell spans lines.
   */
  static RuntimeException readError(JacksonException e, long row) {
    String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr() + ")";
    String where = "row " + row;
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof CsvInput.UndecodableTextException) {
        return new InvalidDocumentException(where, "", cause.getMessage(), e);
      }
      if (cause instanceof CharacterCodingException) {
        return new InvalidDocumentException(where, "", "text that did not decode" + line + ": " + cause, e);
      }
      if (cause instanceof IOException) {
        return new UncheckedIOException((IOException) cause);
      }
    }
    if (e instanceof StreamConstraintsException) {
      return new InvalidDocumentException(where, "", "a cell exceeds a limit" + line + ": " + e.getOriginalMessage(), e);
    }
    return new InvalidDocumentException(where, "", "malformed CSV" + line + ": " + e.getOriginalMessage(), e);
  }

  /** Writes {@code results} with the header {@link #COLUMNS}; flushes {@code out} but leaves it open. */
  public static void write(Iterable<Result> results, Writer out) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    try (SequenceWriter writer = MAPPER.writerFor(String[].class).with(schema.build())
        .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValues(out)) {
      for (Result result : results) {
        writer.write(cells(result));
      }
    }
  }

  /** The results as CSV text. */
  public static String write(Iterable<Result> results) {
    StringWriter out = new StringWriter();
    write(results, out);
    return out.toString();
  }

  /** The row of {@code result}, refused as {@link #read} would refuse it. */
  private static String[] cells(Result result) {
    String[] cells = plainCells(result);
    for (int i = 0; i < cells.length; i++) {
      String problem = ResultTable.textProblem(CsvCells.restored(cells[i]));
      if (problem != null) {
        throw new InvalidValueException("column " + COLUMNS.get(i) + ": cannot write " + Obj.quoted(cells[i]) + ": " + problem);
      }
    }
    Reading reading = result.reading();
    Optional<BigDecimal> number = reading instanceof Reading.Decimal
        ? Optional.of(((Reading.Decimal) reading).decimal())
        : reading instanceof Reading.Fraction ? ((Reading.Fraction) reading).reportedShare()
        : reading instanceof Reading.Delta ? Optional.of(((Reading.Delta) reading).amount()) : Optional.empty();
    if (number.isPresent() && !TextLimits.fits(number.get())) {
      throw new InvalidValueException("cannot write " + number.get() + ": a number's plain form may have at most "
          + TextLimits.MAX_NUMBER_LENGTH + " characters");
    }
    return cells;
  }

  private static String[] plainCells(Result result) {
    List<String> cells = new ArrayList<>(List.of(CsvCells.neutralised(result.indicatorCode()),
        CsvCells.neutralised(result.subjectCode()), result.period().toString(),
        result.asOf().equals(result.period().end()) ? "" : result.asOf().toString(), "", "", "", "", "", "", "", "",
        ResultTable.qualifiersCell(result.qualifiers()), "", "", "", ""));
    Reading reading = result.reading();
    int note = COLUMNS.indexOf("note");
    cells.set(note, CsvCells.neutralised(result.note().orElse("")));
    if (reading instanceof Reading.Delta) {
      Reading.Delta delta = (Reading.Delta) reading;
      cells.set(COLUMNS.indexOf("delta"), NumberText.format(delta.amount()));
      cells.set(COLUMNS.indexOf("direction"), delta.change().direction().name());
      cells.set(COLUMNS.indexOf("basis"), delta.change().basis().name());
      cells.set(COLUMNS.indexOf("reference"), ResultTable.referenceCell(delta.change()));
    } else if (reading instanceof Reading.Decimal) {
      cells.set(COLUMNS.indexOf("value"), NumberText.format(((Reading.Decimal) reading).decimal()));
    } else if (reading instanceof Reading.Fraction) {
      Reading.Fraction parts = (Reading.Fraction) reading;
      cells.set(COLUMNS.indexOf("numerator"), Long.toString(parts.numerator()));
      cells.set(COLUMNS.indexOf("denominator"), Long.toString(parts.denominator()));
      cells.set(COLUMNS.indexOf("reportedShare"), parts.reportedShare().map(NumberText::format).orElse(""));
    } else if (reading instanceof Reading.Rank) {
      Reading.Rank rank = (Reading.Rank) reading;
      cells.set(COLUMNS.indexOf("rank"), Long.toString(rank.place()));
      cells.set(COLUMNS.indexOf("field"), rank.field().map(String::valueOf).orElse(""));
    } else {
      Reading.Text text = (Reading.Text) reading;
      cells.set(COLUMNS.indexOf("status"), text.status().name());
      cells.set(note, CsvCells.neutralised(text.note()));
    }
    return cells.toArray(String[]::new);
  }
}
