package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.io.Resources;
import io.github.chiso.TextParseException;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Recurrence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The deadline corpus, the boundaries of "trước ngày", the length limit and formatting back. */
class DeadlineTextTest {

  /** A deadline as the corpus writes its expectation. */
  static String describe(Deadline d) {
    String s;
    if (d.isOngoing()) {
      s = "ONGOING";
    } else if (d.recurrence().isPresent()) {
      Recurrence r = d.recurrence().get();
      DueRule rule = r.due();
      String day = rule.equals(DueRule.daysAfterEnd(0)) ? "end"
          : rule.kind() == DueRule.Kind.DAY_OF_MONTH_AFTER && rule.offset() == 0 ? "day " + rule.day()
          : rule.kind() == DueRule.Kind.ON_DATE && rule.offset() == 0 ? String.format("%02d-%02d", rule.month(), rule.day())
          : rule.toString();
      s = d.kind() + " " + r.frequency() + " " + day;
    } else {
      s = d.kind() + " " + d.day().map(LocalDate::toString).orElseGet(() -> d.period().get().toString()) + " → "
          + d.due().orElseThrow();
    }
    if (!d.qualifiers().isEmpty()) {
      s += " " + d.qualifiers().stream().map(Enum::name).collect(Collectors.joining(",", "[", "]"));
    }
    return s;
  }

  private record Line(String style, String wording, String expected) {}

  static List<Line> corpus() throws IOException {
    return Resources.readLines(Resources.getResource(DeadlineTextTest.class, "deadline-corpus.tsv"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
          String[] c = l.split("\t", -1);
          return new Line(c[0], c[1], c[2]);
        }).toList();
  }

