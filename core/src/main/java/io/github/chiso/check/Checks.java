package io.github.chiso.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.LinkedListMultimap;
import com.google.common.collect.ListMultimap;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every consistency check. Rules:
 *
 * <ul>
 *   <li>A share reported beside its parts disagrees when {@code |100 × n / d − share|} exceeds half a
 *       unit of the share's last reported digit: "77,62% (392/505)" agrees (392/505 is 77,6237…%);
 *       "8%" beside 14.186/71.231 (19,915…%) does not.
 *   <li>Parts never have a numerator above the denominator: a reading of parts is a share of a whole.
 *   <li>No value is negative; no value of a percentage indicator exceeds 100.
 *   <li>Every result names a unit or body of the hierarchy and an indicator of the plan.
 *   <li>Results with the same indicator, unit and period must report equal values (compared exactly
 *       in the indicator's measure, so "30" and "30.0" agree, as do 1/2 and 50 for a percentage).
 *   <li>Two targets on the same indicator, scope and overlapping periods ask for the same thing.
 * </ul>
 *
 * Plan findings come first; then findings come in the order of the results, each result's findings
 * in the order above; duplicate
 * findings follow, in the order their first result appeared.
 *
 * @since 0.1.0
 */
public final class Checks {
  private Checks() {}

  /** Every finding about {@code results} given the plan's indicators and the hierarchy's units. */
  public static ImmutableList<Finding> run(Plan plan, Hierarchy hierarchy, Collection<Result> results) {
    Map<String, Indicator> indicators = plan.indicators();
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    out.addAll(conflictingTargets(plan));
    ListMultimap<String, Result> sameFigure = LinkedListMultimap.create();
    for (Result result : results) {
      Indicator indicator = indicators.get(result.indicatorCode());
      checkReading(result, indicator, out);
      if (!hierarchy.contains(result.subjectCode())) {
        out.add(Finding.of(FindingKind.UNKNOWN_SUBJECT, result,
            "unit or body '" + result.subjectCode() + "' is not in " + hierarchy));
      }
      if (indicator == null) {
        out.add(Finding.of(FindingKind.UNKNOWN_INDICATOR, result,
            "indicator '" + result.indicatorCode() + "' is not in plan " + plan.number()));
      }
      // A change against a reference is another figure than the level of the same period.
      String kind = result.reading() instanceof Reading.Delta ? "\u0000delta" : "";
      sameFigure.put(result.indicatorCode() + '\u0000' + result.subjectCode() + '\u0000' + result.period() + kind, result);
    }
    for (String key : sameFigure.keySet()) {
      List<Result> group = sameFigure.get(key);
      Measure measure =
          indicators.containsKey(group.get(0).indicatorCode())
              ? indicators.get(group.get(0).indicatorCode()).measure()
              : Measure.COUNT;
      Set<Object> values = new LinkedHashSet<>();
      Set<Reading> readings = new LinkedHashSet<>();
      for (Result r : group) {
        values.add(r.reading().value(measure).<Object>map(v -> v).orElse(r.reading()));
        readings.add(r.reading());
      }
      if (values.size() > 1) {
        out.add(Finding.of(FindingKind.CONFLICTING_DUPLICATE, ImmutableList.copyOf(group),
            "reported " + group.size() + " times with different values: " + readings));
      }
    }
    return out.build();
  }

  /**
   * Pairs of targets, in plan order, on the same indicator for the same scope with overlapping
   * periods and different requirements (comparator or bounds).
   */
  static ImmutableList<Finding> conflictingTargets(Plan plan) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    List<Target> targets = plan.targets();
    for (int i = 0; i < targets.size(); i++) {
      for (int j = i + 1; j < targets.size(); j++) {
        Target a = targets.get(i);
        Target b = targets.get(j);
        if (!a.indicator().code().equals(b.indicator().code()) || !overlap(a.period(), b.period())) {
          continue;
        }
        a.thresholds().forEach((scope, ta) -> {
          Threshold tb = b.thresholds().get(scope);
          if (tb != null && !sameRequirement(ta, tb)) {
            out.add(Finding.ofPlan(FindingKind.CONFLICTING_TARGETS, a.indicator().code(), scope.key(), a.period(),
                "target " + a.code() + " asks " + ta + " but target " + b.code() + " asks " + tb + " for " + scope.key()));
          }
        });
      }
    }
    return out.build();
  }

  private static boolean overlap(Period a, Period b) {
    return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
  }

  private static boolean sameRequirement(Threshold a, Threshold b) {
    return a.comparator() == b.comparator()
        && a.bound().compareTo(b.bound()) == 0
        && a.upperBound().map(BigDecimal::stripTrailingZeros).equals(b.upperBound().map(BigDecimal::stripTrailingZeros));
  }

  private static void checkReading(Result result, Indicator indicator, ImmutableList.Builder<Finding> out) {
    Reading reading = result.reading();
    if (reading instanceof Reading.Fraction) {
      Reading.Fraction parts = (Reading.Fraction) reading;
      parts.reportedShare().ifPresent(share -> checkShare(result, parts, share, out));
      if (parts.numerator() > parts.denominator()) {
        out.add(Finding.of(FindingKind.NUMERATOR_EXCEEDS_DENOMINATOR, result,
            "numerator " + parts.numerator() + " exceeds denominator " + parts.denominator()));
      }
    } else if (reading instanceof Reading.Decimal) {
      BigDecimal value = ((Reading.Decimal) reading).decimal();
      if (value.signum() < 0) {
        out.add(Finding.of(FindingKind.NEGATIVE_VALUE, result, "value " + value.toPlainString() + " is negative"));
      }
      if (indicator != null && indicator.measure() == Measure.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
        out.add(Finding.of(FindingKind.SHARE_ABOVE_HUNDRED, result,
            "share " + value.toPlainString() + "% is above 100%"));
      }
    }
  }

  private static void checkShare(
      Result result, Reading.Fraction parts, BigDecimal share, ImmutableList.Builder<Finding> out) {
    Rational exact = Rational.HUNDRED.multiply(parts.ratio());
    int digits = Math.max(share.scale(), 0);
    Rational halfUnit = Rational.valueOf(BigDecimal.ONE.movePointLeft(digits)).divide(Rational.valueOf(2));
    if (exact.subtract(Rational.valueOf(share)).abs().compareTo(halfUnit) > 0) {
      out.add(Finding.of(FindingKind.SHARE_DISAGREES_WITH_PARTS, result,
          "reported share " + share.toPlainString() + "% but " + parts.numerator() + "/" + parts.denominator()
              + " is " + exact.toBigDecimal(digits + 2, RoundingMode.HALF_EVEN).toPlainString() + "%"));
    }
  }
}
