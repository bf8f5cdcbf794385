package io.github.chiso.vn.reexpress;

import com.google.common.collect.ImmutableList;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Group;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import io.github.chiso.vn.lineage.Lineage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a plan written for a province before a reform on results reported on the units after it.
 *
 * <p>The rule ({@link Territory#DESCENDED_PART}, the default): the plan's province is the part of the
 * new province that descends from it.
 *
 * <ul>
 *   <li>Its province threshold is judged on the results of the new communes re-expressed onto the old
 *       province over the inverse lineage ({@link ReExpression}, by the indicator's rollup rule):
 *       exact where every new commune descends from the old province alone, estimated by the
 *       allocation (equal shares by default) for a new commune formed partly from another old
 *       province. A result reported for the new province itself is not used: it covers more than
 *       the part (when it is the only one, the verdict is NOT_EVALUABLE and says so).
 *   <li>Commune thresholds are judged on each new commune with a predecessor in the old province, on
 *       its own result; tiers are equal by key, so the plan's commune threshold applies.
 *   <li>Thresholds on implementing bodies (departments) are judged on the bodies given, as before.
 *   <li>District thresholds cannot be judged: the districts were abolished and no new unit reports
 *       for one. Each is NOT_EVALUABLE with that reason (re-express the communes onto the old
 *       districts with {@link ReExpression} over the inverse lineage to estimate them).
 * </ul>
 *
 * <p>The alternative, {@link Territory#WHOLE_NEW_PROVINCE}, judges the whole new province against the
 * old plan — its own province result, all its communes — as if the plan had been written for it.
 * It is simpler and uses the province's own figure, but holds the old province to account for
 * territory it never planned for (Đồng Nai's plan judged on Bình Phước's communes too).
 *
 * <p>Verdicts come from the core: {@link Compliance#assess(Plan, Hierarchy, Collection)} and {@link
 * Rollups#assess(Target, io.github.chiso.hierarchy.Subject, io.github.chiso.rollup.RollupCell)}.
 */
public final class OldPlans {

  /** Which territory an old province's plan is judged on. */
  public enum Territory {
    /** The part of the new province that descends from the old one. */
    DESCENDED_PART,
    /** The whole new province the old one became part of. */
    WHOLE_NEW_PROVINCE
  }

  private OldPlans() {}

  /**
   * Judges {@code plan}, whose jurisdiction is a province of {@code lineage}'s before hierarchy, on
   * {@code results} reported on the after hierarchy's units and on {@code bodies} (whose
   * jurisdiction is the plan's province), by the rule above.
   *
   * @throws io.github.chiso.InvalidValueException if the plan's jurisdiction is not a province before
   *     the reform, or (whole new province) it went to several provinces
   */
  public static ImmutableList<OldPlanAssessment> assess(Plan plan, Lineage lineage, Collection<Body> bodies,
      Collection<Result> results, Territory territory, Allocation allocation) {
    AdminUnit old = oldProvince(plan, lineage);
    return territory == Territory.DESCENDED_PART
        ? descendedPart(plan, old, lineage, bodies, results, allocation)
        : wholeNewProvince(plan, old, lineage, bodies, results);
  }

  /** As {@link #assess(Plan, Lineage, Collection, Collection, Territory, Allocation)}: the descended part, equal shares. */
  public static ImmutableList<OldPlanAssessment> assess(Plan plan, Lineage lineage, Collection<Body> bodies,
      Collection<Result> results) {
    return assess(plan, lineage, bodies, results, Territory.DESCENDED_PART, Allocation.equalShares());
  }

  /**
   * The units the plan is judged over: for the descended part, the old province (its code and name)
   * over the new communes with a predecessor in it, with {@code bodies}; for the whole new province,
   * the new province and all its communes, with {@code bodies} moved to it. Both are two-tier.
   *
   * @throws io.github.chiso.InvalidValueException as {@link #assess(Plan, Lineage, Collection,
   *     Collection, Territory, Allocation)}
   */
  public static Hierarchy territory(Plan plan, Lineage lineage, Collection<Body> bodies, Territory territory) {
    AdminUnit old = oldProvince(plan, lineage);
    Hierarchy after = lineage.after();
    List<AdminUnit> units = new ArrayList<>();
    if (territory == Territory.DESCENDED_PART) {
      units.add(AdminUnit.of(old.code(), old.name(), Tier.PROVINCE));
      for (AdminUnit commune : lineage.successors(old.code(), Tier.COMMUNE)) {
        units.add(AdminUnit.builder().from(commune).parentCode(old.code()).build());
      }
      return Hierarchy.of(after.scheme(), units, bodies);
    }
    AdminUnit province = newProvince(plan, old, lineage);
    units.add(province);
    units.addAll(after.descendants(province.code()));
    List<Body> moved = new ArrayList<>();
    bodies.forEach(b -> moved.add(Body.of(b.code(), b.name(), b.kind(), province.code())));
    return Hierarchy.of(after.scheme(), units, moved);
  }

  private static AdminUnit oldProvince(Plan plan, Lineage lineage) {
    return lineage.before().unit(plan.jurisdiction())
        .filter(u -> u.tier().key().equals(Tier.PROVINCE.key()))
        .orElseThrow(() -> Check.invalid("plan %s: jurisdiction '%s' is not a province of %s", plan.number(),
            plan.jurisdiction(), lineage.before()));
  }

  private static AdminUnit newProvince(Plan plan, AdminUnit old, Lineage lineage) {
    List<AdminUnit> successors = lineage.successors(old.code(), Tier.PROVINCE);
    Check.argument(successors.size() == 1, "plan %s: %s went to %s, not to one province", plan.number(), old, successors);
    return successors.get(0);
  }

  private static ImmutableList<OldPlanAssessment> descendedPart(Plan plan, AdminUnit old, Lineage lineage,
      Collection<Body> bodies, Collection<Result> results, Allocation allocation) {
    Hierarchy after = lineage.after();
    Hierarchy part = territory(plan, lineage, bodies, Territory.DESCENDED_PART);
    Set<String> newProvinces = new HashSet<>();
    after.unitsOf(Tier.PROVINCE).forEach(p -> newProvinces.add(p.code()));
    List<Result> onCommunesAndBodies = new ArrayList<>();
    List<Result> onCommunes = new ArrayList<>();
    for (Result result : results) {
      if (!newProvinces.contains(result.subjectCode())) {
        onCommunesAndBodies.add(result);
      }
      after.unit(result.subjectCode()).filter(u -> u.tier().key().equals(Tier.COMMUNE.key()))
          .ifPresent(u -> onCommunes.add(result));
    }
    String successors = lineage.successors(old.code(), Tier.PROVINCE).toString();
    Lineage back = lineage.inverse();
    Map<String, ReExpression> reExpressions = new HashMap<>();
    List<OldPlanAssessment> out = new ArrayList<>();
    for (Assessment core : Compliance.assess(plan, part, onCommunesAndBodies)) {
      Target target = target(plan, core.targetCode());
      if (isTier(core.scope(), Tier.DISTRICT)) {
        continue;
      }
      if (isTier(core.scope(), Tier.PROVINCE)) {
        ReExpression onOld = reExpressions.computeIfAbsent(target.indicator().code() + "@" + target.period(),
            k -> ReExpression.of(back, RollupSpec.of(target.indicator(), target.period()), Tier.PROVINCE, allocation,
                onCommunes));
        ReExpressedCell cell = onOld.require(old.code());
        Assessment judged = Rollups.assess(target, old, cell.cell());
        Optional<Result> whole = results.stream().filter(r -> newProvinces.contains(r.subjectCode())
            && r.indicatorCode().equals(target.indicator().code()) && target.period().contains(r.period())).findFirst();
        if (judged.status() == Status.NO_DATA && whole.isPresent()) {
          judged = Compliance.notEvaluable(target, old, target.period(), target.deadline(), "only new province "
              + whole.get().subjectCode() + "'s own figure was reported; it covers the whole new province, not the part"
              + " descended from " + old.code());
        }
        out.add(OldPlanAssessment.of(judged,
            "the part of " + successors + " descended from " + old + ": " + cell.cell().coverage().expected()
                + " new-commune pieces re-expressed", cell.estimated()));
      } else {
        out.add(OldPlanAssessment.of(core, "reported by the new unit", false));
      }
    }
    return withDistricts(plan, out, old, lineage);
  }

  private static ImmutableList<OldPlanAssessment> wholeNewProvince(Plan plan, AdminUnit old, Lineage lineage,
      Collection<Body> bodies, Collection<Result> results) {
    AdminUnit province = newProvince(plan, old, lineage);
    Hierarchy whole = territory(plan, lineage, bodies, Territory.WHOLE_NEW_PROVINCE);
    Plan onNew = Plan.builder().from(plan).jurisdiction(province.code()).build();
    List<OldPlanAssessment> out = new ArrayList<>();
    for (Assessment core : Compliance.assess(onNew, whole, results)) {
      if (!isTier(core.scope(), Tier.DISTRICT)) {
        out.add(OldPlanAssessment.of(core, "the whole new province " + province + ", as reported", false));
      }
    }
    return withDistricts(plan, out, old, lineage);
  }

  /** Each target's verdicts, followed by its district verdicts where it has a district threshold. */
  private static ImmutableList<OldPlanAssessment> withDistricts(Plan plan, List<OldPlanAssessment> judged,
      AdminUnit old, Lineage lineage) {
    ImmutableList.Builder<OldPlanAssessment> out = ImmutableList.builder();
    for (Target target : plan.targets()) {
      judged.stream().filter(a -> a.assessment().targetCode().equals(target.code())).forEach(out::add);
      if (target.thresholds().containsKey(Scope.of(Tier.DISTRICT))) {
        out.addAll(districts(target, old, lineage));
      }
    }
    return out.build();
  }

  /** The district verdicts, which cannot be given on units without districts. */
  private static List<OldPlanAssessment> districts(Target target, AdminUnit old, Lineage lineage) {
    String reason = "districts were abolished on " + lineage.effective() + ": no unit after it reports for a district"
        + " (re-express the communes onto the old districts over the inverse lineage to estimate)";
    List<OldPlanAssessment> out = new ArrayList<>();
    Threshold threshold = target.thresholds().get(Scope.of(Tier.DISTRICT));
    if (threshold != null && threshold.appliesTo() == Threshold.AppliesTo.EACH) {
      for (AdminUnit district : lineage.before().children(old.code())) {
        out.add(OldPlanAssessment.of(Compliance.notEvaluable(target, district, target.period(), target.deadline(), reason),
            "abolished unit", false));
      }
    } else {
      Group group = Group.of(old.code(), Scope.of(Tier.DISTRICT));
      out.add(OldPlanAssessment.of(Compliance.notEvaluable(target, group, target.period(), target.deadline(), reason),
          "abolished tier", false));
    }
    return out;
  }

  private static boolean isTier(Scope scope, Tier tier) {
    return scope.equals(Scope.of(tier));
  }

  private static Target target(Plan plan, String code) {
    return plan.targets().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
  }
}
