package io.github.chiso.examples;

import io.github.chiso.seeds.Seeds;
import com.google.common.collect.ImmutableList;
import io.github.chiso.ChisoException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.ResultsCsv;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.completeness.Completeness;
import io.github.chiso.report.CompletenessReport;
import io.github.chiso.schedule.ReportingSchedule;
import io.github.chiso.report.ReportData;
import io.github.chiso.report.ReportFormat;
import io.github.chiso.report.ReportOptions;
import io.github.chiso.report.ReportStream;
import io.github.chiso.report.ResultsXlsx;
import io.github.chiso.report.TextReport;
import io.github.chiso.text.Language;
import io.github.chiso.vn.UnitList;
import io.github.chiso.vn.VietnamUnits;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.reexpress.Allocation;
import io.github.chiso.vn.reexpress.OldPlanAssessment;
import io.github.chiso.vn.reexpress.OldPlans;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The main job: judges a plan against its results and prints the compliance table, the scorecard by
 * area, the worst gaps with their shortfalls, and the consistency findings.
 *
 * <pre>
 * Report [--plan FILE.json] [--results FILE.json|FILE.csv] [--hierarchy FILE.json]
 *        [--on-new-units part|whole] [--period PERIOD]
 *        [--lang en|vi] [--format text|csv] [--excel] [--html FILE] [--verbose]
 *        [--schedule FILE.json]
 * </pre>
 *
 * With --schedule (a reporting-schedule document, FORMAT.md), the text report ends with the
 * completeness section: who reported, who is late or missing, judged as of the report's date.
 *
 * With --on-new-units, the plan — written for a province before 1 July 2025 (seed 001's 2022 plan
 * when no --plan is given) — is judged on results reported on the units after it, by chiso-vn's
 * lineage: on the part of the new province descended from the plan's province ({@code part}), or on
 * the whole new province ({@code whole}); --hierarchy then only gives the implementing bodies.
 * --period holds every target to the same thresholds over another period (a 2022 plan's bar applied
 * to 2026 results).
 *
 * With no files it reports on the bundled seeds: Đồng Nai's 2022 targets (seed 001) against the
 * results up to Q3/2022, over Đồng Nai's hierarchy before the reform. Without --hierarchy a user's
 * plan is judged over its province's units as chiso-vn lists them when the plan's period starts (a
 * jurisdiction the list does not know, alone). Bad input prints one line naming the file and the
 * problem and exits with 1 (2 for bad arguments); --verbose adds the stack trace.
 */
public final class Report {
  private Report() {}

