package io.github.chiso.compliance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.LongMath;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Group;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.Optional;

/**
 * A plan compiled once for judging many results: the single place in the library that decides which
 * targets apply to a result, and (through {@link CompiledThreshold}) whether a bound is met. The
 * object API ({@link Compliance}), the columnar path ({@code io.github.chiso.bulk}) and every other
 * way of feeding data ask it the same questions.
 *
 * <p>The rule: a target judges a result about {@code period} for a subject when the target is on the
 * result's indicator, its period contains {@code period}, the subject is within the plan's
 * jurisdiction, and the subject's scope has a threshold on each of its subjects (its own, or the
 * target's fallback scope's); a threshold on the average of a scope is judged for the scope's {@link
 * Group}, never for one member. Several targets may apply to one result (seed 002 sets two on the
 * schools' digital governance for 2025); they are listed in plan order.
 *
 * <p>Immutable and thread-safe; compile once and share.
 *
 * @since 0.1.0
 */
public final class CompiledPlan {
  private final Plan plan;
  private final ImmutableMap<String, CompiledTarget> byCode;
  private final ImmutableListMultimap<String, CompiledTarget> byIndicator;

  private CompiledPlan(Plan plan) {
    this.plan = plan;
    ImmutableMap.Builder<String, CompiledTarget> codes = ImmutableMap.builder();
    ImmutableListMultimap.Builder<String, CompiledTarget> indicators = ImmutableListMultimap.builder();
    for (Target target : plan.targets()) {
      CompiledTarget compiled = new CompiledTarget(target);
      codes.put(target.code(), compiled);
      indicators.put(target.indicator().code(), compiled);
    }
    this.byCode = codes.buildOrThrow();
    this.byIndicator = indicators.build();
  }

  /** Compiles {@code plan}: every threshold of every target, once. */
  public static CompiledPlan of(Plan plan) {
    return new CompiledPlan(plan);
  }

  /** The plan compiled. */
  public Plan plan() {
    return plan;
  }

  /**
   * One target with its thresholds compiled; which threshold a scope takes is {@link
   * Target#thresholdFor(Scope)}'s answer, remembered by scope.
   */
  private static final class CompiledTarget {
    private static final Optional<CompiledThreshold> NONE = Optional.empty();

    final Target target;
    final ImmutableList<Threshold> thresholds;
    final ImmutableList<CompiledThreshold> compiled;
    final ConcurrentMap<Scope, Optional<CompiledThreshold>> byScope = new ConcurrentHashMap<>();

    CompiledTarget(Target target) {
      this.target = target;
      this.thresholds = target.thresholds().values().asList();
      this.compiled = thresholds.stream().map(t -> CompiledThreshold.of(t, target.indicator()))
          .collect(ImmutableList.toImmutableList());
    }

    CompiledThreshold thresholdFor(Scope scope) {
      Optional<CompiledThreshold> found = byScope.get(scope);
      if (found == null) {
        found = target.thresholdFor(scope).map(this::compiledOf);
        byScope.putIfAbsent(scope, found.isPresent() ? found : NONE);
      }
      return found.orElse(null);
    }

    private CompiledThreshold compiledOf(Threshold threshold) {
      for (int i = 0; i < thresholds.size(); i++) {
        if (thresholds.get(i) == threshold) {
          return compiled.get(i);
        }
      }
      throw new AssertionError(threshold);
    }
  }

  private CompiledTarget compiled(Target target) {
    CompiledTarget found = byCode.get(target.code());
    Check.argument(found != null && (found.target == target || found.target.equals(target)),
        "target %s is not a target of plan %s", target.code(), plan.number());
    return found;
  }

  /**
   * The compiled threshold {@code target} sets for subjects of {@code scope}: their own, else the
   * fallback scope's; empty when there is none.
   *
   * @throws io.github.chiso.InvalidValueException if {@code target} is not one of the plan's
   */
  public Optional<CompiledThreshold> thresholdFor(Target target, Scope scope) {
    return Optional.ofNullable(compiled(target).thresholdFor(scope));
  }

  /**
   * Whether {@code target} judges each subject of {@code scope} on its own: there is a threshold for
   * the scope (or a fallback) and it is not on the scope's average.
   */
  public static boolean judgesEach(Target target, Scope scope) {
    return target.thresholdFor(scope).map(t -> t.appliesTo() == Threshold.AppliesTo.EACH).orElse(false);
  }

  /** Whether {@code target} is about results for {@code period}: its period contains it. */
  public static boolean covers(Target target, Period period) {
    return target.period().contains(period);
  }

  /**
   * Checks that the plan's jurisdiction is a unit of {@code hierarchy}, as judging a whole plan needs.
   *
   * @throws io.github.chiso.InvalidValueException naming the plan and the jurisdiction if it is not
   */
  public void requireJurisdictionIn(Hierarchy hierarchy) {
    Check.argument(isNational(hierarchy) || hierarchy.unit(plan.jurisdiction()).isPresent(),
        "plan %s: jurisdiction '%s' is not a unit of %s", plan.number(), plan.jurisdiction(), hierarchy);
  }

