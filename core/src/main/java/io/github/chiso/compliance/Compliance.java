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
import io.github.chiso.model.Change;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
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
   * Judges {@code result} for {@code subject} against {@code target}. For a target on a {@link
   * Target#change()} the result must state the change ({@link Reading.Delta}); a level alone gives
   * {@link Status#NOT_EVALUABLE} naming the reference period it needs ({@link #assess(Target,
   * Subject, Result, Result)} judges a level against the reference result). The assessment carries
   * the result's qualifiers; they never change the verdict: "khoảng 80%" and "hơn 80%" are judged as
   * 80.
   */
  public static Assessment assess(Target target, Subject subject, Result result) {
    requireMatch(target, subject, result, "result");
    return qualified(assessReading(target, subject, result), result);
  }

  private static Assessment assessReading(Target target, Subject subject, Result result) {
    if (target.change().isPresent()) {
      return change(target, subject, result, Optional.empty());
    }
    Optional<String> rank = CompiledPlan.notJudgedAsRank(result.reading(), target.indicator().measure());
    if (rank.isPresent()) {
      return notEvaluable(target, subject, result.period(), result.asOf(), rank.get());
    }
    Optional<Rational> value = result.reading().value(target.indicator().measure());
    if (value.isPresent()) {
      Assessment judged = judge(target, subject, value.get(), result.period(), result.asOf());
      return withParts(judged, result.reading());
    }
    String reason =
        target.thresholdFor(subject).isEmpty()
            ? "no threshold for " + subject.scope()
            : notALevel(result.reading());
    return notEvaluable(target, subject, result.period(), result.asOf(), reason);
  }

  /**
   * Judges the change from {@code reference} to {@code result} for {@code subject} against {@code
   * target}, a target on a {@link Target#change()}: the amount is computed exactly from the two
   * values (FORMAT.md, "Changes against a reference") and bounded by the subject's threshold. A
   * reference that is text or a change, a reading that is not a level, or a zero or negative
   * reference for a relative change gives {@link Status#NOT_EVALUABLE} with the reason; a result that
   * states the change itself ({@link Reading.Delta}) is judged as {@link #assess(Target, Subject,
   * Result)} judges it, the reference aside.
   *
   * @throws io.github.chiso.InvalidValueException if the target is not on a change, either result is
   *     on another indicator or subject, or the reference's period is not within the period the change
   *     compares {@code result}'s with
   * @since 0.2.0
   */
  public static Assessment assess(Target target, Subject subject, Result result, Result reference) {
    requireMatch(target, subject, result, "result");
    requireMatch(target, subject, reference, "reference result");
    Change change = target.change().orElseThrow(() -> Check.invalid(
        "target %s is not on a change: it judges one result, not a reference", target.code()));
    change.requireReference(result.period(), reference.period(), "target " + target.code() + ": the reference result");
    return qualified(change(target, subject, result, Optional.of(reference)), result);
  }

  private static Assessment qualified(Assessment judged, Result result) {
    return result.qualifiers().isEmpty() ? judged
        : Assessment.builder().from(judged).qualifiers(result.qualifiers()).build();
  }

  private static void requireMatch(Target target, Subject subject, Result result, String what) {
    Check.argument(
        result.indicatorCode().equals(target.indicator().code()),
        "%s indicator '%s' does not match target %s on indicator '%s'",
        what,
        result.indicatorCode(),
        target.code(),
        target.indicator().code());
    Check.argument(
        result.subjectCode().equals(subject.code()),
        "%s subject '%s' does not match subject '%s'",
        what,
        result.subjectCode(),
        subject.code());
  }

  private static Assessment withParts(Assessment judged, Reading reading) {
    if (!(reading instanceof Reading.Fraction)) {
      return judged;
    }
    Reading.Fraction parts = (Reading.Fraction) reading;
    return Assessment.builder()
        .from(judged)
        .numerator(BigInteger.valueOf(parts.numerator()))
        .denominator(BigInteger.valueOf(parts.denominator()))
        .build();
  }

  /** Why a reading without a value is not judged as a level. */
  private static String notALevel(Reading reading) {
    if (reading instanceof Reading.Delta) {
      return "the result states a change (" + reading + "), not a level";
    }
    Reading.Text text = (Reading.Text) reading;
    return "text only (" + text.status() + "): " + text.note();
  }

  /**
   * The one rule for a target on a change: from a {@link Reading.Delta} with the same basis and
   * reference period, or from the level of {@code result} against the level of {@code reference}.
   */
  private static Assessment change(Target target, Subject subject, Result result, Optional<Result> reference) {
    Change change = target.change().orElseThrow();
    Period against = change.referenceFor(result.period());
    Assessment.Builder assessment = base(target, subject).period(result.period()).asOf(result.asOf())
        .change(change).referencePeriod(against);
    Optional<Threshold> found = target.thresholdFor(subject);
    if (found.isEmpty()) {
      return assessment.status(Status.NOT_EVALUABLE).reason("no threshold for " + subject.scope()).build();
    }
    Rational amount;
    Reading reading = result.reading();
    Measure measure = target.indicator().measure();
    if (reading instanceof Reading.Delta) {
      Change stated = ((Reading.Delta) reading).change();
      Period statedAgainst = stated.referenceFor(result.period());
      if (stated.basis() != change.basis() || !statedAgainst.equals(against)) {
        return assessment.status(Status.NOT_EVALUABLE).reason("the result states a " + stated.basis()
            + " change against " + statedAgainst + ", the target is on a " + change.basis() + " change against "
            + against).build();
      }
      amount = ((Reading.Delta) reading).amountAs(change.direction());
    } else {
      Optional<String> why = levelProblem(reading, measure, "the result");
      if (why.isEmpty() && reference.isEmpty()) {
        why = Optional.of("no result for the reference period " + against + " (the target is on the change against it)");
      }
      if (why.isEmpty()) {
        why = levelProblem(reference.get().reading(), measure, "the reference result for " + reference.get().period());
      }
      if (why.isPresent()) {
        return assessment.status(Status.NOT_EVALUABLE).reason(why.get()).build();
      }
      return withParts(levels(assessment, target, subject, found.get(), reading.value(measure).orElseThrow(),
          reference.get().reading().value(measure).orElseThrow(), result.asOf()), reading);
    }
    return judge(assessment, target, subject, found.get(), amount, result.asOf(), amountPolarity(change, target.indicator()));
  }

  /** The change from the level {@code then} of the reference period to {@code now}, judged. */
  private static Assessment levels(Assessment.Builder assessment, Target target, Subject subject,
      Threshold threshold, Rational now, Rational then, LocalDate asOf) {
    Change change = target.change().orElseThrow();
    assessment.referenceValue(then);
    Optional<Rational> amount = amount(change, target.indicator().measure(), now, then);
    if (amount.isEmpty()) {
      return assessment.status(Status.NOT_EVALUABLE).reason("the reference value " + then.toBigDecimal(4)
          + " is not positive, so a relative change against it is undefined").build();
    }
    return judge(assessment, target, subject, threshold, amount.get(), asOf, amountPolarity(change, target.indicator()));
  }

  /**
   * Judges the change from the exact level {@code reference} of the reference period to {@code
   * value}, a figure about {@code period} as of {@code asOf}, for {@code subject} against {@code
   * target}, a target on a {@link Target#change()}: the entry point for levels that are not single
   * results, such as the rolled-up cells of the two periods.
   *
   * @throws io.github.chiso.InvalidValueException if the target is not on a change
   * @since 0.2.0
   */
  public static Assessment judgeChange(
      Target target, Subject subject, Rational value, Period period, LocalDate asOf, Rational reference) {
    Change change = target.change().orElseThrow(() -> Check.invalid(
        "target %s is not on a change: it judges a level, not a change", target.code()));
    Assessment.Builder assessment = base(target, subject).period(period).asOf(asOf)
        .change(change).referencePeriod(change.referenceFor(period));
    Optional<Threshold> found = target.thresholdFor(subject);
    if (found.isEmpty()) {
      return assessment.status(Status.NOT_EVALUABLE).reason("no threshold for " + subject.scope()).build();
    }
    return levels(assessment, target, subject, found.get(), value, reference, asOf);
  }

  /** Why {@code reading} gives no level for an indicator in {@code measure}, naming {@code what}; empty when it does. */
  private static Optional<String> levelProblem(Reading reading, Measure measure, String what) {
    Optional<String> rank = CompiledPlan.notJudgedAsRank(reading, measure);
    if (rank.isPresent()) {
      return Optional.of(what + ": " + rank.get());
    }
    return reading.value(measure).isPresent() ? Optional.empty() : Optional.of(what + ": " + notALevel(reading));
  }

  /**
   * The exact amount of {@code change} from {@code reference} to {@code value} in {@code measure}, in
   * the change's direction and basis: {@code value − reference} for a rise ({@code reference − value}
   * places for a rank), negated for a fall, and as a percentage of {@code reference} for a relative
   * change; empty when a relative change has a reference that is not positive.
   *
   * @since 0.2.0
   */
  public static Optional<Rational> amount(Change change, Measure measure, Rational value, Rational reference) {
    change.requireFor(measure, "change " + change);
    Rational rise = measure == Measure.RANK ? reference.subtract(value) : value.subtract(reference);
    Rational signed = change.direction() == Change.Direction.INCREASE ? rise : rise.negate();
    if (change.basis() == Change.Basis.ABSOLUTE) {
      return Optional.of(signed);
    }
    return reference.signum() > 0 ? Optional.of(signed.multiply(Rational.HUNDRED).divide(reference)) : Optional.empty();
  }

  /**
   * The polarity a change's amount is judged with: more of the change is better when it moves the
   * value the better way (a rise of a higher-is-better indicator, a fall of a lower-is-better one, a
   * gain of places), worse otherwise. It decides which end of a range is the better one and the
   * margin's sign, as a polarity does for values.
   *
   * @since 0.2.0
   */
  public static Polarity amountPolarity(Change change, Indicator indicator) {
    boolean rises = change.direction() == Change.Direction.INCREASE;
    boolean better = indicator.measure() == Measure.RANK
        ? rises : rises == (indicator.polarity() == Polarity.HIGHER_IS_BETTER);
    return better ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
  }

  /**
   * Judges an exact {@code value} for {@code subject} against {@code target}, as of {@code asOf}, for
   * a figure about {@code period}: the entry point for values that are not a single reported result,
   * such as rollups. A target on a change is {@link Status#NOT_EVALUABLE} here, a level alone being no
   * change: {@link #judgeChange} takes the reference level too.
   */
  public static Assessment judge(
      Target target, Subject subject, Rational value, Period period, LocalDate asOf) {
    Assessment.Builder assessment = base(target, subject).period(period).asOf(asOf);
    if (target.change().isPresent()) {
      Period against = target.change().get().referenceFor(period);
      return assessment.change(target.change().get()).referencePeriod(against).status(Status.NOT_EVALUABLE)
          .reason("no level for the reference period " + against + " (the target is on the change against it)")
          .build();
    }
    Optional<Threshold> found = target.thresholdFor(subject);
    if (found.isEmpty()) {
      return assessment
          .status(Status.NOT_EVALUABLE)
          .reason("no threshold for " + subject.scope())
          .build();
    }
    return judge(assessment, target, subject, found.get(), value, asOf, target.indicator().polarity());
  }

  private static Assessment judge(
      Assessment.Builder assessment,
      Target target,
      Subject subject,
      Threshold threshold,
      Rational v,
      LocalDate asOf,
      Polarity polarity) {
    assessment.value(v);
    if (threshold.appliesTo() == Threshold.AppliesTo.AVERAGE && !(subject instanceof Group)) {
      return assessment
          .status(Status.NOT_EVALUABLE)
          .reason("the threshold for " + subject.scope() + " is on their average, not on each")
          .build();
    }
    CompiledThreshold compiled = target.change().isPresent() ? CompiledThreshold.of(threshold, polarity)
        : CompiledThreshold.of(threshold, target.indicator());
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
        List<Result> candidates = bySubjectAndIndicator.get(key(subject.code(), target.indicator().code()));
        Optional<Result> latest = latest(target.period(), candidates);
        out.add(latest.map(r -> assess(target, subject, r, candidates))
            .orElseGet(() -> unreported(target, subject, asOf)));
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
      Optional<Result> latest = latest(target.period(), results.get(key(member.code(), target.indicator().code())));
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
    return judge(assessment, target, group, threshold, sum.divide(Rational.valueOf(reporting)), latestAsOf,
        target.indicator().polarity());
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

  /**
   * Judges {@code result}, the subject's latest for {@code target}, with the reference result a
   * change target compares it with: the latest of {@code candidates} within the reference period,
   * picked by the rule that picks {@code result}.
   */
  private static Assessment assess(Target target, Subject subject, Result result, List<Result> candidates) {
    if (target.change().isEmpty() || result.reading() instanceof Reading.Delta) {
      return assess(target, subject, result);
    }
    Optional<Result> reference = latest(target.change().get().referenceFor(result.period()), candidates);
    return reference.map(r -> assess(target, subject, result, r)).orElseGet(() -> assess(target, subject, result));
  }

  /**
   * The result a plan judges among {@code candidates} for a target over {@code period}: the latest
   * by as-of date, then period, of those whose period lies within {@code period}.
   */
  private static Optional<Result> latest(Period period, List<Result> candidates) {
    Result best = null;
    for (Result result : candidates) {
      if (!period.contains(result.period())) {
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
