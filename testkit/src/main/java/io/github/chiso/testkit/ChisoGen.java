package io.github.chiso.testkit;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.property.Gen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of valid Chiso model values for property tests. Every generator is built on {@link
 * Gen}'s draws, so failing cases shrink: hierarchies lose units, numbers move toward zero.
 */
public final class ChisoGen {
  private ChisoGen() {}

  /** Any comparator, ≥ first. */
  public static Gen<Comparator> comparators() {
    return Gen.elements(Comparator.values());
  }

  /** Comparators with a single bound (all but {@link Comparator#BETWEEN}). */
  public static Gen<Comparator> singleBoundComparators() {
    return Gen.elements(
        Comparator.AT_LEAST, Comparator.ABOVE, Comparator.AT_MOST, Comparator.BELOW, Comparator.EQUAL);
  }

  /** Either polarity. */
  public static Gen<Polarity> polarities() {
    return Gen.elements(Polarity.values());
  }

  /** Either of the two measures whose wording differs: percentages and plain numbers. */
  public static Gen<Measure> measures() {
    return Gen.elements(Measure.PERCENT, Measure.COUNT, Measure.INDEX);
  }

  /**
   * Decimals from {@code -10^digits} to {@code 10^digits} with up to {@code maxScale} fractional
   * digits, shrinking toward zero.
   */
  public static Gen<BigDecimal> decimals(int digits, int maxScale) {
    BigDecimal limit = BigDecimal.TEN.pow(digits);
    return Gen.decimals(limit.negate(), limit, maxScale);
  }

  /** Non-negative decimals up to {@code max} with up to {@code maxScale} fractional digits. */
  public static Gen<BigDecimal> nonNegativeDecimals(BigDecimal max, int maxScale) {
    return Gen.decimals(BigDecimal.ZERO, max, maxScale);
  }

  /** Thresholds with every comparator; ranges have lower ≤ upper. */
  public static Gen<Threshold> thresholds(Gen<BigDecimal> bounds) {
    return comparators()
        .flatMap(
            comparator ->
                comparator == Comparator.BETWEEN
                    ? Gen.combine(
                        bounds,
                        bounds,
                        (a, b) -> a.compareTo(b) <= 0 ? Threshold.between(a, b) : Threshold.between(b, a))
                    : bounds.map(bound -> Threshold.of(comparator, bound)));
  }

  /** Decimal readings and fraction readings (parts up to {@code maxDenominator}), half each. */
  public static Gen<Reading> numericReadings(Gen<BigDecimal> decimals, long maxDenominator) {
    Gen<Reading> fractions =
        Gen.longs(1, maxDenominator)
            .flatMap(d -> Gen.longs(0, d).map(n -> (Reading) Reading.fraction(n, d)));
    return Gen.oneOf(decimals.map(Reading::decimal), fractions);
  }

  /**
   * Hierarchies under {@code scheme}: 1 to {@code maxRoots} top-tier units, each with 0 to {@code
   * maxChildren} children per level, codes fitting each tier's digits. Built valid: parents exist
   * and sit one tier up.
   */
  public static Gen<Hierarchy> hierarchies(TierScheme scheme, int maxRoots, int maxChildren) {
    return unitLists(scheme, maxRoots, maxChildren).map(units -> Hierarchy.of(scheme, units));
  }

  /** The units of {@link #hierarchies}, top tier first, before validation. */
  public static Gen<List<AdminUnit>> unitLists(TierScheme scheme, int maxRoots, int maxChildren) {
    return source -> {
      List<AdminUnit> units = new ArrayList<>();
      List<AdminUnit> level = new ArrayList<>();
      int[] counters = new int[scheme.tiers().size()];
      long roots = 1 + source.draw(maxRoots - 1L);
      for (int i = 0; i < roots; i++) {
        level.add(unit(scheme.top(), ++counters[0], null));
      }
      units.addAll(level);
      for (int depth = 1; depth < scheme.tiers().size(); depth++) {
        Tier tier = scheme.tiers().get(depth);
        List<AdminUnit> next = new ArrayList<>();
        for (AdminUnit parent : level) {
          long children = source.draw(maxChildren);
          for (int c = 0; c < children; c++) {
            next.add(unit(tier, ++counters[depth], parent.code()));
          }
        }
        units.addAll(next);
        level = next;
      }
      return units;
    };
  }

  private static AdminUnit unit(Tier tier, int serial, String parent) {
    int digits = tier.codeDigits().orElse(6);
    String code = String.format("%0" + digits + "d", serial);
    AdminUnit.Builder unit = AdminUnit.builder().code(code).name(tier.nameVi() + " " + serial).tier(tier);
    if (parent != null) {
      unit.parentCode(parent);
    }
    return unit.build();
  }
}
