package io.github.chiso.examples;

import io.github.chiso.seeds.Seeds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.compliance.Compliance;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Report.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The output with runs of spaces squeezed to one, so assertions do not depend on column widths. */
  private String squeezed() {
    return out().replaceAll(" +", " ");
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void defaultReportOnTheSeeds() {
    assertThat(run()).isZero();
    assertThat(squeezed())
        .contains("231/BC-UBND")
        .contains("II.1 Share of online public services that received dossiers\n 75 Tỉnh Đồng Nai 2022-Q3 NOT_MET 77.62% at least 80% -2.38 pp")
        .contains("All MET 4 NOT_MET 4 NO_DATA 3 NOT_EVALUABLE 15")
        .contains("threshold for district takes effect 2022-12-01, after 2022-")
        .contains("needs 12 more of 505")
        .contains("SHARE_DISAGREES_WITH_PARTS KT-TMĐT-GD/TK@75 2022-Q3: reported share 8% but 14186/71231 is 19.92%")
        .contains("Sở Thông tin và Truyền thông tỉnh")
        .doesNotContain("Optional");
    assertThat(err()).isEmpty();
  }

  @Test
  void vietnamese() {
    assertThat(run("--lang", "vi")).isZero();
    assertThat(out()).contains("CHƯA ĐẠT").contains("77,62%").contains("tối thiểu 80%").contains("Hạ tầng số")
        .contains("cần thêm 12 trên 505");
  }

  @Test
  void csvHasExactlyTheDocumentedHeaderAndStatuses() {
    assertThat(run("--format", "csv")).as(err()).isZero();
    String[] lines = out().split("\n");
    assertThat(lines[0]).isEqualTo(
        "indicator,indicatorName,unit,unitName,period,status,value,qualifiers,comparator,bound,upperBound,margin,threshold,reason");
    assertThat(lines).contains(
        "II.1,\"Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ\",75,\"Tỉnh Đồng Nai\",2022-Q3,NOT_MET,77.623762,,AT_LEAST,80,,-2.376238,"
            + "\"at least 80%\",")
        .anyMatch(l -> l.startsWith("III.5,") && l.endsWith(",75,\"Tỉnh Đồng Nai\",2022-Q3,MET,81,,BETWEEN,65,70,16,\"between 65% and 70%\","));
    assertThat(lines).hasSize(1 + Compliance.assess(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results()).size());
  }

  @Test
  void htmlIsOneSelfContainedPageWithABarPerAssessedTarget(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("report.html");
    assertThat(run("--html", page.toString())).isZero();
    Document html = Jsoup.parse(Files.readString(page));
    long assessed = Compliance.assess(Seeds.seed001Plan(), Seeds.dongNai(), Seeds.seed001Results()).stream()
        .filter(a -> a.value().isPresent() && a.threshold().isPresent()).count();
    assertThat(assessed).isEqualTo(8);
    assertThat(html.select("svg rect.bar")).hasSize((int) assessed);
    assertThat(html.select("svg .threshold")).hasSize((int) assessed);
    assertThat(html.select("rect.bar[data-status=MET]").attr("fill")).isEqualTo("#2e7d32");
    assertThat(html.select("rect.bar[data-target=2022-II.1]").attr("data-status")).isEqualTo("NOT_MET");
    assertThat(html.select("script, link, img, [src]")).isEmpty();
    assertThat(html.select("li.finding")).hasSize(1);
    assertThat(html.title()).contains("231/BC-UBND");
  }

  @Test
  void userFilesJsonAndCsv(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, io.github.chiso.json.ChisoJson.writePlan(Seeds.seed001Plan()));
    Path results = dir.resolve("results.csv");
    Files.writeString(results, io.github.chiso.json.ResultsCsv.write(Seeds.seed001Results().stream()
        .map(r -> io.github.chiso.model.Result.builder().from(r).source(java.util.Optional.empty()).build()).toList()));
    assertThat(run("--plan", plan.toString(), "--results", results.toString())).isZero();
    // Without --hierarchy the plan is judged over chiso-vn's units of its province in 2022, as the bundled run
    // judges it over seed 001's: the same scorecard, the districts included, the unit named, not the issuer.
    assertThat(out()).contains("All                            MET 4  NOT_MET 4  NO_DATA 3  NOT_EVALUABLE 15")
        .contains("75     Tỉnh Đồng Nai").contains("742    Huyện Nhơn Trạch");
  }

  @Test
  void everyFormatWritesItsOwnFile(@TempDir Path dir) throws Exception {
    for (String format : new String[] {"text", "csv", "html", "xlsx"}) {
      Path file = dir.resolve("report." + format);
      assertThat(run("--format", format, "--output", file.toString(), "--lang", "vi")).as(err()).isZero();
      assertThat(Files.size(file)).as(format).isPositive();
    }
    assertThat(out()).isEmpty();
    assertThat(Files.readString(dir.resolve("report.csv"))).startsWith("indicator,indicatorName,").doesNotContain("\u001b");
    assertThat(Files.readAllBytes(dir.resolve("report.xlsx"))).startsWith('P', 'K');
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
    err.reset();
    assertThat(run("--format", "pdf")).isEqualTo(2);
    assertThat(err()).contains("--format must be text, csv, html or xlsx");
    err.reset();
    assertThat(run("--output", dir.resolve("no/such/dir/r.txt").toString())).isEqualTo(1);
    assertThat(err().strip().lines()).hasSize(1);
    assertThat(err()).startsWith("chiso: cannot write ").contains("r.txt");
  }

  @Test
  void communeResultsFromExcelGiveDistrictAndProvinceRollups(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, io.github.chiso.json.ChisoJson.writePlan(Seeds.seed002Plan()));
    Path units = dir.resolve("units.json");
    Files.writeString(units, io.github.chiso.json.ChisoJson.writeHierarchy(Seeds.dongNai()));
    // As Excel saves "CSV UTF-8" under a Vietnamese locale: a byte-order mark, semicolons, CRLF.
    StringBuilder sheet = new StringBuilder("\uFEFFindicator;unit;period;numerator;denominator\r\n");
    for (io.github.chiso.hierarchy.AdminUnit commune : Seeds.dongNai().unitsOf(io.github.chiso.hierarchy.Tier.COMMUNE)) {
      sheet.append("DL-01;").append(commune.code()).append(";2025;").append(30 + Long.parseLong(commune.code()) % 50).append(";80\r\n");
    }
    Path csv = dir.resolve("ket-qua.csv");
    Files.writeString(csv, sheet);
    assertThat(run("--plan", plan.toString(), "--hierarchy", units.toString(), "--results", csv.toString(), "--lang", "vi"))
        .as(err()).isZero();
    assertThat(out()).contains("tổng hợp từ xã: 159/159 xã báo cáo").contains("huyện, xếp từ thấp nhất")
        .containsPattern("\n +75 +Tỉnh Đồng Nai +2025 +(ĐẠT|CHƯA ĐẠT) ");
    Path xlsx = dir.resolve("report.xlsx");
    assertThat(run("--plan", plan.toString(), "--hierarchy", units.toString(), "--results", csv.toString(),
        "--format", "xlsx", "--output", xlsx.toString())).isZero();
    // The workbook's compliance sheet read back as results would be refused (its columns are the report's), but its
    // results can go the other way: an XLSX of commune results gives the same report as the CSV.
    Path results = dir.resolve("ket-qua.xlsx");
    try (var stream = Files.newOutputStream(results)) {
      org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(stream, "Test", "1.0");
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Xã");
      String[] header = {"indicator", "unit", "period", "numerator", "denominator"};
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      int r = 1;
      for (io.github.chiso.hierarchy.AdminUnit commune : Seeds.dongNai().unitsOf(io.github.chiso.hierarchy.Tier.COMMUNE)) {
        ws.value(r, 0, "DL-01");
        ws.value(r, 1, commune.code());
        ws.value(r, 2, 2025);
        ws.value(r, 3, 30 + Long.parseLong(commune.code()) % 50);
        ws.value(r++, 4, 80);
      }
      wb.finish();
    }
    String fromCsv = out();
    out.reset();
    assertThat(run("--plan", plan.toString(), "--hierarchy", units.toString(), "--results", results.toString(), "--lang", "vi"))
        .as(err()).isZero();
    assertThat(out()).isEqualTo(fromCsv);
  }

  @Test
  void badInputIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
    assertThat(run("--plan", "missing.json")).isEqualTo(1);
    assertThat(err().strip()).isEqualTo("chiso: --plan missing.json: no such file");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\":\"chiso.plan\",\"formatVersion\":1,\"number\":7}");
    err.reset();
    assertThat(run("--plan", broken.toString())).isEqualTo(1);
    assertThat(err().strip().lines()).hasSize(1);
    assertThat(err()).contains(broken.toString()).contains("$.number").contains("expected a string");
    err.reset();
    assertThat(run("--plan", broken.toString(), "--verbose")).isEqualTo(1);
    assertThat(err()).contains("InvalidDocumentException").contains("\tat ");
    err.reset();
    assertThat(run("--lang", "fr")).isEqualTo(2);
    assertThat(err()).contains("--lang must be en or vi");
  }

  @Test
  void aPlanOf2022JudgedOn2026ResultsReportedOnTheNewUnits(@TempDir Path dir) throws Exception {
    // Illustrative 2026 figures for II.1 on every commune of the new Đồng Nai (old Đồng Nai and Bình Phước).
    java.util.List<io.github.chiso.model.Result> results = new java.util.ArrayList<>();
    long online = 0;
    long all = 0;
    io.github.chiso.vn.lineage.Lineage lineage = io.github.chiso.vn.VietnamUnits.lineage();
    for (io.github.chiso.hierarchy.AdminUnit commune : lineage.after().children("75")) {
      long n = 30 + Long.parseLong(commune.code()) % 21;
      results.add(io.github.chiso.model.Result.of("II.1", commune.code(), io.github.chiso.model.Period.year(2026),
          io.github.chiso.model.Reading.fraction(n, 50)));
      if (lineage.predecessors(commune.code(), io.github.chiso.hierarchy.Tier.PROVINCE).get(0).code().equals("75")) {
        online += n;
        all += 50;
      }
    }
    Path file = dir.resolve("ket-qua-2026.json");
    Files.writeString(file, io.github.chiso.json.ChisoJson.writeResults(results));
    assertThat(run("--on-new-units", "part", "--period", "2026", "--results", file.toString())).as(err()).isZero();
    String share = io.github.chiso.model.Rational.of(online * 100, all).toBigDecimal(2, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
    assertThat(out())
        .contains("Judged on the units in force from 2025-07-01: the part of the new province descended from 75 Tỉnh Đồng Nai"
            + " (province); targets held over 2026; 0 of ")
        .containsPattern("\n +75 +[^\n]+ +2026 +NOT_MET +" + java.util.regex.Pattern.quote(share + "%"))
        .contains("NO_DATA");
    out.reset();
    assertThat(run("--on-new-units", "whole", "--period", "2026", "--results", file.toString())).as(err()).isZero();
    assertThat(out()).contains("the whole new province of 75 Tỉnh Đồng Nai").containsPattern("\n +75 +[^\n]+ +2026 +NO_DATA");
    err.reset();
    assertThat(run("--on-new-units", "all")).isEqualTo(2);
    assertThat(err()).contains("--on-new-units must be part or whole");
  }

  @Test
  void controlCharactersFromTheDocumentsReachNoTerminal(@TempDir Path dir) throws Exception {
    io.github.chiso.model.Plan seed = Seeds.seed001Plan();
    io.github.chiso.model.Plan hostile = io.github.chiso.model.Plan.builder().from(seed)
        .number("231\u001b[2J\rBC\u202eUBND").title("Kết quả\u009b31m\nQuý III\u0007").build();
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, io.github.chiso.json.ChisoJson.writePlan(hostile));
    assertThat(run("--plan", plan.toString())).as(err()).isZero();
    String first = out().lines().findFirst().orElseThrow();
    assertThat(first).isEqualTo("231\\u001B[2J\\u000DBC\\u202EUBND — Kết quả\\u009B31m\\u000AQuý III\\u0007");
    assertThat(out().chars().filter(c -> c < 0x20 && c != '\n').count()).isZero();
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\":\"chiso.plan\",\"formatVersion\":1,\"number\":7,\"x\\u001b[31m\":1}");
    err.reset();
    assertThat(run("--plan", broken.toString())).isEqualTo(1);
    assertThat(err()).doesNotContain("\u001b").contains("\\u001B");
  }

  @Test
  void scheduleAddsTheCompletenessSection(@TempDir Path dir) throws Exception {
    Path schedule = dir.resolve("schedule.json");
    Files.writeString(schedule, "{\"format\":\"chiso.schedule\",\"formatVersion\":1,\"requirements\":[{\"code\":\"BC-QUY\","
        + "\"reporters\":{\"codes\":[\"75\"]},\"indicators\":[\"II.1\"],\"window\":\"2022\","
        + "\"recurrence\":{\"every\":\"QUARTERLY\",\"due\":{\"daysAfterEnd\":0}}}]}", StandardCharsets.UTF_8);
    assertThat(run("--schedule", schedule.toString())).as(err()).isZero();
    assertThat(out()).contains("Reporting completeness as of 2022-09-19")
        .containsPattern("  province +3 +1 +1 +0 +2 +1 +33.3% +33.3%")
        .contains("    75       Tỉnh Đồng Nai")
        .contains("missing 2, late 0: BC-QUY 2022-Q1 172 days overdue; BC-QUY 2022-Q2 81 days overdue");
    Files.writeString(schedule, "{\"format\":\"chiso.schedule\",\"formatVersion\":1,\"requirements\":[{}]}");
    out.reset();
    assertThat(run("--schedule", schedule.toString())).isEqualTo(1);
    assertThat(err()).contains("schedule.json").contains("$.requirements[0]");
  }
}
