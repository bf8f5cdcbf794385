package io.github.chiso.bench;

import com.google.common.collect.ImmutableList;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
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
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic national data set at the 2022 counts: 63 provinces, 705 districts, 10,599 communes
 * (or, under the two-tier scheme in force from 1 July 2025, 34 provinces and 3,321 communes);
 * 100 indicators (70 shares with parts rolled up as ratios of sums, 30 whole-number counts summed);
 * tiered thresholds for communes, districts and provinces; a result per commune, indicator and month
 * for {@code 12 × scale} months, 5% missing and 2% text only. Same seed, same data.
 */
public final class NationalData {
  static final int INDICATORS = 100;
  static final int SHARES = 70;

  final Hierarchy hierarchy;
  final ImmutableList<Indicator> indicators;
  final Plan plan;
  final BulkResults bulk;
  final int[] provinceOf;
  final int provinces;

  private NationalData(Hierarchy hierarchy, ImmutableList<Indicator> indicators, Plan plan, BulkResults bulk) {
    this.hierarchy = hierarchy;
    this.indicators = indicators;
    this.plan = plan;
    this.bulk = bulk;
    List<AdminUnit> units = hierarchy.units();
    java.util.Map<String, Integer> provinceIndex = new java.util.HashMap<>();
    for (AdminUnit root : hierarchy.roots()) {
      provinceIndex.put(root.code(), provinceIndex.size());
    }
    this.provinces = provinceIndex.size();
    this.provinceOf = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      AdminUnit unit = units.get(u);
      List<AdminUnit> ancestors = hierarchy.ancestors(unit.code());
      String province = ancestors.isEmpty() ? unit.code() : ancestors.get(ancestors.size() - 1).code();
      provinceOf[u] = provinceIndex.get(province);
    }
  }

  /** The two tier schemes, with the country's units under each. */
  public enum Scheme {
    /** 2021 to June 2025: 63 provinces, 705 districts, 10,599 communes. */
    THREE_TIER,
    /** From 1 July 2025: 34 provinces, 3,321 communes. */
    TWO_TIER
  }

  /** The three-tier national data set with {@code 12 × scale} months. */
  static NationalData generate(int scale) {
    return generate(Scheme.THREE_TIER, scale);
  }

  /** The national data set under {@code scheme} with {@code 12 × scale} months. */
  static NationalData generate(Scheme scheme, int scale) {
    return scheme == Scheme.THREE_TIER ? generate(63, 12 * scale) : generate(twoTierCountry(34), 12 * scale);
  }

  /** The first {@code provinces} provinces of the three-tier data set, with {@code months} months. */
  static NationalData generate(int provinces, int months) {
    return generate(country(provinces), months);
  }

  /** The national data set over {@code hierarchy} with {@code months} months. */
  static NationalData generate(Hierarchy hierarchy, int months) {
    ImmutableList<Indicator> indicators = indicators();
    Plan plan = plan(indicators);
    List<AdminUnit> units = hierarchy.units();
    int firstCommune = 0;
    while (!units.get(firstCommune).tier().equals(Tier.COMMUNE)) {
      firstCommune++;
    }
    int communes = units.size() - firstCommune;
    BulkResults.Builder bulk = BulkResults.builder(hierarchy, indicators, (int) Math.min(Integer.MAX_VALUE - 8, (long) communes * INDICATORS * months));
    SplittableRandom random = new SplittableRandom(2022);
    for (int m = 0; m < months; m++) {
      Period month = Period.month(2025 + m / 12, 1 + m % 12);
      java.time.LocalDate end = month.end();
      for (int u = firstCommune; u < units.size(); u++) {
        for (int i = 0; i < INDICATORS; i++) {
          int draw = random.nextInt(100);
          if (draw < 5) {
            continue;
          }
          if (draw < 7) {
            bulk.addText(u, i, month, end);
          } else if (i < SHARES) {
            long d = 50 + random.nextInt(451);
            bulk.addParts(u, i, month, end, random.nextLong(d + 1), d);
          } else {
            bulk.addWhole(u, i, month, end, random.nextInt(31));
          }
        }
      }
    }
    return new NationalData(hierarchy, indicators, plan, bulk.build());
  }

  /** The rows as objects, for the object API and the naive implementation. */
  List<Result> objects() {
    List<Result> out = new ArrayList<>(bulk.size());
    for (int r = 0; r < bulk.size(); r++) {
      out.add(object(r));
    }
    return out;
  }

  /** The rows as objects made one at a time while iterating, so that writing them holds none. */
  Iterable<Result> eachObject() {
    return () -> java.util.stream.IntStream.range(0, bulk.size()).mapToObj(this::object).iterator();
  }

  private Result object(int r) {
    Reading reading = bulk.isText(r)
        ? Reading.text(io.github.chiso.model.TextStatus.NOT_AVAILABLE, "đang tổng hợp")
        : bulk.isFraction(r) ? Reading.fraction(bulk.numerator(r), bulk.denominator(r)) : Reading.decimal(java.math.BigDecimal.valueOf(bulk.numerator(r)));
    return Result.of(indicators.get(bulk.indicator(r)).code(), hierarchy.units().get(bulk.unit(r)).code(),
        bulk.periods().get(bulk.period(r)), reading);
  }

  /** The first {@code provinces} of the 34 provinces from 2025-07-01, with 3,321 communes in all. */
  static Hierarchy twoTierCountry(int provinces) {
    List<AdminUnit> units = new ArrayList<>();
    int communes = 0;
    for (int p = 1; p <= provinces; p++) {
      String province = String.format("%02d", p);
      units.add(AdminUnit.of(province, "Tỉnh " + p, Tier.PROVINCE));
      int communeCount = p <= 23 ? 98 : 97; // 23·98 + 11·97 = 3,321
      for (int c = 0; c < communeCount; c++) {
        ++communes;
        units.add(AdminUnit.of(String.format("%05d", communes), "Xã " + communes, Tier.COMMUNE, province));
      }
    }
    return Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, units);
  }

  static Hierarchy country(int provinces) {
    List<AdminUnit> units = new ArrayList<>();
    int districts = 0;
    int communes = 0;
    for (int p = 1; p <= provinces; p++) {
      String province = String.format("%02d", p);
      units.add(AdminUnit.of(province, "Tỉnh " + p, Tier.PROVINCE));
      int districtCount = p <= 12 ? 12 : 11; // 12·12 + 51·11 = 705
      for (int d = 0; d < districtCount; d++) {
        String district = String.format("%03d", ++districts);
        units.add(AdminUnit.of(district, "Huyện " + districts, Tier.DISTRICT, province));
        int communeCount = districts <= 24 ? 16 : 15; // 24·16 + 681·15 = 10,599
        for (int c = 0; c < communeCount; c++) {
          ++communes;
          units.add(AdminUnit.of(String.format("%05d", communes), "Xã " + communes, Tier.COMMUNE, district));
        }
      }
    }
    return Hierarchy.of(TierScheme.VIETNAM_2021_2025, units);
  }

  static ImmutableList<Indicator> indicators() {
    ImmutableList.Builder<Indicator> out = ImmutableList.builder();
    for (int i = 0; i < INDICATORS; i++) {
      out.add(i < SHARES
          ? Indicator.of("S" + i, "Tỷ lệ " + i, Measure.PERCENT, Area.DIGITAL_GOVERNMENT)
          : Indicator.builder().code("C" + i).nameVi("Số " + i).measure(Measure.COUNT).area(Area.DIGITAL_SOCIETY)
              .rollup(RollupRule.of(UnitRollup.SUM, PeriodRollup.LAST)).build());
    }
    return out.build();
  }

  static Plan plan(List<Indicator> indicators) {
    Plan.Builder plan = Plan.builder().number("QG-2025").kind(DocumentKind.PLAN).issuer("Bộ")
        .jurisdiction(Plan.COUNTRY).period(Period.range(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2040, 12, 31)));
    for (int i = 0; i < indicators.size(); i++) {
      Target.Builder target = Target.builder().code("T" + i).indicator(indicators.get(i))
          .period(Period.range(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2040, 12, 31)));
      if (i < SHARES) {
        target.threshold(Tier.COMMUNE, Threshold.atLeast(Integer.toString(40 + i % 30)))
            .threshold(Tier.DISTRICT, Threshold.atLeast((45 + i % 30) + ".5"))
            .threshold(Tier.PROVINCE, Threshold.above(Integer.toString(50 + i % 30)));
      } else {
        target.threshold(Tier.COMMUNE, Threshold.atLeast("15"))
            .threshold(Tier.DISTRICT, Threshold.atLeast("230"))
            .threshold(Tier.PROVINCE, Threshold.atLeast("2600"));
      }
      plan.addTargets(target.build());
    }
    return plan.build();
  }
}
