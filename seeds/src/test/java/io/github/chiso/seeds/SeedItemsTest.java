package io.github.chiso.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.chiso.compliance.Compliance;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.SourceRef;
import io.github.chiso.model.Target;
import io.github.chiso.model.Task;
import io.github.chiso.model.Threshold;
import io.github.chiso.text.Deadline;
import io.github.chiso.text.DeadlineText;
import io.github.chiso.text.FittedResult;
import io.github.chiso.text.ResultFit;
import io.github.chiso.text.ResultPhrase;
import io.github.chiso.text.ResultText;
import io.github.chiso.TextParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every item of the four seeds as {@code seed-items.tsv} lists it (targets per tier, results, tasks),
 * with seed 001's verdicts; every text of the data is the source's own; every result's wording reads
 * back to its value; every due date is the one its words give.
 */
class SeedItemsTest {
  private static final List<Plan> PLANS =
      List.of(Seeds.seed001Plan(), Seeds.seed002Plan(), Seeds.seed003Plan(), Seeds.seed004Plan());

  /** Composed from the cells of the I.2.a table, whose indicator name a page break splits ("băng … rộng"). */
  private static final Set<String> COMPOSED = Set.of("Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng 75%");

  private record Item(String kind, int seed, String code, String section, String expected) {}

  private static List<Result> results(int seed) {
    return switch (seed) {
      case 1 -> Seeds.seed001Results();
      case 4 -> Seeds.seed004Results();
      default -> List.of();
    };
  }

  private static List<Item> items() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SeedItemsTest.class.getResourceAsStream("seed-items.tsv"), StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
        String[] c = l.split("\t", -1);
        return new Item(c[0], Integer.parseInt(c[1]), c[2], c[3], c[4]);
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String section(Optional<SourceRef> source) {
    return source.flatMap(SourceRef::section).orElse("-");
  }

  private static String threshold(String scope, Threshold t) {
    StringBuilder s = new StringBuilder(scope).append('=').append(t.comparator().name()).append(' ')
        .append(t.bound().toPlainString());
    t.upperBound().ifPresent(u -> s.append("..").append(u.toPlainString()));
    if (t.appliesTo() == Threshold.AppliesTo.AVERAGE) {
      s.append(" AVERAGE");
    }
    if (!t.qualifiers().isEmpty()) {
      s.append(' ').append(t.qualifiers().stream().map(Enum::name).collect(Collectors.joining(",")));
    }
    t.effectiveFrom().ifPresent(d -> s.append(" from ").append(d));
    return s.toString();
  }

  private static String describe(Target t, int seed) {
    String s = "period=" + t.period() + "; " + t.thresholds().entrySet().stream()
        .map(e -> threshold(e.getKey().key(), e.getValue())).collect(Collectors.joining("; "));
    s += t.parentCode().map(p -> "; parent=" + p).orElse("");
    if (seed == 1) {
      Plan plan = PLANS.get(0);
      s += "; verdict=" + Compliance.assess(plan, Seeds.dongNai(), results(1)).stream()
          .filter(a -> a.targetCode().equals(t.code()) && a.subjectCode().equals(plan.jurisdiction()))
          .map(a -> a.status().name()).collect(Collectors.joining(","));
    }
    return s;
  }

  /** A result's code in the list: its indicator's, with " Δ" for a result stated as a change. */
  private static String itemCode(Result r) {
    return r.indicatorCode() + (r.reading() instanceof Reading.Delta ? " Δ" : "");
  }

  private static String describe(Result r) {
    String reading;
    if (r.reading() instanceof Reading.Delta delta) {
      reading = delta.toString();
    } else if (r.reading() instanceof Reading.Decimal d) {
      reading = d.decimal().toPlainString();
    } else if (r.reading() instanceof Reading.Fraction f) {
      reading = f.numerator() + "/" + f.denominator() + f.reportedShare().map(x -> " share " + x.toPlainString()).orElse("");
    } else if (r.reading() instanceof Reading.Rank rank) {
      reading = "rank " + rank;
    } else {
      reading = ((Reading.Text) r.reading()).status().name();
    }
    return "subject=" + r.subjectCode() + "; period=" + r.period() + "; reading=" + reading
        + (r.qualifiers().isEmpty() ? "" : "; q=" + r.qualifiers().stream().map(Enum::name).collect(Collectors.joining(",")));
  }

