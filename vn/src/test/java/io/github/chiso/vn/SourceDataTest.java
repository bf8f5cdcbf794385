package io.github.chiso.vn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.hierarchy.Tier;
import io.github.chiso.vn.SourceFinding.Kind;
import org.junit.jupiter.api.Test;

/**
 * The whole built-in data, checked: every old code maps to a new one, every new code is reached,
 * the divided communes are exactly the flagged ones, the province mapping agrees with the communes'.
 * The counts are printed; each inconsistency the source data has is a finding, asserted here by
 * number so that a change in the data shows.
 */
class SourceDataTest {
  private static final SourceDataReport REPORT = VietnamUnits.check();

  @Test
  void printsTheCounts() {
    System.out.println(REPORT);
    REPORT.findings().forEach(System.out::println);
  }

  @Test
  void everyOldUnitHasASuccessorAndEveryNewCommuneAPredecessor() {
    assertThat(REPORT.findings(Kind.UNLINKED_OLD)).isEmpty();
    assertThat(REPORT.findings(Kind.UNLINKED_NEW)).isEmpty();
    assertThat(REPORT.count("old communes")).isEqualTo(10_035);
    assertThat(REPORT.count("new communes")).isEqualTo(3_321);
    assertThat(REPORT.count("links")).isEqualTo(10_602);
    assertThat(REPORT.count("old units linked")).isEqualTo(10_035 + 5);
    assertThat(REPORT.count("new communes linked")).isEqualTo(3_321);
  }

  @Test
  void theDividedCommunesAreExactlyTheFlaggedOnes() {
    assertThat(REPORT.findings(Kind.DIVIDED_FLAG)).isEmpty();
    assertThat(REPORT.count("old communes divided")).isEqualTo(REPORT.count("old communes flagged divided"));
    assertThat(REPORT.count("links from divided communes")).isEqualTo(1_033);
  }

  @Test
  void provinceMappingsAgreeWithCommuneMappings() {
    assertThat(REPORT.findings(Kind.PARENT_CODE)).isEmpty();
    assertThat(REPORT.findings(Kind.PROVINCE_MAPPING)).isEmpty();
    assertThat(REPORT.findings(Kind.MERGED_PROVINCE_FLAG)).isEmpty();
    assertThat(REPORT.count("old provinces")).isEqualTo(63);
    assertThat(REPORT.count("new provinces")).isEqualTo(34);
    assertThat(REPORT.count("new provinces formed from several")).isEqualTo(23);
  }

  @Test
  void theSourceDataInconsistenciesAreReportedNotAssumedAway() {
    // Five island districts have no commune in the statistics office's list but link to a special zone.
    assertThat(REPORT.findings(Kind.OLD_UNIT_NOT_IN_LIST)).extracting(SourceFinding::code)
        .containsExactly("318", "471", "498", "536", "755");
    // isMergedWard is true for 13 rows whose new commune has a single predecessor.
    assertThat(REPORT.findings(Kind.MERGED_FLAG)).hasSize(13);
    // Names whose type word disagrees with the listed type ("Thị trấn Ngọc Lặc" listed as a xã...).
    assertThat(REPORT.findings(Kind.TYPE)).extracting(SourceFinding::code)
        .containsExactly("10543", "11848", "15061", "27046", "27076", "31213", "31299");
    // Names that differ between the lineage and the lists beyond tone placement, i/y, hyphens and case.
    assertThat(REPORT.findings(Kind.NAME)).hasSize(135);
    assertThat(REPORT.count("old names spelled differently in the lineage (tone placement, i/y, spaces, hyphens, case)")).isEqualTo(143);
    assertThat(REPORT.count("old districts")).isEqualTo(696);
  }

  @Test
  void theListsLoadAsHierarchiesByDate() {
    assertThat(VietnamUnits.hierarchyOn(java.time.LocalDate.of(2025, 6, 30)).scheme().key()).isEqualTo("vn-3tier");
    assertThat(VietnamUnits.hierarchyOn(VietnamUnits.REFORM).scheme().key()).isEqualTo("vn-2tier");
    UnitList before = VietnamUnits.before();
    assertThat(before.hierarchy().unit("26107").orElseThrow().name()).isEqualTo("Xã Bàu Trâm");
    assertThat(before.type("26107")).isEqualTo(UnitType.COMMUNE);
    assertThat(before.type("26368")).isEqualTo(UnitType.TOWNSHIP);
    assertThat(before.type("731")).isEqualTo(UnitType.PROVINCIAL_CITY);
    assertThat(before.type("75")).isEqualTo(UnitType.PROVINCE);
    assertThat(before.type("79")).isEqualTo(UnitType.CENTRAL_CITY);
    assertThat(before.hierarchy().unit("00006").orElseThrow().nameEn()).contains("Vinh Phuc Commune");
    assertThat(before.hierarchy().children("75")).hasSize(11);
    assertThat(before.hierarchy().descendants("75").stream().filter(u -> u.tier().equals(Tier.COMMUNE))).hasSize(159);
    UnitList after = VietnamUnits.after();
    assertThat(after.hierarchy().unit("00097").orElseThrow().name()).isEqualTo("Phường Hồng Hà");
    assertThat(after.type("26732")).isEqualTo(UnitType.SPECIAL_ZONE);
  }
}
