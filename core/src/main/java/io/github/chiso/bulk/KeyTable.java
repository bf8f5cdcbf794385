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
  final CompiledThreshold[] tests;

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
    this.tests = new CompiledThreshold[targets.length];
    for (int key = 0; key < found.size(); key++) {
      List<Target> applicable = found.get(key);
      for (int j = 0; j < applicable.size(); j++) {
        Target target = applicable.get(j);
        targets[key * slots + j] = target;
        tests[key * slots + j] = plan.thresholdFor(target, scopeList.get(key % scopes)).orElseThrow();
      }
    }
  }
}