  private static String describe(Task t) {
    return "due=" + t.due().map(LocalDate::toString).orElse("-") + "; lead=" + t.lead().orElse("-")
        + "; partners=" + (t.partners().isEmpty() ? "-" : String.join("|", t.partners()))
        + "; targets=" + (t.targetCodes().isEmpty() ? "-" : String.join("|", t.targetCodes()))
        + t.dueWording().map(w -> "; wording=" + w).orElse("")
        + t.recurrence().map(r -> "; recurrence=" + r).orElse("")
        + (t.ongoing() ? "; ongoing" : "")
        + (t.qualifiers().isEmpty() ? "" : "; q=" + t.qualifiers().stream().map(Enum::name).collect(Collectors.joining(",")));
  }

  @Test
  void everyItemIsEncodedAsListedWithSeed001sVerdicts() {
    List<Item> items = items();
    Set<String> listed = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    int inData = 0;
    for (int seed = 1; seed <= 4; seed++) {
      Plan plan = PLANS.get(seed - 1);
      inData += plan.targets().size() + plan.tasks().size() + results(seed).size();
    }
    for (Item item : items) {
      assertThat(listed.add(item.kind() + item.seed() + " " + item.code())).as("listed twice: %s", item).isTrue();
      Plan plan = PLANS.get(item.seed() - 1);
      String actual;
      String section;
      switch (item.kind()) {
        case "T" -> {
          Target t = plan.target(item.code()).orElseThrow(() -> new AssertionError("no target " + item));
          actual = describe(t, item.seed());
          section = section(t.source());
        }
        case "R" -> {
          Result r = results(item.seed()).stream().filter(x -> itemCode(x).equals(item.code())).findFirst()
              .orElseThrow(() -> new AssertionError("no result " + item));
          actual = describe(r);
          section = section(r.source());
        }
        case "K" -> {
          Task t = plan.tasks().stream().filter(x -> x.code().equals(item.code())).findFirst()
              .orElseThrow(() -> new AssertionError("no task " + item));
          actual = describe(t);
          section = section(t.source());
        }
        default -> throw new AssertionError("unknown kind " + item);
      }
      if (!actual.equals(item.expected()) || !section.equals(item.section())) {
        wrong.add(item + "\n    is §" + section + " " + actual);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(items).as("every target, result and task of the data is listed").hasSize(inData);
    assertThat(items).filteredOn(i -> i.seed() == 1).hasSize(15 + 43 + 10);
    assertThat(items).filteredOn(i -> i.seed() == 2).hasSize(48 + 75);
    assertThat(items).filteredOn(i -> i.seed() == 3).hasSize(3 + 12);
    assertThat(items).filteredOn(i -> i.seed() == 4).hasSize(1 + 4 + 20);
  }

  private static Map<Integer, String> sources() {
    Path dir = Path.of(System.getProperty("chiso.seeds.sources", "/work/shared/seeds"));
    assumeTrue(Files.isDirectory(dir), "the source documents are not at " + dir + " (-Dchiso.seeds.sources=DIR)");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches("00[1-4]_.*\\.txt")).collect(Collectors.toMap(
          p -> Integer.parseInt(p.getFileName().toString().substring(0, 3)), SeedItemsTest::normalised));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whitespace as single spaces, without the Markdown emphasis of the text files. */
  private static String normalised(Path file) {
    try {
      return Files.readString(file).replace("*", "").replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyTextIsTheSourcesOwn() throws IOException {
    Map<Integer, String> sources = sources();
    List<String> notVerbatim = new ArrayList<>();
    int checked = 0;
    for (int seed = 1; seed <= 4; seed++) {
      String source = sources.get(seed);
      List<String> texts = new ArrayList<>();
      for (Target t : PLANS.get(seed - 1).targets()) {
        t.wording().ifPresent(texts::add);
        t.thresholds().values().forEach(th -> th.wording().ifPresent(texts::add));
      }
      for (Task t : PLANS.get(seed - 1).tasks()) {
        texts.add(t.description());
        t.lead().ifPresent(texts::add);
        t.dueWording().ifPresent(texts::add);
        texts.addAll(t.partners());
      }
      for (Result r : results(seed)) {
        r.note().ifPresent(texts::add);
        if (r.reading() instanceof Reading.Text text) {
          texts.add(text.note());
        }
      }
      for (String text : texts) {
        checked++;
        if (!source.contains(text) && !COMPOSED.contains(text)) {
          notVerbatim.add(seed + ": " + text);
        }
      }
    }
    String list = new String(Seeds.class.getResourceAsStream("seeds/NOT-ENCODED.md").readAllBytes(), StandardCharsets.UTF_8);
    int rows = 0;
    for (String line : list.lines().filter(l -> l.matches("\\| 00[1-4] \\|.*")).toList()) {
      String[] cells = line.split("\\|");
      String wording = cells[3].strip().replaceAll("^“|”$", "");
      rows++;
      if (!sources.get(Integer.parseInt(cells[1].strip())).contains(wording)) {
        notVerbatim.add("NOT-ENCODED.md: " + wording);
      }
    }
    assertThat(notVerbatim).isEmpty();
    assertThat(checked).isGreaterThan(400);
    assertThat(rows).isEqualTo(17);
  }

  /**
   * Every numeric result's note is the wording it was read from: fitted to its indicator by {@link
   * ResultFit} (its unit, rank, rate basis), it gives the same number, the same rank with its field
   * and the same qualifiers ("khoảng 3.500 trạm" is approximate; "51.212" is marked ambiguous).
   */
  @Test
  void everyResultsWordingReadsBackToItsValue() {
    List<String> disagreements = new ArrayList<>();
    int read = 0;
    for (int seed = 1; seed <= 4; seed++) {
      Map<String, Indicator> indicators = PLANS.get(seed - 1).indicators();
      for (Result r : results(seed)) {
        if (r.note().isEmpty() || r.reading() instanceof Reading.Text) {
          continue;
        }
        Indicator indicator = indicators.get(r.indicatorCode());
        Measure measure = indicator.measure();
        String note = r.note().get();
        if (r.reading() instanceof Reading.Delta) {
          if (!ResultText.read(note, measure).equals(r.reading())) {
            disagreements.add(seed + " " + r.indicatorCode() + ": '" + note + "' reads " + ResultText.read(note, measure)
                + ", encoded " + r.reading());
          }
          read++;
          continue;
        }
        try {
          FittedResult fitted = ResultFit.fit(note, indicator);
          Optional<Rational> stated = fitted.reading().value(measure);
          Optional<Rational> expected = r.reading() instanceof Reading.Fraction f && fitted.reading() instanceof Reading.Decimal
              ? f.reportedShare().map(Rational::valueOf)
              : r.reading().value(measure);
          boolean sameParts = !(r.reading() instanceof Reading.Fraction f2)
              || !(fitted.reading() instanceof Reading.Fraction p)
              || (p.numerator() == f2.numerator() && p.denominator() == f2.denominator());
          boolean sameRank = !(r.reading() instanceof Reading.Rank) || r.reading().equals(fitted.reading());
          if (!stated.equals(expected) || !sameParts || !sameRank || !fitted.qualifiers().equals(r.qualifiers())) {
            disagreements.add(seed + " " + r.indicatorCode() + ": '" + note + "' reads " + fitted.reading() + " "
                + fitted.qualifiers() + ", encoded " + r.reading() + " " + r.qualifiers());
          }
          read++;
        } catch (RuntimeException e) {
          disagreements.add(seed + " " + r.indicatorCode() + ": '" + note + "' " + e.getMessage());
        }
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(read).isEqualTo(43);
  }

  /**
   * A task's deadline is the one its wording gives, read by {@link DeadlineText}: the same due date,
   * recurrence, ongoing flag and qualifiers; the wording is the description's own (or, for the tasks of
   * section IV of report 231/BC-UBND, its heading's); a task without wording names no deadline.
   */
  @Test
  void everyTaskIsDueAsItsWordingSays() {
    List<String> wrong = new ArrayList<>();
    int worded = 0;
    for (Plan plan : PLANS) {
      for (Task t : plan.tasks()) {
        String words = t.description();
        if (t.dueWording().isEmpty()) {
          if (t.due().isPresent() || t.recurrence().isPresent() || t.ongoing() || !t.qualifiers().isEmpty()) {
            wrong.add(t.code() + " has a deadline but not its wording");
          }
          if (words.matches("(?i).*(trước ngày|trong tháng|vào ngày|hằng tháng|hàng tháng|hằng năm|hàng năm|hằng quý).*")) {
            wrong.add(t.code() + " names a deadline but has none: " + words);
          }
          continue;
        }
        worded++;
        String wording = t.dueWording().get();
        Deadline d = DeadlineText.parse(wording);
        if (!d.due().equals(t.due()) || !d.recurrence().equals(t.recurrence()) || d.isOngoing() != t.ongoing()
            || !d.qualifiers().equals(t.qualifiers())) {
          wrong.add(t.code() + " '" + wording + "' reads " + d + ", encoded due " + t.due() + " " + t.recurrence());
        }
        boolean heading = plan.number().equals("231/BC-UBND") && section(t.source()).equals("IV")
            && wording.equals("03 THÁNG CUỐI NĂM 2022");
        if (!heading && !words.contains(wording)) {
          wrong.add(t.code() + ": '" + wording + "' is not in its description");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(worded).isEqualTo(17);
  }

  private static String dmy(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }
}
