package io.github.chiso.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.ChisoException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UnitNamesTest {
  private static final UnitNames BEFORE = VietnamUnits.before().names();
  private static final UnitNames AFTER = VietnamUnits.after().names();

  @Test
  void tonePlacementDoesNotMatterButTonesDo() {
    assertThat(UnitNames.key("Hòa Bình")).isEqualTo(UnitNames.key("Hoà Bình"));
    assertThat(UnitNames.key("Thủy")).isEqualTo(UnitNames.key("Thuỷ"));
    assertThat(UnitNames.key("Thanh Hóa")).isEqualTo(UnitNames.key("Thanh Hoá"));
    assertThat(UnitNames.key("Hòa")).isNotEqualTo(UnitNames.key("Hóa"));
    assertThat(UnitNames.key("Quý")).isEqualTo(UnitNames.key("Quí"));
    assertThat(UnitNames.key("Sỹ")).isEqualTo(UnitNames.key("Sĩ"));
    assertThat(UnitNames.key("Tuy")).isNotEqualTo(UnitNames.key("Tui"));
    String decomposed = Normalizer.normalize("Khánh Hòa", Normalizer.Form.NFD);
    assertThat(UnitNames.key(decomposed)).isEqualTo(UnitNames.key("Khánh Hoà"));
    assertThat(BEFORE.code("Tỉnh Hoà Bình", Tier.PROVINCE)).isEqualTo("17");
    assertThat(BEFORE.code("Xã Đàm Thủy", Tier.COMMUNE)).isEqualTo("01495");
    assertThat(BEFORE.code("Xã Thanh Thuỷ", Tier.COMMUNE, "02")).isEqualTo("00928");
  }

  @Test
  void typeWordsAndAbbreviationsAreOptional() {
    assertThat(BEFORE.code("Đồng Nai", Tier.PROVINCE)).isEqualTo("75");
    assertThat(BEFORE.code("tỉnh đồng nai", Tier.PROVINCE)).isEqualTo("75");
    assertThat(BEFORE.code("TP. Hồ Chí Minh", Tier.PROVINCE)).isEqualTo("79");
    assertThat(BEFORE.code("Thành phố Hồ Chí Minh", Tier.PROVINCE)).isEqualTo("79");
    assertThat(AFTER.code("TP.HCM", Tier.PROVINCE)).isEqualTo("79");
    assertThat(BEFORE.code("Biên Hòa", Tier.DISTRICT)).isEqualTo("731");
    assertThat(BEFORE.code("Phường Văn Miếu Quốc Tử Giám", Tier.COMMUNE)).isEqualTo(
        BEFORE.code("Phường Văn Miếu - Quốc Tử Giám", Tier.COMMUNE));
  }

  @Test
  void theTypeWordTellsApartUnitsWithTheSameName() {
    // Đồng Nai's district Tân Phú has the township Tân Phú; the bare name is shared with communes elsewhere.
    assertThat(BEFORE.code("Thị trấn Tân Phú", Tier.COMMUNE, "75")).isEqualTo("26116");
    assertThat(BEFORE.matches("Tân Phú", Tier.COMMUNE)).hasSizeGreaterThan(10);
  }

  @Test
  void formerNamesFindTheUnitOnBothSides() {
    assertThat(BEFORE.code("Thừa Thiên Huế", Tier.PROVINCE)).isEqualTo("46");
    assertThat(AFTER.code("Thừa Thiên Huế", Tier.PROVINCE)).isEqualTo("46");
    assertThat(AFTER.code("Huế", Tier.PROVINCE)).isEqualTo("46");
  }

  @Test
  void anUnknownNameListsTheNearest() {
    assertThatThrownBy(() -> BEFORE.code("Xã Bàu Tram", Tier.COMMUNE, "75"))
        .isInstanceOf(UnitNameException.class).isInstanceOf(ChisoException.class)
        .hasMessageContaining("no commune named 'Xã Bàu Tram' in 75 Tỉnh Đồng Nai")
        .hasMessageContaining("nearest: 26107 Xã Bàu Trâm (Thành phố Long Khánh)")
        .satisfies(e -> {
          UnitNameException u = (UnitNameException) e;
          assertThat(u.ambiguous()).isFalse();
          assertThat(u.candidates()).hasSize(5).first().extracting(AdminUnit::code).isEqualTo("26107");
        });
    assertThatThrownBy(() -> AFTER.code("Bình Phước", Tier.PROVINCE))
        .isInstanceOf(UnitNameException.class).hasMessageContaining("no province named 'Bình Phước'");
  }

  @Test
  void anAmbiguousNameListsTheMatches() {
    assertThatThrownBy(() -> BEFORE.code("Xã Tân Phú", Tier.COMMUNE))
        .isInstanceOf(UnitNameException.class)
        .hasMessageContaining("are named 'Xã Tân Phú'").hasMessageContaining("09124 Xã Tân Phú (Huyện Vĩnh Tường)")
        .satisfies(e -> assertThat(((UnitNameException) e).ambiguous()).isTrue());
    assertThatThrownBy(() -> BEFORE.code("Tân Phú", Tier.COMMUNE, "99"))
        .isInstanceOf(ChisoException.class).hasMessageContaining("no unit with code '99'");
  }
}
