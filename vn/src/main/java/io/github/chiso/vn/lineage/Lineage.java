package io.github.chiso.vn.lineage;

import static java.util.Comparator.comparing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which units of a {@link #before()} hierarchy became which units of an {@link #after()} hierarchy on
 * an {@link #effective()} date: links between their leaf units (units with no children, such as
 * communes; a district without communes is a leaf too).
 *
 * <p>Construction rejects, naming the link: a before-code that is not a leaf of the before
 * hierarchy, an after-code that is not a leaf of the after hierarchy, and a link given twice. It
 * does not require every leaf to be linked: {@link #unlinkedBefore()} and {@link #unlinkedAfter()}
 * list those that are not, for a check to report.
 *
 * <p>Each link's {@link LinkKind} follows from the links: {@link LinkKind#DIVIDED} when its
 * before-unit has several successors, else {@link LinkKind#MERGED} when its after-unit has several
 * predecessors, else {@link LinkKind#KEPT}.
 *
 * <p>Every query answers at any tier: a unit above the leaves stands for the leaves below it, and a
 * leaf reached is reported as its ancestor (or itself) at the tier asked. Answers are in code order.
 * Immutable and thread-safe.
 */
public final class Lineage {
  private final Hierarchy before;
  private final Hierarchy after;
  private final LocalDate effective;
  private final ImmutableList<Link> links;
  private final ImmutableListMultimap<String, Link> byFrom;
  private final ImmutableListMultimap<String, Link> byTo;

  private Lineage(Hierarchy before, Hierarchy after, LocalDate effective, Map<String, List<String>> pairs) {
    this.before = before;
    this.after = after;
    this.effective = effective;
    Map<String, Integer> predecessors = new TreeMap<>();
    for (List<String> tos : pairs.values()) {
      for (String to : tos) {
        predecessors.merge(to, 1, Integer::sum);
      }
    }
    List<Link> all = new ArrayList<>();
    pairs.forEach((from, tos) -> {
      for (String to : tos) {
        LinkKind kind = tos.size() > 1 ? LinkKind.DIVIDED
            : predecessors.get(to) > 1 ? LinkKind.MERGED : LinkKind.KEPT;
        all.add(Link.of(from, to, kind));
      }
    });
    all.sort(comparing(Link::fromCode).thenComparing(Link::toCode));
    this.links = ImmutableList.copyOf(all);
    ImmutableListMultimap.Builder<String, Link> from = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Link> to = ImmutableListMultimap.builder();
    for (Link link : links) {
      from.put(link.fromCode(), link);
      to.put(link.toCode(), link);
    }
    this.byFrom = from.build();
    this.byTo = to.orderValuesBy(comparing(Link::fromCode)).build();
  }

  /** A builder of the lineage from {@code before} to {@code after}, in force from {@code effective}. */
  public static Builder builder(Hierarchy before, Hierarchy after, LocalDate effective) {
    return new Builder(before, after, effective);
  }

  /** Collects links, then validates them at {@link #build()}; not thread-safe. */
  public static final class Builder {
    private final Hierarchy before;
    private final Hierarchy after;
    private final LocalDate effective;
    private final Map<String, List<String>> pairs = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();

    private Builder(Hierarchy before, Hierarchy after, LocalDate effective) {
      this.before = before;
      this.after = after;
      this.effective = effective;
    }

    /** Links the before-leaf {@code from} to the after-leaf {@code to}. */
    public Builder link(String from, String to) {
      Check.argument(isLeaf(before, from), "link %s -> %s: '%s' is not a unit without children in %s", from, to, from, before);
      Check.argument(isLeaf(after, to), "link %s -> %s: '%s' is not a unit without children in %s", from, to, to, after);
      Check.argument(seen.add(from + "\u0000" + to), "link %s -> %s is given twice", from, to);
      pairs.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
      return this;
    }

    /** Returns the lineage. */
    public Lineage build() {
      return new Lineage(before, after, effective, pairs);
    }
  }

  private static boolean isLeaf(Hierarchy hierarchy, String code) {
    return hierarchy.unit(code).isPresent() && hierarchy.children(code).isEmpty();
  }

  /** The units before the reform. */
  public Hierarchy before() {
    return before;
  }

  /** The units after the reform. */
  public Hierarchy after() {
    return after;
  }

  /** The first day the after units are in force. */
  public LocalDate effective() {
    return effective;
  }

  /** Every link, by before-code then after-code. */
  public ImmutableList<Link> links() {
    return links;
  }

  /** The same links turned round: after becomes before; kinds are read off again (merged becomes divided). */
  public Lineage inverse() {
    Builder inverse = builder(after, before, effective);
    byTo.asMap().forEach((to, froms) -> froms.forEach(link -> inverse.link(to, link.fromCode())));
    return inverse.build();
  }

  /**
   * The links out of the before-unit {@code beforeCode}: its own if it is a leaf, else those of every
   * leaf below it.
   *
   * @throws io.github.chiso.InvalidValueException if the code is not a before-unit
   */
  public ImmutableList<Link> successors(String beforeCode) {
    return linksOf(before, byFrom, beforeCode);
  }

  /** The after-units at {@code tier} that the before-unit {@code beforeCode} went into, by code. */
  public ImmutableList<AdminUnit> successors(String beforeCode, Tier tier) {
    return reached(successors(beforeCode), true, after, tier);
  }

  /**
   * The links into the after-unit {@code afterCode}: its own if it is a leaf, else those of every leaf
   * below it.
   *
   * @throws io.github.chiso.InvalidValueException if the code is not an after-unit
   */
  public ImmutableList<Link> predecessors(String afterCode) {
    return linksOf(after, byTo, afterCode);
  }

  /** The before-units at {@code tier} that the after-unit {@code afterCode} came from, by code. */
  public ImmutableList<AdminUnit> predecessors(String afterCode, Tier tier) {
    return reached(predecessors(afterCode), false, before, tier);
  }

  /** Leaves of the before hierarchy that no link leaves, by code. */
  public ImmutableList<AdminUnit> unlinkedBefore() {
    return unlinked(before, byFrom.keySet());
  }

  /** Leaves of the after hierarchy that no link reaches, by code. */
  public ImmutableList<AdminUnit> unlinkedAfter() {
    return unlinked(after, byTo.keySet());
  }

  /**
   * The unit at {@code tier} that contains the unit {@code code} of {@code hierarchy}: the unit itself
   * or one of its ancestors; empty when the unit sits above the tier.
   */
  public static Optional<AdminUnit> at(Hierarchy hierarchy, String code, Tier tier) {
    AdminUnit unit = hierarchy.unit(code).orElseThrow(() -> Check.invalid("no unit with code '%s' in %s", code, hierarchy));
    if (unit.tier().key().equals(tier.key())) {
      return Optional.of(unit);
    }
    return hierarchy.ancestors(code).stream().filter(u -> u.tier().key().equals(tier.key())).findFirst();
  }

  private static ImmutableList<Link> linksOf(Hierarchy hierarchy, ImmutableListMultimap<String, Link> index, String code) {
    Check.argument(hierarchy.unit(code).isPresent(), "no unit with code '%s' in %s", code, hierarchy);
    if (hierarchy.children(code).isEmpty()) {
      return index.get(code);
    }
    List<Link> out = new ArrayList<>();
    for (AdminUnit unit : hierarchy.descendants(code)) {
      out.addAll(index.get(unit.code()));
    }
    out.sort(comparing(Link::fromCode).thenComparing(Link::toCode));
    return ImmutableList.copyOf(out);
  }

  private static ImmutableList<AdminUnit> reached(List<Link> links, boolean forward, Hierarchy hierarchy, Tier tier) {
    Map<String, AdminUnit> units = new TreeMap<>();
    for (Link link : links) {
      at(hierarchy, forward ? link.toCode() : link.fromCode(), tier).ifPresent(u -> units.put(u.code(), u));
    }
    return ImmutableList.copyOf(units.values());
  }

  private static ImmutableList<AdminUnit> unlinked(Hierarchy hierarchy, ImmutableSet<String> linked) {
    List<AdminUnit> out = new ArrayList<>();
    for (AdminUnit unit : hierarchy.units()) {
      if (hierarchy.children(unit.code()).isEmpty() && !linked.contains(unit.code())) {
        out.add(unit);
      }
    }
    out.sort(comparing(AdminUnit::code));
    return ImmutableList.copyOf(out);
  }

  @Override
  public String toString() {
    return "Lineage{" + before.scheme().key() + " -> " + after.scheme().key() + " from " + effective + ", "
        + links.size() + " links}";
  }
}
