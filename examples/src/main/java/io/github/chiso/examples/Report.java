package io.github.chiso.examples;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Scorecard;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.model.Area;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.text.Language;
import io.github.chiso.text.NumberText;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The main job: judges seed 001's 2022 targets against the results reported up to Q3/2022 and
 * prints the compliance table and the scorecard by area.
 */
public final class Report {
  private Report() {}

  /** Prints the report on standard output. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(out);
  }

  /** Writes the report to {@code out}. */
  public static void print(PrintStream out) {
    Plan plan = Seed001.plan();
    List<Assessment> assessments =
        Compliance.assess(plan, Seed001.hierarchy(), Seed001.results());
    out.printf("%s — %s%n", plan.number(), plan.title().orElse(""));
    out.printf("Results as of %s against the %s targets (deadline %s)%n%n",
        Seed001.REPORTED, plan.period(), plan.period().end());
    out.printf("%-6s %-5s %-8s %-14s %-11s %-10s %s%n",
        "code", "unit", "period", "status", "value", "threshold", "margin");
    for (Assessment a : assessments) {
      out.printf("%-6s %-5s %-8s %-14s %-11s %-10s %s%n",
          a.indicator().code(),
          a.subjectCode(),
          a.period(),
          a.status(),
          a.value().map(v -> percent(v, false)).orElse("—"),
          a.threshold().map(t -> t + "%").orElse("—"),
          a.margin().map(m -> percent(m, true)).orElse(shorten(a.reason().orElse(""))));
    }
    Scorecard scorecard = Scorecard.of(assessments);
    out.printf("%nScorecard: %s%n", counts(scorecard.counts()));
    for (Map.Entry<Area, ? extends Map<Status, Integer>> area : scorecard.byArea().entrySet()) {
      out.printf("  %-28s %s%n", area.getKey().nameEn(), counts(area.getValue()));
    }
    out.printf("%nWorst gaps (as of %s, before the deadline):%n", Seed001.REPORTED);
    for (Gap gap : Gaps.rank(assessments.stream().map(Gaps::of).toList())) {
      if (gap.assessment().status() != Status.NOT_MET) {
        continue;
      }
      out.printf("  %-6s short by %-8s distance %-7s%s%n",
          gap.assessment().indicator().code(),
          percent(gap.gap().orElseThrow(), false),
          gap.distance().orElseThrow().toBigDecimal(1, RoundingMode.HALF_EVEN) + "/100",
          gap.shortfall()
              .map(k -> "  needs " + k + " more of " + gap.assessment().denominator().orElseThrow())
              .orElse(""));
    }
  }

  private static String percent(Rational value, boolean signed) {
    String number =
        NumberText.format(value.toBigDecimal(2, RoundingMode.HALF_EVEN), Language.EN) + "%";
    return signed && value.signum() >= 0 ? "+" + number : number;
  }

  private static String shorten(String reason) {
    return reason.length() <= 72 ? reason : reason.substring(0, 71) + "…";
  }

  private static String counts(Map<Status, Integer> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach((status, n) -> text.append(status).append(' ').append(n).append("  "));
    return text.toString().strip();
  }
}
