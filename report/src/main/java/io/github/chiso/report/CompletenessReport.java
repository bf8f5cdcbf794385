package io.github.chiso.report;

import com.google.common.collect.ImmutableList;
import io.github.chiso.completeness.Completeness;
import io.github.chiso.completeness.ReportState;
import io.github.chiso.completeness.ReportStatus;
import io.github.chiso.completeness.ReportingCounts;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Rational;
import io.github.chiso.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report's completeness section as aligned text: per tier (and body kind) DHIS2's three figures
 * with the late and pending reports and the two rates, then per tier the units and bodies that are
 * late or missing, by name, most missing first ({@link Completeness#MOST_MISSING_FIRST}), each with
 * its missing and late periods and the days. Everything shown is computed by {@link Completeness};
 * rates are rounded from the exact fractions, half to even, to one decimal.
 *
 * @since 0.1.0
 */
public final class CompletenessReport {
  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("title", new String[] {"Tình hình gửi báo cáo đến ngày %s", "Reporting completeness as of %s"}),
      Map.entry("scope", new String[] {"cấp", "tier"}),
      Map.entry("expected", new String[] {"phải gửi", "expected"}),
      Map.entry("actual", new String[] {"đã gửi", "actual"}),
      Map.entry("onTime", new String[] {"đúng hạn", "on time"}),
      Map.entry("late", new String[] {"muộn", "late"}),
      Map.entry("missing", new String[] {"chưa gửi", "missing"}),
      Map.entry("pending", new String[] {"chưa đến hạn", "not yet due"}),
      Map.entry("rate", new String[] {"tỷ lệ gửi", "reporting rate"}),
      Map.entry("onTimeRate", new String[] {"tỷ lệ đúng hạn", "on-time rate"}),
      Map.entry("laggards", new String[] {"Đơn vị gửi muộn hoặc chưa gửi", "Late or missing reporters"}),
      Map.entry("overdue", new String[] {"quá hạn %d ngày", "%d days overdue"}),
      Map.entry("overdue1", new String[] {"quá hạn 1 ngày", "1 day overdue"}),
      Map.entry("lateBy", new String[] {"muộn %d ngày", "%d days late"}),
      Map.entry("lateBy1", new String[] {"muộn 1 ngày", "1 day late"}),
      Map.entry("more", new String[] {"… và %d đơn vị khác", "… and %d more"}),
      Map.entry("none", new String[] {"không có", "none"}));

  private CompletenessReport() {}

  /** The section as text, at most {@code perTier} late or missing reporters listed per tier. */
  public static String text(Completeness completeness, Hierarchy hierarchy, Language language, int perTier) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    print(completeness, hierarchy, language, perTier, out);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Prints the section to {@code out}, at most {@code perTier} late or missing reporters per tier. */
  public static void print(Completeness completeness, Hierarchy hierarchy, Language language, int perTier,
      PrintStream out) {
    int word = language == Language.VI ? 0 : 1;
    line(out, "%s%n", String.format(WORDS.get("title")[word], completeness.judgedOn()));
    String row = "  %-22s %9s %8s %9s %6s %9s %13s %10s %14s%n";
    line(out, row, w("scope", word), w("expected", word), w("actual", word), w("onTime", word), w("late", word),
        w("missing", word), w("pending", word), w("rate", word), w("onTimeRate", word));
    List<Scope> scopes = scopes(completeness, hierarchy);
    for (Scope scope : scopes) {
      ReportingCounts c = completeness.countsOf(scope);
      line(out, row, scopeName(scope, hierarchy, word), c.expected(), c.actual(), c.onTime(), c.late(), c.missing(),
          c.pending(), percent(c.reportingRate(), language), percent(c.onTimeRate(), language));
    }
    ReportingCounts total = completeness.total();
    line(out, row, language == Language.VI ? "tổng" : "total", total.expected(), total.actual(), total.onTime(),
        total.late(), total.missing(), total.pending(), percent(total.reportingRate(), language),
        percent(total.onTimeRate(), language));

    line(out, "%n%s%n", w("laggards", word));
    for (Scope scope : scopes) {
      List<Subject> laggards = completeness.reporters().stream().filter(s -> s.scope().equals(scope))
          .filter(s -> completeness.counts(s.code()).missing() > 0 || completeness.counts(s.code()).late() > 0)
          .sorted(Comparator.comparing(s -> completeness.counts(s.code()), Completeness.MOST_MISSING_FIRST))
          .collect(Collectors.toList());
      line(out, "  %s (%d)%n", scopeName(scope, hierarchy, word), laggards.size());
      if (laggards.isEmpty()) {
        line(out, "    %s%n", w("none", word));
      }
      for (Subject subject : laggards.subList(0, Math.min(perTier, laggards.size()))) {
        ReportingCounts c = completeness.counts(subject.code());
        line(out, "    %-8s %-42s %s %d, %s %d: %s%n", subject.code(), subject.name(), w("missing", word), c.missing(),
            w("late", word), c.late(), details(completeness, subject, word));
      }
      if (laggards.size() > perTier) {
        line(out, "    %s%n", String.format(WORDS.get("more")[word], laggards.size() - perTier));
      }
    }
  }

  /** The tiers of the hierarchy's scheme that owe reports, top first, then the body kinds. */
  private static List<Scope> scopes(Completeness completeness, Hierarchy hierarchy) {
    Set<Scope> owing = completeness.reporters().stream().map(Subject::scope).collect(Collectors.toSet());
    Set<Scope> out = new LinkedHashSet<>();
    for (Tier tier : hierarchy.scheme().tiers()) {
      if (owing.contains(Scope.of(tier))) {
        out.add(Scope.of(tier));
      }
    }
    owing.stream().filter(s -> s.kind() == Scope.Kind.BODY_KIND).sorted().forEach(out::add);
    return ImmutableList.copyOf(out);
  }

  private static String scopeName(Scope scope, Hierarchy hierarchy, int word) {
    if (scope.kind() == Scope.Kind.TIER) {
      Optional<Tier> tier = hierarchy.scheme().tier(scope.key());
      return tier.map(t -> word == 0 ? t.nameVi() : t.nameEn()).orElse(scope.key());
    }
    return hierarchy.bodies().stream().filter(b -> b.kind().key().equals(scope.key())).findFirst()
        .map(b -> word == 0 ? b.kind().nameVi() : b.kind().nameEn()).orElse(scope.key());
  }

  private static String details(Completeness completeness, Subject subject, int word) {
    List<String> parts = new ArrayList<>();
    for (ReportStatus report : completeness.reports()) {
      if (!report.subjectCode().equals(subject.code())) {
        continue;
      }
      if (report.state() == ReportState.MISSING) {
        parts.add(report.requirementCode() + " " + report.period() + " "
            + String.format(WORDS.get(report.days() == 1 ? "overdue1" : "overdue")[word], report.days()));
      } else if (report.state() == ReportState.LATE) {
        parts.add(report.requirementCode() + " " + report.period() + " "
            + String.format(WORDS.get(report.days() == 1 ? "lateBy1" : "lateBy")[word], report.days()));
      }
    }
    return String.join("; ", parts);
  }

  private static String percent(Optional<Rational> rate, Language language) {
    if (rate.isEmpty()) {
      return "–";
    }
    String text = rate.get().multiply(Rational.HUNDRED).toBigDecimal(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    return language == Language.VI ? text.replace('.', ',') : text;
  }

  private static String w(String key, int word) {
    return WORDS.get(key)[word];
  }

  private static void line(PrintStream out, String format, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof String ? TextReport.printable((String) args[i]) : args[i];
    }
    out.printf(java.util.Locale.ROOT, format, shown);
  }
}
