package io.github.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Target;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.text.Language;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

class CsvReportTest {
  private final ReportData seed001 = ReportData.of(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results());

  private static String csv(ReportData data, ReportOptions options) {
    StringWriter out = new StringWriter();
    CsvReport.write(data, options, out);
    return out.toString();
  }

  private static List<Map<String, String>> rows(String csv, char separator) throws Exception {
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(csv)) {
      String[] header = it.nextValue();
      assertThat(header).containsExactlyElementsOf(CsvReport.COLUMNS);
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        rows.add(java.util.stream.IntStream.range(0, header.length).boxed()
            .collect(Collectors.toMap(i -> header[i], i -> cells[i])));
      }
    }
    return rows;
  }

  @Test
  void numbersAreNumbersInTheirOwnColumnsAndAgreeWithTheAssessments() throws Exception {
    List<Map<String, String>> rows = rows(csv(seed001, ReportOptions.of(Language.EN)), ',');
    assertThat(rows).hasSize(seed001.assessments().size());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Assessment a = seed001.assessments().get(i);
      assertThat(row.get("status")).isEqualTo(a.status().name());
      a.threshold().ifPresent(t -> assertThat(new BigDecimal(row.get("bound"))).isEqualByComparingTo(t.bound()));
      a.value().ifPresent(v -> assertThat(new BigDecimal(row.get("value")).subtract(v.toBigDecimal(6, java.math.RoundingMode.HALF_EVEN)))
          .isZero());
      assertThat(row.get("reason").isEmpty()).isEqualTo(a.reason().isEmpty());
    }
  }

  @Test
  void excelInVietnameseHasAByteOrderMarkSemicolonsAndDecimalCommas() throws Exception {
    String csv = csv(seed001, ReportOptions.of(Language.VI).withExcel(true));
    assertThat(csv).startsWith("\uFEFFindicator;indicatorName;");
    List<Map<String, String>> rows = rows(csv.substring(1), ';');
    Map<String, String> online = rows.stream().filter(r -> r.get("indicator").equals("II.1")).findFirst().orElseThrow();
    assertThat(online).containsEntry("value", "77,623762").containsEntry("margin", "-2,376238").containsEntry("bound", "80")
        .containsEntry("threshold", "tối thiểu 80%").containsEntry("unitName", "Tỉnh Đồng Nai");
    assertThat(csv(seed001, ReportOptions.of(Language.EN).withExcel(true))).startsWith("\uFEFFindicator,indicatorName,")
        .contains(",77.623762,");
  }

  @Test
  void textFromTheDocumentsNeverOpensAsAFormula() throws Exception {
    Plan seed = Seeds.seed001Plan();
    List<Target> targets = new ArrayList<>();
    for (Target t : seed.targets()) {
      Indicator hostile = Indicator.builder().from(t.indicator()).nameVi("=HYPERLINK(\"http://evil\",\"bấm\")").build();
      targets.add(Target.builder().from(t).indicator(hostile).build());
    }
    Plan plan = Plan.builder().from(seed).targets(targets).build();
    ReportData data = ReportData.of(plan, Seeds.dongNai(), Seeds.seed001Results());
    for (Map<String, String> row : rows(csv(data, ReportOptions.of(Language.EN)), ',')) {
      assertThat(row.get("indicatorName")).startsWith("'=HYPERLINK(");
      assertThat(Arrays.asList("=", "+", "-", "@")).noneMatch(c -> row.get("reason").startsWith(c) || row.get("unitName").startsWith(c));
    }
  }

  @Test
  void theTaskTableGivesEachTasksStandingDaysOverdueAndWording() throws Exception {
    // Seed 004's tasks (Đắk Nông) on Đồng Nai's plan and hierarchy, whose data the seeds hold.
    List<io.github.chiso.model.Task> tasks = Seeds.seed004Plan().tasks().stream()
        .map(t -> io.github.chiso.model.Task.builder().from(t).targetCodes(List.of()).build()).toList();
    io.github.chiso.model.Plan plan = io.github.chiso.model.Plan.builder().from(Seeds.seed001Plan()).tasks(tasks).build();
    ReportData seed004 = ReportData.of(plan, Seeds.dongNai(), List.of(), java.time.LocalDate.of(2022, 10, 5));
    StringWriter out = new StringWriter();
    CsvReport.writeTasks(seed004, ReportOptions.of(Language.EN), out);
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(out.toString())) {
      it.forEachRemaining(rows::add);
    }
    assertThat(rows.get(0)).containsExactlyElementsOf(CsvReport.TASK_COLUMNS);
    assertThat(rows).hasSize(seed004.tasks().size() + 1);
    Map<String, String[]> byCode = rows.stream().skip(1).collect(Collectors.toMap(r -> r[0], r -> r));
    assertThat(byCode.get("3-6")).startsWith("3-6", "OVERDUE", "21", "2022-09-14", "", "trước ngày 15/9/2022");
    assertThat(byCode.get("3-4")).startsWith("3-4", "OPEN", "", "2022-10-27", "", "trước ngày 28/10/2022");
    assertThat(byCode.get("7")).startsWith("7", "OVERDUE", "5", "2022-09-30", "2022-09", "hàng tháng");
    assertThat(byCode.get("2-1")).startsWith("2-1", "UNDATED", "", "", "", "");
    assertThat(rows.get(1)[1]).isEqualTo("OVERDUE");
  }
}
