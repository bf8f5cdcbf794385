package io.github.chiso.examples;

import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.model.Area;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.Map;

/** The report as aligned text for a terminal. */
final class TextReport {
  private TextReport() {}

  static void print(ReportData data, Labels labels, PrintStream out) {
    var language = labels.language();
    out.printf("%s — %s%n", data.plan.number(), data.plan.title().orElse(""));
    out.printf("%s %s; %s %s%n", labels.get("asOf"), data.asOf, labels.get("deadline"), data.plan.period().end());
    data.note.ifPresent(note -> out.printf("%s%n", note));
    out.println();

    out.println(labels.get("compliance"));
    String row = "  %-12s %-6s %-8s %-18s %-12s %-26s %s%n";
    out.printf(row, labels.get("indicator"), labels.get("unit"), labels.get("period"), labels.get("status"),
        labels.get("value"), labels.get("threshold"), labels.get("margin"));
    for (Assessment a : data.assessments) {
      String margin = a.margin().isPresent() ? Formats.margin(a, language) : shorten(a.reason().orElse(""));
      out.printf(row, a.indicator().code(), a.subjectCode(), a.period(), labels.status(a.status()),
          Formats.value(a, language), Formats.threshold(a, language), margin);
    }

    out.printf("%n%s%n", labels.get("scorecard"));
    out.printf("  %-30s %s%n", labels.get("all"), counts(data.scorecard.counts(), labels));
    for (Map.Entry<Area, ? extends Map<Status, Integer>> area : data.scorecard.byArea().entrySet()) {
      out.printf("  %-30s %s%n", labels.area(area.getKey()), counts(area.getValue(), labels));
    }

    out.printf("%n%s (%s %s)%n", labels.get("gaps"), labels.get("asOf").toLowerCase(java.util.Locale.ROOT), data.asOf);
    for (Gap gap : data.worstGaps()) {
      Assessment a = gap.assessment();
      String shortfall = gap.shortfall()
          .map(k -> "  " + String.format(labels.get("needs"), k, a.denominator().orElseThrow()))
          .orElse("");
      out.printf("  %-12s %-6s %s %-9s %s %s/100%s%n", a.indicator().code(), a.subjectCode(), labels.get("shortBy"),
          Formats.value(gap.gap().orElseThrow(), a.indicator().measure(), language), labels.get("distance"),
          gap.distance().orElseThrow().toBigDecimal(1, RoundingMode.HALF_EVEN), shortfall);
    }

    out.printf("%n%s%n", labels.get("findings"));
    if (data.findings.isEmpty()) {
      out.printf("  %s%n", labels.get("none"));
    }
    for (Finding finding : data.findings) {
      out.printf("  %s %s@%s %s: %s%n", finding.kind(), finding.indicatorCode(), finding.subjectCode(), finding.period(),
          finding.message());
    }
  }

  static String counts(Map<Status, Integer> counts, Labels labels) {
    StringBuilder text = new StringBuilder();
    counts.forEach((status, n) -> text.append(labels.status(status)).append(' ').append(n).append("  "));
    return text.toString().strip();
  }

  private static String shorten(String reason) {
    return reason.length() <= 60 ? reason : reason.substring(0, 59) + "…";
  }
}
