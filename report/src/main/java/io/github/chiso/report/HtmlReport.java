package io.github.chiso.report;

import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.score.Rating;
import io.github.chiso.model.Area;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import io.github.chiso.text.Language;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page: no script, no external resource. The gap chart is an
 * inline SVG with one bar per assessed target (a value judged against a threshold), the threshold
 * marked on it, and the bar coloured by status. Text from the documents is escaped.
 *
 * @since 0.1.0
 */
public final class HtmlReport {
  private static final int LABEL = 190;
  private static final int WIDTH = 520;
  private static final int ROW = 24;

  private HtmlReport() {}

  /** The page of {@code data} in {@code language}. */
  public static String render(ReportData data, Language language) {
    return render(data, ReportOptions.of(language));
  }

  /** The page of {@code data} as {@code options} say. */
  public static String render(ReportData data, ReportOptions options) {
    return render(data, new Labels(options.language()));
  }

  private static String render(ReportData data, Labels labels) {
    var language = labels.language();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(language.name().toLowerCase(java.util.Locale.ROOT)).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(esc(labels.get("title") + " — " + data.plan().number())).append("</title>\n")
        .append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
            + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}th{background:#f3f3f3}"
            + ".MET{color:#2e7d32}.NOT_MET{color:#c62828}.NO_DATA,.NOT_EVALUABLE{color:#777}"
            + "svg text{font-size:12px;font-family:system-ui,sans-serif}"
            + "td[data-band=green]{background:#c8e6c9}td[data-band=yellow]{background:#fff59d}"
            + "td[data-band=orange]{background:#ffcc80}td[data-band=red]{background:#ef9a9a}</style>\n</head>\n<body>\n");
    html.append("<h1>").append(esc(data.plan().number())).append("</h1>\n<p>").append(esc(data.plan().title().orElse("")))
        .append("</p>\n<p>").append(esc(labels.get("asOf") + " " + data.asOf() + "; " + labels.get("deadline") + " " + data.plan().period().end()))
        .append("</p>\n");

    html.append("<h2>").append(esc(labels.get("scorecard"))).append("</h2>\n<table>\n<tr><th></th>");
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
    chart(html, data.assessments().stream().filter(a -> a.value().isPresent() && a.threshold().isPresent()).collect(Collectors.toList()), labels);

