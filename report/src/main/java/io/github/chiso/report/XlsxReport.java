package io.github.chiso.report;

import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Task;
import io.github.chiso.model.Threshold;
import io.github.chiso.text.ResultText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;

/**
 * The report as an XLSX workbook, every table in full: sheets for the scorecard, the compliance
 * table, each tiered target's lower-tier units worst first, the gaps, the tasks, the findings, the
 * bands and scores (when the plan declares bands) and the results on indicators the plan sets no
 * target on.
 * Numbers are numeric cells with display formats (shares as {@code 77.62%} of percentage points,
 * margins signed), dates are date cells, statuses are coloured (MET green, NOT_MET red, NO_DATA grey,
 * NOT_EVALUABLE yellow; overdue tasks red); each sheet has a bold frozen header and an autofilter.
 * Headers and words are in the report's language. Written by fastexcel as it goes, so memory does
 * not grow with the table; a table longer than a sheet's 1,048,576 rows continues on a second sheet.
 *
 * @since 0.1.0
 */
public final class XlsxReport {
  static final String GREEN = "C8E6C9";
  static final String RED = "FFCDD2";
  static final String GREY = "E0E0E0";
  static final String YELLOW = "FFF9C4";

  private XlsxReport() {}

  /** Writes the workbook of {@code data} to {@code out}, which is left open. */
  public static void write(ReportData data, ReportOptions options, OutputStream out) {
    Labels labels = new Labels(options.language());
    try {
      Workbook workbook = new Workbook(new NonClosing(out), "Chiso", "1.0");
      scorecard(workbook, data, labels);
      compliance(workbook, data, labels);
      units(workbook, data, labels);
      gaps(workbook, data, labels);
      tasks(workbook, data, labels);
      findings(workbook, data, labels);
      bands(workbook, data, labels);
      otherResults(workbook, data, labels);
      workbook.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> words(Labels labels, String... keys) {
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      out.add(labels.get(key));
    }
    return out;
  }

  private static void scorecard(Workbook workbook, ReportData data, Labels labels) throws IOException {
    List<String> header = new ArrayList<>(words(labels, "area"));
    for (Status status : Status.values()) {
      header.add(labels.status(status));
    }
    Sheet sheet = new Sheet(workbook, labels.vi() ? "Tổng hợp" : "Scorecard", header, 32, 12, 12, 18, 20);
    sheet.add(scoreRow(labels.get("all"), data.scorecard().counts()));
    for (Map.Entry<Area, ? extends Map<Status, Integer>> area : data.scorecard().byArea().entrySet()) {
      sheet.add(scoreRow(labels.area(area.getKey()), area.getValue()));
    }
    sheet.close();
  }

  private static Sheet.Cell[] scoreRow(String name, Map<Status, Integer> counts) {
    List<Sheet.Cell> cells = new ArrayList<>();
    cells.add(Sheet.Cell.text(name));
    counts.values().forEach(n -> cells.add(Sheet.Cell.number(n)));
    return cells.toArray(Sheet.Cell[]::new);
  }

  private static void compliance(Workbook workbook, ReportData data, Labels labels) throws IOException {
    List<String> header = words(labels, "area", "indicator", "indicatorName", "tier", "unit", "unitName", "period", "status",
        "value", "qualifiers", "threshold", "bound", "upperBound", "margin", "coverage", "reason");
    Sheet sheet = new Sheet(workbook, labels.vi() ? "Đánh giá" : "Compliance", header,
        22, 10, 40, 12, 10, 26, 10, 18, 11, 12, 20, 10, 10, 11, 28, 50);
    for (Assessment a : data.assessments()) {
      sheet.add(Sheet.Cell.text(labels.area(a.indicator().area())), Sheet.Cell.text(a.indicator().code()),
          Sheet.Cell.text(labels.indicator(a.indicator())), Sheet.Cell.text(labels.scope(a.scope(), data.hierarchy())),
          Sheet.Cell.text(a.subjectCode()), Sheet.Cell.text(Views.subject(data, a, labels)), Sheet.Cell.text(a.period().toString()),
          status(a.status(), labels), value(a.value(), a.indicator().measure()),
          Sheet.Cell.text(Formats.qualifiers(a, labels.language())), Sheet.Cell.text(a.threshold().isPresent()
              ? Formats.threshold(a, labels.language()) : ""),
          bound(a.threshold().map(Threshold::bound), a.indicator().measure()),
          bound(a.threshold().flatMap(Threshold::upperBound), a.indicator().measure()),
          margin(a.margin()), Sheet.Cell.text(Views.rollupNote(data, a, labels).orElse("")),
          Sheet.Cell.text(a.reason().map(labels::reason).orElse("")));
    }
    sheet.close();
  }

  private static void units(Workbook workbook, ReportData data, Labels labels) throws IOException {
    List<String> header = new ArrayList<>(words(labels, "indicator", "indicatorName", "tier"));
    header.add("#");
    header.addAll(words(labels, "unit", "unitName", "status", "value", "bound", "margin", "coverage", "reason"));
    Sheet sheet = new Sheet(workbook, labels.vi() ? "Theo đơn vị" : "Units", header, 10, 40, 12, 5, 10, 26, 18, 11, 10, 11, 28, 50);
    for (UnitTable table : data.unitTables()) {
      int rank = 0;
      for (Assessment a : table.assessments()) {
        sheet.add(Sheet.Cell.text(a.indicator().code()), Sheet.Cell.text(labels.indicator(a.indicator())),
            Sheet.Cell.text(labels.scope(table.scope(), data.hierarchy())), Sheet.Cell.number(++rank),
            Sheet.Cell.text(a.subjectCode()), Sheet.Cell.text(Views.subject(data, a, labels)), status(a.status(), labels),
            value(a.value(), a.indicator().measure()), bound(a.threshold().map(Threshold::bound), a.indicator().measure()),
            margin(a.margin()), Sheet.Cell.text(Views.rollupNote(data, a, labels).orElse("")),
            Sheet.Cell.text(a.reason().map(labels::reason).orElse("")));
      }
    }
    sheet.close();
  }

  private static void gaps(Workbook workbook, ReportData data, Labels labels) throws IOException {
    List<String> header = new ArrayList<>(List.of("#"));
    header.addAll(words(labels, "indicator", "indicatorName", "unit", "unitName", "value", "bound", "shortBy", "distance", "shortfall"));
    Sheet sheet = new Sheet(workbook, labels.vi() ? "Khoảng cách" : "Gaps", header, 5, 10, 40, 10, 26, 11, 10, 11, 11, 11);
    int rank = 0;
    for (Gap gap : data.worstGaps()) {
      Assessment a = gap.assessment();
      sheet.add(Sheet.Cell.number(++rank), Sheet.Cell.text(a.indicator().code()), Sheet.Cell.text(labels.indicator(a.indicator())),
          Sheet.Cell.text(a.subjectCode()), Sheet.Cell.text(Views.subject(data, a, labels)), value(a.value(), a.indicator().measure()),
          bound(a.threshold().map(Threshold::bound), a.indicator().measure()), value(gap.gap(), Measure.COUNT),
          Sheet.Cell.number(decimal(gap.distance().orElseThrow()), "0.0"),
          gap.shortfall().map(k -> Sheet.Cell.number(new BigDecimal(k), "0")).orElse(Sheet.Cell.empty()));
    }
    sheet.close();
  }

  private static void tasks(Workbook workbook, ReportData data, Labels labels) throws IOException {
    List<String> header = words(labels, "standing", "task", "due", "daysOverdue", "dueWording", "lead", "description");
    Sheet sheet = new Sheet(workbook, labels.vi() ? "Nhiệm vụ" : "Tasks", header, 16, 10, 12, 10, 24, 30, 80);
    for (Task task : data.tasks()) {
      io.github.chiso.task.Standing standing = data.standingOf(task);
      TaskStanding state = TaskStanding.of(standing);
      Sheet.Cell cell = Sheet.Cell.text(labels.standing(state));
      sheet.add(state == TaskStanding.OVERDUE ? cell.filled(RED) : state == TaskStanding.DONE ? cell.filled(GREEN) : cell,
          Sheet.Cell.text(task.code()), standing.due().map(Sheet.Cell::date).orElse(Sheet.Cell.empty()),
          state == TaskStanding.OVERDUE ? Sheet.Cell.number(standing.daysOverdue()) : Sheet.Cell.empty(),
          Sheet.Cell.text(task.dueWording().orElse("")), Sheet.Cell.text(task.lead().orElse("")),
          Sheet.Cell.text(task.description()));
    }
    sheet.close();
  }

  private static void bands(Workbook workbook, ReportData data, Labels labels) throws IOException {
    if (data.rated().isEmpty()) {
      return;
    }
    List<String> header = words(labels, "indicator", "indicatorName", "unit", "unitName", "period", "value", "band", "score");
    Sheet sheet = new Sheet(workbook, labels.vi() ? "Xếp loại" : "Bands", header, 14, 40, 10, 24, 10, 12, 16, 12);
    for (Assessment a : data.rated()) {
      io.github.chiso.score.Rating rating = data.rating(a).orElseThrow();
      sheet.add(Sheet.Cell.text(a.indicator().code()), Sheet.Cell.text(labels.indicator(a.indicator())),
          Sheet.Cell.text(a.subjectCode()), Sheet.Cell.text(Views.subject(data, a, labels)), Sheet.Cell.text(a.period().toString()),
          value(a.value(), a.indicator().measure()), Sheet.Cell.text(rating.band()),
          rating.score().map(score -> Sheet.Cell.number(decimal(score), "0.##")).orElse(Sheet.Cell.empty()));
    }
    sheet.close();
  }

  private static void otherResults(Workbook workbook, ReportData data, Labels labels) throws IOException {
    if (data.otherResults().isEmpty()) {
      return;
    }
    List<String> header = words(labels, "indicator", "indicatorName", "unit", "unitName", "period", "value", "qualifiers", "note");
    Sheet sheet = new Sheet(workbook, labels.vi() ? "Kết quả khác" : "Other results", header, 14, 40, 10, 24, 10, 30, 14, 60);
    for (Result r : data.otherResults()) {
      Indicator indicator = data.plan().indicators().get(r.indicatorCode());
      Optional<Rational> value = r.reading() instanceof Reading.Decimal || r.reading() instanceof Reading.Fraction
          ? r.reading().value(indicator.measure()) : Optional.empty();
      sheet.add(Sheet.Cell.text(indicator.code()), Sheet.Cell.text(labels.indicator(indicator)), Sheet.Cell.text(r.subjectCode()),
          Sheet.Cell.text(data.subjectName(r.subjectCode())), Sheet.Cell.text(r.period().toString()),
          value.isPresent() ? value(value, indicator.measure()) : Sheet.Cell.text(Formats.reported(r, indicator, labels.language())),
          Sheet.Cell.text(ResultText.qualifierWords(r.qualifiers(), labels.language()).strip()), Sheet.Cell.text(r.note().orElse("")));
    }
    sheet.close();
  }

  private static void findings(Workbook workbook, ReportData data, Labels labels) throws IOException {
    List<String> header = words(labels, "kind", "indicator", "unit", "period", "message");
    Sheet sheet = new Sheet(workbook, labels.vi() ? "Phát hiện" : "Findings", header, 30, 14, 10, 10, 80);
    for (Finding finding : data.findings()) {
      sheet.add(Sheet.Cell.text(labels.findingKind(finding)), Sheet.Cell.text(finding.indicatorCode()),
          Sheet.Cell.text(finding.subjectCode()), Sheet.Cell.text(finding.period().toString()), Sheet.Cell.text(labels.finding(finding)));
    }
    sheet.close();
  }

  private static Sheet.Cell status(Status status, Labels labels) {
    return Sheet.Cell.text(labels.status(status)).filled(colour(status));
  }

  static String colour(Status status) {
    switch (status) {
      case MET:
        return GREEN;
      case NOT_MET:
        return RED;
      case NO_DATA:
        return GREY;
      default:
        return YELLOW;
    }
  }

  /** The exact value to 10 decimal places, with no exponent. */
  static BigDecimal decimal(Rational value) {
    BigDecimal rounded = value.toBigDecimal(10, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  private static String format(Measure measure) {
    return measure == Measure.PERCENT ? "0.00\"%\"" : "#,##0.####";
  }

  private static Sheet.Cell value(Optional<Rational> value, Measure measure) {
    return value.map(v -> Sheet.Cell.number(decimal(v), format(measure))).orElse(Sheet.Cell.empty());
  }

  private static Sheet.Cell bound(Optional<BigDecimal> bound, Measure measure) {
    return bound.map(b -> Sheet.Cell.number(b.scale() < 0 ? b.setScale(0) : b, format(measure))).orElse(Sheet.Cell.empty());
  }

  private static Sheet.Cell margin(Optional<Rational> margin) {
    return margin.map(m -> Sheet.Cell.number(decimal(m), "+0.00;-0.00;0")).orElse(Sheet.Cell.empty());
  }

  /** Keeps the caller's stream open when the workbook closes its own. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
