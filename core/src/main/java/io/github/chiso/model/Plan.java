package io.github.chiso.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.internal.Check;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A document that sets targets and tasks: a plan, report, resolution, conclusion or notice. Holds its
 * number, kind, issuer, issue date (as precise as the document gives it: seed 004 is dated only "tháng
 * 9 năm 2022"), the jurisdiction's unit code, the period covered, legal bases, targets and tasks.
 *
 * <p>Validation: target and task codes are unique; each "trong đó" parent target exists and parent
 * links have no cycle; targets on the same indicator code carry the same indicator; each task's
 * target codes name targets of the plan.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Plan {

  Plan() {}

  /** The document number, e.g. {@code "231/BC-UBND"}. */
  public abstract String number();

  /** What kind of document it is. */
  public abstract DocumentKind kind();

  /** Who issued it, e.g. "UBND tỉnh Đồng Nai". */
  public abstract String issuer();

  /** The day, month or year of issue, as precisely as the document gives it. */
  public abstract Optional<Period> issued();

  /** Title as written. */
  public abstract Optional<String> title();

  /**
   * The code a national plan gives as its jurisdiction: every unit of the hierarchy it is judged
   * over lies within it (a hierarchy of provinces has no unit for the country itself).
   */
  public static final String COUNTRY = "VN";

  /** Code of the administrative unit the plan governs, e.g. {@code "75"}, or {@link #COUNTRY}. */
  public abstract String jurisdiction();

  /** The period the plan covers. */
  public abstract Period period();

  /** The documents it rests on, by number or title. */
  public abstract ImmutableList<String> legalBasis();

  /** Targets, in document order. */
  public abstract ImmutableList<Target> targets();

  /** Tasks, in document order. */
  public abstract ImmutableList<Task> tasks();

  /**
   * Indicators the document reports figures for without setting a target (seed 001's resident
   * records, e-commerce accounts...), so results on them are known indicators; in document order.
   */
  public abstract ImmutableList<Indicator> reportedIndicators();

  /**
   * Band scales the plan declares, by target code (traffic lights, score bands); empty unless the
   * plan declares some. Each key names a target of the plan.
   *
   * @since 0.1.0
   */
  public abstract ImmutableMap<String, Banding> bandings();

  /** A builder for a plan. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; {@code build()} validates. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Check.argument(!number().isBlank(), "plan number must not be blank");
    Check.code("plan " + number() + ": jurisdiction", jurisdiction());
    Map<String, Target> byCode = new HashMap<>();
    Map<String, Indicator> indicators = new HashMap<>();
    for (Target target : targets()) {
      Check.argument(
          byCode.put(target.code(), target) == null,
          "plan %s: duplicate target code '%s'",
          number(),
          target.code());
      Indicator known = indicators.putIfAbsent(target.indicator().code(), target.indicator());
      Check.argument(
          known == null || known.equals(target.indicator()),
          "plan %s: target %s defines indicator %s differently from an earlier target",
          number(),
          target.code(),
          target.indicator().code());
    }
    for (Target target : targets()) {
      checkParents(target, byCode);
    }
    for (Indicator reported : reportedIndicators()) {
      Check.argument(
          indicators.put(reported.code(), reported) == null,
          "plan %s: reported indicator %s is listed twice or also has a target",
          number(),
          reported.code());
    }
    for (String code : bandings().keySet()) {
      Check.argument(
          byCode.containsKey(code), "plan %s: bands are declared for target '%s', which the plan lacks", number(), code);
    }
    Set<String> taskCodes = new HashSet<>();
    for (Task task : tasks()) {
      Check.argument(
          taskCodes.add(task.code()), "plan %s: duplicate task code '%s'", number(), task.code());
      for (String code : task.targetCodes()) {
        Check.argument(
            byCode.containsKey(code),
            "plan %s: task %s names target '%s', which the plan lacks",
            number(),
            task.code(),
            code);
      }
    }
  }

  private void checkParents(Target target, Map<String, Target> byCode) {
    Set<String> seen = new HashSet<>();
    Optional<String> parent = Optional.of(target.code());
    while (parent.isPresent()) {
      String code = parent.get();
      Check.argument(
          seen.add(code), "plan %s: target %s has a cycle of parents %s", number(), target.code(), seen);
      Target next = byCode.get(code);
      Check.argument(
          next != null,
          "plan %s: target %s has parent '%s', which the plan lacks",
          number(),
          target.code(),
          code);
      parent = next.parentCode();
    }
  }

  /** The target with this code, if any. */
  public Optional<Target> target(String code) {
    return targets().stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** Every indicator by code: the targets' in first-use order, then the reported ones. */
  @Value.Lazy
  public ImmutableMap<String, Indicator> indicators() {
    Map<String, Indicator> result = new LinkedHashMap<>();
    targets().forEach(t -> result.putIfAbsent(t.indicator().code(), t.indicator()));
    reportedIndicators().forEach(i -> result.put(i.code(), i));
    return ImmutableMap.copyOf(result);
  }

  /** Targets that are "trong đó" parts of the target with this code, in document order. */
  public ImmutableList<Target> partsOf(String code) {
    return targets().stream()
        .filter(t -> t.parentCode().equals(Optional.of(code)))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return kind() + " " + number() + " (" + targets().size() + " targets, " + tasks().size() + " tasks)";
  }
}