    html.append("<h2>").append(esc(labels.get("compliance"))).append("</h2>\n<table>\n<tr>");
    for (String column : new String[] {"indicator", "unit", "period", "status", "value", "threshold", "margin"}) {
      html.append("<th>").append(esc(labels.get(column))).append("</th>");
    }
    html.append("</tr>\n");
    for (Assessment a : data.assessments()) {
      html.append("<tr><td title=\"").append(esc(a.indicator().nameVi())).append("\">").append(esc(a.indicator().code()))
          .append("</td><td>").append(esc(a.subjectCode())).append("</td><td>").append(a.period())
          .append("</td><td class=\"").append(a.status()).append("\">").append(esc(labels.status(a.status())))
          .append("</td><td>").append(esc(Formats.value(a, language))).append("</td><td>").append(esc(Formats.threshold(a, language)))
          .append("</td><td>").append(esc(a.margin().isPresent() ? Formats.margin(a, language) : a.reason().orElse("")))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");

    if (!data.rated().isEmpty()) {
      html.append("<h2>").append(esc(labels.get("bands"))).append("</h2>\n<table>\n<tr>");
      for (String column : new String[] {"indicator", "unit", "value", "band", "score"}) {
        html.append("<th>").append(esc(labels.get(column))).append("</th>");
      }
      html.append("</tr>\n");
      for (Assessment a : data.rated()) {
        Rating rating = data.rating(a).orElseThrow();
        html.append("<tr><td>").append(esc(a.indicator().code())).append("</td><td>").append(esc(a.subjectCode()))
            .append("</td><td>").append(esc(Formats.value(a, language)))
            .append("</td><td class=\"band band-").append(rating.index()).append("\" data-band=\"").append(esc(rating.band()))
            .append("\">").append(esc(rating.band())).append("</td><td>").append(esc(Formats.score(rating)))
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
    }

    html.append("<h2>").append(esc(labels.get("gaps"))).append("</h2>\n<table>\n");
    for (Gap gap : data.worstGaps()) {
      Assessment a = gap.assessment();
      html.append("<tr><td>").append(esc(a.indicator().code())).append("</td><td>").append(esc(a.subjectCode()))
          .append("</td><td>").append(esc(labels.get("shortBy") + " " + Formats.value(gap.gap().orElseThrow(), a.indicator().measure(), language)))
          .append("</td><td>").append(esc(labels.get("distance") + " " + gap.distance().orElseThrow().toBigDecimal(1, RoundingMode.HALF_EVEN) + "/100"))
          .append("</td><td>").append(esc(gap.shortfall().map(k -> String.format(labels.get("needs"), k, a.denominator().orElseThrow())).orElse("")))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");

    html.append("<h2>").append(esc(labels.get("findings"))).append("</h2>\n<ul>\n");
    if (data.findings().isEmpty()) {
      html.append("<li>").append(esc(labels.get("none"))).append("</li>\n");
    }
    for (Finding finding : data.findings()) {
      html.append("<li class=\"finding\"><b>").append(finding.kind()).append("</b> ").append(esc(finding.indicatorCode() + "@" + finding.subjectCode()))
          .append(": ").append(esc(finding.message())).append("</li>\n");
    }
    html.append("</ul>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void scoreRow(StringBuilder html, String name, Map<Status, Integer> counts) {
    html.append("<tr><td>").append(esc(name)).append("</td>");
    counts.values().forEach(n -> html.append("<td>").append(n).append("</td>"));
    html.append("</tr>\n");
  }

  private static void chart(StringBuilder html, List<Assessment> bars, Labels labels) {
    int height = ROW * bars.size() + 10;
    html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(LABEL + WIDTH + 80).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(esc(labels.get("chart"))).append("\">\n");
    int y = 5;
    for (Assessment a : bars) {
      Threshold t = a.threshold().orElseThrow();
      Rational value = a.value().orElseThrow();
      double top = Math.max(value.doubleValue(), (t.upperBound().orElse(t.bound())).doubleValue());
      double scale = a.indicator().measure() == Measure.PERCENT ? Math.max(100, top) : Math.max(top * 1.1, 1e-9);
      double barWidth = Math.max(0, value.doubleValue()) / scale * WIDTH;
      String colour = a.status() == Status.MET ? "#2e7d32" : a.status() == Status.NOT_MET ? "#c62828" : "#9e9e9e";
      html.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(a.indicator().code() + " · " + a.subjectCode())).append("</text>\n");
      html.append("<rect class=\"bar\" data-target=\"").append(esc(a.targetCode())).append("\" data-status=\"").append(a.status())
          .append("\" x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(fmt(barWidth))
          .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(colour).append("\"><title>")
          .append(esc(Formats.value(a, labels.language()) + " / " + Formats.threshold(a, labels.language()))).append("</title></rect>\n");
      double lower = t.bound().doubleValue() / scale * WIDTH;
      if (t.comparator() == Comparator.BETWEEN) {
        double upper = t.upperBound().orElseThrow().doubleValue() / scale * WIDTH;
        html.append("<rect class=\"threshold\" x=\"").append(fmt(LABEL + lower)).append("\" y=\"").append(y).append("\" width=\"")
            .append(fmt(Math.max(2, upper - lower))).append("\" height=\"").append(ROW - 2).append("\" fill=\"none\" stroke=\"#000\" stroke-dasharray=\"3 2\"/>\n");
      } else {
        html.append("<line class=\"threshold\" x1=\"").append(fmt(LABEL + lower)).append("\" x2=\"").append(fmt(LABEL + lower))
            .append("\" y1=\"").append(y).append("\" y2=\"").append(y + ROW - 2).append("\" stroke=\"#000\" stroke-width=\"2\"/>\n");
      }
      html.append("<text x=\"").append(fmt(LABEL + WIDTH + 6)).append("\" y=\"").append(y + 15).append("\">")
          .append(esc(Formats.value(a, labels.language()))).append("</text>\n");
      y += ROW;
    }
    html.append("</svg>\n");
  }

  private static String fmt(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