  /**
   * Whether {@code subject} is within the plan's jurisdiction: a unit at or below it, or a body of
   * such a unit; for a national plan ({@link Plan#COUNTRY}, where the hierarchy has no unit of that
   * code), every unit and body of the hierarchy.
   */
  public boolean governs(Hierarchy hierarchy, Subject subject) {
    String within = subject instanceof Body ? ((Body) subject).jurisdiction() : subject.code();
    return hierarchy.contains(within) && (isNational(hierarchy) || hierarchy.isWithin(within, plan.jurisdiction()));
  }

  private boolean isNational(Hierarchy hierarchy) {
    return plan.jurisdiction().equals(Plan.COUNTRY) && !hierarchy.contains(Plan.COUNTRY);
  }

  /**
   * The targets that judge a result on {@code indicatorCode} about {@code period} for each subject of
   * {@code scope} (within the jurisdiction), in plan order; empty when none does.
   */
  public ImmutableList<Target> targetsFor(String indicatorCode, Period period, Scope scope) {
    ImmutableList.Builder<Target> out = ImmutableList.builder();
    for (CompiledTarget candidate : byIndicator.get(indicatorCode)) {
      if (covers(candidate.target, period) && judgesEach(candidate.target, scope)) {
        out.add(candidate.target);
      }
    }
    return out.build();
  }

  /**
   * The status {@link Compliance#assess(Target, Subject, Result)} gives, without building the
   * assessment: for callers who judge millions of objects.
   *
   * @throws io.github.chiso.InvalidValueException if the target is not the plan's, or the result is
   *     on another indicator or subject
   */
  public Status status(Target target, Subject subject, Result result) {
    CompiledTarget compiled = compiled(target);
    Check.argument(result.indicatorCode().equals(target.indicator().code()),
        "result indicator '%s' does not match target %s on indicator '%s'",
        result.indicatorCode(), target.code(), target.indicator().code());
    Check.argument(result.subjectCode().equals(subject.code()),
        "result subject '%s' does not match subject '%s'", result.subjectCode(), subject.code());
    if (target.change().isPresent()) {
      return Compliance.assess(target, subject, result).status();
    }
    CompiledThreshold threshold = compiled.thresholdFor(subject.scope());
    Reading reading = result.reading();
    if (threshold == null || reading.kind() == Reading.Kind.TEXT || reading.kind() == Reading.Kind.DELTA
        || (threshold.isOnAverage() && !(subject instanceof Group))) {
      return Status.NOT_EVALUABLE;
    }
    long day = result.asOf().toEpochDay();
    if (notJudgedAsRank(reading, target.indicator().measure()).isPresent()) {
      return Status.NOT_EVALUABLE;
    }
    if (reading instanceof Reading.Rank) {
      return threshold.judge(((Reading.Rank) reading).place(), 1, false, day);
    }
    if (reading instanceof Reading.Fraction) {
      Reading.Fraction parts = (Reading.Fraction) reading;
      return threshold.judge(parts.numerator(), parts.denominator(), true, day);
    }
    BigDecimal decimal = ((Reading.Decimal) reading).decimal();
    if (decimal.scale() >= 0 && decimal.scale() <= 18 && decimal.unscaledValue().bitLength() < Long.SIZE) {
      return threshold.judge(decimal.unscaledValue().longValue(), LongMath.pow(10, decimal.scale()), false, day);
    }
    return threshold.judge(Rational.valueOf(decimal), result.asOf());
  }

  /**
   * The status {@link Compliance#assess(Target, Subject, Result, Result)} gives: the change from
   * {@code reference} to {@code result} against {@code target}, a target on a change.
   *
   * @throws io.github.chiso.InvalidValueException as {@code Compliance.assess} does, or if the target
   *     is not the plan's
   * @since 0.2.0
   */
  public Status status(Target target, Subject subject, Result result, Result reference) {
    compiled(target);
    return Compliance.assess(target, subject, result, reference).status();
  }

  /**
   * Why {@code reading} is not judged for an indicator measured in {@code measure}, or empty when it
   * is: a rank is never a share. A {@link Reading.Rank} is a place in a ranking, judged only for a
   * {@link Measure#RANK} indicator (its place against bounds on the place: "top 15" is ≤ 15), never
   * as a share or an amount; and parts ({@link Reading.Fraction}, "18/63") are a share, never a
   * place, so a {@code RANK} indicator does not judge them. The object API, {@link #status} and the
   * bulk path ({@code io.github.chiso.bulk}) ask this.
   *
   * @since 0.2.0
   */
  public static Optional<String> notJudgedAsRank(Reading reading, Measure measure) {
    if (reading instanceof Reading.Rank && measure != Measure.RANK) {
      return Optional.of("the rank " + reading + " is a place in a ranking, not a value in " + measure);
    }
    if (reading instanceof Reading.Fraction && measure == Measure.RANK) {
      return Optional.of("the parts " + reading + " are a share, not a place in a ranking (a RANK indicator takes ranks)");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CompiledPlan{" + plan + "}";
  }
}
