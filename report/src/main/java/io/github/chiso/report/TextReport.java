package io.github.chiso.report;

import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.model.Area;
import io.github.chiso.score.Rating;
import io.github.chiso.text.Language;
import java.io.PrintStream;
import java.math.RoundingMode;
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

  /** Prints {@code data} to {@code out} in {@code language}. */
  public static void print(ReportData data, Language language, PrintStream out) {
    print(data, new Labels(language), out);
  }

  private static void print(ReportData data, Labels labels, PrintStream out) {
    var language = labels.language();
    line(out, "%s — %s%n", data.plan().number(), data.plan().title().orElse(""));
    line(out, "%s %s; %s %s%n", labels.get("asOf"), data.asOf(), labels.get("deadline"), data.plan().period().end());
    data.note().ifPresent(note -> line(out, "%s%n", note));
    out.println();

    line(out, "%s%n", labels.get("compliance"));
    String row = "  %-12s %-6s %-8s %-18s %-12s %-26s %s%n";
    line(out, row, labels.get("indicator"), labels.get("unit"), labels.get("period"), labels.get("status"),
        labels.get("value"), labels.get("threshold"), labels.get("margin"));
    for (Assessment a : data.assessments()) {
      String margin = a.margin().isPresent() ? Formats.margin(a, language) : shorten(a.reason().orElse(""));
      line(out, row, a.indicator().code(), a.subjectCode(), a.period(), labels.status(a.status()),
          Formats.value(a, language), Formats.threshold(a, language), margin);
    }

    if (!data.rated().isEmpty()) {
      line(out, "%n%s%n", labels.get("bands"));
      String bandRow = "  %-12s %-6s %-12s %-10s %s%n";
      line(out, bandRow, labels.get("indicator"), labels.get("unit"), labels.get("value"), labels.get("band"),
          labels.get("score"));
      for (Assessment a : data.rated()) {
        Rating rating = data.rating(a).orElseThrow();
        line(out, bandRow, a.indicator().code(), a.subjectCode(), Formats.value(a, language), rating.band(),
            Formats.score(rating));
      }
    }

    line(out, "%n%s%n", labels.get("scorecard"));
    line(out, "  %-30s %s%n", labels.get("all"), counts(data.scorecard().counts(), labels));
    for (Map.Entry<Area, ? extends Map<Status, Integer>> area : data.scorecard().byArea().entrySet()) {
      line(out, "  %-30s %s%n", labels.area(area.getKey()), counts(area.getValue(), labels));
    }

    line(out, "%n%s (%s %s)%n", labels.get("gaps"), labels.get("asOf").toLowerCase(java.util.Locale.ROOT), data.asOf());
    for (Gap gap : data.worstGaps()) {
      Assessment a = gap.assessment();
      String shortfall = gap.shortfall()
          .map(k -> "  " + String.format(labels.get("needs"), k, a.denominator().orElseThrow()))
          .orElse("");
      line(out, "  %-12s %-6s %s %-9s %s %s/100%s%n", a.indicator().code(), a.subjectCode(), labels.get("shortBy"),
          Formats.value(gap.gap().orElseThrow(), a.indicator().measure(), language), labels.get("distance"),
          gap.distance().orElseThrow().toBigDecimal(1, RoundingMode.HALF_EVEN), shortfall);
    }

    line(out, "%n%s%n", labels.get("findings"));
    if (data.findings().isEmpty()) {
      line(out, "  %s%n", labels.get("none"));
    }
    for (Finding finding : data.findings()) {
      line(out, "  %s %s@%s %s: %s%n", finding.kind(), finding.indicatorCode(), finding.subjectCode(), finding.period(),
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
