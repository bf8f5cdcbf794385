package io.github.chiso.report;

import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.model.Area;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Task;
import io.github.chiso.model.Threshold;
import io.github.chiso.score.Rating;
import io.github.chiso.text.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page: no script, no external resource, a print stylesheet.
 * It shows the scorecard; one chart per area (the plan's own units and groups) and one per lower tier
 * of each tiered target (its units worst first), each an inline SVG with the names on the bars, an
 * axis with its scale, the threshold marked on every bar, colours by status and a legend; the
 * compliance table with rollup coverage; each tier's units; the worst gaps, pace, tasks (overdue
 * marked) and findings. Tables and charts show at most {@link ReportOptions#limit} rows and say how
 * many they left out. The page ends with the date it was generated on and the source of its data.
 * Text from the documents is escaped.
 *
 * @since 0.1.0
 */
public final class HtmlReport {
  private static final int LABEL = 300;
  private static final int WIDTH = 460;
  private static final int ROW = 22;
  private static final int VALUE = 90;

  private HtmlReport() {}

  /** The page of {@code data} in {@code language}. */
  public static String render(ReportData data, Language language) {
    return render(data, ReportOptions.of(language));
  }

  /** The page of {@code data} as {@code options} say. */
  public static String render(ReportData data, ReportOptions options) {
    Labels labels = new Labels(options.language());
    int limit = options.limit();
    Language language = labels.language();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(language.name().toLowerCase(Locale.ROOT)).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(labels.get("title") + " — " + data.plan().number())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<header>\n<h1>").append(esc(data.plan().number())).append("</h1>\n");
    data.plan().title().filter(t -> !t.equals(data.plan().number()))
        .ifPresent(title -> html.append("<p class=\"title\">").append(esc(title)).append("</p>\n"));
    html.append("<p>")
        .append(esc(labels.get("asOf") + " " + labels.date(data.asOf()) + "; " + labels.get("deadline") + " "
            + labels.date(data.plan().period().end()))).append("</p>\n");
    data.note().ifPresent(note -> html.append("<p class=\"note\">").append(esc(note)).append("</p>\n"));
    html.append("</header>\n");

    html.append("<h2>").append(esc(labels.get("scorecard"))).append("</h2>\n<table class=\"scorecard\">\n<tr><th></th>");
    for (Status status : Status.values()) {
      html.append("<th class=\"").append(status).append("\">").append(esc(labels.status(status))).append("</th>");
    }
    html.append("</tr>\n");
    scoreRow(html, labels.get("all"), data.scorecard().counts());
    for (Map.Entry<Area, ? extends Map<Status, Integer>> area : data.scorecard().byArea().entrySet()) {
      scoreRow(html, labels.area(area.getKey()), area.getValue());
    }
    html.append("</table>\n");

    html.append("<h2>").append(esc(labels.get("chart"))).append("</h2>\n");
    legend(html, labels);
    for (Map.Entry<Area, List<Target>> area : Views.targetsByArea(data).entrySet()) {
      List<Assessment> bars = area.getValue().stream().flatMap(t -> Views.mainRows(data, t).stream())
          .filter(a -> a.value().isPresent() && a.threshold().isPresent()).collect(Collectors.toList());
      if (!bars.isEmpty()) {
        html.append("<figure>\n<figcaption>").append(esc(labels.area(area.getKey()))).append("</figcaption>\n");
        chart(html, data, bars, labels, limit, false);
        html.append("</figure>\n");
      }
    }
    for (UnitTable table : data.unitTables()) {
      List<Assessment> bars = table.assessments().stream().filter(a -> a.value().isPresent() && a.threshold().isPresent())
          .collect(Collectors.toList());
      if (!bars.isEmpty()) {
        html.append("<figure>\n<figcaption>").append(esc(caption(data, table, labels))).append("</figcaption>\n");
        chart(html, data, bars, labels, limit, true);
        html.append("</figure>\n");
      }
    }

    html.append("<h2>").append(esc(labels.get("compliance"))).append("</h2>\n");
    for (Map.Entry<Area, List<Target>> area : Views.targetsByArea(data).entrySet()) {
      html.append("<h3>").append(esc(labels.area(area.getKey()))).append("</h3>\n<table class=\"compliance\">\n");
      header(html, labels, "indicator", "unit", "period", "status", "value", "threshold", "margin");
      for (Target target : area.getValue()) {
        List<Assessment> rows = Views.mainRows(data, target);
        for (Assessment a : rows.subList(0, Math.min(limit, rows.size()))) {
          row(html, data, a, labels, true);
        }
        more(html, rows.size() - limit, labels, 7);
        for (UnitTable table : Views.tables(data, target)) {
          html.append("<tr class=\"tier\"><td></td><td colspan=\"6\">").append(esc(labels.scope(table.scope(), data.hierarchy())))
              .append(": ").append(esc(counts(table, labels))).append("</td></tr>\n");
        }
      }
      html.append("</table>\n");
    }

    if (!data.otherResults().isEmpty()) {
      html.append("<h2>").append(esc(labels.get("otherResults"))).append("</h2>\n<table class=\"others\">\n");
      header(html, labels, "indicator", "unit", "period", "value", "note");
      List<Result> others = data.otherResults();
      for (Result r : others.subList(0, Math.min(limit, others.size()))) {
        Indicator indicator = data.plan().indicators().get(r.indicatorCode());
        html.append("<tr><td>").append(esc(indicator.code())).append(" <span class=\"name\">").append(esc(labels.indicator(indicator)))
            .append("</span></td><td>").append(esc(r.subjectCode())).append(" <span class=\"name\">")
            .append(esc(data.subjectName(r.subjectCode()))).append("</span></td><td>").append(esc(labels.period(r.period())))
            .append("</td><td class=\"num\">").append(esc(Formats.reported(r, indicator, language))).append("</td><td>")
            .append(esc(r.note().orElse(""))).append("</td></tr>\n");
      }
      more(html, others.size() - limit, labels, 5);
      html.append("</table>\n");
    }

    if (!data.rated().isEmpty()) {
      html.append("<h2>").append(esc(labels.get("bands"))).append("</h2>\n<table class=\"bands\">\n");
      header(html, labels, "indicator", "unit", "value", "band", "score");
      List<Assessment> rated = data.rated();
      for (Assessment a : rated.subList(0, Math.min(limit, rated.size()))) {
        Rating rating = data.rating(a).orElseThrow();
        html.append("<tr><td>").append(esc(a.indicator().code())).append("</td><td>").append(esc(a.subjectCode() + " " + Views.subject(data, a, labels)))
            .append("</td><td class=\"num\">").append(esc(Formats.value(a, language)))
            .append("</td><td class=\"band band-").append(rating.index()).append("\" data-band=\"").append(esc(rating.band()))
            .append("\">").append(esc(rating.band())).append("</td><td class=\"num\">").append(esc(Formats.score(rating)))
            .append("</td></tr>\n");
      }
      more(html, rated.size() - limit, labels, 5);
      html.append("</table>\n");
    }

    for (UnitTable table : data.unitTables()) {
      html.append("<h2>").append(esc(caption(data, table, labels))).append("</h2>\n<table class=\"units\">\n");
      header(html, labels, "unit", "period", "status", "value", "threshold", "margin");
      List<Assessment> rows = table.assessments();
      for (Assessment a : rows.subList(0, Math.min(limit, rows.size()))) {
        row(html, data, a, labels, false);
      }
      more(html, rows.size() - limit, labels, 6);
      html.append("</table>\n");
    }

    html.append("<h2>").append(esc(labels.get("gaps"))).append("</h2>\n<table class=\"gaps\">\n");
    header(html, labels, "indicator", "unit", "shortBy", "distance", "shortfall");
    List<Gap> gaps = data.worstGaps();
    for (Gap gap : gaps.subList(0, Math.min(limit, gaps.size()))) {
      Assessment a = gap.assessment();
      html.append("<tr><td>").append(esc(a.indicator().code())).append("</td><td>").append(esc(a.subjectCode() + " " + Views.subject(data, a, labels)))
          .append("</td><td class=\"num\">").append(esc(Formats.difference(gap.gap().orElseThrow(), a.indicator().measure(), language)))
          .append("</td><td class=\"num\">").append(esc(Formats.oneDecimal(gap.distance().orElseThrow(), language) + "/100"))
          .append("</td><td>").append(esc(gap.shortfall().map(k -> labels.format("needs", k, a.denominator().orElseThrow())).orElse("")))
          .append("</td></tr>\n");
    }
    more(html, gaps.size() - limit, labels, 5);
    html.append("</table>\n");

    if (!data.pace().isEmpty()) {
      html.append("<h2>").append(esc(labels.get("pace"))).append("</h2>\n<ul class=\"pace\">\n");
      List<PaceLine> pace = data.pace();
      for (PaceLine p : pace.subList(0, Math.min(limit, pace.size()))) {
        Measure measure = p.target().indicator().measure();
        html.append("<li>").append(esc(p.target().indicator().code() + " · " + p.subjectCode() + " " + data.subjectName(p.subjectCode()) + ": "
            + p.pace().map(a -> Formats.value(a.baseline().value(), measure, language) + " (" + labels.date(a.baseline().date()) + ") → "
                + Formats.value(a.latest().value(), measure, language) + " (" + labels.date(a.latest().date()) + "): "
                + labels.get("sdsn") + " " + labels.sdsn(a.sdsn()) + ", " + labels.get("eurostat") + " " + labels.eurostat(a.eurostat()))
            .orElseGet(() -> labels.reason(p.reason().orElse(""))))).append("</li>\n");
      }
      html.append("</ul>\n");
    }

    if (!data.tasks().isEmpty()) {
      html.append("<h2>").append(esc(labels.format("tasks", labels.date(data.asOf())))).append("</h2>\n<table class=\"tasks\">\n");
      header(html, labels, "standing", "task", "due", "lead", "description");
      List<Task> tasks = data.tasks();
      for (Task task : tasks.subList(0, Math.min(limit, tasks.size()))) {
        io.github.chiso.task.Standing standing = data.standingOf(task);
        html.append("<tr class=\"").append(TaskStanding.of(standing)).append("\"><td>").append(esc(labels.standing(standing))).append("</td><td>")
            .append(esc(task.code())).append("</td><td>").append(esc(labels.due(standing, task))).append("</td><td>")
            .append(esc(task.lead().orElse("—"))).append("</td><td>").append(esc(task.description())).append("</td></tr>\n");
      }
      more(html, tasks.size() - limit, labels, 5);
      html.append("</table>\n");
    }

    html.append("<h2>").append(esc(labels.get("findings"))).append("</h2>\n<ul>\n");
    List<Finding> findings = data.findings();
    if (findings.isEmpty()) {
      html.append("<li>").append(esc(labels.get("none"))).append("</li>\n");
    }
    for (Finding finding : findings.subList(0, Math.min(limit, findings.size()))) {
      html.append("<li class=\"finding\"><b>").append(esc(labels.findingKind(finding))).append("</b> ")
          .append(esc(finding.indicatorCode() + " · " + finding.subjectCode() + " " + labels.period(finding.period()))).append(": ")
          .append(esc(labels.finding(finding))).append("</li>\n");
    }
    if (findings.size() > limit) {
      html.append("<li class=\"more\">").append(esc(labels.format("more", findings.size() - limit))).append("</li>\n");
    }
    html.append("</ul>\n");

    html.append("<footer>\n<p>").append(esc(labels.format("generated", labels.date(options.generatedOn().orElseGet(LocalDate::now)))))
        .append("</p>\n<p>").append(esc(labels.get("source") + ": " + data.plan().number() + " — " + data.plan().issuer()
            + options.source().map(s -> "; " + s).orElse(""))).append("</p>\n</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private static final String STYLE =
      "body{font-family:system-ui,'Segoe UI',Roboto,sans-serif;margin:2em;color:#222;max-width:1100px}\n"
      + "h1{margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}.title{font-size:1.1em}\n"
      + "table{border-collapse:collapse;margin:.6em 0;font-size:.92em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}\n"
      + "th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap}.name{color:#555}.cover{color:#555;font-size:.9em}\n"
      + "td.MET,th.MET{background:#c8e6c9}td.NOT_MET,th.NOT_MET{background:#ffcdd2}td.NO_DATA,th.NO_DATA{background:#e0e0e0}"
      + "td.NOT_EVALUABLE,th.NOT_EVALUABLE{background:#fff9c4}\n"
      + "tr.OVERDUE td{background:#ffcdd2}tr.DONE td{color:#2e7d32}tr.tier td{color:#555;font-style:italic}.more td,li.more{color:#777;font-style:italic}\n"
      + "figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:.3em}svg text{font-size:12px;font-family:system-ui,sans-serif}\n"
      + ".legend span{display:inline-block;margin-right:1.2em}.legend i{display:inline-block;width:1em;height:.8em;margin-right:.3em;vertical-align:middle}\n"
      + "td[data-band=green]{background:#c8e6c9}td[data-band=yellow]{background:#fff59d}"
      + "td[data-band=orange]{background:#ffcc80}td[data-band=red]{background:#ef9a9a}\n"
      + "footer{margin-top:2em;color:#555;font-size:.9em;border-top:1px solid #ddd}\n"
      + "@media print{body{margin:0;max-width:none;font-size:10pt}h2{page-break-after:avoid}tr,figure{page-break-inside:avoid}"
      + "svg{max-width:100%;height:auto}a{color:inherit;text-decoration:none}}\n";

  private static String caption(ReportData data, UnitTable table, Labels labels) {
    return labels.format("unitTable", table.target().indicator().code() + " " + labels.indicator(table.target().indicator()),
        labels.scope(table.scope(), data.hierarchy()));
  }

  private static void legend(StringBuilder html, Labels labels) {
    html.append("<p class=\"legend\">");
    for (Status status : new Status[] {Status.MET, Status.NOT_MET}) {
      html.append("<span><i style=\"background:").append(colour(status)).append("\"></i>").append(esc(labels.status(status))).append("</span>");
    }
    html.append("<span><i style=\"background:#000;width:3px\"></i>").append(esc(labels.get("legend"))).append("</span></p>\n");
  }

  private static void header(StringBuilder html, Labels labels, String... keys) {
    html.append("<tr>");
    for (String key : keys) {
      html.append("<th>").append(esc(labels.get(key))).append("</th>");
    }
    html.append("</tr>\n");
  }

  private static void row(StringBuilder html, ReportData data, Assessment a, Labels labels, boolean withIndicator) {
    Language language = labels.language();
    html.append("<tr>");
    if (withIndicator) {
      html.append("<td>").append(esc(a.indicator().code())).append(" <span class=\"name\">").append(esc(labels.indicator(a.indicator())))
          .append("</span></td>");
    }
    html.append("<td>").append(esc(a.subjectCode())).append(" <span class=\"name\">").append(esc(Views.subject(data, a, labels)))
        .append("</span>");
    Views.rollupNote(data, a, labels).ifPresent(note -> html.append("<br><span class=\"cover\">").append(esc(note)).append("</span>"));
    html.append("</td><td>").append(esc(labels.period(a.period()))).append("</td><td class=\"").append(a.status()).append("\">")
        .append(esc(labels.status(a.status()))).append("</td><td class=\"num\">").append(esc(Formats.value(a, language)))
        .append("</td><td>").append(esc(Formats.threshold(a, language))).append("</td><td>").append(esc(Views.remark(a, labels)))
        .append("</td></tr>\n");
  }

  private static void more(StringBuilder html, int leftOut, Labels labels, int columns) {
    if (leftOut > 0) {
      html.append("<tr class=\"more\"><td colspan=\"").append(columns).append("\">").append(esc(labels.format("more", leftOut)))
          .append("</td></tr>\n");
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

  private static void scoreRow(StringBuilder html, String name, Map<Status, Integer> counts) {
    html.append("<tr><td>").append(esc(name)).append("</td>");
    counts.values().forEach(n -> html.append("<td class=\"num\">").append(n).append("</td>"));
    html.append("</tr>\n");
  }

  private static String colour(Status status) {
    return status == Status.MET ? "#2e7d32" : status == Status.NOT_MET ? "#c62828" : "#9e9e9e";
  }

  /** The top of the scale: 100 for shares (more if a value or bound passes it), else a round number above the largest. */
  private static double scaleTop(List<Assessment> bars) {
    double top = 0;
    boolean percent = true;
    for (Assessment a : bars) {
      Threshold t = a.threshold().orElseThrow();
      top = Math.max(top, Math.max(a.value().orElseThrow().doubleValue(), t.upperBound().orElse(t.bound()).doubleValue()));
      percent &= a.indicator().measure() == Measure.PERCENT;
    }
    if (percent && top <= 100) {
      return 100;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(top, 1e-9))));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= top) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static void chart(StringBuilder html, ReportData data, List<Assessment> all, Labels labels, int limit, boolean units) {
    List<Assessment> bars = all.subList(0, Math.min(limit, all.size()));
    double top = scaleTop(bars);
    int axis = 28;
    int height = ROW * bars.size() + axis + 8;
    int width = LABEL + WIDTH + VALUE;
    html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(esc(labels.get("chart"))).append("\">\n");
    int y = 4;
    for (Assessment a : bars) {
      Threshold t = a.threshold().orElseThrow();
      Rational value = a.value().orElseThrow();
      String name = units ? a.subjectCode() + " " + Views.subject(data, a, labels)
          : a.indicator().code() + " " + labels.indicator(a.indicator()) + " · " + Views.subject(data, a, labels);
      html.append("<g class=\"bar-row\"><title>").append(esc(name + ": " + Formats.value(a, labels.language()) + " / "
          + Formats.threshold(a, labels.language()))).append("</title>\n");
      html.append("<text class=\"label\" x=\"").append(LABEL - 6).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">")
          .append(esc(shorten(name, 46))).append("</text>\n");
      double barWidth = Math.max(0, Math.min(value.doubleValue(), top)) / top * WIDTH;
      html.append("<rect class=\"bar\" data-target=\"").append(esc(a.targetCode())).append("\" data-unit=\"").append(esc(a.subjectCode()))
          .append("\" data-status=\"").append(a.status()).append("\" x=\"").append(LABEL).append("\" y=\"").append(y + 3)
          .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(colour(a.status()))
          .append("\"/>\n");
      double lower = Math.min(t.bound().doubleValue(), top) / top * WIDTH;
      if (t.comparator() == Comparator.BETWEEN) {
        double upper = Math.min(t.upperBound().orElseThrow().doubleValue(), top) / top * WIDTH;
        html.append("<rect class=\"threshold\" x=\"").append(fmt(LABEL + lower)).append("\" y=\"").append(y).append("\" width=\"")
            .append(fmt(Math.max(2, upper - lower))).append("\" height=\"").append(ROW - 2)
            .append("\" fill=\"none\" stroke=\"#000\" stroke-dasharray=\"3 2\"/>\n");
      } else {
        html.append("<line class=\"threshold\" x1=\"").append(fmt(LABEL + lower)).append("\" x2=\"").append(fmt(LABEL + lower))
            .append("\" y1=\"").append(y).append("\" y2=\"").append(y + ROW - 2).append("\" stroke=\"#000\" stroke-width=\"2\"/>\n");
      }
      html.append("<text class=\"value\" x=\"").append(LABEL + WIDTH + 6).append("\" y=\"").append(y + 14).append("\">")
          .append(esc(Formats.value(a, labels.language()))).append("</text>\n</g>\n");
      y += ROW;
    }
    html.append("<g class=\"axis\">\n<line x1=\"").append(LABEL).append("\" x2=\"").append(LABEL + WIDTH).append("\" y1=\"").append(y + 2)
        .append("\" y2=\"").append(y + 2).append("\" stroke=\"#444\"/>\n");
    boolean percent = bars.stream().allMatch(a -> a.indicator().measure() == Measure.PERCENT);
    for (int i = 0; i <= 5; i++) {
      double x = LABEL + WIDTH * i / 5.0;
      String tick = Formats.number(Rational.of(Math.round(top * i * 100 / 5), 100), Measure.COUNT, labels.language()) + (percent ? "%" : "");
      html.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(y + 2).append("\" y2=\"")
          .append(y + 7).append("\" stroke=\"#444\"/><text class=\"tick\" x=\"").append(fmt(x)).append("\" y=\"").append(y + 20)
          .append("\" text-anchor=\"middle\">").append(esc(tick)).append("</text>\n");
    }
    html.append("</g>\n</svg>\n");
    if (all.size() > bars.size()) {
      html.append("<p class=\"more\">").append(esc(labels.format("more", all.size() - bars.size()))).append("</p>\n");
    }
  }

  private static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
    return text.substring(0, end) + "…";
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
