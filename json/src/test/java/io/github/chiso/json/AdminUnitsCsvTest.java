package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminUnitsCsvTest {
  private static final String THREE_TIER = "\uFEFFMã,Tên,Tên Tiếng Anh,Cấp,Mã QH,Quận Huyện,Mã TP,Tỉnh / Thành Phố\n"
      + "25993,Phường Trảng Dài,,Phường,731,Thành phố Biên Hòa,75,Tỉnh Đồng Nai\n"
      + "25996,Phường Tân Phong,,Phường,731,Thành phố Biên Hòa,75,Tỉnh Đồng Nai\n"
      + "26368,Xã Bàu Trâm,,Xã,732,Thành phố Long Khánh,75,Tỉnh Đồng Nai\n"
      + "00001,Phường Phúc Xá,,Phường,001,Quận Ba Đình,01,Thành phố Hà Nội\n";

  @Test
  void readsTheThreeTierListOfOneProvinceWithBodies() {
    Hierarchy h = AdminUnitsCsv.readThreeTier(new StringReader(THREE_TIER), AdminUnitsCsv.province("75"),
        List.of(Body.of("STTTT", "Sở TT&TT", BodyKind.DEPARTMENT, "75")));
    assertThat(h.scheme()).isEqualTo(TierScheme.VIETNAM_2021_2025);
    assertThat(h.roots()).extracting(u -> u.code()).containsExactly("75");
    assertThat(h.children("75")).extracting(u -> u.code()).containsExactly("731", "732");
    assertThat(h.children("731")).extracting(u -> u.name()).containsExactly("Phường Trảng Dài", "Phường Tân Phong");
    assertThat(h.bodiesIn("75")).hasSize(1);
    assertThat(AdminUnitsCsv.readThreeTier(new StringReader(THREE_TIER), AdminUnitsCsv.allProvinces(), List.of())
        .unitsOf(Tier.PROVINCE)).hasSize(2);
  }

  @Test
  void readsTheTwoTierListPaddingCodes() {
    String csv = "province,ward,provinceShort,wardShort,wardType,provinceCode,provinceLat,provinceLon,wardCode,wardLat,wardLon,wardAreaKm2\n"
        + "Thành phố Hà Nội,Phường Hồng Hà,Hà Nội,Hồng Hà,Phường,1,21.0,105.6,97,21.0,105.8,15.09\n"
        + "Thành phố Hà Nội,Phường Ba Đình,Hà Nội,Ba Đình,Phường,1,21.0,105.6,4.0,21.0,105.8,2.97\n";
    Hierarchy h = AdminUnitsCsv.readTwoTier(new StringReader(csv), AdminUnitsCsv.allProvinces(), List.of());
    assertThat(h.scheme()).isEqualTo(TierScheme.VIETNAM_FROM_2025_07_01);
    assertThat(h.children("01")).extracting(u -> u.code()).containsExactly("00004", "00097");
  }

  @Test
  void problemsNameTheRow() {
    String badCode = THREE_TIER.replace("25996", "2599");
    assertThatThrownBy(() -> AdminUnitsCsv.readThreeTier(new StringReader(badCode), AdminUnitsCsv.province("75"), List.of()))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("row 3").hasMessageContaining("'2599'");
    assertThatThrownBy(() -> AdminUnitsCsv.readThreeTier(new StringReader("a,b\n1,2\n"), AdminUnitsCsv.allProvinces(), List.of()))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("missing column 'Mã'");
  }
}
