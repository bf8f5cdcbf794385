package io.github.chiso.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.ChisoException;
import io.github.chiso.InvalidValueException;
import io.github.chiso.TextParseException;
import io.github.chiso.model.Change;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import io.github.chiso.text.NumberText;
import io.github.chiso.text.TextLimits;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The rule that turns a table of results — a CSV file ({@link ResultsCsv}) or a spreadsheet's sheet —
 * into {@link Result}s, so that every table is read with the same strictness. The header names the
 * columns {@link #COLUMNS}, in any order; {@code indicator}, {@code unit} and {@code period} are
 * required. Each row gives exactly one of a {@code value}, a {@code numerator} and {@code
 * denominator} (with an optional {@code reportedShare}), a {@code rank} (a place from 1, with an
 * optional {@code field}, the number of places ranked), a {@code delta} (a change stated as such, with
 * its {@code direction}, {@code basis} and {@code reference}, a period or {@code YEAR_EARLIER}, as
 * the JSON's {@code change} has them; since 0.2.0), or a {@code status} (IN_PROGRESS,
 * NOT_STARTED, NOT_AVAILABLE, …) whose {@code note} is the result's own words; for a numeric row,
 * {@code note} is a free note. {@code qualifiers} holds {@link Qualifier} names separated by spaces
 * ("APPROXIMATE MORE_THAN"), each at most once, as {@link Result#qualifiers()} allows them.
 *
 * <p>Empty cells are absent values; codes, numbers and dates are trimmed, notes kept verbatim; codes
 * and notes are {@linkplain CsvCells#restored restored} from their formula-safe form. Numbers read by
 * {@link NumberText}'s Vietnamese rules ("77,62", "83.5", "3.103.499"); a value or reported share may
 * end in a percent sign, with or without a space before it ("80%", "80,5 %"), and means the number
 * before it in percentage points. Cells are held to the {@link TextLimits}. An unknown or repeated
 * column, a missing required column, a row of the wrong width or a bad cell raises {@link
 * InvalidDocumentException} located as {@code PLACE row N, column NAME} (the header is row 1), where
 * the place names the sheet when there is one. Thread-safe; it shares equal codes and periods
 * between the results it builds, so a large table holds each once.
 *
 * @since 0.1.0
 */
public final class ResultTable {
  /** The columns, in the order writers write them. */
  public static final ImmutableList<String> COLUMNS =
      ImmutableList.of("indicator", "unit", "period", "asOf", "value", "numerator", "denominator", "reportedShare",
          "rank", "field", "status", "note", "qualifiers", "delta", "direction", "basis", "reference");

  private static final ImmutableList<String> TEXT_COLUMNS = ImmutableList.of("indicator", "unit", "note");

  private static final ImmutableList<String> CHANGE_COLUMNS = ImmutableList.of("direction", "basis", "reference");

  /** The {@code reference} of a change against the same period a year earlier, as the JSON writes it. */
  private static final String YEAR_EARLIER = JsonWriters.YEAR_EARLIER;

  /** How many distinct codes and periods a table shares between its rows (the rest are kept as read). */
  private static final int SHARED_LIMIT = 1 << 16;

  private final String place;
  private final ImmutableMap<String, Integer> header;
  private final int width;
  /** Codes and periods seen, so that a large table holds each once rather than once a row. */
  private final ConcurrentHashMap<String, Object> shared = new ConcurrentHashMap<>();

  private ResultTable(String place, ImmutableMap<String, Integer> header, int width) {
    this.place = place;
    this.header = header;
    this.width = width;
  }

  /**
   * The table whose header row is {@code names}; {@code place} prefixes every location (empty for a
   * CSV file, {@code "sheet 'Results', "} for a sheet).
   *
   * @throws InvalidDocumentException for an unknown, repeated or missing column
   */
  public static ResultTable header(String place, List<String> names) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      if (!COLUMNS.contains(name)) {
        throw new InvalidDocumentException(place + "row 1, column " + (i + 1), Obj.quoted(name),
            "unknown column; expected some of " + COLUMNS);
      }
      if (header.put(name, i) != null) {
        throw new InvalidDocumentException(place + "row 1, column " + (i + 1), Obj.quoted(name), "repeated column");
      }
    }
    for (String required : List.of("indicator", "unit", "period")) {
      if (!header.containsKey(required)) {
        throw new InvalidDocumentException(place + "row 1", "", "missing required column '" + required + "'");
      }
    }
    return new ResultTable(place, ImmutableMap.copyOf(header), names.size());
  }

  /** The number of columns of the header. */
  public int width() {
    return width;
  }

  /**
   * The result of row {@code number} (the header is row 1), whose cells are {@code cells} in the
   * header's order; a cell the sheet left out is an empty string.
   *
   * @throws InvalidDocumentException for a row of the wrong width or a bad cell
   */
  public Result row(long number, List<String> cells) {
    if (cells.size() != width) {
      throw new InvalidDocumentException(place + "row " + number, "", "has " + cells.size() + " cells; the header has " + width);
    }
    return result(new Row(number, cells));
  }

  /** Why {@code cell} breaks the {@link TextLimits}, or null when it keeps them. */
  static String textProblem(String cell) {
    if (cell.length() > TextLimits.MAX_TEXT_LENGTH) {
      return "longer than " + TextLimits.MAX_TEXT_LENGTH + " characters";
    }
    int surrogate = TextLimits.unpairedSurrogateAt(cell);
    return surrogate < 0 ? null : "not Unicode text: unpaired surrogate at index " + surrogate;
  }

  /** One data row with its number, read by column name. */
  private final class Row {
    final long number;
    final String[] cells;

    Row(long number, List<String> given) {
      this.number = number;
      this.cells = given.toArray(String[]::new);
      for (String column : TEXT_COLUMNS) {
        Integer index = header.get(column);
        if (index != null) {
          cells[index] = CsvCells.restored(column.equals("note") ? cells[index] : cells[index].strip());
        }
      }
      header.forEach((column, index) -> {
        String problem = textProblem(cells[index]);
        if (problem != null) {
          throw new InvalidDocumentException(where(column), Obj.quoted(cells[index]), problem);
        }
      });
    }

    String where(String column) {
      return place + "row " + number + ", column " + column;
    }

    String raw(String column) {
      Integer index = header.get(column);
      return index == null ? "" : cells[index];
    }

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

    /** A number that may be written as a percentage ("80%", "80,5 %"): the number before the sign. */
    BigDecimal share(String column) {
      String text = cell(column);
      if (!text.endsWith("%")) {
        return number(column);
      }
      int end = text.length() - 1;
      while (end > 0 && isSpace(text.charAt(end - 1))) {
        end--;
      }
      try {
        return NumberText.parse(text.substring(0, end));
      } catch (TextParseException e) {
        throw new InvalidDocumentException(where(column), Obj.quoted(text), e.problem());
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

  /** Spaces a spreadsheet puts between a number and its percent sign. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t';
  }

  private Result result(Row row) {
    boolean decimal = row.has("value");
    boolean parts = row.has("numerator") || row.has("denominator");
    boolean rank = row.has("rank");
    boolean text = row.has("status");
    boolean delta = row.has("delta");
    if ((decimal ? 1 : 0) + (parts ? 1 : 0) + (rank ? 1 : 0) + (text ? 1 : 0) + (delta ? 1 : 0) != 1) {
      throw new InvalidDocumentException(place + "row " + row.number, "",
          "needs exactly one of value, numerator+denominator, rank (with field), delta (with direction, basis and "
              + "reference), or status (with note)");
    }
    if (row.has("field") && !rank) {
      throw new InvalidDocumentException(row.where("field"), Obj.quoted(row.cell("field")), "field goes only with rank");
    }
    for (String column : CHANGE_COLUMNS) {
      if (row.has(column) && !delta) {
        throw new InvalidDocumentException(row.where(column), Obj.quoted(row.cell(column)), column + " goes only with delta");
      }
    }
    Reading reading;
    if (rank) {
      reading = rank(row);
    } else if (delta) {
      reading = delta(row);
    } else if (decimal) {
      reading = Reading.decimal(row.share("value"));
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
          ? Reading.fraction(numerator, denominator, row.share("reportedShare"))
          : Reading.fraction(numerator, denominator);
    } else {
      TextStatus status = Obj.enumValue(row.cell("status"), row.where("status"), TextStatus.class);
      row.required("note");
      reading = Reading.text(status, row.raw("note"));
    }
    try {
      Result.Builder result = Result.builder()
          .indicatorCode(share(row.required("indicator")))
          .subjectCode(share(row.required("unit")))
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
      return qualified(result.build(), row);
    } catch (InvalidDocumentException e) {
      throw e;
    } catch (ChisoException e) {
      throw new InvalidDocumentException(place + "row " + row.number, "", e.getMessage(), e);
    }
  }

  /** The row's rank, refused at the rank's column (a place below 1) or the field's as {@link Reading.Rank} refuses it. */
  private static Reading rank(Row row) {
    long place = row.whole("rank");
    Long field = row.has("field") ? row.whole("field") : null;
    try {
      return field == null ? Reading.rank(place) : Reading.rank(place, field);
    } catch (InvalidValueException e) {
      String column = place < 1 ? "rank" : "field";
      throw new InvalidDocumentException(row.where(column), row.cell(column), e.getMessage(), e);
    }
  }

  /** The row's change: its amount (a percentage may end in '%') and the change it states, each refused at its column. */
  private Reading delta(Row row) {
    BigDecimal amount = row.share("delta");
    Change.Direction direction = Obj.enumValue(row.required("direction"), row.where("direction"), Change.Direction.class);
    Change.Basis basis = Obj.enumValue(row.required("basis"), row.where("basis"), Change.Basis.class);
    String reference = row.required("reference");
    Change change;
    try {
      change = change(direction, basis, reference);
    } catch (ChisoException e) {
      throw new InvalidDocumentException(row.where("reference"), Obj.quoted(reference), e.getMessage(), e);
    }
    try {
      return Reading.delta(amount, change);
    } catch (InvalidValueException e) {
      throw new InvalidDocumentException(row.where("delta"), Obj.quoted(row.cell("delta")), e.getMessage(), e);
    }
  }

  /**
   * The change in {@code direction} and on {@code basis} against the {@code reference} cell, which
   * {@link #referenceCell} writes: a period ("2020", "2024-Q1") or {@code YEAR_EARLIER}. Shared with
   * the other tabular forms (Spark rows).
   *
   * @throws InvalidValueException naming {@code reference} if it is neither
   * @since 0.2.0
   */
  public static Change change(Change.Direction direction, Change.Basis basis, String reference) {
    if (reference.equals(YEAR_EARLIER)) {
      return Change.yearOnYear(direction, basis);
    }
    try {
      return Change.of(direction, basis, Period.parse(reference));
    } catch (ChisoException e) {
      throw new InvalidValueException("reference " + Obj.quoted(reference) + ": expected a period or " + YEAR_EARLIER
          + ": " + e.getMessage(), e);
    }
  }

  /**
   * The {@code reference} cell of a change: its reference period, or {@code YEAR_EARLIER} for the same
   * period a year earlier ("so với cùng kỳ").
   *
   * @since 0.2.0
   */
  public static String referenceCell(Change change) {
    return change.reference().map(Period::toString).orElse(YEAR_EARLIER);
  }

  /** {@code result} with the row's qualifiers, refused at the column as {@link Result} refuses them. */
  private static Result qualified(Result result, Row row) {
    if (!row.has("qualifiers")) {
      return result;
    }
    String cell = row.cell("qualifiers");
    try {
      return Result.builder().from(result).qualifiers(qualifiers(cell)).build();
    } catch (ChisoException e) {
      throw new InvalidDocumentException(row.where("qualifiers"), Obj.quoted(cell), e.getMessage(), e);
    }
  }

  /**
   * The qualifiers a {@code qualifiers} cell names: {@link Qualifier} names separated by spaces, each
   * at most once; an empty set for a blank cell. Shared with the other tabular forms (Spark rows).
   *
   * @throws InvalidValueException naming an unknown or repeated name
   * @since 0.2.0
   */
  public static Set<Qualifier> qualifiers(String cell) {
    Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
    if (cell.isBlank()) {
      return qualifiers;
    }
    for (String name : cell.strip().split("\\s+")) {
      Qualifier qualifier;
      try {
        qualifier = Qualifier.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException("unknown qualifier '" + name + "'; expected names of "
            + EnumSet.allOf(Qualifier.class) + " separated by spaces");
      }
      if (!qualifiers.add(qualifier)) {
        throw new InvalidValueException("the qualifier " + name + " is listed twice");
      }
    }
    return qualifiers;
  }

  /**
   * The {@code qualifiers} cell of {@code qualifiers}: the names in {@link Qualifier}'s order,
   * separated by spaces; empty when there are none. {@link #qualifiers(String)} reads it back.
   *
   * @since 0.2.0
   */
  public static String qualifiersCell(Set<Qualifier> qualifiers) {
    return qualifiers.stream().sorted().map(Qualifier::name).collect(Collectors.joining(" "));
  }

  private String share(String code) {
    if (shared.size() >= SHARED_LIMIT) {
      return code;
    }
    Object seen = shared.putIfAbsent(code, code);
    return seen instanceof String ? (String) seen : code;
  }

  private Period period(Row row) {
    String text = row.required("period");
    Object seen = shared.get("\u0000" + text);
    if (seen instanceof Period) {
      return (Period) seen;
    }
    try {
      Period period = Period.parse(text);
      if (shared.size() < SHARED_LIMIT) {
        shared.putIfAbsent("\u0000" + text, period);
      }
      return period;
    } catch (ChisoException e) {
      throw new InvalidDocumentException(row.where("period"), Obj.quoted(text), e.getMessage());
    }
  }
}
