package io.github.chiso.vn;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultimap;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A published list of administrative units: the {@link Hierarchy} (codes as the statistics office
 * writes them, names, English names where published), each unit's {@link UnitType}, the former names
 * it is also known by, and the dates its tier scheme is in force. Immutable and thread-safe.
 */
public final class UnitList {
  private final String source;
  private final Hierarchy hierarchy;
  private final ImmutableMap<String, UnitType> types;
  private final ImmutableMultimap<String, String> aliases;
  private final Supplier<UnitNames> names;

  private UnitList(String source, Hierarchy hierarchy, Map<String, UnitType> types,
      ImmutableMultimap<String, String> aliases) {
    this.source = source;
    this.hierarchy = hierarchy;
    this.types = ImmutableMap.copyOf(types);
    this.aliases = aliases;
    this.names = Suppliers.memoize(() -> UnitNames.of(hierarchy, aliases.asMap()));
  }

  /**
   * The list of {@code hierarchy}'s units with their {@code types} and former names ({@code aliases},
   * by unit code), described by {@code source}.
   *
   * @throws io.github.chiso.InvalidValueException if a unit has no type, a type of another tier, or a
   *     type or alias is given for a code that is not a unit
   */
  public static UnitList of(String source, Hierarchy hierarchy, Map<String, UnitType> types,
      ImmutableMultimap<String, String> aliases) {
    Check.argument(!source.isBlank(), "unit list: source must not be blank");
    for (AdminUnit unit : hierarchy.units()) {
      UnitType type = types.get(unit.code());
      Check.argument(type != null, "unit list %s: unit %s has no type", source, unit);
      Check.argument(type.tier().key().equals(unit.tier().key()),
          "unit list %s: unit %s has type %s, which is of tier %s", source, unit, type, type.tier());
    }
    for (String code : types.keySet()) {
      Check.argument(hierarchy.unit(code).isPresent(), "unit list %s: type for '%s', which is not a unit", source, code);
    }
    for (String code : aliases.keySet()) {
      Check.argument(hierarchy.unit(code).isPresent(), "unit list %s: alias for '%s', which is not a unit", source, code);
    }
    return new UnitList(source, hierarchy, types, aliases);
  }

  /** Where the list comes from, e.g. "statistics office catalogue, exported 2025-07-18". */
  public String source() {
    return source;
  }

  /** The units. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /** The tier scheme, with the dates it is in force. */
  public TierScheme scheme() {
    return hierarchy.scheme();
  }

  /** Whether the list's tier scheme is in force on {@code date}. */
  public boolean isInForceOn(LocalDate date) {
    return scheme().isInForceOn(date);
  }

  /**
   * The type of the unit with this code.
   *
   * @throws io.github.chiso.InvalidValueException if no unit has the code
   */
  public UnitType type(String code) {
    UnitType type = types.get(code);
    Check.argument(type != null, "no unit with code '%s' in %s", code, source);
    return type;
  }

  /**
   * One province and every unit below it, as a hierarchy of the same scheme, with {@code bodies}
   * attached (their jurisdictions must be units of it).
   *
   * @throws io.github.chiso.InvalidValueException if {@code code} is not a top-tier unit, or a body's
   *     jurisdiction is not in the province
   */
  public Hierarchy province(String code, Collection<Body> bodies) {
    AdminUnit province = hierarchy.unit(code).filter(u -> u.parentCode().isEmpty())
        .orElseThrow(() -> Check.invalid("no province with code '%s' in %s", code, source));
    List<AdminUnit> units = new ArrayList<>();
    units.add(province);
    units.addAll(hierarchy.descendants(code));
    return Hierarchy.of(hierarchy.scheme(), units, bodies);
  }

  /** Former or other names, by unit code (e.g. "Tỉnh Thừa Thiên Huế" for 46, now Thành phố Huế). */
  public ImmutableMultimap<String, String> aliases() {
    return aliases;
  }

  /** Lookup by name, including the aliases. */
  public UnitNames names() {
    return names.get();
  }

  @Override
  public String toString() {
    return "UnitList{" + source + ", " + hierarchy + "}";
  }
}
