package io.github.chiso.vn.reexpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableTable;
import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.RollupRule;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.Rollup;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import io.github.chiso.vn.VietnamUnits;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.lineage.Link;
import io.github.chiso.vn.lineage.LinkKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-expression on the real lineage of 1 July 2025. */
class ReExpressionTest {
  private static final Lineage VN = VietnamUnits.lineage();
  private static final Period YEAR = Period.year(2024);
  private static final Indicator ACCOUNTS = Indicator.builder().code("ACC").nameVi("Số tài khoản").measure(Measure.COUNT)
      .area(Area.DIGITAL_SOCIETY).rollup(RollupRule.of(UnitRollup.SUM, PeriodRollup.LAST)).build();
  private static final Indicator ONLINE = Indicator.of("ONL", "Tỷ lệ hồ sơ trực tuyến", Measure.PERCENT,
      Area.DIGITAL_GOVERNMENT);

  /** A count for every old commune, varied by code. */
  private static List<Result> countsEverywhere() {
    List<Result> results = new ArrayList<>();
    for (AdminUnit commune : VN.before().unitsOf(Tier.COMMUNE)) {
      long code = Long.parseLong(commune.code());
      results.add(Result.of("ACC", commune.code(), YEAR, Reading.decimal(BigInteger.valueOf(code % 997 + 1).toString())));
    }
    return results;
  }

  @Test
  void countsAreConservedNationallyAndInEveryMergedProvince() {
    List<Result> counts = countsEverywhere();
    ReExpression onNew = ReExpression.of(VN, RollupSpec.of(ACCOUNTS, YEAR), Tier.COMMUNE, counts);
    Rollup old = Rollups.overUnits(RollupSpec.of(ACCOUNTS, YEAR), VN.before(), counts);
    Rational national = Rational.ZERO;
    for (AdminUnit province : VN.after().unitsOf(Tier.PROVINCE)) {
      Rational constituents = Rational.ZERO;
      for (AdminUnit before : VN.predecessors(province.code(), Tier.PROVINCE)) {
        constituents = constituents.add(old.require(before.code()).value().orElseThrow());
      }
      assertThat(onNew.require(province.code()).cell().value()).as(province.toString()).contains(constituents);
      national = national.add(constituents);
    }
    Rational total = Rational.ZERO;
    for (Result r : counts) {
      total = total.add(r.reading().value(Measure.COUNT).orElseThrow());
    }
    assertThat(national).isEqualTo(total);
    // The same provinces from the re-expressed commune results, rolled up over the new units by the core.
    // Five special zones came from island districts without communes: no commune result reaches them.
    Rollup again = Rollups.overUnits(RollupSpec.of(ACCOUNTS, YEAR), VN.after(), onNew.results());
    List<String> missing = new ArrayList<>();
    for (AdminUnit province : VN.after().unitsOf(Tier.PROVINCE)) {
      assertThat(again.require(province.code()).value()).isEqualTo(onNew.require(province.code()).cell().value());
      missing.addAll(again.require(province.code()).coverage().missing());
    }
    assertThat(missing).containsExactlyInAnyOrder("11948", "19742", "20333", "21548", "26732");
    assertThat(onNew.results()).hasSize(3_321 - 5);
  }

  @Test
  void aWholeMergeIsExactAndADividedCommuneIsApportionedAndFlagged() {
    List<Result> results = List.of(
        Result.of("ACC", "26011", YEAR, Reading.decimal("10")), Result.of("ACC", "26023", YEAR, Reading.decimal("20")),
        Result.of("ACC", "26449", YEAR, Reading.decimal("7")));
    ReExpression equal = ReExpression.of(VN, RollupSpec.of(ACCOUNTS, YEAR), Tier.COMMUNE, results);
    ReExpressedCell merged = equal.require("26041");
    assertThat(merged.estimated()).isFalse();
    assertThat(merged.cell().value()).contains(Rational.valueOf(30));
    assertThat(merged.cell().coverage().expected()).isEqualTo(6);
    assertThat(merged.cell().coverage().missing()).contains("26029>26041", "26041>26041");
    assertThat(merged.sourceCodes()).containsExactly("26011", "26023");

    assertThat(VN.successors("26449")).extracting(Link::toCode).containsExactly("26359", "26446");
    ReExpressedCell east = equal.require("26359");
    ReExpressedCell west = equal.require("26446");
    assertThat(east.estimated()).isTrue();
    assertThat(east.contributions()).singleElement().satisfies(c -> {
      assertThat(c.share()).isEqualTo(Rational.of(1, 2));
      assertThat(c.reading()).contains(Reading.decimal("4"));
      assertThat(c.source()).isSameAs(results.get(2));
    });
    assertThat(west.contributions().get(0).reading()).contains(Reading.decimal("3"));
    assertThat(equal.result("26359").orElseThrow().note().orElseThrow())
        .contains("26449 2024 × 1/2 (estimated, equal shares)");
    assertThat(equal.require("75").cell().value()).contains(Rational.valueOf(37));
    assertThat(equal.require("75").estimated()).isTrue();

    Allocation byArea = Allocation.weights(ImmutableTable.<String, String, Rational>builder()
        .put("26449", "26359", Rational.valueOf(1)).put("26449", "26446", Rational.valueOf(6)).build(), "area");
    ReExpression weighted = ReExpression.of(VN, RollupSpec.of(ACCOUNTS, YEAR), Tier.COMMUNE, byArea, results);
    assertThat(weighted.require("26359").cell().value()).contains(Rational.ONE);
    assertThat(weighted.require("26446").contributions().get(0).share()).isEqualTo(Rational.of(6, 7));
    assertThat(results.get(2).reading()).isEqualTo(Reading.decimal("7"));
  }

