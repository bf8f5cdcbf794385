package io.github.chiso.spark;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.InvalidValueException;
import io.github.chiso.compliance.CompiledPlan;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.CoveragePolicy;
import io.github.chiso.rollup.RollupSpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the executors need, in a form Spark can ship (broadcast): the plan and the hierarchy as their
 * JSON documents, and the rollup specs field by field. Each JVM reads them once per job ({@link
 * #resolve}) and keeps the compiled plan and the unit tables while the job runs.
 */
final class Context implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Cache<String, Resolved> RESOLVED = CacheBuilder.newBuilder().maximumSize(16).build();

  private final String id = UUID.randomUUID().toString();
  private final String planJson;
  private final String hierarchyJson;
  private final ImmutableList<SpecForm> specs;

  private Context(String planJson, String hierarchyJson, ImmutableList<SpecForm> specs) {
    this.planJson = planJson;
    this.hierarchyJson = hierarchyJson;
    this.specs = specs;
  }

  static Context of(Plan plan, Hierarchy hierarchy, List<RollupSpec> specs) {
    JsonMapper mapper = ChisoJson.mapper();
    ImmutableList.Builder<SpecForm> forms = ImmutableList.builder();
    for (RollupSpec spec : specs) {
      Indicator known = plan.indicators().get(spec.indicator().code());
      if (known == null || !known.equals(spec.indicator())) {
        throw new InvalidValueException("rollup of " + spec.indicator().code() + ": the indicator must be one of plan "
            + plan.number() + "'s (a target's or a reported one), as it is given there");
      }
      Map<String, String> weights = new LinkedHashMap<>();
      spec.weights().forEach((code, weight) -> weights.put(code, weight.toString()));
      forms.add(new SpecForm(spec.indicator().code(), spec.period().toString(),
          spec.sourceTier().map(Tier::key).orElse(null), spec.rule().name(), spec.policy().minimumShare().toString(),
          spec.unitThreshold().map(mapper::writeValueAsString).orElse(null), weights));
    }
    Context context = new Context(ChisoJson.writePlan(plan), ChisoJson.writeHierarchy(hierarchy), forms.build());
    RESOLVED.put(context.id, new Resolved(plan, hierarchy, ImmutableList.copyOf(specs)));
    return context;
  }

  /** Forgets what this JVM has read, so that the next job reads its documents again (as an executor does). */
  static void forgetAll() {
    RESOLVED.invalidateAll();
  }

  Context withSpecs(List<RollupSpec> specs) {
    Resolved here = resolve();
    return of(here.plan, here.hierarchy, specs);
  }

  /** The plan, the hierarchy and the specs, read once in this JVM. */
  Resolved resolve() {
    try {
      return RESOLVED.get(id, this::read);
    } catch (ExecutionException e) {
      throw new IllegalStateException("chiso-spark: could not read the job's plan and hierarchy", e.getCause());
    }
  }

  private Resolved read() {
    Plan plan = ChisoJson.readPlan(planJson);
    Hierarchy hierarchy = ChisoJson.readHierarchy(hierarchyJson);
    JsonMapper mapper = ChisoJson.mapper();
    List<RollupSpec> built = new ArrayList<>();
    for (SpecForm form : specs) {
      RollupSpec.Builder spec = RollupSpec.builder().indicator(plan.indicators().get(form.indicator))
          .period(Period.parse(form.period)).rule(UnitRollup.valueOf(form.rule))
          .policy(CoveragePolicy.requireShare(mapper.readValue(mapper.writeValueAsString(form.minimumShare), Rational.class)));
      if (form.sourceTier != null) {
        spec.sourceTier(hierarchy.scheme().tiers().stream().filter(t -> t.key().equals(form.sourceTier)).findFirst()
            .orElseThrow());
      }
      if (form.unitThreshold != null) {
        spec.unitThreshold(mapper.readValue(form.unitThreshold, Threshold.class));
      }
      form.weights.forEach((code, weight) ->
          spec.putWeights(code, mapper.readValue(mapper.writeValueAsString(weight), Rational.class)));
      built.add(spec.build());
    }
    return new Resolved(plan, hierarchy, ImmutableList.copyOf(built));
  }

  /** One rollup spec, field by field. */
  private static final class SpecForm implements Serializable {
    private static final long serialVersionUID = 1L;
    final String indicator;
    final String period;
    final String sourceTier;
    final String rule;
    final String minimumShare;
    final String unitThreshold;
    final LinkedHashMap<String, String> weights;

    SpecForm(String indicator, String period, String sourceTier, String rule, String minimumShare,
        String unitThreshold, Map<String, String> weights) {
      this.indicator = indicator;
      this.period = period;
      this.sourceTier = sourceTier;
      this.rule = rule;
      this.minimumShare = minimumShare;
      this.unitThreshold = unitThreshold;
      this.weights = new LinkedHashMap<>(weights);
    }
  }

  /** Refuses a plan with a target on a change: a partition may not hold a row's reference row. */
  static void requireNoChanges(Plan plan) {
    for (io.github.chiso.model.Target target : plan.targets()) {
      io.github.chiso.internal.Check.argument(target.change().isEmpty(), "plan %s: target %s is on a change (%s): "
          + "Spark partitions do not bring a result and its reference result together; judge it with Compliance or "
          + "BulkCompliance", plan.number(), target.code(), target.change().orElse(null));
    }
  }

  /** The job's objects with the tables the partitions use. */
  static final class Resolved {
    final Plan plan;
    final CompiledPlan compiled;
    final Hierarchy hierarchy;
    final ImmutableList<Indicator> indicators;
    final ImmutableList<RollupSpec> specs;
    final ImmutableList<AdminUnit> units;
    final ImmutableMap<String, Integer> unitIndex;
    final int[] parent;
    final int[] level;
    /** The source tier's level (that of every spec), or −1 without specs. */
    final int sourceLevel;
    /** Specs by indicator code. */
    final ImmutableMap<String, int[]> specsByIndicator;
    private final Map<Integer, int[]> sourcesBelow = new java.util.concurrent.ConcurrentHashMap<>();

    Resolved(Plan plan, Hierarchy hierarchy, ImmutableList<RollupSpec> specs) {
      this.plan = plan;
      requireNoChanges(plan);
      this.compiled = CompiledPlan.of(plan);
      this.hierarchy = hierarchy;
      this.indicators = plan.indicators().values().asList();
      this.specs = specs;
      this.units = hierarchy.units();
      Map<String, Integer> index = new HashMap<>();
      for (int u = 0; u < units.size(); u++) {
        index.put(units.get(u).code(), u);
      }
      this.unitIndex = ImmutableMap.copyOf(index);
      this.parent = new int[units.size()];
      this.level = new int[units.size()];
      for (int u = 0; u < units.size(); u++) {
        parent[u] = units.get(u).parentCode().map(index::get).orElse(-1);
        level[u] = hierarchy.scheme().levelOf(units.get(u).tier());
      }
      this.sourceLevel = specs.isEmpty() ? -1
          : hierarchy.scheme().levelOf(specs.get(0).sourceTier().orElse(hierarchy.scheme().bottom()));
      Map<String, List<Integer>> byIndicator = new HashMap<>();
      for (int s = 0; s < specs.size(); s++) {
        byIndicator.computeIfAbsent(specs.get(s).indicator().code(), k -> new ArrayList<>()).add(s);
      }
      ImmutableMap.Builder<String, int[]> specIndex = ImmutableMap.builder();
      byIndicator.forEach((code, list) -> specIndex.put(code, list.stream().mapToInt(Integer::intValue).toArray()));
      this.specsByIndicator = specIndex.buildOrThrow();
    }

    /** The index of the unit with this code in {@link #units}. */
    int unit(String code) {
      Integer u = unitIndex.get(code);
      if (u == null) {
        throw new InvalidValueException("results: unit '" + code + "' is not a unit of the hierarchy " + hierarchy);
      }
      return u;
    }

    /** Whether unit {@code u} has rollup cells: it is above the source tier. */
    boolean hasCells(int u) {
      return level[u] < sourceLevel;
    }

    /** The source units below unit {@code u}, in the order the object API lists missing units. */
    int[] sourcesBelow(int u) {
      return sourcesBelow.computeIfAbsent(u, key -> {
        List<Integer> out = new ArrayList<>();
        collectSources(units.get(key).code(), out);
        return out.stream().mapToInt(Integer::intValue).toArray();
      });
    }

    private void collectSources(String code, List<Integer> out) {
      for (AdminUnit child : hierarchy.children(code)) {
        int c = unitIndex.get(child.code());
        if (level[c] == sourceLevel) {
          out.add(c);
        } else if (level[c] < sourceLevel) {
          collectSources(child.code(), out);
        }
      }
    }
  }
}
