package io.github.chiso.vn.dti;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import io.github.chiso.index.CompositeIndex;
import io.github.chiso.index.IndexNode;
import io.github.chiso.index.Normaliser;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Rational;
import io.github.chiso.score.Goalposts;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/**
 * The provincial DTI of Decision 922/QĐ-BTTTT: a province's score is the points it obtains on the
 * scored main indicators over 1000, published to four decimals (Đồng Nai 0.6711 in 2024).
 *
 * <p>{@link #score} adds the points exactly. {@link #index()} is the same scheme as a {@link
 * CompositeIndex}: each main indicator's points normalised by the goalposts 0 → its maximum, the two
 * groups and the index weighted by their points (500 and 500; 100 … 200 within), with arithmetic
 * means, so the index is the score × 100. A province that lacks a main indicator's points is scored
 * over the rest (weights renormalised), as COINr does; the ministry's own treatment of a missing
 * figure is not part of the published scheme.
 *
 * @since 0.1.0
 */
public final class ProvincialDti {
  /** The full scale. */
  public static final int TOTAL_POINTS = 1000;

  private static final CompositeIndex INDEX = CompositeIndex.of(
      IndexNode.group("DTI", 1,
          group(DtiIndicator.DtiGroup.FOUNDATION), group(DtiIndicator.DtiGroup.ACTIVITY)));

  private ProvincialDti() {}

  private static IndexNode group(DtiIndicator.DtiGroup group) {
    IndexNode.Builder node = IndexNode.builder().code(group.name());
    int total = 0;
    for (DtiIndicator indicator : DtiIndicator.values()) {
      if (indicator.group() == group && indicator.isScored()) {
        node.addChildren(IndexNode.builder().code(indicator.name()).weight(indicator.points())
            .normaliser(Normaliser.goalposts(Goalposts.of(BigDecimal.ZERO, BigDecimal.valueOf(indicator.points()))))
            .build());
        total += indicator.points();
      }
    }
    return node.weight(total).build();
  }

  /** The scheme as a composite index over the main indicators' points (codes: {@link DtiIndicator#name()}). */
  public static CompositeIndex index() {
    return INDEX;
  }

  /**
   * The exact score: the points over 1000.
   *
   * @throws io.github.chiso.InvalidValueException if a scored indicator is missing, points are negative
   *     or above the indicator's maximum, or the smart-city indicator is given points
   */
  public static Rational score(Map<DtiIndicator, BigDecimal> points) {
    Rational sum = Rational.ZERO;
    for (DtiIndicator indicator : DtiIndicator.values()) {
      BigDecimal p = points.get(indicator);
      if (!indicator.isScored()) {
        Check.argument(p == null || p.signum() == 0, "DTI: %s is not scored, but was given %s points", indicator, p);
        continue;
      }
      Check.argument(p != null, "DTI: points for %s are missing", indicator);
      Check.argument(
          p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(indicator.points())) <= 0,
          "DTI: %s points must be within 0 to %s, but were %s",
          indicator,
          indicator.points(),
          p.toPlainString());
      sum = sum.add(Rational.valueOf(p));
    }
    return sum.divide(Rational.valueOf(TOTAL_POINTS));
  }

  /** Points by province as the data table {@link #index()} computes on (province × indicator code). */
  public static ImmutableTable<String, String, Double> table(Map<String, Map<DtiIndicator, BigDecimal>> points) {
    ImmutableTable.Builder<String, String, Double> table = ImmutableTable.builder();
    points.forEach((province, byIndicator) -> byIndicator.forEach((indicator, p) -> {
      if (indicator.isScored()) {
        table.put(province, indicator.name(), p.doubleValue());
      }
    }));
    return table.build();
  }

  /** The scored indicators with their maximum points, in the decision's order. */
  public static ImmutableMap<DtiIndicator, Integer> maximumPoints() {
    return Arrays.stream(DtiIndicator.values()).filter(DtiIndicator::isScored)
        .collect(ImmutableMap.toImmutableMap(i -> i, DtiIndicator::points));
  }
}
