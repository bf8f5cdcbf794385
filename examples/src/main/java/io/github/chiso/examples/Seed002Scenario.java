package io.github.chiso.examples;

import com.google.common.collect.ImmutableList;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Group;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.RollupRule;
import io.github.chiso.model.SourceRef;
import io.github.chiso.model.Target;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import io.github.chiso.text.TargetText;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 002's tiered target for full-process online public services in 2025 — province-wide 90% of
 * eligible procedures, provincial departments on average at least 80%, district people's committees
 * on average at least 70%, commune people's committees 60% — judged over Đồng Nai's 11 districts (real
 * codes), a few communes in each and five departments.
 *
 * <p>The plan is real; the results are <b>illustrative</b>, written by hand for this example (no
 * per-unit figures are published in the seeds), and commune codes 9xxxx are made up. Each tier
 * provides its own procedures, so a district's share is its own figure, not its communes' aggregate;
 * the tier averages of the plan are MEAN rollups over the tier's units or bodies.
 */
public final class Seed002Scenario {
  /** The plan's number as cited. */
  public static final String DOCUMENT = "KH-CĐS-2025 (Đồng Nai)";

  private static final String DONG_NAI = "75";
  private static final Period YEAR = Period.year(2025);
  private static final Period Q3 = Period.quarter(2025, 3);
  private static final String[][] DISTRICTS = {
    {"731", "Thành phố Biên Hòa", "74"}, {"732", "Thành phố Long Khánh", "71"},
    {"734", "Huyện Tân Phú", "58"}, {"735", "Huyện Vĩnh Cửu", "69"},
    {"736", "Huyện Định Quán", "72"}, {"737", "Huyện Trảng Bom", "66"},
    {"738", "Huyện Thống Nhất", "70"}, {"739", "Huyện Cẩm Mỹ", "61"},
    {"740", "Huyện Long Thành", "77"}, {"741", "Huyện Xuân Lộc", "68"},
    {"742", "Huyện Nhơn Trạch", "73"},
  };
  /** Per district: online and eligible procedures of each of its communes; null = not reported. */
  private static final long[][][] COMMUNES = {
    {{40, 60}, {35, 60}, {50, 60}}, {{38, 60}, {30, 60}}, {{20, 60}, null, {33, 60}},
    {{36, 60}, {37, 60}}, {{41, 60}, {39, 60}}, {{28, 60}, {36, 60}, null},
    {{36, 60}, {35, 60}}, {{25, 60}, {30, 60}}, {{45, 60}, {44, 60}},
    {{34, 60}, {37, 60}}, {{40, 60}, {36, 60}},
  };
  private static final String[][] DEPARTMENTS = {
    {"STTTT", "Sở Thông tin và Truyền thông", "92"}, {"SYT", "Sở Y tế", "81"},
    {"STNMT", "Sở Tài nguyên và Môi trường", "74"}, {"SGDĐT", "Sở Giáo dục và Đào tạo", "86"},
    {"SXD", "Sở Xây dựng", "71"},
  };

  private Seed002Scenario() {}

  /** The full-process online services indicator; each tier reports its own share. */
  public static Indicator indicator() {
    return Indicator.builder()
        .code("DG-DVCTT")
        .nameVi("Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình")
        .nameEn("Share of eligible procedures offered fully online")
        .measure(Measure.PERCENT)
        .area(Area.DIGITAL_GOVERNMENT)
        .rollup(RollupRule.of(UnitRollup.MEAN, PeriodRollup.LAST))
        .build();
  }

  /** The tiered target as seed 002 section II.2 words it. */
  public static Target target() {
    return Target.builder()
        .code("II.2-DG-01")
        .indicator(indicator())
        .period(YEAR)
        .threshold(Tier.PROVINCE, TargetText.parse("đạt tỷ lệ 90%"))
        .threshold(BodyKind.DEPARTMENT, TargetText.parse("đạt tỷ lệ trung bình tối thiểu 80%"))
        .threshold(Tier.DISTRICT, TargetText.parse("đạt tỷ lệ trung bình tối thiểu 70%"))
        .threshold(Tier.COMMUNE, TargetText.parse("đạt tỷ lệ 60%"))
        .wording("Cung cấp dịch vụ công trực tuyến toàn trình đạt tỷ lệ 90% thủ tục hành chính có đủ"
            + " điều kiện. Trong đó, đối với các sở, ban, ngành đạt tỷ lệ trung bình tối thiểu 80%; UBND"
            + " cấp huyện đạt tỷ lệ trung bình tối thiểu 70% và UBND cấp xã đạt tỷ lệ 60%.")
        .source(SourceRef.of("002", "II.2"))
        .build();
  }

  /** A plan holding only the target. */
  public static Plan plan() {
    return Plan.builder()
        .number(DOCUMENT)
        .kind(DocumentKind.PLAN)
        .issuer("UBND tỉnh Đồng Nai")
        .jurisdiction(DONG_NAI)
        .period(YEAR)
        .addTargets(target())
        .build();
  }