  /** Runs the report and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the report with {@code args}, writing to {@code out} and {@code err}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("chiso: " + TextReport.printable(e.getMessage()));
      err.println(USAGE);
      return 2;
    }
    if (options.help) {
      out.println(USAGE);
      return 0;
    }
    Optional<Path> writing = Optional.empty();
    try {
      ReportData data = load(options);
      ReportOptions how = ReportOptions.of(options.language).withExcel(options.excel).withLimit(options.limit)
          .withSource(options.results.map(p -> p.getFileName().toString())
              .orElse(options.plan.isEmpty() ? "seed 001 (chiso-seeds)" : "no results file"));
      if (options.html.isPresent()) {
        writing = options.html;
        write(ReportFormat.HTML, data, how, options.html.get());
      }
      writing = options.output;
      if (options.output.isPresent()) {
        write(options.format, data, how, options.output.get());
      } else {
        options.format.write(data, how, out);
        if (options.schedule.isPresent() && options.format == ReportFormat.TEXT) {
          out.println();
          CompletenessReport.print(completeness(options.schedule.get(), data), data.hierarchy(), options.language,
              options.limit, out);
        }
      }
      return 0;
    } catch (Failure e) {
      err.println("chiso: " + TextReport.printable(e.getMessage()));
      if (options.verbose) {
        e.getCause().printStackTrace(err);
      }
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println("chiso: cannot write " + writing.map(Path::toString).orElse("the output") + ": " + e.getMessage());
      if (options.verbose) {
        e.printStackTrace(err);
      }
      return 1;
    } catch (OutOfMemoryError e) {
      err.println("chiso: input needs more memory: " + e.getMessage() + "; give Java more heap (e.g. -Xmx2g)");
      return 1;
    }
  }

  /** Writes the report to {@code file} through a temporary file beside it, so a failed run leaves no half-written file. */
  private static void write(ReportFormat format, ReportData data, ReportOptions how, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Path partial = parent.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
    try {
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
        format.write(data, how, stream);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  static final String USAGE =
      "usage: Report [--plan FILE.json] [--results FILE.json|FILE.csv|FILE.xlsx [--sheet NAME]] [--hierarchy FILE.json]\n"
          + "              [--as-of YYYY-MM-DD] [--on-new-units part|whole] [--period PERIOD]\n"
          + "              [--lang en|vi] [--format text|csv|html|xlsx] [--output FILE] [--excel] [--limit N]\n"
          + "              [--html FILE] [--schedule FILE.json] [--verbose]";

  private static ReportData load(Options options) {
    if (options.onNewUnits.isPresent()) {
      return onNewUnits(options, options.onNewUnits.get());
    }
    if (options.plan.isEmpty()) {
      return ReportData.of(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results());
    }
    Plan plan = read("--plan", options.plan.get(), file -> ChisoJson.readPlan(file));
    if (streamed(options)) {
      return streamed(options, plan);
    }
    List<Result> results = results(options);
    Hierarchy hierarchy = hierarchy(options, plan);
    try {
      return options.asOf.isPresent() ? ReportData.of(plan, hierarchy, results, options.asOf.get())
          : ReportData.of(plan, hierarchy, results);
    } catch (ChisoException e) {
      throw new Failure(options.plan.get() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether the results are streamed into a {@link ReportStream}: a results file without --schedule
   * (whose completeness needs every result as an object).
   */
  private static boolean streamed(Options options) {
    return options.schedule.isEmpty() && options.results.isPresent();
  }

  /** The report of a results file (CSV, XLSX or JSON) read one result at a time into a {@link ReportStream}. */
  private static ReportData streamed(Options options, Plan plan) {
    Hierarchy hierarchy = hierarchy(options, plan);
    Path file = options.results.orElseThrow();
    ReportStream stream;
    try {
      stream = ReportStream.of(plan, hierarchy, expectedRows(file));
    } catch (ChisoException e) {
      throw new Failure(options.plan.get() + ": " + e.getMessage(), e);
    }
    read("--results", file, f -> {
      String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
        return ChisoJson.streamResults(f, stream);
      }
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f))) {
        return name.endsWith(".xlsx") ? ResultsXlsx.stream(in, options.sheet, stream) : ResultsCsv.stream(in, stream);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      return options.asOf.isPresent() ? stream.report(options.asOf.get()) : stream.report();
    } catch (ChisoException e) {
      throw new Failure(options.plan.get() + ": " + e.getMessage(), e);
    }
  }

  /** About how many rows a results file holds: a CSV row takes some 30 bytes; XLSX and JSON are left to grow. */
  private static int expectedRows(Path file) {
    try {
      return file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
          ? (int) Math.min(Integer.MAX_VALUE - 8, Files.size(file) / 30) : 1024;
    } catch (IOException e) {
      return 1024;
    }
  }

  private static Hierarchy hierarchy(Options options, Plan plan) {
    return options.hierarchy
        .map(file -> read("--hierarchy", file, f -> ChisoJson.readHierarchy(f)))
        .orElseGet(() -> builtIn(plan));
  }

  /**
   * Without --hierarchy: the province the plan governs with every unit below it (the country for a
   * national plan), from chiso-vn's list in force when the plan's period starts, so lower-tier
   * results roll up; a jurisdiction the list does not know is judged alone.
   */
  private static Hierarchy builtIn(Plan plan) {
    UnitList units = VietnamUnits.on(plan.period().start());
    if (plan.jurisdiction().equals(Plan.COUNTRY)) {
      return units.hierarchy();
    }
    Optional<AdminUnit> province = units.hierarchy().unit(plan.jurisdiction()).map(u ->
        u.parentCode().isEmpty() ? u : units.hierarchy().ancestors(u.code()).reverse().get(0));
    return province.map(p -> units.province(p.code(), List.of())).orElseGet(() ->
        Hierarchy.of(units.scheme(), List.of(AdminUnit.of(plan.jurisdiction(), plan.jurisdiction(), Tier.PROVINCE))));
  }

  /** The reports {@code file}'s schedule expects from the report's units, as of the report's date. */
  private static Completeness completeness(Path file, ReportData data) {
    ReportingSchedule schedule = read("--schedule", file, f -> ChisoJson.readSchedule(f));
    try {
      return Completeness.of(schedule, data.hierarchy(), data.results(), data.asOf());
    } catch (ChisoException e) {
      throw new Failure(file + ": " + e.getMessage(), e);
    }
  }

  /** The plan judged on results reported after the reform; see the class comment. */
  private static ReportData onNewUnits(Options options, OldPlans.Territory territory) {
    Plan plan = options.plan.map(file -> read("--plan", file, f -> ChisoJson.readPlan(f))).orElseGet(Seeds::seed001Plan);
    List<Result> results = results(options);
    List<Body> bodies = options.hierarchy
        .map(file -> read("--hierarchy", file, f -> ChisoJson.readHierarchy(f)).bodies())
        .orElseGet(() -> options.plan.isEmpty() ? Seeds.dongNai().bodies() : ImmutableList.of());
    String where = options.plan.map(Path::toString).orElse("seed 001");
    try {
      Plan judged = options.period.map(period -> heldOver(plan, period)).orElse(plan);
      Lineage lineage = VietnamUnits.lineage();
      List<OldPlanAssessment> verdicts = OldPlans.assess(judged, lineage, bodies, results, territory,
          Allocation.equalShares());
      Hierarchy units = OldPlans.territory(judged, lineage, bodies, territory);
      Plan shown = Plan.builder().from(judged).jurisdiction(units.roots().get(0).code()).build();
      long estimated = verdicts.stream().filter(OldPlanAssessment::estimated).count();
      List<Result> inside = results.stream().filter(r -> units.contains(r.subjectCode())).toList();
      String note = "Judged on the units in force from " + lineage.effective() + ": "
          + (territory == OldPlans.Territory.DESCENDED_PART ? "the part of the new province descended from "
              : "the whole new province of ") + lineage.before().unit(plan.jurisdiction()).orElseThrow()
          + options.period.map(p -> "; targets held over " + p).orElse("") + "; " + estimated + " of "
          + verdicts.size() + " verdicts rest on estimates (equal shares); " + (results.size() - inside.size())
          + " results for units outside it are not shown";
      return ReportData.ofAssessments(shown, units, inside,
          verdicts.stream().map(OldPlanAssessment::assessment).collect(ImmutableList.toImmutableList()), note);
    } catch (ChisoException e) {
      throw new Failure(where + ": " + e.getMessage(), e);
    }
  }

  /** The plan with every target's period and deadline moved to {@code period}, thresholds unchanged. */
  private static Plan heldOver(Plan plan, Period period) {
    List<Target> targets = new ArrayList<>();
    for (Target target : plan.targets()) {
      targets.add(Target.builder().from(target).period(period).deadline(period.end()).build());
    }
    return Plan.builder().from(plan).period(period).targets(targets).build();
  }

  private static List<Result> results(Options options) {
    return options.results
        .map(file -> read("--results", file, f -> table(f, options.sheet)))
        .orElse(ImmutableList.of());
  }

  /** Results from a CSV file, an XLSX sheet, or a JSON result set, by the file's extension. */
  private static List<Result> table(Path file, Optional<String> sheet) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
      return ChisoJson.readResults(file);
    }
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      if (name.endsWith(".xlsx")) {
        ImmutableList.Builder<Result> results = ImmutableList.builder();
        ResultsXlsx.stream(in, sheet, results::add);
        return results.build();
      }
      return ResultsCsv.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface FileReader<T> {
    T read(Path file);
  }

  private static <T> T read(String option, Path file, FileReader<T> reader) {
    if (!Files.isRegularFile(file)) {
      throw new Failure(option + " " + file + ": no such file", new NoSuchFileException(file.toString()));
    }
    try {
      return reader.read(file);
    } catch (ChisoException e) {
      throw new Failure(file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new Failure(file + ": cannot read: " + e.getCause().getMessage(), e);
    }
  }

  /** A failure to report on one line. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The parsed command line. */
  private static final class Options {
    Optional<Path> plan = Optional.empty();
    Optional<Path> results = Optional.empty();
    Optional<Path> hierarchy = Optional.empty();
    Optional<Path> html = Optional.empty();
    Optional<Path> schedule = Optional.empty();
    Optional<OldPlans.Territory> onNewUnits = Optional.empty();
    Optional<Period> period = Optional.empty();
    Language language = Language.EN;
    ReportFormat format = ReportFormat.TEXT;
    Optional<Path> output = Optional.empty();
    Optional<String> sheet = Optional.empty();
    Optional<java.time.LocalDate> asOf = Optional.empty();
    int limit = ReportOptions.DEFAULT_LIMIT;
    boolean excel;
    boolean verbose;
    boolean help;

    static Options parse(String[] args) {
      Options options = new Options();
      Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
      while (!rest.isEmpty()) {
        String option = rest.pop();
        switch (option) {
          case "--plan":
            options.plan = Optional.of(Path.of(value(option, rest)));
            break;
          case "--results":
            options.results = Optional.of(Path.of(value(option, rest)));
            break;
          case "--hierarchy":
            options.hierarchy = Optional.of(Path.of(value(option, rest)));
            break;
          case "--html":
            options.html = Optional.of(Path.of(value(option, rest)));
            break;
          case "--schedule":
            options.schedule = Optional.of(Path.of(value(option, rest)));
            break;
          case "--lang":
            String lang = value(option, rest);
            if (!lang.equals("en") && !lang.equals("vi")) {
              throw new IllegalArgumentException("--lang must be en or vi, not '" + lang + "'");
            }
            options.language = lang.equals("vi") ? Language.VI : Language.EN;
            break;
          case "--format":
            String format = value(option, rest);
            try {
              options.format = ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("--format must be text, csv, html or xlsx, not '" + format + "'", e);
            }
            break;
          case "--output":
            options.output = Optional.of(Path.of(value(option, rest)));
            break;
          case "--sheet":
            options.sheet = Optional.of(value(option, rest));
            break;
          case "--limit":
            String limit = value(option, rest);
            try {
              options.limit = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--limit must be a whole number, not '" + limit + "'", e);
            }
            if (options.limit < 1) {
              throw new IllegalArgumentException("--limit must be at least 1, not " + options.limit);
            }
            break;
          case "--as-of":
            String date = value(option, rest);
            try {
              options.asOf = Optional.of(java.time.LocalDate.parse(date));
            } catch (java.time.format.DateTimeParseException e) {
              throw new IllegalArgumentException("--as-of must be a date YYYY-MM-DD, not '" + date + "'", e);
            }
            break;
          case "--on-new-units":
            String territory = value(option, rest);
            if (!territory.equals("part") && !territory.equals("whole")) {
              throw new IllegalArgumentException("--on-new-units must be part or whole, not '" + territory + "'");
            }
            options.onNewUnits = Optional.of(territory.equals("part")
                ? OldPlans.Territory.DESCENDED_PART : OldPlans.Territory.WHOLE_NEW_PROVINCE);
            break;
          case "--period":
            String text = value(option, rest);
            try {
              options.period = Optional.of(Period.parse(text));
            } catch (ChisoException e) {
              throw new IllegalArgumentException("--period: " + e.getMessage(), e);
            }
            break;
          case "--excel":
            options.excel = true;
            break;
          case "--verbose":
            options.verbose = true;
            break;
          case "--help":
          case "-h":
            options.help = true;
            break;
          default:
            throw new IllegalArgumentException("unknown option '" + option + "'");
        }
      }
      if (options.plan.isEmpty() && options.onNewUnits.isEmpty() && (options.results.isPresent() || options.hierarchy.isPresent())) {
        throw new IllegalArgumentException("--results and --hierarchy need --plan");
      }
      if (options.asOf.isPresent() && options.plan.isEmpty()) {
        throw new IllegalArgumentException("--as-of needs --plan");
      }
      if (options.sheet.isPresent() && !options.results.map(p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")).orElse(false)) {
        throw new IllegalArgumentException("--sheet goes with --results FILE.xlsx");
      }
      if (options.period.isPresent() && options.onNewUnits.isEmpty()) {
        throw new IllegalArgumentException("--period goes with --on-new-units");
      }
      return options;
    }

    private static String value(String option, Deque<String> rest) {
      if (rest.isEmpty()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return rest.pop();
    }
  }
}
