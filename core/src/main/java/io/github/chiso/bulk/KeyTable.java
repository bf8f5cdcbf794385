package io.github.chiso.bulk;

import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.compliance.CompiledThreshold;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Period;
import io.github.chiso.model.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The plan's answer to "which targets apply" for every (question, scope) pair, flattened for the
 * columnar loops: a question is an (indicator, period) pair, a scope is numbered per unit, and units
 * outside the plan's jurisdiction get a scope with no targets. Built from {@link
 * CompiledPlan#targetsFor} and {@link CompiledPlan#thresholdFor}, so it decides nothing itself.
 */
final class KeyTable {
  final int scopes;
  final int[] scopeOfUnit;
  final int slots;
  final Target[] targets;
  /**
   * Per key and slot, the index of its threshold among the distinct ones (0: no target), so that
   * the arrays below, indexed by that id, stay small enough for the first-level cache.
   */
  final int[] testId;
  /**
   * Per threshold id: {@link #NONE}, {@link #INTEGERS} (the arrays below hold the test), {@link
   * #RATIONAL}, or {@link #CHANGE} for a target on a change, which the object API judges.
   */
  final byte[] mode;
  final int[] mask;
  final long[] bound;
  final long[] wholeMultiplier;
  final long[] partsMultiplier;
  final long[] effectiveFromDay;
  /** The compiled thresholds by id (null at 0). */
  final CompiledThreshold[] byId;

  /** Whether every bound and multiplier in the arrays is {@link CompiledThreshold.Integers#isNarrow}. */
  final boolean narrow;

  static final byte NONE = 0;
  static final byte INTEGERS = 1;
  static final byte RATIONAL = 2;
  static final byte CHANGE = 3;

  /** Whether some slot holds a target on a change ({@link #CHANGE}). */
  final boolean hasChanges;

  KeyTable(CompiledPlan plan, Hierarchy hierarchy, int questions, IntFunction<String> indicatorOf,
      IntFunction<Period> periodOf) {
    plan.requireJurisdictionIn(hierarchy);
    List<AdminUnit> units = hierarchy.units();
    Map<Scope, Integer> ids = new HashMap<>();
    List<Scope> scopeList = new ArrayList<>();
    this.scopeOfUnit = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      AdminUnit unit = units.get(u);
      if (plan.governs(hierarchy, unit)) {
        scopeOfUnit[u] = ids.computeIfAbsent(unit.scope(), s -> {
          scopeList.add(s);
          return scopeList.size() - 1;
        });
      } else {
        scopeOfUnit[u] = -1;
      }
    }
    int outside = scopeList.size();
    for (int u = 0; u < units.size(); u++) {
      if (scopeOfUnit[u] < 0) {
        scopeOfUnit[u] = outside;
      }
    }
    this.scopes = outside + 1;
    List<List<Target>> found = new ArrayList<>(questions * scopes);
    int most = 0;
    for (int q = 0; q < questions; q++) {
      String indicator = indicatorOf.apply(q);
      Period period = periodOf.apply(q);
      for (int s = 0; s < scopes; s++) {
        List<Target> applicable = s == outside ? List.of() : plan.targetsFor(indicator, period, scopeList.get(s));
        found.add(applicable);
        most = Math.max(most, applicable.size());
      }
    }
    this.slots = most;
    this.targets = new Target[questions * scopes * slots];
    this.testId = new int[targets.length];
    Map<CompiledThreshold, Integer> distinct = new java.util.IdentityHashMap<>();
    List<CompiledThreshold> byId = new ArrayList<>();
    byId.add(null);
    java.util.Set<Integer> changeIds = new java.util.HashSet<>();
    for (int key = 0; key < found.size(); key++) {
      List<Target> applicable = found.get(key);
      for (int j = 0; j < applicable.size(); j++) {
        Target target = applicable.get(j);
        int k = key * slots + j;
        targets[k] = target;
        testId[k] = distinct.computeIfAbsent(plan.thresholdFor(target, scopeList.get(key % scopes)).orElseThrow(), t -> {
          byId.add(t);
          return byId.size() - 1;
        });
        if (target.change().isPresent()) {
          changeIds.add(testId[k]);
        }
      }
    }
    int distinctCount = byId.size();
    this.mode = new byte[distinctCount];
    this.mask = new int[distinctCount];
    this.bound = new long[distinctCount];
    this.wholeMultiplier = new long[distinctCount];
    this.partsMultiplier = new long[distinctCount];
    this.effectiveFromDay = new long[distinctCount];
    boolean[] narrowBounds = {true};
    for (int id = 1; id < distinctCount; id++) {
      int i = id;
      if (changeIds.contains(i)) {
        mode[i] = CHANGE;
        continue;
      }
      mode[i] = RATIONAL;
      byId.get(i).integers().ifPresent(integers -> {
        narrowBounds[0] &= CompiledThreshold.Integers.isNarrow(integers.bound())
            && CompiledThreshold.Integers.isNarrow(integers.partsMultiplier())
            && CompiledThreshold.Integers.isNarrow(integers.wholeMultiplier());
        mode[i] = INTEGERS;
        mask[i] = integers.mask();
        bound[i] = integers.bound();
        wholeMultiplier[i] = integers.wholeMultiplier();
        partsMultiplier[i] = integers.partsMultiplier();
        effectiveFromDay[i] = integers.effectiveFromDay();
      });
    }
    this.byId = byId.toArray(new CompiledThreshold[0]);
    this.narrow = narrowBounds[0];
    this.hasChanges = !changeIds.isEmpty();
  }
}
