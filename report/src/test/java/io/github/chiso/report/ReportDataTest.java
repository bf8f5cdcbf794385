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

class ReportDataTest {
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
}
