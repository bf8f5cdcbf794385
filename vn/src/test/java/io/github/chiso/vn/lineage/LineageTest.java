package io.github.chiso.vn.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.vn.VietnamUnits;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageTest {
  private static final Lineage VN = VietnamUnits.lineage();

  @Test
  void dongNaiAndBinhPhuocBecameOneProvinceAtEveryTier() {
    assertThat(VN.successors("75", Tier.PROVINCE)).extracting(AdminUnit::code).containsExactly("75");
    assertThat(VN.successors("70", Tier.PROVINCE)).extracting(AdminUnit::code).containsExactly("75");
    assertThat(VN.predecessors("75", Tier.PROVINCE)).extracting(AdminUnit::code).containsExactly("70", "75");
    assertThat(VN.successors("75", Tier.COMMUNE)).hasSize(55);
    assertThat(VN.predecessors("75", Tier.COMMUNE)).hasSize(159 + (int) VN.before().descendants("70").stream()
        .filter(u -> u.tier().equals(Tier.COMMUNE)).count());
    assertThat(VN.successors("731", Tier.PROVINCE)).extracting(AdminUnit::code).containsExactly("75");
    assertThat(VN.predecessors("26041", Tier.DISTRICT)).extracting(AdminUnit::code).containsExactly("731");
    assertThat(VN.predecessors("26041")).extracting(Link::fromCode)
        .containsExactly("26011", "26023", "26029", "26041", "26050", "26065");
    assertThat(VN.predecessors("26041")).extracting(Link::kind).containsOnly(LinkKind.MERGED);
  }

  @Test
  void aDividedCommuneHasSeveralSuccessorsAndTheInverseMergesThem() {
    assertThat(VN.successors("26449")).extracting(Link::toCode).containsExactly("26359", "26446");
    assertThat(VN.successors("26449")).extracting(Link::kind).containsOnly(LinkKind.DIVIDED);
    Lineage back = VN.inverse();
    assertThat(back.before()).isSameAs(VN.after());
    assertThat(back.links()).hasSize(VN.links().size());
    assertThat(back.predecessors("26449")).extracting(Link::fromCode).containsExactly("26359", "26446");
    assertThat(back.successors("26041")).extracting(Link::kind).containsOnly(LinkKind.DIVIDED);
    assertThat(back.inverse().links()).isEqualTo(VN.links());
  }

  @Test
  void islandDistrictsWithoutCommunesAreLeaves() {
    assertThat(VN.successors("755")).extracting(Link::toCode).containsExactly("26732");
    assertThat(VN.predecessors("26732", Tier.DISTRICT)).extracting(AdminUnit::code).containsExactly("755");
    assertThat(VN.predecessors("26732", Tier.COMMUNE)).isEmpty();
  }

  private static final Hierarchy OLD = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(
      AdminUnit.of("01", "Tỉnh A", Tier.PROVINCE), AdminUnit.of("00001", "Xã A1", Tier.COMMUNE, "01"),
      AdminUnit.of("00002", "Xã A2", Tier.COMMUNE, "01")));
  private static final Hierarchy NEW = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(
      AdminUnit.of("01", "Tỉnh A", Tier.PROVINCE), AdminUnit.of("00009", "Xã B", Tier.COMMUNE, "01")));

  @Test
  void badLinksAreRejectedNamingTheLink() {
    Lineage.Builder builder = Lineage.builder(OLD, NEW, LocalDate.of(2025, 7, 1));
    assertThatThrownBy(() -> builder.link("01", "00009")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("link 01 -> 00009: '01' is not a unit without children");
    assertThatThrownBy(() -> builder.link("00001", "00008")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'00008' is not a unit without children");
    builder.link("00001", "00009");
    assertThatThrownBy(() -> builder.link("00001", "00009")).hasMessageContaining("given twice");
    Lineage partial = builder.build();
    assertThat(partial.unlinkedBefore()).extracting(AdminUnit::code).containsExactly("00002");
    assertThat(partial.unlinkedAfter()).isEmpty();
    assertThat(partial.links()).extracting(Link::kind).containsExactly(LinkKind.KEPT);
    assertThatThrownBy(() -> partial.successors("77")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("no unit with code '77'");
  }
}