  @Test
  void ratiosOfSumsMovePartsExactly() {
    List<Result> results = List.of(
        Result.of("ONL", "26011", YEAR, Reading.fraction(392, 505)), Result.of("ONL", "26023", YEAR, Reading.fraction(100, 200)),
        Result.of("ONL", "26449", YEAR, Reading.fraction(7, 9)));
    ReExpression onNew = ReExpression.of(VN, RollupSpec.of(ONLINE, YEAR), Tier.COMMUNE, results);
    assertThat(onNew.require("26041").cell().numerator()).contains(BigInteger.valueOf(492));
    assertThat(onNew.require("26041").cell().denominator()).contains(BigInteger.valueOf(705));
    assertThat(onNew.result("26041").orElseThrow().reading()).isEqualTo(Reading.fraction(492, 705));
    // 7/9 split in two: denominators 5 and 4, numerators in proportion to them, 4 and 3.
    assertThat(onNew.require("26359").contributions().get(0).reading()).contains(Reading.fraction(4, 5));
    assertThat(onNew.require("26446").contributions().get(0).reading()).contains(Reading.fraction(3, 4));
    assertThat(onNew.require("75").cell().numerator()).contains(BigInteger.valueOf(499));
    assertThat(onNew.require("75").cell().denominator()).contains(BigInteger.valueOf(714));
  }

  @Test
  void textTravelsWithItsProvenanceAndCountsAsMissing() {
    Link kept = VN.links().stream().filter(l -> l.kind() == LinkKind.KEPT).findFirst().orElseThrow();
    Result text = Result.of("ONL", kept.fromCode(), YEAR, Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai"));
    Result merged = Result.of("ONL", "26011", YEAR, Reading.text(TextStatus.IN_PROGRESS, "Đang xây dựng"));
    ReExpression onNew = ReExpression.of(VN, RollupSpec.of(ONLINE, YEAR), Tier.COMMUNE, List.of(text, merged));
    assertThat(onNew.result(kept.toCode()).orElseThrow().reading()).isEqualTo(text.reading());
    ReExpressedCell cell = onNew.require("26041");
    assertThat(cell.cell().value()).isEmpty();
    assertThat(cell.cell().coverage().reporting()).isZero();
    assertThat(cell.contributions()).extracting(Contribution::source).containsExactly(merged);
  }

  @Test
  void whatCannotBePlacedIsListedNotDropped() {
    List<Result> results = List.of(Result.of("ACC", "731", YEAR, Reading.decimal("5")),
        Result.of("ACC", "99999", YEAR, Reading.decimal("5")), Result.of("ACC", "26011", Period.year(2023), Reading.decimal("5")));
    ReExpression onNew = ReExpression.of(VN, RollupSpec.of(ACCOUNTS, YEAR), Tier.COMMUNE, results);
    assertThat(onNew.unplaced()).extracting(Unplaced::reason).containsExactly(
        "731 Thành phố Biên Hòa (district) is not at the source tier commune",
        "'99999' is not a unit of Hierarchy{vn-3tier, 10794 units, 0 bodies}");
  }

  @Test
  void backwardsOverTheInverseLineage() {
    List<Result> results = List.of(Result.of("ACC", "26041", YEAR, Reading.decimal("60")),
        Result.of("ACC", "26359", YEAR, Reading.decimal("5")), Result.of("ACC", "26446", YEAR, Reading.decimal("6")));
    ReExpression onOld = ReExpression.of(VN.inverse(), RollupSpec.of(ACCOUNTS, YEAR), Tier.COMMUNE, results);
    assertThat(onOld.require("26011").cell().value()).contains(Rational.valueOf(10));
    assertThat(onOld.require("26011").estimated()).isTrue();
    ReExpression onOldDistricts = ReExpression.of(VN.inverse(), RollupSpec.of(ACCOUNTS, YEAR), Tier.DISTRICT, results);
    assertThat(onOldDistricts.require("731").cell().value()).contains(Rational.valueOf(60));
    assertThat(onOldDistricts.require("731").estimated()).isFalse();
    assertThat(onOldDistricts.require("75").cell().value()).contains(Rational.valueOf(71));
  }

  @Test
  void rulesThatCountUnitsAreRefusedAndWeightsAreRequired() {
    RollupSpec share = RollupSpec.builder().indicator(ONLINE).period(YEAR).rule(UnitRollup.SHARE_OF_UNITS_MEETING)
        .unitThreshold(Threshold.atLeast("60")).build();
    assertThatThrownBy(() -> ReExpression.of(VN, share, Tier.COMMUNE, List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("counts units");
    RollupSpec weighted = RollupSpec.builder().indicator(ONLINE).period(YEAR).rule(UnitRollup.WEIGHTED_MEAN).build();
    assertThatThrownBy(() -> ReExpression.of(VN, weighted, Tier.COMMUNE, List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no weight for source unit '00001'");
    Allocation partial = Allocation.weights(ImmutableTable.of("26449", "26359", Rational.ONE), "area");
    assertThatThrownBy(() -> ReExpression.of(VN, RollupSpec.of(ACCOUNTS, YEAR), Tier.COMMUNE, partial, List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("of 26449: no weight for target 26446");
  }
}
