package io.github.chiso.schedule;

import com.google.common.collect.ImmutableList;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Group;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.internal.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who must report: every subject of a scope (the units of a tier, the bodies of a kind), the subjects
 * of a scope within one jurisdiction (a {@link Group}: the communes of a province, the departments
 * of a province), or units and bodies named by code. {@link #resolve} turns them into the subjects of
 * a hierarchy.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Reporters {

  Reporters() {}

  /** The scope whose subjects report; empty when subjects are named by code. */
  public abstract Optional<Scope> scope();

  /** The unit within which the scope's subjects report; empty for the whole hierarchy. */
  public abstract Optional<String> jurisdiction();

  /** The codes of units and bodies named one by one; empty when a scope is given. */
  public abstract ImmutableList<String> codes();

  /** Every unit at {@code tier}. */
  public static Reporters of(Tier tier) {
    return of(Scope.of(tier));
  }

  /** Every body of {@code kind}. */
  public static Reporters of(BodyKind kind) {
    return of(Scope.of(kind));
  }

  /** Every subject of {@code scope}. */
  public static Reporters of(Scope scope) {
    return ImmutableReporters.builder().scope(scope).build();
  }

  /** The subjects of the group's scope within its jurisdiction (the unit itself included). */
  public static Reporters of(Group group) {
    return ImmutableReporters.builder().scope(group.scope()).jurisdiction(group.jurisdiction()).build();
  }

  /** The units and bodies with these codes (at least one, no duplicates). */
  public static Reporters codes(Iterable<String> codes) {
    return ImmutableReporters.builder().codes(codes).build();
  }

  /** The units and bodies with these codes. */
  public static Reporters codes(String... codes) {
    return codes(List.of(codes));
  }

  @Value.Check
  void check() {
    Check.argument(scope().isPresent() != !codes().isEmpty(),
        "reporters: give either a scope or codes, not %s", scope().isPresent() ? "both" : "neither");
    Check.argument(scope().isPresent() || jurisdiction().isEmpty(),
        "reporters: a jurisdiction (%s) needs a scope", jurisdiction().orElse(""));
    jurisdiction().ifPresent(j -> Check.code("reporters jurisdiction", j));
    Set<String> seen = new HashSet<>();
    for (String code : codes()) {
      Check.code("reporters code", code);
      Check.argument(seen.add(code), "reporters: code '%s' is named twice", code);
    }
  }

  /**
   * The subjects of {@code hierarchy} these reporters stand for: units in the hierarchy's order (tier
   * level, then code), then bodies by code. A scope with no subjects gives none.
   *
   * @throws io.github.chiso.InvalidValueException if a named code or the jurisdiction is not in the
   *     hierarchy
   */
  public ImmutableList<Subject> resolve(Hierarchy hierarchy) {
    if (scope().isEmpty()) {
      List<Subject> units = new ArrayList<>();
      List<Subject> bodies = new ArrayList<>();
      for (String code : codes()) {
        Subject subject = hierarchy.subject(code)
            .orElseThrow(() -> Check.invalid("reporters: no unit or body with code '%s' in the hierarchy", code));
        (subject instanceof AdminUnit ? units : bodies).add(subject);
      }
      if (units.size() > 1) {
        java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        for (AdminUnit unit : hierarchy.units()) {
          rank.put(unit.code(), rank.size());
        }
        units.sort(java.util.Comparator.comparing(u -> rank.get(u.code())));
      }
      bodies.sort(java.util.Comparator.comparing(Subject::code));
      return ImmutableList.<Subject>builder().addAll(units).addAll(bodies).build();
    }
    ImmutableList<Subject> all = hierarchy.subjectsOf(scope().get());
    if (jurisdiction().isEmpty()) {
      return all;
    }
    String within = jurisdiction().get();
    Check.argument(hierarchy.unit(within).isPresent(),
        "reporters: jurisdiction '%s' is not a unit of the hierarchy", within);
    ImmutableList.Builder<Subject> out = ImmutableList.builder();
    for (Subject subject : all) {
      String place = subject instanceof AdminUnit ? subject.code() : hierarchy.body(subject.code()).get().jurisdiction();
      if (hierarchy.isWithin(place, within)) {
        out.add(subject);
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return scope().isPresent() ? scope().get().key() + jurisdiction().map(j -> " within " + j).orElse("") : codes().toString();
  }
}
