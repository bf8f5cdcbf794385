package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Change;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A target on a change and a result stated as one (seed 004's "tăng 13 bậc so với năm 2020"), as the writers show them. */
class ChangeReportTest {
  private static final Hierarchy DAK_NONG =
      Hierarchy.of(TierScheme.VIETNAM_2021_2025, List.of(AdminUnit.of("67", "Tỉnh Đắk Nông", Tier.PROVINCE)));

  /** Seed 004's plan with {@code target} added, its indicator no longer a reported one. */
  private static Plan with(Target target) {
    Plan seed004 = Seeds.seed004Plan();
    return Plan.builder().from(seed004).reportedIndicators(seed004.reportedIndicators().stream()
        .filter(i -> !i.code().equals(target.indicator().code())).toList()).addTargets(target).build();
  }

  private static ReportData data() {
    Plan seed004 = Seeds.seed004Plan();
    Target places = Target.builder().code("DTI-HANG-TĂNG").indicator(seed004.indicators().get("DTI-HANG"))
        .period(Period.year(2021)).change(Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2020)))
        .threshold(Tier.PROVINCE, Threshold.atLeast("10")).build();
    return ReportData.of(with(places), DAK_NONG, Seeds.seed004Results());
  }

  @Test
  void theChangeIsJudgedAndWrittenAsTheDocumentsWriteIt() throws Exception {
    ReportData data = data();
    Assessment judged = data.assessments().stream().filter(a -> a.targetCode().equals("DTI-HANG-TĂNG")).findFirst().orElseThrow();
    assertThat(judged.status()).isEqualTo(Status.MET);
    assertThat(Formats.value(judged, Language.VI)).isEqualTo("tăng 13 bậc so với năm 2020");
    assertThat(Formats.value(judged, Language.EN)).isEqualTo("increased by 13 places compared with 2020");
    assertThat(Formats.threshold(judged, Language.VI)).isEqualTo("tăng tối thiểu 10 bậc so với năm 2020");
    assertThat(Formats.margin(judged, Language.VI)).isEqualTo("+3");

    ByteArrayOutputStream text = new ByteArrayOutputStream();
    TextReport.print(data, Language.VI, new PrintStream(text, true, StandardCharsets.UTF_8));
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("tăng 13 bậc so với năm 2020")
        .contains("tăng tối thiểu 10 bậc so với năm 2020");
    assertThat(HtmlReport.render(data, Language.EN)).contains("increased by 13 places compared with 2020")
        .contains("increase by at least 10 places compared with 2020");
    StringWriter csv = new StringWriter();
    CsvReport.write(data, ReportOptions.of(Language.VI), csv);
    assertThat(csv.toString()).contains("tăng tối thiểu 10 bậc so với năm 2020");
    // The workbook's XML writes every character beyond ASCII as a reference: "tăng" is "t&#x103;ng".
    String escaped = "tăng tối thiểu 10 bậc so với năm 2020".codePoints()
        .mapToObj(c -> c < 128 ? Character.toString(c) : "&#x" + Integer.toHexString(c) + ";").collect(java.util.stream.Collectors.joining());
    assertThat(String.join("\n", XlsxTest.parts(XlsxTest.xlsx(data, Language.VI)).values())).contains(escaped);
  }

  @Test
  void aMissingReferenceIsNamedInVietnamese() {
    Plan seed004 = Seeds.seed004Plan();
    Target budget = Target.builder().code("NS-TĂNG").indicator(seed004.indicators().get("DTI"))
        .period(Period.year(2021)).change(Change.yearOnYear(Change.Direction.INCREASE, Change.Basis.RELATIVE))
        .threshold(Tier.PROVINCE, Threshold.atLeast("5")).build();
    ReportData data = ReportData.of(with(budget), DAK_NONG, Seeds.seed004Results());
    Assessment a = data.assessments().stream().filter(x -> x.targetCode().equals("NS-TĂNG")).findFirst().orElseThrow();
    assertThat(a.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(new Labels(Language.VI).reason(a.reason().orElseThrow())).isEqualTo(
        "không có số liệu kỳ so sánh 2020 (chỉ tiêu về mức thay đổi so với kỳ đó)");
  }
}
