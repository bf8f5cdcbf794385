package io.github.chiso.json;

import com.google.common.collect.ImmutableList;
import io.github.chiso.ChisoException;
import io.github.chiso.InvalidValueException;
import io.github.chiso.TextParseException;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import io.github.chiso.text.NumberText;
import io.github.chiso.text.TextLimits;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Results as CSV, for spreadsheets. The header names the columns, in any order:
 *
 * <pre>indicator,unit,period,asOf,value,numerator,denominator,reportedShare,status,note</pre>
 *
 * {@code indicator}, {@code unit} and {@code period} are required; each row gives exactly one of a
 * {@code value}, a {@code numerator} and {@code denominator} (with an optional {@code
 * reportedShare}), or a {@code status} (IN_PROGRESS, NOT_STARTED, NOT_AVAILABLE) whose {@code note}
 * is the result's own words; for a numeric row, {@code note} is a free note. Empty cells are absent
 * values; codes, numbers and dates are trimmed, notes kept verbatim. Numbers read by {@link NumberText}'s Vietnamese rules, so "77,62", "83.5" and "3.103.499"
 * all work. Decimals are written as Vietnamese spreadsheets show them ("77,62", "1.234,5", quoted
 * because of the comma), which reads back exactly; "51.212" with a decimal point would read as a
 * thousands group. Numerators and denominators are written as plain digits. Unknown or repeated columns, a
 * missing required column, a short or long row, or a bad cell raise {@link InvalidDocumentException}
 * located as {@code row N, column NAME} (the header is row 1). Source references are not carried.
 *
 * <p>Cells are held to the {@link TextLimits}: at most {@value TextLimits#MAX_TEXT_LENGTH} characters
 * (a longer one is refused while it is read, not after), Unicode text, numbers that {@link
 * TextLimits#fits fit}. Text that did not decode ({@link java.nio.charset.CharacterCodingException}
 * from the reader) is a bad document too; other read failures raise {@link UncheckedIOException}.
 * Writing refuses, with {@link io.github.chiso.InvalidValueException}, a result these rules would
 * refuse on reading.
 *
 * @since 0.1.0
 */
public final class ResultsCsv {
  /** The columns, in the order they are written. */
  public static final ImmutableList<String> COLUMNS =
      ImmutableList.of("indicator", "unit", "period", "asOf", "value", "numerator", "denominator", "reportedShare", "status", "note");

  private static final CsvMapper MAPPER =
      CsvMapper.builder(CsvFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(TextLimits.MAX_TEXT_LENGTH).build())
              .build())
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .disable(CsvReadFeature.ALLOW_COMMENTS)
          .build();

  private ResultsCsv() {}

  /** Reads every row into memory. */
  public static ImmutableList<Result> read(Reader in) {
    ImmutableList.Builder<Result> results = ImmutableList.builder();
    stream(in, results::add);
    return results.build();
  }

  /** Reads CSV text. */
  public static ImmutableList<Result> read(String csv) {
    return read(new StringReader(csv));
  }

  /** Reads one row at a time, handing each result to {@code sink}; returns the number of rows. */
  public static long stream(Reader in, Consumer<? super Result> sink) {
    long row = 1;
    try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(in)) {
      if (!rows.hasNextValue()) {
        throw new InvalidDocumentException("row 1", "", "missing header; expected columns " + COLUMNS);
      }
      Map<String, Integer> header = header(rows.nextValue());
      long count = 0;
      while (rows.hasNextValue()) {
        row++;
        String[] cells = rows.nextValue();
        if (cells.length == 1 && cells[0].isEmpty()) {
          continue;
        }
        if (cells.length != header.size()) {
          throw new InvalidDocumentException("row " + row, "", "has " + cells.length + " cells; the header has " + header.size());
        }
        sink.accept(result(new Row(row, header, cells)));
        count++;
      }
      return count;
    } catch (JacksonException e) {
      throw readError(e, row);
    }
  }

  /**
   * Jackson's failure while reading row {@code row} (the header is row 1) as the library's, with the
   * line, which differs from the row where a quoted cell spans lines.
   */
  private static RuntimeException readError(JacksonException e, long row) {
    String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr() + ")";
    String where = "row " + row;
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
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

  private static Map<String, Integer> header(String[] names) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip();
      if (!COLUMNS.contains(name)) {
        throw new InvalidDocumentException("row 1, column " + (i + 1), Obj.quoted(name), "unknown column; expected some of " + COLUMNS);
      }
      if (header.put(name, i) != null) {
        throw new InvalidDocumentException("row 1, column " + (i + 1), Obj.quoted(name), "repeated column");
      }
    }
    for (String required : List.of("indicator", "unit", "period")) {
      if (!header.containsKey(required)) {
        throw new InvalidDocumentException("row 1", "", "missing required column '" + required + "'");
      }
    }
    return header;
  }

  /** One data row with its number, read by column name. */
  private static final class Row {
    final long number;
    final Map<String, Integer> header;
    final String[] cells;

    Row(long number, Map<String, Integer> header, String[] cells) {
      this.number = number;
      this.header = header;
      this.cells = cells;
      header.forEach((column, index) -> {
        String problem = textProblem(cells[index]);
        if (problem != null) {
          throw new InvalidDocumentException(where(column), Obj.quoted(cells[index]), problem);
        }
      });
    }

    String where(String column) {
      return "row " + number + ", column " + column;
    }

    /** The cell as written; notes are kept verbatim. */
    String raw(String column) {
      Integer index = header.get(column);
      return index == null ? "" : cells[index];
    }

    /** The cell without surrounding spaces, for codes, numbers and dates. */
    String cell(String column) {
      return raw(column).strip();
    }

    boolean has(String column) {
      return !cell(column).isEmpty();
    }

    String required(String column) {
      if (!has(column)) {
        throw new InvalidDocumentException(where(column), "", "required cell is empty");
      }
      return cell(column);
    }

    BigDecimal number(String column) {
      try {
        return NumberText.parse(cell(column));
      } catch (TextParseException e) {
        throw new InvalidDocumentException(where(column), Obj.quoted(cell(column)), e.problem());
      }
    }

    long whole(String column) {
      BigDecimal value = number(column);
      try {
        return value.longValueExact();
      } catch (ArithmeticException e) {
        throw new InvalidDocumentException(where(column), Obj.quoted(cell(column)), "expected a whole number");
      }
    }
  }

  /** Why {@code cell} breaks the {@link TextLimits}, or null when it keeps them. */
  private static String textProblem(String cell) {
    if (cell.length() > TextLimits.MAX_TEXT_LENGTH) {
      return "longer than " + TextLimits.MAX_TEXT_LENGTH + " characters";
    }
    int surrogate = TextLimits.unpairedSurrogateAt(cell);
    return surrogate < 0 ? null : "not Unicode text: unpaired surrogate at index " + surrogate;
  }

  private static Result result(Row row) {
    boolean decimal = row.has("value");
    boolean parts = row.has("numerator") || row.has("denominator");
    boolean text = row.has("status");
    if ((decimal ? 1 : 0) + (parts ? 1 : 0) + (text ? 1 : 0) != 1) {
      throw new InvalidDocumentException("row " + row.number, "",
          "needs exactly one of value, numerator+denominator, or status (with note)");
    }
    Reading reading;
    if (decimal) {
      reading = Reading.decimal(row.number("value"));
    } else if (parts) {
      long numerator = row.whole("numerator");
      long denominator = row.whole("denominator");
      if (denominator <= 0) {
        throw new InvalidDocumentException(row.where("denominator"), Long.toString(denominator), "denominator must be positive");
      }
      if (numerator < 0 || numerator > denominator) {
        throw new InvalidDocumentException(row.where("numerator"), Long.toString(numerator),
            "numerator must be from 0 to the denominator " + denominator);
      }
      reading = row.has("reportedShare")
          ? Reading.fraction(numerator, denominator, row.number("reportedShare"))
          : Reading.fraction(numerator, denominator);
    } else {
      TextStatus status = Obj.enumValue(row.cell("status"), row.where("status"), TextStatus.class);
      row.required("note");
      reading = Reading.text(status, row.raw("note"));
    }
    try {
      Result.Builder result = Result.builder()
          .indicatorCode(row.required("indicator"))
          .subjectCode(row.required("unit"))
          .period(period(row))
          .reading(reading);
      if (row.has("asOf")) {
        try {
          result.asOf(LocalDate.parse(row.cell("asOf")));
        } catch (DateTimeException e) {
          throw new InvalidDocumentException(row.where("asOf"), Obj.quoted(row.cell("asOf")), "expected an ISO-8601 date YYYY-MM-DD");
        }
      }
      if (!text && row.has("note")) {
        result.note(row.raw("note"));
      }
      return result.build();
    } catch (InvalidDocumentException e) {
      throw e;
    } catch (ChisoException e) {
      throw new InvalidDocumentException("row " + row.number, "", e.getMessage(), e);
    }
  }

  private static Period period(Row row) {
    String text = row.required("period");
    try {
      return Period.parse(text);
    } catch (ChisoException e) {
      throw new InvalidDocumentException(row.where("period"), Obj.quoted(text), e.getMessage());
    }
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
      String problem = textProblem(cells[i]);
      if (problem != null) {
        throw new InvalidValueException("column " + COLUMNS.get(i) + ": cannot write " + Obj.quoted(cells[i]) + ": " + problem);
      }
    }
    Reading reading = result.reading();
    Optional<BigDecimal> number = reading instanceof Reading.Decimal
        ? Optional.of(((Reading.Decimal) reading).decimal())
        : reading instanceof Reading.Fraction ? ((Reading.Fraction) reading).reportedShare() : Optional.empty();
    if (number.isPresent() && !TextLimits.fits(number.get())) {
      throw new InvalidValueException("cannot write " + number.get() + ": a number's plain form may have at most "
          + TextLimits.MAX_NUMBER_LENGTH + " characters");
    }
    return cells;
  }

  private static String[] plainCells(Result result) {
    List<String> cells = new ArrayList<>(List.of(result.indicatorCode(), result.subjectCode(), result.period().toString(),
        result.asOf().equals(result.period().end()) ? "" : result.asOf().toString(), "", "", "", "", "", ""));
    Reading reading = result.reading();
    if (reading instanceof Reading.Decimal) {
      cells.set(4, NumberText.format(((Reading.Decimal) reading).decimal()));
      cells.set(9, result.note().orElse(""));
    } else if (reading instanceof Reading.Fraction) {
      Reading.Fraction parts = (Reading.Fraction) reading;
      cells.set(5, Long.toString(parts.numerator()));
      cells.set(6, Long.toString(parts.denominator()));
      cells.set(7, parts.reportedShare().map(NumberText::format).orElse(""));
      cells.set(9, result.note().orElse(""));
    } else {
      Reading.Text text = (Reading.Text) reading;
      cells.set(8, text.status().name());
      cells.set(9, text.note());
    }
    return cells.toArray(String[]::new);
  }
}
