package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Banding;
import io.github.chiso.model.Plan;
import io.github.chiso.score.Rating;
import io.github.chiso.score.SdsnIndicator;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Where a plan declares bands, the report shows each value's band and score, as the core rates them. */
class BandsReportTest {
  private static final ReportData PLAIN = ReportData.of(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results());

  private static final Assessment FIRST = PLAIN.assessments().stream().filter(a -> a.value().isPresent())
      .findFirst().orElseThrow();

  /** SDSN-style lights (goalposts 0 → 100, red 50, green 80) on the first valued assessment's target and scope. */
  private static final BandScale LIGHTS = BandScale.builder().from(SdsnIndicator.of("0", "50", "80", "100").scale())
      .lower(BigDecimal.ZERO).optimum(new BigDecimal("100")).build();

  private static ReportData banded() {
    Plan plan = Plan.builder().from(Seeds.seed001Plan())
        .putBandings(FIRST.targetCode(), Banding.builder().putScales(FIRST.scope(), LIGHTS).build()).build();
    return ReportData.of(plan, Seeds.dongNai(), Seeds.seed001Results());
  }

  @Test
  void withoutBandsNothingChanges() {
    assertThat(PLAIN.rated()).isEmpty();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    TextReport.print(PLAIN, Language.EN, new PrintStream(text, true, StandardCharsets.UTF_8));
    assertThat(text.toString(StandardCharsets.UTF_8)).doesNotContain("Bands and scores");
    assertThat(Jsoup.parse(HtmlReport.render(PLAIN, Language.EN)).select("td.band")).isEmpty();
  }

  @Test
  void declaredBandsAreShownWithTheirScores() {
    ReportData data = banded();
    assertThat(data.rated()).isNotEmpty()
        .allMatch(a -> a.targetCode().equals(FIRST.targetCode()) && a.scope().equals(FIRST.scope()));
    for (Assessment a : data.rated()) {
      assertThat(data.rating(a)).contains(Rating.of(LIGHTS, a.value().orElseThrow()));
    }
    Assessment shown = data.rated().get(0);
    Rating rating = data.rating(shown).orElseThrow();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextReport.print(data, Language.EN, new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Bands and scores");
    String score = Formats.score(rating);
    assertThat(score).isNotEmpty();
    assertThat(text.lines().filter(l -> l.contains(shown.subjectCode()) && l.contains(rating.band()) && l.endsWith(score)))
        .isNotEmpty();

    Document html = Jsoup.parse(HtmlReport.render(data, Language.VI));
    assertThat(html.select("h2").eachText()).contains("Xếp loại theo thang mức");
    Element cell = html.select("td.band").first();
    assertThat(cell.attr("data-band")).isEqualTo(rating.band());
    assertThat(cell.nextElementSibling().text()).isEqualTo(score);
    assertThat(html.select("td.band")).hasSize(data.rated().size());
  }

  /** The workbook has a sheet of the bands and scores when the plan declares bands, and none otherwise. */
  @Test
  void theWorkbookListsEveryRatedValue() throws Exception {
    ReportData data = banded();
    java.util.Map<String, String> parts = XlsxTest.parts(XlsxTest.xlsx(data, Language.EN));
    assertThat(parts.get("xl/workbook.xml")).contains("name=\"Bands\"");
    try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
        new java.io.ByteArrayInputStream(XlsxTest.xlsx(data, Language.EN)))) {
      java.util.List<org.dhatim.fastexcel.reader.Row> rows = wb.findSheet("Bands").orElseThrow().read();
      assertThat(rows).hasSize(1 + data.rated().size());
      Assessment shown = data.rated().get(0);
      Rating rating = data.rating(shown).orElseThrow();
      assertThat(rows.get(1).getCellText(0)).isEqualTo(shown.indicator().code());
      assertThat(rows.get(1).getCellText(6)).isEqualTo(rating.band());
      assertThat(new BigDecimal(rows.get(1).getCellRawValue(7).orElseThrow()))
          .isEqualByComparingTo(XlsxReport.decimal(rating.score().orElseThrow()));
    }
    assertThat(XlsxTest.parts(XlsxTest.xlsx(PLAIN, Language.EN)).get("xl/workbook.xml")).doesNotContain("name=\"Bands\"");
  }
}
