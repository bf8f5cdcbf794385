package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.check.Checks;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import java.util.List;

class ReportDataTest {
  private static final Hierarchy DAK_NONG =
      Hierarchy.of(TierScheme.VIETNAM_2021_2025, List.of(AdminUnit.of("67", "Tỉnh Đắk Nông", Tier.PROVINCE)));
  private final ReportData seed001 = ReportData.of(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results());

  @Test
  void theDataIsTheLibrarysAnswersAsOfTheLatestResult() {
    assertThat(seed001.asOf()).isEqualTo(LocalDate.of(2022, 9, 19));
    assertThat(seed001.assessments())
        .isEqualTo(Compliance.assess(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results(), seed001.asOf()));
    assertThat(seed001.findings()).isEqualTo(Checks.run(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results()));
    assertThat(seed001.scorecard().count(Status.MET)).isEqualTo(4);
    assertThat(seed001.worstGaps()).isNotEmpty().allMatch(g -> g.assessment().status() == Status.NOT_MET);
    assertThat(seed001.worstGaps().get(0).distance().orElseThrow())
        .isGreaterThanOrEqualTo(seed001.worstGaps().get(seed001.worstGaps().size() - 1).distance().orElseThrow());
  }

  @Test
  void everyWriterShowsTheSameData() {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    TextReport.print(seed001, Language.EN, new PrintStream(text, true, StandardCharsets.UTF_8));
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("231/BC-UBND").contains("needs 12 more of 505");

    StringWriter csv = new StringWriter();
    CsvReport.write(seed001, ReportOptions.of(Language.EN), csv);
    assertThat(csv.toString().lines()).hasSize(1 + seed001.assessments().size());

    Document html = Jsoup.parse(HtmlReport.render(seed001, Language.VI));
    assertThat(html.select("html").attr("lang")).isEqualTo("vi");
    assertThat(html.select("svg rect.bar")).hasSize(8);
  }

  /**
   * A figure on an indicator the plan sets no target on (seed 004's DTI score, ranks and the change
   * of rank) is no verdict, but every writer shows it as reported; one after the report's date is not
   * known yet, and one on a targeted indicator is in the compliance table, not here.
   */
  @Test
  void figuresWithoutATargetAreShownAsReported() throws Exception {
    Plan plan = Seeds.seed004Plan();
    Result later = Result.builder().indicatorCode("DTI").subjectCode("67").period(Period.year(2022))
        .asOf(LocalDate.of(2023, 6, 30)).reading(Reading.decimal(new java.math.BigDecimal("0.41"))).build();
    Result targeted = Result.builder().indicatorCode("DN-NS").subjectCode("67").period(Period.year(2022))
        .asOf(LocalDate.of(2022, 12, 31)).reading(Reading.decimal(java.math.BigDecimal.ONE)).build();
    List<Result> results = new java.util.ArrayList<>(Seeds.seed004Results());
    results.add(0, later);
    results.add(targeted);
    ReportData data = ReportData.of(plan, DAK_NONG, results, LocalDate.of(2022, 12, 31));

    assertThat(data.otherResults()).containsExactlyElementsOf(Seeds.seed004Results());
    assertThat(data.otherResults()).extracting(Result::indicatorCode).containsExactly("DTI", "DTI-HANG", "DTI-HANG", "DTI-HANG-VUNG");
    assertThat(ReportData.of(plan, DAK_NONG, results, LocalDate.of(2023, 12, 31)).otherResults()).contains(later);

    ByteArrayOutputStream text = new ByteArrayOutputStream();
    TextReport.print(data, Language.VI, new PrintStream(text, true, StandardCharsets.UTF_8));
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("Kết quả khác")
        .contains("0,3509", "xếp thứ 41/63", "tăng 13 bậc so với năm 2020", "xếp thứ 4/5");

    Document html = Jsoup.parse(HtmlReport.render(data, Language.EN));
    assertThat(html.select("table.others tr")).hasSize(1 + 4);
    assertThat(html.select("table.others").text()).contains("ranked 41/63", "increased by 13 places compared with 2020");

    java.util.Map<String, String> parts = XlsxTest.parts(XlsxTest.xlsx(data, Language.EN));
    assertThat(parts.get("xl/workbook.xml")).contains("name=\"Other results\"");
    String sheet = parts.entrySet().stream().filter(e -> e.getKey().startsWith("xl/worksheets/") && e.getValue().contains("0.3509"))
        .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
    assertThat(sheet).contains("<v>0.3509</v>");

    ReportData none = ReportData.of(Seeds.seed002Plan(), Seeds.dongNai(), List.of());
    assertThat(none.otherResults()).isEmpty();
  }
}
