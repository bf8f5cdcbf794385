package io.github.chiso.compliance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Group;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Pure functions that judge results against targets.
 *
 * <p>{@link #assess(Target, Subject, Result)} picks the threshold for the subject's scope (or the
 * target's fallback), checks it is in effect on the result's as-of date, and compares exactly with
 * the {@link CompiledThreshold} it compiles (the one rule for whether a bound is met), then describes
 * the verdict:
 *
 * <ul>
 *   <li>≥, &gt;, ≤, &lt;, = compare the value with the bound; the margin is {@code value − bound} for
 *       ≥ and &gt;, {@code bound − value} for ≤ and &lt;, and {@code −|value − bound|} for =;
 *   <li>a range {@code [lower, upper]} is met from within and from beyond its better end: above it for
 *       a higher-is-better indicator (seed 001's 81% against "65 - 70%"), below it for a
 *       lower-is-better one; the margin is measured from the bound on the worse side.
 * </ul>
 *
 * <p>A rank ({@link Reading.Rank}, "xếp thứ 12/63") is judged by its place for an indicator measured
 * in {@link io.github.chiso.model.Measure#RANK}: "top 15" is ≤ 15, met by places 1 to 15.
 *
 * <p>A text-only result, a rank for an indicator not measured in ranks, parts for one measured in
 * ranks ("18/63" is a share, never a place), a threshold not yet in effect, or a subject without a
 * threshold gives {@link Status#NOT_EVALUABLE} with the reason.
 *
 * @since 0.1.0
 */
public final class Compliance {
  private Compliance() {}

  /**
   * Whether {@code value} meets {@code threshold} for an indicator of {@code polarity}, decided
   * exactly by {@link CompiledThreshold}. Ignores the threshold's effective date.
   */
  public static boolean meets(Threshold threshold, Polarity polarity, Rational value) {
    return CompiledThreshold.of(threshold, polarity).meets(value);
  }

  /**
   * The signed margin of {@code value} against {@code threshold}: positive or zero on the good side,
   * negative on the bad side. For strict comparators (&gt; and &lt;) a zero margin does not meet.
   */
  public static Rational margin(Threshold threshold, Polarity polarity, Rational value) {
    return margin(CompiledThreshold.of(threshold, polarity), value);
  }

  /** The margin from the compiled threshold's tested bound: its sign is the sign the verdict tests. */
  private static Rational margin(CompiledThreshold compiled, Rational value) {
    Rational bound = compiled.testedBound();
    Comparator comparator = compiled.threshold().comparator();
    if (comparator == Comparator.EQUAL) {
      return value.subtract(bound).abs().negate();
    }
    return compiled.accepts(1) ? value.subtract(bound) : bound.subtract(value);
  }

  /**
   * Judges {@code result} for {@code subject} against {@code target}. The assessment carries the
   * result's qualifiers; they never change the verdict: "khoảng 80%" and "hơn 80%" are judged as 80.
   */
  public static Assessment assess(Target target, Subject subject, Result result) {
    Check.argument(
        result.indicatorCode().equals(target.indicator().code()),
        "result indicator '%s' does not match target %s on indicator '%s'",
        result.indicatorCode(),
        target.code(),
        target.indicator().code());
    Check.argument(
        result.subjectCode().equals(subject.code()),
        "result subject '%s' does not match subject '%s'",
        result.subjectCode(),
        subject.code());
    Assessment judged = assessReading(target, subject, result);
    return result.qualifiers().isEmpty() ? judged
        : Assessment.builder().from(judged).qualifiers(result.qualifiers()).build();
  }

  private static Assessment assessReading(Target target, Subject subject, Result result) {
    Optional<String> rank = CompiledPlan.notJudgedAsRank(result.reading(), target.indicator().measure());
    if (rank.isPresent()) {
      return base(target, subject).period(result.period()).asOf(result.asOf())
          .status(Status.NOT_EVALUABLE).reason(rank.get()).build();
    }
    Optional<Rational> value = result.reading().value(target.indicator().measure());
    if (value.isPresent()) {
      Assessment judged = judge(target, subject, value.get(), result.period(), result.asOf());
      if (!(result.reading() instanceof Reading.Fraction)) {
        return judged;
      }
      Reading.Fraction parts = (Reading.Fraction) result.reading();
      return Assessment.builder()
          .from(judged)
          .numerator(BigInteger.valueOf(parts.numerator()))
          .denominator(BigInteger.valueOf(parts.denominator()))
          .build();
    }
    Reading.Text text = (Reading.Text) result.reading();
    String reason =
        target.thresholdFor(subject).isEmpty()
            ? "no threshold for " + subject.scope()
            : "text only (" + text.status() + "): " + text.note();
    return base(target, subject)
        .period(result.period())
        .asOf(result.asOf())
        .status(Status.NOT_EVALUABLE)
        .reason(reason)
        .build();
  }

  /**
   * Judges an exact {@code value} for {@code subject} against {@code target}, as of {@code asOf}, for
   * a figure about {@code period}: the entry point for values that are not a single reported result,
   * such as rollups.
   */
  public static Assessment judge(
      Target target, Subject subject, Rational value, Period period, LocalDate asOf) {
    Assessment.Builder assessment = base(target, subject).period(period).asOf(asOf);
    Optional<Threshold> found = target.thresholdFor(subject);
    if (found.isEmpty()) {
      return assessment
          .status(Status.NOT_EVALUABLE)
          .reason("no threshold for " + subject.scope())
          .build();
    }
    return judge(assessment, target, subject, found.get(), value, asOf);
  }

  private static Assessment judge(
      Assessment.Builder assessment,
      Target target,
      Subject subject,
      Threshold threshold,
      Rational v,
      LocalDate asOf) {
    assessment.value(v);
    if (threshold.appliesTo() == Threshold.AppliesTo.AVERAGE && !(subject instanceof Group)) {
      return assessment
          .status(Status.NOT_EVALUABLE)
          .reason("the threshold for " + subject.scope() + " is on their average, not on each")
          .build();
    }
    CompiledThreshold compiled = CompiledThreshold.of(threshold, target.indicator());
    if (!compiled.isInEffectOn(asOf)) {
      return assessment
          .status(Status.NOT_EVALUABLE)
          .reason(
              "threshold for "
                  + subject.scope()
                  + " takes effect "
                  + threshold.effectiveFrom().orElseThrow()
                  + ", after "
                  + asOf)
          .build();
    }
    Polarity polarity = target.indicator().polarity();
    assessment
        .threshold(threshold)
        .margin(margin(compiled, v))
        .status(compiled.judge(v, asOf));
    achievement(threshold, polarity, v).ifPresent(assessment::achievement);
    if (threshold.comparator() == Comparator.BETWEEN) {
      assessment.rangePosition(position(threshold, v));
    }
    return assessment.build();
  }

  /** The assessment of a subject that reported nothing for {@code target}. */
  public static Assessment noData(Target target, Subject subject) {
    return base(target, subject)
        .period(target.period())
        .asOf(target.deadline())
        .status(Status.NO_DATA)
        .reason("no result reported")
        .build();
  }

  /**
   * The assessment of a figure for {@code subject} that exists but cannot be judged, with the reason:
   * for figures other than single results, such as a rollup whose coverage policy withheld its value.
   */
  public static Assessment notEvaluable(
      Target target, Subject subject, Period period, LocalDate asOf, String reason) {
    return base(target, subject)
        .period(period)
        .asOf(asOf)
        .status(Status.NOT_EVALUABLE)
        .reason(reason)
        .build();
  }

  /**
   * Judges every target of {@code plan} for every subject of the hierarchy, within the plan's
   * jurisdiction, whose scope has a threshold for it (its own or the fallback); a threshold on the
   * average of a scope is judged once, for the {@link Group} of that scope, on the exact mean of its
   * members' latest numeric results (members that did not report are left out of the mean).
   *
   * <p>For each (target, subject) the latest result (by as-of date, then period) on the target's
   * indicator whose period lies within the target's period is judged; with none, the verdict is
   * {@link Status#NO_DATA}. Results for other subjects, indicators or periods are not judged here
   * (they feed rollups, and consistency checks report strays). Order: targets as in the plan, then
   * units by tier and code, then bodies by code.
   *
   * @throws io.github.chiso.InvalidValueException if the plan's jurisdiction is not in the hierarchy
   */
  public static ImmutableList<Assessment> assess(
      Plan plan, Hierarchy hierarchy, Collection<Result> results) {
    return assess(plan, hierarchy, results, Optional.empty());
  }

  /**
   * As {@link #assess(Plan, Hierarchy, Collection)}, as of {@code asOf}: results describing a later
   * day are left out, and a subject without a result whose threshold only takes effect after {@code
   * asOf} is {@link Status#NOT_EVALUABLE} (it could not have reported yet), not {@link
   * Status#NO_DATA}. No-data verdicts are dated {@code asOf}.
   */
  public static ImmutableList<Assessment> assess(
      Plan plan, Hierarchy hierarchy, Collection<Result> results, LocalDate asOf) {
    return assess(plan, hierarchy, results, Optional.of(asOf));
  }

  /** As {@link #assess(Plan, Hierarchy, Collection)}, with a plan compiled once for many calls. */
  public static ImmutableList<Assessment> assess(
      CompiledPlan plan, Hierarchy hierarchy, Collection<Result> results) {
    return assess(plan, hierarchy, results, Optional.empty());
  }

  /** As {@link #assess(Plan, Hierarchy, Collection, LocalDate)}, with a plan compiled once for many calls. */
  public static ImmutableList<Assessment> assess(
      CompiledPlan plan, Hierarchy hierarchy, Collection<Result> results, LocalDate asOf) {
    return assess(plan, hierarchy, results, Optional.of(asOf));
  }

  private static ImmutableList<Assessment> assess(
      Plan plan, Hierarchy hierarchy, Collection<Result> results, Optional<LocalDate> asOf) {
    return assess(CompiledPlan.of(plan), hierarchy, results, asOf);
  }

  private static ImmutableList<Assessment> assess(
      CompiledPlan compiled, Hierarchy hierarchy, Collection<Result> results, Optional<LocalDate> asOf) {
    Plan plan = compiled.plan();
    compiled.requireJurisdictionIn(hierarchy);
    ListMultimap<String, Result> bySubjectAndIndicator =
        MultimapBuilder.hashKeys().arrayListValues().build();
    for (Result result : results) {
      if (asOf.isEmpty() || !result.asOf().isAfter(asOf.get())) {
        bySubjectAndIndicator.put(key(result.subjectCode(), result.indicatorCode()), result);
      }
    }
    ImmutableList.Builder<Assessment> out = ImmutableList.builder();
    for (Target target : plan.targets()) {
      for (Subject subject : subjectsFor(target, compiled, hierarchy)) {
        Optional<Result> latest =
            latest(
                target,
                bySubjectAndIndicator.get(key(subject.code(), target.indicator().code())));
        out.add(latest.map(r -> assess(target, subject, r)).orElseGet(() -> unreported(target, subject, asOf)));
      }
      target.thresholds().forEach((scope, threshold) -> {
        if (threshold.appliesTo() == Threshold.AppliesTo.AVERAGE) {
          out.add(average(target, scope, threshold, compiled, hierarchy, bySubjectAndIndicator, asOf));
        }
      });
    }
    return out.build();
  }

  /**
   * The verdict on a threshold over the average of a scope: the exact mean of the latest numeric
   * results of the scope's subjects within the jurisdiction (those that reported), as of the latest
   * of them.
   */
  private static Assessment average(
      Target target,
      Scope scope,
      Threshold threshold,
      CompiledPlan plan,
      Hierarchy hierarchy,
      ListMultimap<String, Result> results,
      Optional<LocalDate> asOf) {
    Group group = Group.of(plan.plan().jurisdiction(), scope);
    Rational sum = Rational.ZERO;
    int reporting = 0;
    LocalDate latestAsOf = null;
    for (Subject member : hierarchy.subjectsOf(scope)) {
      if (!plan.governs(hierarchy, member)) {
        continue;
      }
      Optional<Result> latest = latest(target, results.get(key(member.code(), target.indicator().code())));
      Optional<Rational> value = latest.flatMap(r -> r.reading().value(target.indicator().measure()));
      if (value.isPresent()) {
        sum = sum.add(value.get());
        reporting++;
        LocalDate memberAsOf = latest.get().asOf();
        latestAsOf = latestAsOf == null || memberAsOf.isAfter(latestAsOf) ? memberAsOf : latestAsOf;
      }
    }
    if (reporting == 0) {
      return unreported(target, group, asOf);
    }
    Assessment.Builder assessment = base(target, group).period(target.period()).asOf(latestAsOf);
    return judge(assessment, target, group, threshold, sum.divide(Rational.valueOf(reporting)), latestAsOf);
  }

  private static Assessment unreported(Target target, Subject subject, Optional<LocalDate> asOf) {
    if (asOf.isEmpty()) {
      return noData(target, subject);
    }
    Threshold threshold = target.thresholdFor(subject).orElseThrow();
    if (!threshold.isInEffectOn(asOf.get())) {
      return notEvaluable(target, subject, target.period(), asOf.get(),
          "threshold for " + subject.scope() + " takes effect " + threshold.effectiveFrom().orElseThrow()
              + ", after " + asOf.get());
    }
    return base(target, subject)
        .period(target.period())
        .asOf(asOf.get())
        .status(Status.NO_DATA)
        .reason("no result reported")
        .build();
  }

  /** The subjects {@code target} judges one by one, in hierarchy order: units, then bodies. */
  private static List<Subject> subjectsFor(Target target, CompiledPlan plan, Hierarchy hierarchy) {
    ImmutableList.Builder<Subject> subjects = ImmutableList.builder();
    for (Subject unit : hierarchy.units()) {
      if (CompiledPlan.judgesEach(target, unit.scope()) && plan.governs(hierarchy, unit)) {
        subjects.add(unit);
      }
    }
    for (Body body : hierarchy.bodies()) {
      if (CompiledPlan.judgesEach(target, body.scope()) && plan.governs(hierarchy, body)) {
        subjects.add(body);
      }
    }
    return subjects.build();
  }

  private static Optional<Result> latest(Target target, List<Result> candidates) {
    Result best = null;
    for (Result result : candidates) {
      if (!CompiledPlan.covers(target, result.period())) {
        continue;
      }
      if (best == null
          || result.asOf().isAfter(best.asOf())
          || (result.asOf().equals(best.asOf()) && result.period().compareTo(best.period()) > 0)) {
        best = result;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String key(String subjectCode, String indicatorCode) {
    return subjectCode + '\u0000' + indicatorCode;
  }

  private static Assessment.Builder base(Target target, Subject subject) {
    return Assessment.builder()
        .targetCode(target.code())
        .indicator(target.indicator())
        .subjectCode(subject.code())
        .scope(subject.scope())
        .deadline(target.deadline());
  }

  private static Optional<Rational> achievement(
      Threshold threshold, Polarity polarity, Rational value) {
    Comparator comparator = threshold.comparator();
    boolean upward =
        comparator.isLowerBound()
            || (!comparator.isUpperBound() && polarity == Polarity.HIGHER_IS_BETTER);
    Rational bound =
        comparator == Comparator.BETWEEN && !upward
            ? Rational.valueOf(threshold.upperBound().orElseThrow())
            : Rational.valueOf(threshold.bound());
    Rational divisor = upward ? bound : value;
    if (divisor.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(upward ? value.divide(bound) : bound.divide(value));
  }

  private static RangePosition position(Threshold threshold, Rational value) {
    if (value.compareTo(Rational.valueOf(threshold.bound())) < 0) {
      return RangePosition.BELOW;
    }
    if (value.compareTo(Rational.valueOf(threshold.upperBound().orElseThrow())) > 0) {
      return RangePosition.ABOVE;
    }
    return RangePosition.WITHIN;
  }
}
