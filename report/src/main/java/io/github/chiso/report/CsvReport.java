package io.github.chiso.report;

import com.google.common.collect.ImmutableList;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.json.CsvCells;
import io.github.chiso.json.ResultTable;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import io.github.chiso.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The compliance table as CSV, one row per assessment, with the header {@link #COLUMNS}:
 *
 * <ul>
 *   <li>{@code indicator}, {@code indicatorName}, {@code unit}, {@code unitName}, {@code period};
 *   <li>{@code status}: {@code MET}, {@code NOT_MET}, {@code NO_DATA} or {@code NOT_EVALUABLE};
 *   <li>{@code value}, {@code bound}, {@code upperBound} (a range's upper end) and {@code margin} as
 *       numbers in the indicator's measure (percentage points for shares), up to 6 decimal places;
 *       {@code comparator} as {@code AT_LEAST}, {@code ABOVE}, {@code AT_MOST}, {@code BELOW}, {@code
 *       EQUAL} or {@code BETWEEN};
 *   <li>{@code qualifiers}: how the document states the value, as the results CSV writes them
 *       ({@code APPROXIMATE} for "khoảng 83,5%", names separated by spaces; since 0.2.0);
 *   <li>{@code threshold}: the threshold as the report's language words it ("at least 80%");
 *       {@code reason}: why there is no verdict, when there is none.
 * </ul>
 *
 * A plain CSV (the default) uses commas and decimal points and reads back with any CSV reader. With
 * {@link ReportOptions#excel} it starts with a byte-order mark and, in Vietnamese, uses decimal
 * commas and semicolons, as Excel expects. Text cells go through {@link CsvCells#neutralised}, so no
 * code, name or note from the documents opens as a formula. {@link #writeTasks} writes the plan's
 * tasks as a second table, {@link #TASK_COLUMNS}, with the same options.
 *
 * @since 0.1.0
 */
public final class CsvReport {
  /** The columns, in order. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of("indicator", "indicatorName", "unit", "unitName",
      "period", "status", "value", "qualifiers", "comparator", "bound", "upperBound", "margin", "threshold", "reason");

  /**
   * The columns of the task table, in order: {@code task}, {@code standing} ({@code OVERDUE}, {@code
   * OPEN}, {@code ONGOING}, {@code UNDATED}, {@code DONE}), {@code daysOverdue} (empty unless overdue),
   * {@code due} (ISO day; a recurring task's occurrence's), {@code occurrence} (a recurring task's
   * period), {@code dueWording} (the deadline as written), {@code lead}, {@code description}.
   *
   * @since 0.2.0
   */
  public static final ImmutableList<String> TASK_COLUMNS = ImmutableList.of("task", "standing", "daysOverdue", "due",
      "occurrence", "dueWording", "lead", "description");

  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvReport() {}

  /** Writes the compliance table of {@code data} to {@code out}, which is flushed and left open. */
  public static void write(ReportData data, ReportOptions options, Writer out) {
    boolean decimalComma = options.excel() && options.language() == Language.VI;
    try (SequenceWriter writer = writer(COLUMNS, options, out)) {
      for (Assessment a : data.assessments()) {
        Optional<Threshold> threshold = a.threshold();
        writer.write(new String[] {
          text(a.indicator().code()), text(a.indicator().nameVi()), text(a.subjectCode()), text(data.subjectName(a.subjectCode())),
          a.period().toString(), a.status().name(),
          a.value().map(v -> number(v, decimalComma)).orElse(""),
          ResultTable.qualifiersCell(a.qualifiers()),
          threshold.map(t -> t.comparator().name()).orElse(""),
          threshold.map(t -> number(t.bound(), decimalComma)).orElse(""),
          threshold.flatMap(Threshold::upperBound).map(b -> number(b, decimalComma)).orElse(""),
          a.margin().map(m -> number(m, decimalComma)).orElse(""),
          threshold.isPresent() ? text(Formats.threshold(a, options.language())) : "",
          text(a.reason().orElse(""))
        });
      }
    }
  }

  /**
   * Writes the plan's tasks of {@code data}, in the report's order, with where each stands on the
   * report's date, to {@code out}, which is flushed and left open.
   *
   * @since 0.2.0
   */
  public static void writeTasks(ReportData data, ReportOptions options, Writer out) {
    try (SequenceWriter writer = writer(TASK_COLUMNS, options, out)) {
      for (io.github.chiso.model.Task task : data.tasks()) {
        io.github.chiso.task.Standing standing = data.standingOf(task);
        writer.write(new String[] {
          text(task.code()), TaskStanding.of(standing).name(),
          standing.daysOverdue() > 0 ? Long.toString(standing.daysOverdue()) : "",
          standing.due().map(Object::toString).orElse(""), standing.occurrence().map(Object::toString).orElse(""),
          text(task.dueWording().orElse("")), text(task.lead().orElse("")), text(task.description())
        });
      }
    }
  }

  private static SequenceWriter writer(ImmutableList<String> columns, ReportOptions options, Writer out) {
    boolean decimalComma = options.excel() && options.language() == Language.VI;
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setColumnSeparator(decimalComma ? ';' : ',');
    columns.forEach(schema::addColumn);
    try {
      if (options.excel()) {
        out.write('\uFEFF');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return MAPPER.writerFor(String[].class).with(schema.build()).without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValues(out);
  }

  private static String text(String cell) {
    return CsvCells.neutralised(cell);
  }

  private static String number(Rational value, boolean decimalComma) {
    return number(value.toBigDecimal(6, RoundingMode.HALF_EVEN), decimalComma);
  }

  private static String number(BigDecimal value, boolean decimalComma) {
    String plain = value.stripTrailingZeros().toPlainString();
    return decimalComma ? plain.replace('.', ',') : plain;
  }
}
