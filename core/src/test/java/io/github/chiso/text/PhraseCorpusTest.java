package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import io.github.chiso.TextParseException;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Threshold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phrase corpus ({@code phrase-corpus.tsv}): target and result phrases written in the styles of
 * provincial plans and reports, each with the reading it must give. A line is {@code kind TAB style
 * TAB phrase TAB expected}; kind is T (target) or R (result); style names the province or body
 * whose documents' wording the phrase imitates; expected is described in the file's header.
 */
class PhraseCorpusTest {

  record Line(int number, String kind, String style, String phrase, String expected) {
    @Override
    public String toString() {
      return number + " " + kind + " " + phrase;
    }
  }

  static List<Line> corpus() throws IOException {
    return corpus("phrase-corpus.tsv");
  }

  /** The lines of the corpus file {@code resource} (beside this class). */
  static List<Line> corpus(String resource) throws IOException {
    List<String> lines = Resources.readLines(
        Resources.getResource(PhraseCorpusTest.class, resource), StandardCharsets.UTF_8);
    ImmutableList.Builder<Line> out = ImmutableList.builder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Splitter.on('\t').splitToList(line);
      if (cells.size() != 4) {
        throw new AssertionError("line " + (i + 1) + " has " + cells.size() + " cells: " + line);
      }
      out.add(new Line(i + 1, cells.get(0), cells.get(1), cells.get(2), cells.get(3)));
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readsAsExpected(Line line) {
    if (line.expected().startsWith("ERROR")) {
      Runnable read = line.kind().equals("T")
          ? () -> TargetText.extract(line.phrase())
          : () -> ResultText.extract(line.phrase());
      assertThatThrownBy(read::run).isInstanceOf(TextParseException.class)
          .satisfies(e -> {
            if (line.expected().startsWith("ERROR@")) {
              assertThat(((TextParseException) e).position())
                  .isEqualTo(Integer.parseInt(line.expected().substring(6).strip()));
            }
          });
      return;
    }
    Map<String, String> expected = parse(line.expected());
    assertThat(read(line, expected)).as("line %s: %s", line.number(), line.phrase()).isEqualTo(expected);
  }

  /**
   * What the reader gives for {@code line}, described as the corpus describes it, with the optional
   * keys (unit, ref, rating, status of a numeric result) kept only where {@code expected} names them.
   */
  static Map<String, String> read(Line line, Map<String, String> expected) {
    Map<String, String> compared = new LinkedHashMap<>(line.kind().equals("T")
        ? describe(TargetText.extract(line.phrase()))
        : describe(ResultText.extract(line.phrase())));
    for (String optional : List.of("unit", "ref", "rating", "status")) {
      if (!expected.containsKey(optional) && !(optional.equals("status") && expected.get("value").startsWith("STATUS"))) {
        compared.remove(optional);
      }
    }
    return compared;
  }

  @Test
  void coversManyStylesAndBothKinds() throws IOException {
    List<Line> lines = corpus();
    Map<String, Long> byKind = lines.stream().collect(Collectors.groupingBy(Line::kind, Collectors.counting()));
    long styles = lines.stream().map(Line::style).distinct().count();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(300);
    assertThat(byKind.get("T")).isGreaterThanOrEqualTo(120);
    assertThat(byKind.get("R")).isGreaterThanOrEqualTo(120);
    assertThat(styles).isGreaterThanOrEqualTo(20);
    assertThat(lines.stream().map(l -> l.kind() + l.phrase()).distinct().count()).isEqualTo(lines.size());
  }

  static Map<String, String> parse(String expected) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> parts = Splitter.on(';').trimResults().omitEmptyStrings().splitToList(expected);
    out.put("value", parts.get(0));
    for (String part : parts.subList(1, parts.size())) {
      int eq = part.indexOf('=');
      out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
    }
    return out;
  }

  static String threshold(Threshold t) {
    String text = t.comparator() == Comparator.BETWEEN
        ? t.bound().toPlainString() + "–" + t.upperBound().orElseThrow().toPlainString()
        : t.comparator().symbol() + " " + t.bound().toPlainString();
    return (t.appliesTo() == Threshold.AppliesTo.AVERAGE ? "avg " : "") + text;
  }

  static Map<String, String> describe(TargetPhrase p) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("value", threshold(p.threshold()));
    if (p.form() != PhraseForm.LEVEL) {
      out.put("form", p.form().name());
    }
    if (!p.qualifiers().isEmpty()) {
      out.put("q", p.qualifiers().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    }
    if (!p.byYear().isEmpty()) {
      out.put("years", p.byYear().entrySet().stream().map(e -> e.getKey() + ":" + threshold(e.getValue()))
          .collect(Collectors.joining(",")));
    }
    p.ofWhich().ifPresent(t -> out.put("of", threshold(t)));
    p.rankField().ifPresent(f -> out.put("field", String.valueOf(f)));
    p.per().ifPresent(b -> out.put("per", b.toPlainString() + " " + p.base().orElse("")));
    p.unit().ifPresent(u -> out.put("unit", u));
    p.reference().ifPresent(r -> out.put("ref", r));
    return out;
  }

  static String reading(Reading r) {
    if (r instanceof Reading.Fraction) {
      Reading.Fraction f = (Reading.Fraction) r;
      return f.numerator() + "/" + f.denominator() + f.reportedShare().map(s -> " (" + s.toPlainString() + ")").orElse("");
    }
    if (r instanceof Reading.Rank) {
      return String.valueOf(((Reading.Rank) r).place());
    }
    return ((Reading.Decimal) r).decimal().toPlainString();
  }

  static Map<String, String> describe(ResultPhrase p) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("value", p.reading().map(PhraseCorpusTest::reading).orElseGet(() -> "STATUS " + p.status().orElseThrow()));
    if (p.form() != PhraseForm.LEVEL && p.form() != PhraseForm.STATUS) {
      out.put("form", p.form().name());
    }
    if (!p.qualifiers().isEmpty()) {
      out.put("q", p.qualifiers().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    }
    p.rankField().ifPresent(f -> out.put("field", String.valueOf(f)));
    p.per().ifPresent(b -> out.put("per", b.toPlainString() + " " + p.base().orElse("")));
    p.statedTarget().ifPresent(t -> out.put("target", threshold(t)));
    if (!p.years().isEmpty()) {
      out.put("years", p.years().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    p.secondary().ifPresent(s -> out.put("then", Stream.of(s.form().name(), s.reading().map(PhraseCorpusTest::reading).orElse("-"))
        .collect(Collectors.joining(" "))));
    if (p.reading().isPresent()) {
      p.status().ifPresent(s -> out.put("status", s.name()));
    }
    p.unit().ifPresent(u -> out.put("unit", u));
    p.reference().ifPresent(r -> out.put("ref", r));
    p.rating().ifPresent(r -> out.put("rating", r));
    return out;
  }
}
