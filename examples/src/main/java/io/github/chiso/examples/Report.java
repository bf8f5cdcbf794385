package io.github.chiso.examples;

import com.google.common.collect.ImmutableList;
import io.github.chiso.ChisoException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.ResultsCsv;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import io.github.chiso.text.Language;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
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
 *        [--lang en|vi] [--format text|csv] [--html FILE] [--verbose]
 * </pre>
 *
 * With no files it reports on the bundled seeds: Đồng Nai's 2022 targets (seed 001) against the
 * results up to Q3/2022, over Đồng Nai's hierarchy before the reform. Without --hierarchy a user's
 * plan is judged for its jurisdiction alone. Bad input prints one line naming the file and the
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
    try {
      ReportData data = load(options);
      Labels labels = new Labels(options.language);
      if (options.html.isPresent()) {
        Files.writeString(options.html.get(), HtmlReport.render(data, labels), StandardCharsets.UTF_8);
      }
      if (options.csv) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvReport.write(data, writer);
        writer.flush();
      } else {
        TextReport.print(data, labels, out);
      }
      return 0;
    } catch (Failure e) {
      err.println("chiso: " + TextReport.printable(e.getMessage()));
      if (options.verbose) {
        e.getCause().printStackTrace(err);
      }
      return 1;
    } catch (IOException e) {
      err.println("chiso: cannot write " + options.html.map(Path::toString).orElse("output") + ": " + e);
      if (options.verbose) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  static final String USAGE =
      "usage: Report [--plan FILE.json] [--results FILE.json|FILE.csv] [--hierarchy FILE.json]\n"
          + "              [--lang en|vi] [--format text|csv] [--html FILE] [--verbose]";

  private static ReportData load(Options options) {
    if (options.plan.isEmpty()) {
      return new ReportData(Seeds.seed001Plan(), Seeds.seed001Results(), Seeds.dongNai());
    }
    Plan plan = read("--plan", options.plan.get(), file -> ChisoJson.readPlan(file));
    List<Result> results = options.results
        .map(file -> read("--results", file, f -> f.toString().endsWith(".csv") ? csv(f) : ChisoJson.readResults(f)))
        .orElse(ImmutableList.of());
    Hierarchy hierarchy = options.hierarchy
        .map(file -> read("--hierarchy", file, f -> ChisoJson.readHierarchy(f)))
        .orElseGet(() -> Hierarchy.of(TierScheme.VIETNAM_2021_2025,
            List.of(AdminUnit.of(plan.jurisdiction(), plan.issuer(), Tier.PROVINCE))));
    try {
      return new ReportData(plan, results, hierarchy);
    } catch (ChisoException e) {
      throw new Failure(options.plan.get() + ": " + e.getMessage(), e);
    }
  }

  private static List<Result> csv(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ResultsCsv.read(reader);
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
    Language language = Language.EN;
    boolean csv;
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
          case "--lang":
            String lang = value(option, rest);
            if (!lang.equals("en") && !lang.equals("vi")) {
              throw new IllegalArgumentException("--lang must be en or vi, not '" + lang + "'");
            }
            options.language = lang.equals("vi") ? Language.VI : Language.EN;
            break;
          case "--format":
            String format = value(option, rest);
            if (!format.equals("text") && !format.equals("csv")) {
              throw new IllegalArgumentException("--format must be text or csv, not '" + format + "'");
            }
            options.csv = format.equals("csv");
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
      if (options.plan.isEmpty() && (options.results.isPresent() || options.hierarchy.isPresent())) {
        throw new IllegalArgumentException("--results and --hierarchy need --plan");
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