  /** Đồng Nai, its 11 districts, a few (made-up) communes in each, and five departments. */
  public static Hierarchy hierarchy() {
    Hierarchy.Builder h = Hierarchy.builder(TierScheme.VIETNAM_2021_2025);
    h.add(AdminUnit.of(DONG_NAI, "Tỉnh Đồng Nai", Tier.PROVINCE));
    for (int d = 0; d < DISTRICTS.length; d++) {
      h.add(AdminUnit.of(DISTRICTS[d][0], DISTRICTS[d][1], Tier.DISTRICT, DONG_NAI));
      for (int c = 0; c < COMMUNES[d].length; c++) {
        h.add(AdminUnit.of(communeCode(d, c), "Xã minh họa " + communeCode(d, c), Tier.COMMUNE, DISTRICTS[d][0]));
      }
    }
    for (String[] department : DEPARTMENTS) {
      h.add(Body.of(department[0], department[1], BodyKind.DEPARTMENT, DONG_NAI));
    }
    return h.build();
  }

  private static String communeCode(int district, int commune) {
    return String.format("9%02d%02d", district, commune);
  }

  /** Illustrative Q3/2025 results: each commune's parts, each district's and department's share. */
  public static ImmutableList<Result> results() {
    List<Result> results = new ArrayList<>();
    String code = indicator().code();
    results.add(Result.of(code, DONG_NAI, Q3, Reading.decimal("84.6")));
    for (int d = 0; d < DISTRICTS.length; d++) {
      results.add(Result.of(code, DISTRICTS[d][0], Q3, Reading.decimal(DISTRICTS[d][2])));
      for (int c = 0; c < COMMUNES[d].length; c++) {
        long[] parts = COMMUNES[d][c];
        if (parts != null) {
          results.add(Result.of(code, communeCode(d, c), Q3, Reading.fraction(parts[0], parts[1])));
        }
      }
    }
    for (String[] department : DEPARTMENTS) {
      results.add(Result.of(code, department[0], Q3, Reading.decimal(department[2])));
    }
    return ImmutableList.copyOf(results);
  }

  /**
   * The plan's verdicts: the province and each commune against their own thresholds, departments and
   * districts on their averages (one verdict each, for the group).
   */
  public static ImmutableList<Assessment> perUnit() {
    return Compliance.assess(plan(), hierarchy(), results());
  }

  /** The average of the districts' own shares (seed 002: "UBND cấp huyện ... trung bình"). */
  public static RollupCell districtAverage() {
    RollupSpec spec = RollupSpec.builder().indicator(indicator()).period(YEAR).sourceTier(Tier.DISTRICT).build();
    return Rollups.overUnits(spec, hierarchy(), results()).require(DONG_NAI);
  }

  /** The average of the departments' shares (seed 002: "các sở, ban, ngành ... trung bình"). */
  public static RollupCell departmentAverage() {
    return Rollups.overBodies(
        RollupSpec.of(indicator(), YEAR), hierarchy(), BodyKind.DEPARTMENT, DONG_NAI, results());
  }

  /** Prints the per-tier verdicts, the averages with coverage, and the lagging units. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Assessment> perUnit = perUnit();
    out.println("Seed 002, full-process online services, Q3/2025 (illustrative figures)");
    for (Assessment a : perUnit) {
      out.printf("  %-6s %-10s %-8s %s%n", a.subjectCode(), a.scope(), a.status(),
          a.value().map(v -> v.toBigDecimal(2, RoundingMode.HALF_EVEN) + "%").orElse(a.reason().orElse("")));
    }
    RollupCell districts = districtAverage();
    Assessment districtVerdict = Rollups.assess(target(), Group.of(DONG_NAI, Scope.of(Tier.DISTRICT)), districts);
    out.printf("District average %s%% (%s districts): %s%n",
        districts.value().orElseThrow().toBigDecimal(2, RoundingMode.HALF_EVEN), districts.coverage(), districtVerdict.status());
    RollupCell departments = departmentAverage();
    out.printf("Department average %s%% (%s): %s%n",
        departments.value().orElseThrow().toBigDecimal(2, RoundingMode.HALF_EVEN), departments.coverage(),
        Rollups.assess(target(), Rollups.bodyGroup("75", BodyKind.DEPARTMENT), departments).status());
    List<Gap> gaps = perUnit.stream().map(Gaps::of).toList();
    for (Tier tier : List.of(Tier.COMMUNE)) {
      out.printf("Lagging %ss:%n", tier.key());
      for (Gap g : Gaps.lagging(gaps, Scope.of(tier))) {
        out.printf("  %s %s%n", g.subjectCode(),
            g.shortfall().map(k -> "needs " + k + " more procedures online")
                .orElse("short by " + g.gap().orElseThrow().toBigDecimal(2, RoundingMode.HALF_EVEN) + " points"));
      }
    }
  }
}
