package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.SourceRef;
import io.github.chiso.model.Target;
import io.github.chiso.model.Task;
import io.github.chiso.model.TaskStatus;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written documents with the objects they must read as: a format change shows as a diff here. */
class GoldenDocumentsTest {

  static String golden(String name) {
    try (InputStream in = GoldenDocumentsTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Plan expectedPlan() {
    Indicator services = Indicator.builder().code("II.1").nameVi("Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ")
        .nameEn("Share of online public services that received dossiers").measure(Measure.PERCENT)
        .area(Area.DIGITAL_GOVERNMENT).build();
    Indicator digitised = Indicator.of("II.3", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        Measure.PERCENT, Area.DIGITAL_GOVERNMENT);
    Indicator bank = Indicator.of("III.5", "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng",
        Measure.PERCENT, Area.DIGITAL_ECONOMY_AND_SOCIETY);
    return Plan.builder()
        .number("231/BC-UBND").kind(DocumentKind.REPORT).issuer("UBND tỉnh Đồng Nai")
        .issued(Period.day(LocalDate.of(2022, 9, 19)))
        .title("Kết quả triển khai chuyển đổi số đến Quý III năm 2022")
        .jurisdiction("75").period(Period.year(2022)).addLegalBasis("27/QĐ-UBQGCS ngày 15/3/2022")
        .addTargets(
            Target.builder().code("2022-II.1").indicator(services).period(Period.year(2022))
                .threshold(Tier.PROVINCE, Threshold.builder().from(Threshold.atLeast("80")).wording("đạt 80%").build())
                .source(SourceRef.of("231/BC-UBND", "I.2.a")).build(),
            Target.builder().code("2022-II.3").indicator(digitised).period(Period.year(2022))
                .threshold(Tier.PROVINCE, Threshold.atLeast("100").from(LocalDate.of(2022, 6, 1)))
                .threshold(Tier.DISTRICT, Threshold.atLeast("100").from(LocalDate.of(2022, 12, 1))).build(),
            Target.builder().code("2022-III.5").indicator(bank).period(Period.year(2022))
                .threshold(Tier.PROVINCE, Threshold.builder().from(Threshold.between("65", "70.0")).wording("65 - 70%").build())
                .fallbackScope(Scope.of(Tier.PROVINCE)).deadline(LocalDate.of(2022, 11, 30)).parentCode("2022-II.1")
                .wording("Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản 65 - 70%").build())
        .addTasks(Task.builder().code("Q4-1").description("Hoàn thành Kho quản lý dữ liệu điện tử")
            .lead("Sở Thông tin và Truyền thông").addPartners("Văn phòng UBND tỉnh").due(LocalDate.of(2022, 12, 31))
            .status(TaskStatus.IN_PROGRESS).addTargetCodes("2022-II.3").build())
        .build();
  }

  static Hierarchy expectedHierarchy() {
    return Hierarchy.of(
        TierScheme.VIETNAM_2021_2025,
        List.of(
            AdminUnit.builder().code("75").name("Tỉnh Đồng Nai").nameEn("Dong Nai").tier(Tier.PROVINCE).build(),
            AdminUnit.of("731", "Thành phố Biên Hòa", Tier.DISTRICT, "75"),
            AdminUnit.of("732", "Thành phố Long Khánh", Tier.DISTRICT, "75"),
            AdminUnit.of("25993", "Phường Trảng Dài", Tier.COMMUNE, "731")),
        List.of(Body.of("STTTT", "Sở Thông tin và Truyền thông", BodyKind.DEPARTMENT, "75")));
  }

  static List<Result> expectedResults() {
    return List.of(
        Result.builder().indicatorCode("II.1").subjectCode("75").period(Period.quarter(2022, 3))
            .asOf(LocalDate.of(2022, 9, 19)).reading(Reading.fraction(392, 505, new BigDecimal("77.62")))
            .source(SourceRef.of("231/BC-UBND", "I.2.a")).build(),
        Result.of("I.1", "75", Period.quarter(2022, 3), Reading.decimal("83.5")),
        Result.builder().indicatorCode("II.3").subjectCode("75").period(Period.quarter(2022, 3))
            .reading(Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai xây dựng Kho quản lý dữ liệu điện tử"))
            .note("phased in from 2022-06-01").build());
  }

  @Test
  void planReadsAsExpectedAndWritesBackTheSameDocument() {
    String json = golden("plan.json");
    Plan plan = ChisoJson.readPlan(json);
    assertThat(plan).isEqualTo(expectedPlan());
    assertThat(ChisoJson.writePlan(plan)).isEqualToIgnoringWhitespace(json);
    assertThat(plan.targets().get(2).thresholds().get(Scope.of(Tier.PROVINCE)).upperBound())
        .hasValueSatisfying(u -> assertThat(u.toPlainString()).isEqualTo("70.0"));
    Schemas.assertValid(Schemas.PLAN, json);
  }

  @Test
  void hierarchyReadsAsExpectedAndWritesBackTheSameDocument() {
    String json = golden("hierarchy.json");
    Hierarchy hierarchy = ChisoJson.readHierarchy(json);
    Hierarchy expected = expectedHierarchy();
    assertThat(hierarchy.units()).isEqualTo(expected.units());
    assertThat(hierarchy.bodies()).isEqualTo(expected.bodies());
    assertThat(hierarchy.scheme()).isEqualTo(expected.scheme());
    assertThat(ChisoJson.writeHierarchy(hierarchy)).isEqualToIgnoringWhitespace(json);
    Schemas.assertValid(Schemas.HIERARCHY, json);
  }

  @Test
  void resultsReadAsExpectedAndWriteBackTheSameDocument() {
    String json = golden("results.json");
    assertThat(ChisoJson.readResults(json)).isEqualTo(expectedResults());
    assertThat(ChisoJson.writeResults(expectedResults())).isEqualToIgnoringWhitespace(json);
    Schemas.assertValid(Schemas.RESULTS, json);
  }

  @Test
  void decimalsAreExactBothWays() {
    Result share = ChisoJson.readResults(golden("results.json")).get(0);
    assertThat(((Reading.Fraction) share.reading()).reportedShare()).contains(new BigDecimal("77.62"));
    assertThat(ChisoJson.writeResults(List.of(share))).contains("\"reportedShare\":77.62");
    String hundred = "{\"comparator\":\"AT_LEAST\",\"bound\":1E+2}";
    String plain = "{\"comparator\":\"AT_LEAST\",\"bound\":100}";
    Threshold a = ChisoJson.mapper().readValue(hundred, Threshold.class);
    assertThat(a).isEqualTo(ChisoJson.mapper().readValue(plain, Threshold.class));
    assertThat(ChisoJson.mapper().writeValueAsString(a)).isEqualTo(plain);
    assertThat(ChisoJson.mapper().writeValueAsString(Threshold.atLeast("0.1"))).contains("\"bound\":0.1");
  }

  @Test
  void moduleIsFoundByServiceLoaderWithItsVersion() {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).extracting(m -> m.getModuleName()).contains("ChisoModule");
    assertThat(new ChisoModule().version().getArtifactId()).isEqualTo("chiso-json");
    assertThat(new ChisoModule().version().getMajorVersion()).isZero();
    assertThat(new ChisoModule().version().getMinorVersion()).isEqualTo(1);
  }
}
