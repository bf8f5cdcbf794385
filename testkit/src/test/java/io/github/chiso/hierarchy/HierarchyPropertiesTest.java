package io.github.chiso.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of hierarchies built from random trees under both Vietnamese schemes. */
class HierarchyPropertiesTest {
  private static final Gen<TierScheme> SCHEMES =
      Gen.elements(TierScheme.VIETNAM_2021_2025, TierScheme.VIETNAM_FROM_2025_07_01);

  record TreeCase(TierScheme scheme, List<AdminUnit> units, long shuffleSeed) {}

  private static final Gen<TreeCase> TREES =
      SCHEMES.flatMap(
          scheme ->
              Gen.combine(
                  ChisoGen.unitLists(scheme, 3, 6),
                  Gen.longs(0, Long.MAX_VALUE - 1),
                  (units, seed) -> new TreeCase(scheme, units, seed)));

  @Test
  void structuralQueriesAgree() {
    Property.forAll("hierarchy invariants", TREES)
        .tries(300)
        .verify(
            c -> {
              Hierarchy h = Hierarchy.of(c.scheme(), c.units());
              assertThat(h.size()).isEqualTo(c.units().size());
              int descendantsOfRoots = 0;
              for (AdminUnit root : h.roots()) {
                List<AdminUnit> below = h.descendants(root.code());
                assertThat(new HashSet<>(below)).hasSameSizeAs(below);
                descendantsOfRoots += below.size() + 1;
              }
              assertThat(descendantsOfRoots).isEqualTo(h.size());
              int byTier = 0;
              for (Tier tier : c.scheme().tiers()) {
                byTier += h.unitsOf(tier).size();
                assertThat(h.unitsOf(tier)).allMatch(u -> u.tier().equals(tier));
              }
              assertThat(byTier).isEqualTo(h.size());
              for (AdminUnit unit : h.units()) {
                List<AdminUnit> ancestors = h.ancestors(unit.code());
                assertThat(ancestors).hasSize(c.scheme().levelOf(unit.tier()));
                if (!ancestors.isEmpty()) {
                  assertThat(h.children(ancestors.get(0).code())).contains(unit);
                  assertThat(h.roots()).contains(ancestors.get(ancestors.size() - 1));
                }
                for (AdminUnit ancestor : ancestors) {
                  assertThat(h.descendants(ancestor.code())).contains(unit);
                  assertThat(h.isWithin(unit.code(), ancestor.code())).isTrue();
                }
                List<AdminUnit> children = h.children(unit.code());
                assertThat(children).isSortedAccordingTo(
                    java.util.Comparator.comparing(AdminUnit::code));
                assertThat(children).allMatch(child -> child.parentCode().orElseThrow().equals(unit.code()));
              }
            });
  }

  @Test
  void inputOrderDoesNotChangeAnswers() {
    Property.forAll("order independence", TREES)
        .tries(200)
        .verify(
            c -> {
              List<AdminUnit> shuffled = new ArrayList<>(c.units());
              Collections.shuffle(shuffled, new Random(c.shuffleSeed()));
              Hierarchy a = Hierarchy.of(c.scheme(), c.units());
              Hierarchy b = Hierarchy.of(c.scheme(), shuffled);
              assertThat(b.units()).isEqualTo(a.units());
              for (AdminUnit root : a.roots()) {
                assertThat(b.descendants(root.code())).isEqualTo(a.descendants(root.code()));
              }
            });
  }

  @Test
  void reparentingAUnitToTheWrongTierIsRejected() {
    Gen<TreeCase> deep =
        Gen.combine(
            ChisoGen.unitLists(TierScheme.VIETNAM_2021_2025, 2, 4)
                .filter(units -> units.stream().anyMatch(u -> u.tier().equals(Tier.COMMUNE))),
            Gen.longs(0, 1_000_000),
            (units, seed) -> new TreeCase(TierScheme.VIETNAM_2021_2025, units, seed));
    Property.forAll("wrong tier parent rejected", deep)
        .tries(200)
        .verify(
            c -> {
              List<AdminUnit> units = new ArrayList<>(c.units());
              List<AdminUnit> communes =
                  units.stream().filter(u -> u.tier().equals(Tier.COMMUNE)).toList();
              AdminUnit victim = communes.get((int) (c.shuffleSeed() % communes.size()));
              AdminUnit province = units.get(0);
              units.set(units.indexOf(victim), AdminUnit.builder().from(victim).parentCode(province.code()).build());
              assertThatThrownBy(() -> Hierarchy.of(c.scheme(), units))
                  .isInstanceOf(InvalidValueException.class)
                  .hasMessageContaining("unit " + victim.code())
                  .hasMessageContaining("must be at tier 'district'");
            });
  }
}
