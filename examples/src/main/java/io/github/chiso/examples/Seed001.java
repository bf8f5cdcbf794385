package io.github.chiso.examples;

import com.google.common.collect.ImmutableList;
import io.github.chiso.hierarchy.AdminUnit;
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
import io.github.chiso.model.Result;
import io.github.chiso.model.SourceRef;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.text.ResultText;
import io.github.chiso.text.TargetText;
import java.time.LocalDate;

/**
 * Seed 001: Đồng Nai's report 231/BC-UBND of 19 September 2022, section I.2.a — the twelve 2022
 * targets and the results up to Q3/2022, built in code from the document's own wording. Target and
 * result cells are read with {@link TargetText} and {@link ResultText}, so the encoding exercises the
 * parsers on the real text.
 */
public final class Seed001 {
  /** Đồng Nai's statistics-office province code. */
  public static final String DONG_NAI = "75";

  /** The report's number. */
  public static final String DOCUMENT = "231/BC-UBND";

  /** The day the report is dated, which is what its results describe. */
  public static final LocalDate REPORTED = LocalDate.of(2022, 9, 19);

  private static final SourceRef TABLE = SourceRef.of(DOCUMENT, "I.2.a");
  private static final Period YEAR = Period.year(2022);
  private static final Period TO_Q3 = Period.quarter(2022, 3);

  private Seed001() {}

  /** Đồng Nai as a one-unit hierarchy under the three-tier scheme of 2022. */
  public static Hierarchy hierarchy() {
    return Hierarchy.of(
        TierScheme.VIETNAM_2021_2025, ImmutableList.of(AdminUnit.of(DONG_NAI, "Tỉnh Đồng Nai", Tier.PROVINCE)));
  }

  /** The 2022 targets table as a plan. */
  public static Plan plan() {
    Plan.Builder plan =
        Plan.builder()
            .number(DOCUMENT)
            .kind(DocumentKind.REPORT)
            .issuer("UBND tỉnh Đồng Nai")
            .issued(Period.day(REPORTED))
            .title(
                "Kết quả triển khai chuyển đổi số đến Quý III năm 2022 và nhiệm vụ trọng tâm Quý IV"
                    + " năm 2022 trên địa bàn tỉnh Đồng Nai")
            .jurisdiction(DONG_NAI)
            .period(YEAR)
            .addLegalBasis("27/QĐ-UBQGCS ngày 15/3/2022", "4651/BTTTT-CĐSQG ngày 14/9/2022");
    for (Row row : ROWS) {
      plan.addTargets(row.target());
    }
    return plan.build();
  }

  /** The twelve results as reported up to Q3/2022, as of the report's date. */
  public static ImmutableList<Result> results() {
    return ROWS.stream().map(Row::result).collect(ImmutableList.toImmutableList());
  }

  private static final ImmutableList<Row> ROWS =
      ImmutableList.of(
          new Row("I.1", Area.DIGITAL_INFRASTRUCTURE,
              "Tỷ lệ dân số có điện thoại thông minh",
              "Share of population with a smartphone", "85%", "83.5%"),
          new Row("I.2", Area.DIGITAL_INFRASTRUCTURE,
              "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng",
              "Share of households with fibre broadband", "75%", "99%"),
          new Row("II.1", Area.DIGITAL_GOVERNMENT,
              "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ",
              "Share of online public services that received dossiers", "đạt 80%",
              "77,62% (392/505)"),
          new Row("II.2", Area.DIGITAL_GOVERNMENT,
              "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến",
              "Share of administrative dossiers processed online", "50%", "9,23%"),
          new Row("II.3", Area.DIGITAL_GOVERNMENT,
              "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
              "Share of dossiers and results digitised", "đạt 100%",
              "Đang triển khai xây dựng Kho quản lý dữ liệu điện tử và nâng cấp chức năng phần mềm"
                  + " số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tỉnh Đồng Nai."),
          new Row("II.4", Area.DIGITAL_GOVERNMENT,
              "Tỷ lệ báo cáo của các cơ quan hành chính nhà nước được thực hiện trực tuyến",
              "Share of state agencies' reports made online", "50%", "30%"),
          new Row("II.5", Area.DIGITAL_GOVERNMENT,
              "Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở đầy đủ theo danh mục",
              "Share of agencies publishing full open data per catalogue", "đạt 50%",
              "Chưa xây dựng Kho cơ sở dữ liệu dùng chung và Cổng dữ liệu mở"),
          new Row("III.1", Area.DIGITAL_ECONOMY_AND_SOCIETY,
              "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
              "Share of SMEs using digital platforms", "30%", "63,82%"),
          new Row("III.2", Area.DIGITAL_ECONOMY_AND_SOCIETY,
              "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử",
              "Share of enterprises using e-invoices", "100%", "100%"),
          new Row("III.3", Area.DIGITAL_ECONOMY_AND_SOCIETY,
              "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
              "Share of enterprises using e-contracts", "50%",
              "UBND tỉnh giao Cục Thuế chủ trì, phối hợp các đơn vị liên quan đang thực hiện đánh giá"
                  + " vào cuối năm"),
          new Row("III.4", Area.DIGITAL_ECONOMY_AND_SOCIETY,
              "Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ",
              "E-commerce share of total retail sales", "7%",
              "UBND tỉnh giao Sở Công Thương chủ trì phối hợp với các đơn vị liên quan đang thực hiện"
                  + " khảo sát."),
          new Row("III.5", Area.DIGITAL_ECONOMY_AND_SOCIETY,
              "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ"
                  + " chức được phép khác",
              "Share of people aged 15+ with a bank account", "65 - 70%", "81%"));

  /** One row of the table: the target cell and the result cell as written. */
  private static final class Row {
    final String number;
    final Area area;
    final String nameVi;
    final String nameEn;
    final String targetCell;
    final String resultCell;

    Row(String number, Area area, String nameVi, String nameEn, String targetCell, String resultCell) {
      this.number = number;
      this.area = area;
      this.nameVi = nameVi;
      this.nameEn = nameEn;
      this.targetCell = targetCell;
      this.resultCell = resultCell;
    }

    String code() {
      return "2022-" + number;
    }

    Indicator indicator() {
      return Indicator.builder()
          .code(number)
          .nameVi(nameVi)
          .nameEn(nameEn)
          .measure(Measure.PERCENT)
          .area(area)
          .build();
    }

    Target target() {
      Threshold threshold = TargetText.parse(targetCell);
      Target.Builder target =
          Target.builder()
              .code(code())
              .indicator(indicator())
              .period(YEAR)
              .wording(nameVi + " " + targetCell)
              .source(TABLE);
      if (number.equals("II.3")) {
        // Phased in: one-stop desks at provincial level from 1 June 2022, district level from 1 Dec.
        return target
            .threshold(Tier.PROVINCE, threshold.from(LocalDate.of(2022, 6, 1)))
            .threshold(Tier.DISTRICT, threshold.from(LocalDate.of(2022, 12, 1)))
            .build();
      }
      return target.putThresholds(Scope.of(Tier.PROVINCE), threshold).build();
    }

    Result result() {
      return Result.builder()
          .indicatorCode(number)
          .subjectCode(DONG_NAI)
          .period(TO_Q3)
          .asOf(REPORTED)
          .reading(ResultText.read(resultCell))
          .source(TABLE)
          .build();
    }
  }
}
