package io.github.chiso.hierarchy;

import static java.util.Comparator.comparing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.internal.Check;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, validated index of administrative units under one {@link TierScheme}, together with
 * the implementing bodies attached to them.
 *
 * <p>Construction rejects, with a message naming the unit and the offending value: a unit at a tier
 * the scheme lacks, a code used twice (units and bodies share one code space), a parent that does not
 * exist, a cycle of parents, a parent at the wrong tier (each unit's parent must sit exactly one tier
 * above), a unit below the top tier without a parent, and a body whose jurisdiction is not a unit.
 *
 * <p>Lookups by code are O(1); {@link #children}, {@link #unitsOf}, {@link #bodiesOf} and {@link
 * #bodiesIn} return precomputed lists; {@link #ancestors} is O(depth) and {@link #descendants} is
 * O(size of the answer). Every list is ordered by tier level, then code, so answers are
 * deterministic whatever order the units were given in. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Hierarchy {

  private final TierScheme scheme;
  private final ImmutableMap<String, AdminUnit> units;
  private final ImmutableMap<String, Body> bodies;
  private final ImmutableListMultimap<String, AdminUnit> children;
  private final ImmutableListMultimap<String, AdminUnit> byTier;
  private final ImmutableListMultimap<String, Body> byKind;
  private final ImmutableListMultimap<String, Body> byJurisdiction;

  private Hierarchy(TierScheme scheme, Collection<AdminUnit> unitList, Collection<Body> bodyList) {
    this.scheme = scheme;
    Map<String, AdminUnit> unitsByCode = new HashMap<>();
    for (AdminUnit unit : unitList) {
      Check.argument(
          scheme.contains(unit.tier()),
          "unit %s: tier '%s' is not in tier scheme %s",
          unit.code(),
          unit.tier().key(),
          scheme);
      Check.argument(
          unitsByCode.put(unit.code(), unit) == null, "duplicate unit code '%s'", unit.code());
    }
    for (AdminUnit unit : unitList) {
      checkParent(unit, unitsByCode);
    }
    for (AdminUnit unit : unitList) {
      checkNoCycle(unit, unitsByCode);
    }
    for (AdminUnit unit : unitList) {
      checkParentTier(unit, unitsByCode);
    }
    List<AdminUnit> sortedUnits = new ArrayList<>(unitList);
    sortedUnits.sort(
        comparing((AdminUnit u) -> scheme.levelOf(u.tier()))
            .thenComparing(AdminUnit::code));
    List<Body> sortedBodies = new ArrayList<>(bodyList);
    sortedBodies.sort(comparing(Body::code));

    ImmutableMap.Builder<String, AdminUnit> unitIndex = ImmutableMap.builder();
    ImmutableListMultimap.Builder<String, AdminUnit> childIndex = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, AdminUnit> tierIndex = ImmutableListMultimap.builder();
    for (AdminUnit unit : sortedUnits) {
      unitIndex.put(unit.code(), unit);
      unit.parentCode().ifPresent(parent -> childIndex.put(parent, unit));
      tierIndex.put(unit.tier().key(), unit);
    }
    Set<String> bodyCodes = new HashSet<>();
    ImmutableMap.Builder<String, Body> bodyIndex = ImmutableMap.builder();
    ImmutableListMultimap.Builder<String, Body> kindIndex = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Body> jurisdictionIndex = ImmutableListMultimap.builder();
    for (Body body : sortedBodies) {
      Check.argument(
          !unitsByCode.containsKey(body.code()),
          "body code '%s' is already the code of unit %s",
          body.code(),
          unitsByCode.get(body.code()));
      Check.argument(bodyCodes.add(body.code()), "duplicate body code '%s'", body.code());
      Check.argument(
          unitsByCode.containsKey(body.jurisdiction()),
          "body %s: jurisdiction '%s' is not a unit of the hierarchy",
          body.code(),
          body.jurisdiction());
      bodyIndex.put(body.code(), body);
      kindIndex.put(body.kind().key(), body);
      jurisdictionIndex.put(body.jurisdiction(), body);
    }
    this.units = unitIndex.build();
    this.bodies = bodyIndex.buildOrThrow();
    this.children = childIndex.build();
    this.byTier = tierIndex.build();
    this.byKind = kindIndex.build();
    this.byJurisdiction = jurisdictionIndex.build();
  }

  private void checkParent(AdminUnit unit, Map<String, AdminUnit> unitsByCode) {
    boolean top = scheme.levelOf(unit.tier()) == 0;
    if (unit.parentCode().isEmpty()) {
      Check.argument(
          top,
          "unit %s: has no parent, but tier '%s' is below the top tier '%s'",
          unit.code(),
          unit.tier().key(),
          scheme.top().key());
      return;
    }
    String parent = unit.parentCode().get();
    Check.argument(
        unitsByCode.containsKey(parent),
        "unit %s: parent '%s' is not a unit of the hierarchy",
        unit.code(),
        parent);
  }

  private static void checkNoCycle(AdminUnit start, Map<String, AdminUnit> unitsByCode) {
    Set<String> path = new LinkedHashSet<>();
    Optional<AdminUnit> current = Optional.of(start);
    while (current.isPresent()) {
      AdminUnit unit = current.get();
      if (!path.add(unit.code())) {
        throw Check.invalid("unit %s: cycle of parents %s -> %s", start.code(), path, unit.code());
      }
      current = unit.parentCode().map(unitsByCode::get);
    }
  }

  private void checkParentTier(AdminUnit unit, Map<String, AdminUnit> unitsByCode) {
    if (unit.parentCode().isEmpty()) {
      return;
    }
    AdminUnit parent = unitsByCode.get(unit.parentCode().get());
    Tier expected = scheme.parentOf(unit.tier()).orElseThrow();
    Check.argument(
        parent.tier().key().equals(expected.key()),
        "unit %s at tier '%s': parent %s is at tier '%s', but must be at tier '%s'",
        unit.code(),
        unit.tier().key(),
        parent.code(),
        parent.tier().key(),
        expected.key());
  }

  /** Returns the validated hierarchy of {@code units} and {@code bodies} under {@code scheme}. */
  public static Hierarchy of(
      TierScheme scheme, Collection<AdminUnit> units, Collection<Body> bodies) {
    return new Hierarchy(scheme, units, bodies);
  }

  /** Returns the validated hierarchy of {@code units} under {@code scheme}, with no bodies. */
  public static Hierarchy of(TierScheme scheme, Collection<AdminUnit> units) {
    return new Hierarchy(scheme, units, List.of());
  }

  /** A builder that collects units and bodies, then validates them all at {@link Builder#build}. */
  public static Builder builder(TierScheme scheme) {
    return new Builder(scheme);
  }

  /** Collects units and bodies; not thread-safe. */
  public static final class Builder {
    private final TierScheme scheme;
    private final List<AdminUnit> units = new ArrayList<>();
    private final List<Body> bodies = new ArrayList<>();

    private Builder(TierScheme scheme) {
      this.scheme = scheme;
    }

    /** Adds a unit. */
    public Builder add(AdminUnit unit) {
      units.add(unit);
      return this;
    }

    /** Adds a body. */
    public Builder add(Body body) {
      bodies.add(body);
      return this;
    }

    /** Adds units. */
    public Builder addUnits(Iterable<AdminUnit> more) {
      more.forEach(units::add);
      return this;
    }

    /** Adds bodies. */
    public Builder addBodies(Iterable<Body> more) {
      more.forEach(bodies::add);
      return this;
    }

    /** Validates and returns the hierarchy. */
    public Hierarchy build() {
      return new Hierarchy(scheme, units, bodies);
    }
  }

  /** The tier scheme the units follow. */
  public TierScheme scheme() {
    return scheme;
  }

  /** Number of administrative units (bodies not counted). */
  public int size() {
    return units.size();
  }

  /** All units, ordered by tier level then code. */
  public ImmutableList<AdminUnit> units() {
    return units.values().asList();
  }

  /** All bodies, ordered by code. */
  public ImmutableList<Body> bodies() {
    return bodies.values().asList();
  }

  /** The unit with this code, if any. */
  public Optional<AdminUnit> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  /** The body with this code, if any. */
  public Optional<Body> body(String code) {
    return Optional.ofNullable(bodies.get(code));
  }

  /** The unit or body with this code, if any. */
  public Optional<Subject> subject(String code) {
    AdminUnit unit = units.get(code);
    return unit != null ? Optional.of(unit) : Optional.ofNullable(bodies.get(code));
  }

  /** Whether a unit or body has this code. */
  public boolean contains(String code) {
    return units.containsKey(code) || bodies.containsKey(code);
  }

  /** Units at the top tier. */
  public ImmutableList<AdminUnit> roots() {
    return unitsOf(scheme.top());
  }

  /** The parent of the unit with this code, empty for a top-tier unit. */
  public Optional<AdminUnit> parent(String code) {
    return require(code).parentCode().map(units::get);
  }

  /** Direct children of the unit with this code, by code. */
  public ImmutableList<AdminUnit> children(String code) {
    require(code);
    return children.get(code);
  }

  /** Ancestors of the unit with this code, nearest first. */
  public ImmutableList<AdminUnit> ancestors(String code) {
    ImmutableList.Builder<AdminUnit> result = ImmutableList.builder();
    Optional<String> next = require(code).parentCode();
    while (next.isPresent()) {
      AdminUnit parent = units.get(next.get());
      result.add(parent);
      next = parent.parentCode();
    }
    return result.build();
  }

  /** All units below the unit with this code, depth first, children in code order. */
  public ImmutableList<AdminUnit> descendants(String code) {
    require(code);
    ImmutableList.Builder<AdminUnit> result = ImmutableList.builder();
    Deque<AdminUnit> stack = new ArrayDeque<>();
    children.get(code).reverse().forEach(stack::push);
    while (!stack.isEmpty()) {
      AdminUnit unit = stack.pop();
      result.add(unit);
      children.get(unit.code()).reverse().forEach(stack::push);
    }
    return result.build();
  }

  /** Whether {@code code} is {@code ancestorCode} or lies below it. */
  public boolean isWithin(String code, String ancestorCode) {
    require(ancestorCode);
    if (code.equals(ancestorCode)) {
      return true;
    }
    return ancestors(code).stream().anyMatch(u -> u.code().equals(ancestorCode));
  }

  /** Units at {@code tier}, by code; empty if the scheme lacks the tier. */
  public ImmutableList<AdminUnit> unitsOf(Tier tier) {
    return byTier.get(tier.key());
  }

  /** Bodies of {@code kind}, by code. */
  public ImmutableList<Body> bodiesOf(BodyKind kind) {
    return byKind.get(kind.key());
  }

  /** Bodies whose jurisdiction is the unit with this code, by code. */
  public ImmutableList<Body> bodiesIn(String unitCode) {
    require(unitCode);
    return byJurisdiction.get(unitCode);
  }

  /** The subjects a scope covers: units of a tier or bodies of a kind, in code order. */
  @SuppressWarnings("unchecked") // safe: immutable lists are covariant in practice
  public ImmutableList<Subject> subjectsOf(Scope scope) {
    ImmutableList<? extends Subject> subjects =
        scope.kind() == Scope.Kind.TIER ? byTier.get(scope.key()) : byKind.get(scope.key());
    return (ImmutableList<Subject>) subjects;
  }

  private AdminUnit require(String code) {
    AdminUnit unit = units.get(code);
    if (unit == null) {
      throw Check.invalid("no unit with code '%s' in the hierarchy", code);
    }
    return unit;
  }

  @Override
  public String toString() {
    return "Hierarchy{" + scheme.key() + ", " + units.size() + " units, " + bodies.size() + " bodies}";
  }
}