  @Test
  void everyCorpusPhraseReadsAsExpected() throws IOException {
    List<Line> corpus = corpus();
    List<String> wrong = new ArrayList<>();
    Set<String> styles = new HashSet<>();
    int errors = 0;
    for (Line line : corpus) {
      styles.add(line.style());
      String actual;
      try {
        Deadline d = DeadlineText.parse(line.wording());
        actual = describe(d);
        assertThat(d.text()).isEqualTo(line.wording());
      } catch (TextParseException e) {
        actual = "ERROR@" + e.position();
        errors++;
      }
      if (!actual.equals(line.expected())) {
        wrong.add(line.style() + " '" + line.wording() + "': expected " + line.expected() + ", read " + actual);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
    assertThat(styles).hasSizeGreaterThanOrEqualTo(10);
    assertThat(errors).isGreaterThanOrEqualTo(20);
  }

  @Test
  void everyCorpusDeadlineFormatsBackInBothLanguages() throws IOException {
    int read = 0;
    for (Line line : corpus()) {
      if (line.expected().startsWith("ERROR")) {
        continue;
      }
      Deadline d = DeadlineText.parse(line.wording());
      for (Language language : Language.values()) {
        String written = DeadlineText.format(d, language);
        assertThat(DeadlineText.parse(written)).as("%s → '%s'", line.wording(), written).isEqualTo(d);
      }
      read++;
    }
    assertThat(read).isGreaterThan(70);
  }

  @Test
  void beforeADayIsDueTheDayBeforeAcrossMonthAndYearEndsAndLeapDays() {
    assertThat(DeadlineText.parse("trước ngày 28/10/2022").due()).contains(LocalDate.of(2022, 10, 27));
    assertThat(DeadlineText.parse("trước ngày 1/11/2022").due()).contains(LocalDate.of(2022, 10, 31));
    assertThat(DeadlineText.parse("trước ngày 1/1/2023").due()).contains(LocalDate.of(2022, 12, 31));
    assertThat(DeadlineText.parse("trước ngày 1/3/2024").due()).contains(LocalDate.of(2024, 2, 29));
    assertThat(DeadlineText.parse("trước ngày 1/3/2100").due()).contains(LocalDate.of(2100, 2, 28));
    assertThat(DeadlineText.parse("vào ngày 29/2/2024").due()).contains(LocalDate.of(2024, 2, 29));
    assertThat(DeadlineText.parse("trong tháng 2/2024").due()).contains(LocalDate.of(2024, 2, 29));
    assertThat(DeadlineText.parse("trong tháng 2/2100").due()).contains(LocalDate.of(2100, 2, 28));
    assertThat(DeadlineText.parse("quý I/2024").due()).contains(LocalDate.of(2024, 3, 31));
    assertThat(DeadlineText.parse("quý II/2024").due()).contains(LocalDate.of(2024, 6, 30));
    assertThat(DeadlineText.parse("quý III/2024").due()).contains(LocalDate.of(2024, 9, 30));
    assertThat(DeadlineText.parse("quý IV/2024").due()).contains(LocalDate.of(2024, 12, 31));
    assertThatThrownBy(() -> DeadlineText.parse("vào ngày 29/2/2023")).isInstanceOf(TextParseException.class)
        .hasMessageContaining("29/2/2023");
  }

  @Test
  void aRecurringDeadlineIsARecurrence() {
    Deadline monthly = DeadlineText.parse("trước ngày 15 hằng tháng");
    assertThat(monthly.due()).isEmpty();
    Recurrence r = monthly.recurrence().orElseThrow();
    assertThat(r.dueDate(Period.month(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 14));
    Recurrence halves = DeadlineText.parse("định kỳ 6 tháng").recurrence().orElseThrow();
    assertThat(halves.dueDate(Period.half(2025, 1))).isEqualTo(LocalDate.of(2025, 6, 30));
    Recurrence yearly = DeadlineText.parse("trước ngày 15/12 hằng năm").recurrence().orElseThrow();
    assertThat(yearly.dueDate(Period.year(2024))).isEqualTo(LocalDate.of(2024, 12, 14));
    assertThat(DeadlineText.parse("Dự kiến tháng 12/2022").qualifiers()).containsExactly(Qualifier.EXPECTED);
  }

  @Test
  void textBeyondTheLimitIsRefusedAtTheLimit() {
    String longText = "trước ngày 28/10/2022 " + "x".repeat(TextLimits.MAX_PHRASE_LENGTH);
    assertThatThrownBy(() -> DeadlineText.parse(longText)).isInstanceOf(TextParseException.class)
        .extracting(e -> ((TextParseException) e).position()).isEqualTo(TextLimits.MAX_PHRASE_LENGTH);
    String numbers = "1 ".repeat(TextLimits.MAX_PHRASE_LENGTH / 2);
    assertThatThrownBy(() -> DeadlineText.parse(numbers)).isInstanceOf(TextParseException.class)
        .extracting(e -> ((TextParseException) e).position()).isEqualTo(0);
  }

  /** A period is written as the documents name one, and "trong" before it reads back as that period. */
  @Test
  void aPeriodIsWrittenAsDocumentsNameItAndReadsBack() {
    List<Period> periods = List.of(Period.year(2023), Period.quarter(2022, 4), Period.month(2024, 3), Period.half(2024, 1),
        Period.parse("2021-01-01/2025-12-31"), Period.parse("2022-10-01/2022-12-31"), Period.parse("2022-06-01/2022-09-30"));
    assertThat(periods).extracting(p -> DeadlineText.format(p, Language.VI)).containsExactly("năm 2023", "quý IV/2022",
        "tháng 3/2024", "6 tháng đầu năm 2024", "giai đoạn 2021 - 2025", "3 tháng cuối năm 2022",
        "từ ngày 1/6/2022 đến ngày 30/9/2022");
    assertThat(DeadlineText.format(Period.quarter(2022, 4), Language.EN)).isEqualTo("Q4 2022");
    for (Period p : periods) {
      for (Language language : Language.values()) {
        String prefix = language == Language.VI ? "trong " : "in ";
        assertThat(DeadlineText.parse(prefix + DeadlineText.format(p, language)).period()).as(p + " " + language).contains(p);
      }
    }
  }
}
