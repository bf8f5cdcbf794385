package io.github.chiso.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.ChisoException;
import io.github.chiso.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyTest {
  private static final TierScheme THREE = TierScheme.VIETNAM_2021_2025;
  private static final AdminUnit DONG_NAI = AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE);
  private static final AdminUnit BIEN_HOA =
      AdminUnit.of("731", "Thành phố Biên Hòa", Tier.DISTRICT, "75");
  private static final AdminUnit LONG_KHANH =
      AdminUnit.of("732", "Thành phố Long Khánh", Tier.DISTRICT, "75");
  private static final AdminUnit TRANG_DAI =
      AdminUnit.of("25993", "Phường Trảng Dài", Tier.COMMUNE, "731");
  private static final AdminUnit TAN_PHONG =
      AdminUnit.of("25996", "Phường Tân Phong", Tier.COMMUNE, "731");
  private static final Body STTTT =
      Body.of("STTTT", "Sở Thông tin và Truyền thông", BodyKind.DEPARTMENT, "75");

  private static Hierarchy dongNai() {
    return Hierarchy.of(
        THREE, List.of(TAN_PHONG, TRANG_DAI, LONG_KHANH, BIEN_HOA, DONG_NAI), List.of(STTTT));
  }

  @Test
  void answersStructuralQueriesInCodeOrder() {
    Hierarchy h = dongNai();
    assertThat(h.size()).isEqualTo(5);
    assertThat(h.roots()).containsExactly(DONG_NAI);
    assertThat(h.units()).containsExactly(DONG_NAI, BIEN_HOA, LONG_KHANH, TRANG_DAI, TAN_PHONG);
    assertThat(h.children("75")).containsExactly(BIEN_HOA, LONG_KHANH);
    assertThat(h.children("25993")).isEmpty();
    assertThat(h.parent("25993")).contains(BIEN_HOA);
    assertThat(h.parent("75")).isEmpty();
    assertThat(h.ancestors("25996")).containsExactly(BIEN_HOA, DONG_NAI);
    assertThat(h.descendants("75")).containsExactly(BIEN_HOA, TRANG_DAI, TAN_PHONG, LONG_KHANH);
    assertThat(h.unitsOf(Tier.COMMUNE)).containsExactly(TRANG_DAI, TAN_PHONG);
    assertThat(h.bodiesOf(BodyKind.DEPARTMENT)).containsExactly(STTTT);
    assertThat(h.bodiesIn("75")).containsExactly(STTTT);
    assertThat(h.subject("STTTT")).contains(STTTT);
    assertThat(h.subject("731")).contains(BIEN_HOA);
    assertThat(h.subject("99")).isEmpty();
    assertThat(h.isWithin("25993", "75")).isTrue();
    assertThat(h.isWithin("25993", "732")).isFalse();
    assertThat(h.subjectsOf(Scope.of(Tier.DISTRICT))).containsExactly(BIEN_HOA, LONG_KHANH);
    assertThat(h.subjectsOf(Scope.of(BodyKind.DEPARTMENT))).containsExactly(STTTT);
  }

  @Test
  void holdsAWholeCountry() {
    // 63 provinces, 11 districts each, 15 communes per district: 10,395 communes, as in 2022.
    java.util.List<AdminUnit> units = new java.util.ArrayList<>();
    int district = 0;
    int commune = 0;
    for (int p = 1; p <= 63; p++) {
      String province = String.format("%02d", p);
      units.add(AdminUnit.of(province, "Tỉnh " + p, Tier.PROVINCE));
      for (int d = 0; d < 11; d++) {
        String districtCode = String.format("%03d", ++district);
        units.add(AdminUnit.of(districtCode, "Huyện " + district, Tier.DISTRICT, province));
        for (int c = 0; c < 15; c++) {
          units.add(AdminUnit.of(String.format("%05d", ++commune), "Xã " + commune, Tier.COMMUNE, districtCode));
        }
      }
    }
    Hierarchy country = Hierarchy.of(THREE, units);
    assertThat(country.size()).isEqualTo(63 + 693 + 10_395);
    assertThat(country.unitsOf(Tier.COMMUNE)).hasSize(10_395);
    assertThat(country.descendants("63")).hasSize(11 + 165);
    assertThat(country.ancestors("10395")).extracting(AdminUnit::code).containsExactly("693", "63");
  }

  @Test
  void sameUnitsInAnyOrderGiveTheSameAnswers() {
    Hierarchy a = dongNai();
    Hierarchy b =
        Hierarchy.of(THREE, List.of(DONG_NAI, BIEN_HOA, LONG_KHANH, TRANG_DAI, TAN_PHONG), List.of(STTTT));
    assertThat(b.units()).isEqualTo(a.units());
    assertThat(b.descendants("75")).isEqualTo(a.descendants("75"));
  }

  @Test
  void rejectsDuplicateCodes() {
    assertThatThrownBy(() -> Hierarchy.of(THREE, List.of(DONG_NAI, DONG_NAI)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("duplicate unit code '75'");
    Body clash = Body.of("731", "Sở X", BodyKind.DEPARTMENT, "75");
    assertThatThrownBy(() -> Hierarchy.of(THREE, List.of(DONG_NAI, BIEN_HOA), List.of(clash)))
        .hasMessageContaining("body code '731' is already the code of unit");
    assertThatThrownBy(() -> Hierarchy.of(THREE, List.of(DONG_NAI), List.of(STTTT, STTTT)))
        .hasMessageContaining("duplicate body code 'STTTT'");
  }

  @Test
  void rejectsDanglingParent() {
    assertThatThrownBy(() -> Hierarchy.of(THREE, List.of(DONG_NAI, TRANG_DAI)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unit 25993: parent '731' is not a unit of the hierarchy");
  }

  @Test
  void rejectsCycles() {
    Tier zone = Tier.of("zone", "vùng", "zone");
    TierScheme flat = TierScheme.of("flat", "one tier", List.of(Tier.PROVINCE, zone));
    AdminUnit a = AdminUnit.of("A", "A", zone, "B");
    AdminUnit b = AdminUnit.of("B", "B", zone, "A");
    assertThatThrownBy(() -> Hierarchy.of(flat, List.of(a, b)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cycle of parents");
  }

  @Test
  void rejectsParentAtTheWrongTier() {
    AdminUnit communeUnderProvince = AdminUnit.of("25993", "Phường Trảng Dài", Tier.COMMUNE, "75");
    assertThatThrownBy(() -> Hierarchy.of(THREE, List.of(DONG_NAI, communeUnderProvince)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unit 25993 at tier 'commune': parent 75 is at tier 'province', but must be at tier 'district'");
  }

  @Test
  void twoTierSchemeAcceptsCommunesDirectlyUnderProvinces() {
    AdminUnit commune = AdminUnit.of("25993", "Phường Trảng Dài", Tier.COMMUNE, "75");
    Hierarchy h = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(DONG_NAI, commune));
    assertThat(h.children("75")).containsExactly(commune);
    assertThat(h.unitsOf(Tier.DISTRICT)).isEmpty();
  }

  @Test
  void rejectsTierOutsideSchemeAndOrphanBelowTop() {
    assertThatThrownBy(() -> Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(DONG_NAI, BIEN_HOA)))
        .hasMessageContaining("unit 731: tier 'district' is not in tier scheme vn-2tier");
    AdminUnit orphan = AdminUnit.of("731", "Biên Hòa", Tier.DISTRICT);
    assertThatThrownBy(() -> Hierarchy.of(THREE, List.of(orphan)))
        .hasMessageContaining("unit 731: has no parent, but tier 'district' is below the top tier 'province'");
  }

  @Test
  void rejectsBodyOutsideTheHierarchy() {
    Body lost = Body.of("SYT", "Sở Y tế", BodyKind.DEPARTMENT, "99");
    assertThatThrownBy(() -> Hierarchy.of(THREE, List.of(DONG_NAI), List.of(lost)))
        .hasMessageContaining("body SYT: jurisdiction '99' is not a unit of the hierarchy");
  }

  @Test
  void unknownCodeInAStructuralQueryIsNamed() {
    assertThatThrownBy(() -> dongNai().children("99"))
        .isInstanceOf(ChisoException.class)
        .hasMessageContaining("no unit with code '99'");
  }

  @Test
  void unitCodesMustFitTheirTier() {
    assertThatThrownBy(() -> AdminUnit.of("7", "Đồng Nai", Tier.PROVINCE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unit code '7' does not fit tier province");
    assertThatThrownBy(() -> AdminUnit.of("2599A", "X", Tier.COMMUNE, "731"))
        .hasMessageContaining("'2599A'");
    assertThatThrownBy(() -> AdminUnit.of(" 75", "X", Tier.PROVINCE))
        .hasMessageContaining("unit code must be non-blank without surrounding spaces, but was ' 75'");
  }

  @Test
  void missingRequiredFieldIsNamedInALibraryException() {
    assertThatThrownBy(() -> AdminUnit.builder().code("75").tier(Tier.PROVINCE).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> AdminUnit.builder().code(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("code");
  }

  @Test
  void schemesKnowTheirTiersAndDates() {
    assertThat(THREE.tiers()).containsExactly(Tier.PROVINCE, Tier.DISTRICT, Tier.COMMUNE);
    assertThat(THREE.parentOf(Tier.COMMUNE)).contains(Tier.DISTRICT);
    assertThat(TierScheme.VIETNAM_FROM_2025_07_01.parentOf(Tier.COMMUNE)).contains(Tier.PROVINCE);
    assertThat(THREE.parentOf(Tier.PROVINCE)).isEmpty();
    assertThat(THREE.isInForceOn(java.time.LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(THREE.isInForceOn(java.time.LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(TierScheme.VIETNAM_FROM_2025_07_01.isInForceOn(java.time.LocalDate.of(2025, 7, 1)))
        .isTrue();
    assertThatThrownBy(() -> TierScheme.of("x", "dup", List.of(Tier.PROVINCE, Tier.PROVINCE)))
        .hasMessageContaining("duplicate tier 'province'");
    assertThatThrownBy(() -> TierScheme.VIETNAM_FROM_2025_07_01.levelOf(Tier.DISTRICT))
        .hasMessageContaining("tier 'district' is not in tier scheme vn-2tier");
  }
}
