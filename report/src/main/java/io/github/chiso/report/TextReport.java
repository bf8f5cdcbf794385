package io.github.chiso.report;

import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Task;
import io.github.chiso.score.Rating;
import io.github.chiso.text.Language;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The report as aligned text for a terminal. Text from the documents is shown through {@link
 * #printable}, so that a control character in a plan or a result (ESC, CR, a bidirectional override)
 * cannot move the cursor, recolour or rewrite what the terminal shows.
 *
 * @since 0.1.0
 */
public final class TextReport {
  private TextReport() {}

  /** Prints one formatted line; every argument is shown {@link #printable}. */
  private static void line(PrintStream out, String format, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = printable(String.valueOf(args[i]));
    }
    out.printf(format, shown);
  }

  /**
   * {@code text} with every character a terminal would act on rather than show — C0 and C1 controls,
   * DEL, format characters such as bidirectional overrides, line and paragraph separators, and
   * unpaired surrogates — written as a visible {@code \\uXXXX} escape.
   */
  public static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      switch (Character.getType(c)) {
        case Character.CONTROL:
        case Character.FORMAT:
        case Character.LINE_SEPARATOR:
        case Character.PARAGRAPH_SEPARATOR:
        case Character.SURROGATE:
          out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** Prints {@code data} to {@code out} in {@code language}, at most {@link ReportOptions#DEFAULT_LIMIT} rows a table. */
  public static void print(ReportData data, Language language, PrintStream out) {
    print(data, ReportOptions.of(language), out);
  }

  /** Prints {@code data} to {@code out} as {@code options} say; a table cut short says how many rows it left out. */
  public static void print(ReportData data, ReportOptions options, PrintStream out) {
    Labels labels = new Labels(options.language());
    int limit = options.limit();
    var language = labels.language();
    line(out, "%s — %s%n", data.plan().number(), data.plan().title().orElse(""));
    line(out, "%s %s; %s %s%n", labels.get("asOf"), labels.date(data.asOf()), labels.get("deadline"),
        labels.date(data.plan().period().end()));
    data.note().ifPresent(note -> line(out, "%s%n", note));

    line(out, "%n%s%n", labels.get("scorecard"));
    line(out, "  %-30s %s%n", labels.get("all"), counts(data.scorecard().counts(), labels));
    for (Map.Entry<Area, ? extends Map<Status, Integer>> area : data.scorecard().byArea().entrySet()) {
      line(out, "  %-30s %s%n", labels.area(area.getKey()), counts(area.getValue(), labels));
    }

    line(out, "%n%s%n", labels.get("compliance"));
    for (Map.Entry<Area, List<Target>> area : Views.targetsByArea(data).entrySet()) {
      line(out, "%n  %s%n", labels.area(area.getKey()));
      for (Target target : area.getValue()) {
        line(out, "  %-12s %s%n", target.indicator().code(), labels.indicator(target.indicator()));
        List<Assessment> rows = Views.mainRows(data, target);
        for (Assessment a : rows.subList(0, Math.min(limit, rows.size()))) {
          row(out, data, a, labels);
        }
        more(out, rows.size() - limit, labels);
        for (UnitTable table : Views.tables(data, target)) {
          line(out, "  %-12s %s: %s%n", "", labels.scope(table.scope(), data.hierarchy()), counts(table, labels));
        }
      }
    }

    if (!data.otherResults().isEmpty()) {
      line(out, "%n%s%n", labels.get("otherResults"));
      List<Result> others = data.otherResults();
      String shown = "";
      for (Result r : others.subList(0, Math.min(limit, others.size()))) {
        Indicator indicator = data.plan().indicators().get(r.indicatorCode());
        if (!r.indicatorCode().equals(shown)) {
          line(out, "  %-12s %s%n", indicator.code(), labels.indicator(indicator));
          shown = r.indicatorCode();
        }
        line(out, "  %-12s %-6s %-24s %-12s %-24s %s%n", "", r.subjectCode(), data.subjectName(r.subjectCode()),
            labels.period(r.period()), Formats.reported(r, indicator, language), r.note().orElse(""));
      }
      more(out, others.size() - limit, labels);
    }

    if (!data.rated().isEmpty()) {
      line(out, "%n%s%n", labels.get("bands"));
      String bandRow = "  %-12s %-6s %-12s %-10s %s%n";
      line(out, bandRow, labels.get("indicator"), labels.get("unit"), labels.get("value"), labels.get("band"),
          labels.get("score"));
      List<Assessment> rated = data.rated();
      for (Assessment a : rated.subList(0, Math.min(limit, rated.size()))) {
        Rating rating = data.rating(a).orElseThrow();
        line(out, bandRow, a.indicator().code(), a.subjectCode(), Formats.value(a, language), rating.band(),
            Formats.score(rating));
      }
      more(out, rated.size() - limit, labels);
    }

    for (UnitTable table : data.unitTables()) {
      line(out, "%n%s%n", labels.format("unitTable", table.target().indicator().code() + " " + labels.indicator(table.target().indicator()),
          labels.scope(table.scope(), data.hierarchy())));
      List<Assessment> rows = table.assessments();
      for (Assessment a : rows.subList(0, Math.min(limit, rows.size()))) {
        row(out, data, a, labels);
      }
      more(out, rows.size() - limit, labels);
    }

    line(out, "%n%s (%s %s)%n", labels.get("gaps"), labels.get("asOf").toLowerCase(java.util.Locale.ROOT), labels.date(data.asOf()));
    List<Gap> gaps = data.worstGaps();
    if (gaps.isEmpty()) {
      line(out, "  %s%n", labels.get("none"));
    }
    for (Gap gap : gaps.subList(0, Math.min(limit, gaps.size()))) {
      Assessment a = gap.assessment();
      String shortfall = gap.shortfall()
          .map(k -> "  " + labels.format("needs", k, a.denominator().orElseThrow()))
          .orElse("");
      line(out, "  %-12s %-6s %-24s %s %s  %s %s/100%s%n", a.indicator().code(), a.subjectCode(), Views.subject(data, a, labels),
          labels.get("shortBy"), Formats.difference(gap.gap().orElseThrow(), a.indicator().measure(), language), labels.get("distance"),
          Formats.oneDecimal(gap.distance().orElseThrow(), language),
          shortfall);
    }
    more(out, gaps.size() - limit, labels);

    if (!data.pace().isEmpty()) {
      line(out, "%n%s%n", labels.get("pace"));
      List<PaceLine> pace = data.pace();
      for (PaceLine p : pace.subList(0, Math.min(limit, pace.size()))) {
        var measure = p.target().indicator().measure();
        line(out, "  %-12s %-6s %s%n", p.target().indicator().code(), p.subjectCode(), p.pace()
            .map(a -> Formats.value(a.baseline().value(), measure, language) + " (" + labels.date(a.baseline().date()) + ") → "
                + Formats.value(a.latest().value(), measure, language) + " (" + labels.date(a.latest().date()) + "): "
                + labels.get("sdsn") + " " + labels.sdsn(a.sdsn()) + ", " + labels.get("eurostat") + " " + labels.eurostat(a.eurostat()))
            .orElseGet(() -> labels.reason(p.reason().orElse(""))));
      }
      more(out, pace.size() - limit, labels);
    }

    if (!data.tasks().isEmpty()) {
      line(out, "%n%s%n", labels.format("tasks", labels.date(data.asOf())));
      List<Task> tasks = data.tasks();
      for (Task task : tasks.subList(0, Math.min(limit, tasks.size()))) {
        io.github.chiso.task.Standing standing = data.standingOf(task);
        line(out, "  %-16s %-8s %-10s %s — %s%n", labels.standing(standing), task.code(),
            labels.due(standing, task), task.lead().orElse("—"), task.description());
      }
      more(out, tasks.size() - limit, labels);
    }

    if (!data.rollupRefusals().isEmpty()) {
      line(out, "%n%s%n", labels.get("refused"));
      data.rollupRefusals().forEach((target, reason) -> line(out, "  %-12s %s%n", target, labels.reason(reason)));
    }

    line(out, "%n%s%n", labels.get("findings"));
    List<Finding> findings = data.findings();
    if (findings.isEmpty()) {
      line(out, "  %s%n", labels.get("none"));
    }
    for (Finding finding : findings.subList(0, Math.min(limit, findings.size()))) {
      line(out, "  %s %s@%s %s: %s%n", labels.findingKind(finding), finding.indicatorCode(), finding.subjectCode(), labels.period(finding.period()),
          labels.finding(finding));
    }
    more(out, findings.size() - limit, labels);
  }

  private static void row(PrintStream out, ReportData data, Assessment a, Labels labels) {
    var language = labels.language();
    line(out, "  %-12s %-6s %-24s %-12s %-18s %-10s %-22s %s%n", "", a.subjectCode(), Views.subject(data, a, labels), labels.period(a.period()),
        labels.status(a.status()), Formats.value(a, language), Formats.threshold(a, language), Views.remark(a, labels));
    Views.rollupNote(data, a, labels).ifPresent(note -> line(out, "  %-12s %-6s %s%n", "", "", note));
  }

  private static void more(PrintStream out, int leftOut, Labels labels) {
    if (leftOut > 0) {
      line(out, "  %s%n", labels.format("more", leftOut));
    }
  }

  private static String counts(UnitTable table, Labels labels) {
    StringBuilder text = new StringBuilder();
    for (Status status : Status.values()) {
      long n = table.count(status);
      if (n > 0) {
        text.append(labels.status(status)).append(' ').append(n).append("  ");
      }
    }
    return text.toString().strip();
  }

  private static String counts(Map<Status, Integer> counts, Labels labels) {
    StringBuilder text = new StringBuilder();
    counts.forEach((status, n) -> text.append(labels.status(status)).append(' ').append(n).append("  "));
    return text.toString().strip();
  }
}
