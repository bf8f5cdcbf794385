package io.github.chiso.vn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.internal.Check;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds units of a {@link Hierarchy} by name, the way Vietnamese names are actually written.
 *
 * <p>Two names match when their {@linkplain #key keys} are equal. The key ignores:
 *
 * <ul>
 *   <li>case and Unicode form (NFC and NFD spellings are the same);
 *   <li>where the tone mark sits: the old placement "Hòa", "Thủy", "Hóa" and the new "Hoà", "Thuỷ",
 *       "Hoá" give one key, because each syllable's tone mark is moved to the end of the syllable
 *       (tones themselves still count: "Hòa" is not "Hóa");
 *   <li>hyphens, dots, commas, apostrophes and repeated spaces ("Văn Miếu - Quốc Tử Giám" is "Văn
 *       Miếu Quốc Tử Giám"), and leading zeros of numbers ("Phường 05" is "Phường 5").
 * </ul>
 *
 * A name may carry its type word or not: "Tỉnh Đồng Nai", "Đồng Nai", "Thành phố Hồ Chí Minh", "TP.
 * Hồ Chí Minh" and "Hồ Chí Minh" find the same units. When the type word is given and one unit has
 * it, that unit wins over others with the same bare name ("Thị trấn Tân Phú" over "Xã Tân Phú").
 * Former names (aliases) are matched too, e.g. "Thừa Thiên Huế" for Huế.
 *
 * <p>A lookup that finds no unit, or several, raises {@link UnitNameException} listing the nearest
 * names or the matches. Immutable and thread-safe.
 */
public final class UnitNames {
  private static final Set<Character> TONES = Set.of('\u0300', '\u0301', '\u0303', '\u0309', '\u0323');
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2013\u2014.,;:()/]+");
  private static final Pattern QUOTES = Pattern.compile("['\u2019\u2018`\"]");
  private static final Pattern LEADING_ZEROS = Pattern.compile("\\b0+(\\d)");
  /** A syllable of consonants (qu counting as one) and a lone i or y, with its tone mark after it. */
  private static final Pattern LONE_Y = Pattern.compile("^((?:qu|[bcdđghklmnprstvx]{1,3})?)y([\u0300\u0301\u0303\u0309\u0323]?)$");
  /** Abbreviations of type words, by key: "TP." is "Thành phố", "TX" "Thị xã", "TT" "Thị trấn". */
  private static final Map<String, String> ABBREVIATIONS =
      Map.of("tp", key("Thành phố"), "tx", key("Thị xã"), "tt", key("Thị trấn"));
  private static final int NEAREST = 5;

  private final Hierarchy hierarchy;
  private final ImmutableListMultimap<String, AdminUnit> byFullKey;
  private final ImmutableListMultimap<String, AdminUnit> byBareKey;

  private UnitNames(Hierarchy hierarchy, Map<String, ? extends Iterable<String>> aliases) {
    this.hierarchy = hierarchy;
    ImmutableListMultimap.Builder<String, AdminUnit> full = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, AdminUnit> bare = ImmutableListMultimap.builder();
    for (AdminUnit unit : hierarchy.units()) {
      Set<String> names = new LinkedHashSet<>();
      names.add(unit.name());
      unit.nameEn().ifPresent(names::add);
      Iterable<String> more = aliases.get(unit.code());
      if (more != null) {
        more.forEach(names::add);
      }
      Set<String> fullKeys = new LinkedHashSet<>();
      Set<String> bareKeys = new LinkedHashSet<>();
      for (String name : names) {
        fullKeys.add(fullKey(name));
        bareKeys.add(bareKey(name));
      }
      fullKeys.forEach(k -> full.put(k, unit));
      bareKeys.forEach(k -> bare.put(k, unit));
    }
    this.byFullKey = full.build();
    this.byBareKey = bare.build();
  }

  /** An index of {@code hierarchy}'s names and English names. */
  public static UnitNames of(Hierarchy hierarchy) {
    return new UnitNames(hierarchy, Map.of());
  }

  /** An index that also matches {@code aliases}: former or other names, by unit code. */
  public static UnitNames of(Hierarchy hierarchy, Map<String, ? extends Iterable<String>> aliases) {
    for (String code : aliases.keySet()) {
      Check.argument(hierarchy.unit(code).isPresent(), "alias for unit '%s', which is not in %s", code, hierarchy);
    }
    return new UnitNames(hierarchy, aliases);
  }

  /** The hierarchy searched. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * The code of the one unit at {@code tier} named {@code name}.
   *
   * @throws UnitNameException if no unit or several units at the tier answer to the name
   */
  public String code(String name, Tier tier) {
    return unit(name, tier, Optional.empty()).code();
  }

  /**
   * The code of the one unit at {@code tier} within the unit {@code withinCode} (itself or below it)
   * named {@code name}: "Xã Tân Phú" in one district rather than the country.
   *
   * @throws UnitNameException if no unit or several units there answer to the name
   * @throws io.github.chiso.InvalidValueException if {@code withinCode} is not a unit
   */
  public String code(String name, Tier tier, String withinCode) {
    Check.argument(hierarchy.unit(withinCode).isPresent(), "no unit with code '%s' in %s", withinCode, hierarchy);
    return unit(name, tier, Optional.of(withinCode)).code();
  }

  /** Every unit at {@code tier} that answers to {@code name}, by code; empty when none does. */
  public ImmutableList<AdminUnit> matches(String name, Tier tier) {
    return matches(name, tier, Optional.empty());
  }

  private AdminUnit unit(String name, Tier tier, Optional<String> within) {
    ImmutableList<AdminUnit> found = matches(name, tier, within);
    if (found.size() == 1) {
      return found.get(0);
    }
    String where = within.map(code -> " in " + hierarchy.unit(code).orElseThrow()).orElse("");
    if (found.isEmpty()) {
      ImmutableList<AdminUnit> nearest = nearest(name, tier, within);
      throw new UnitNameException(
          "no " + tier.key() + " named '" + name + "'" + where + "; nearest: " + describe(nearest), name, false, nearest);
    }
    throw new UnitNameException(
        found.size() + " units at tier " + tier.key() + " are named '" + name + "'" + where
            + ": " + describe(found) + "; give the code of the unit they lie in",
        name, true, found);
  }

  private ImmutableList<AdminUnit> matches(String name, Tier tier, Optional<String> within) {
    List<AdminUnit> full = filter(byFullKey.get(fullKey(name)), tier, within);
    if (full.size() == 1) {
      return ImmutableList.copyOf(full);
    }
    return ImmutableList.copyOf(filter(byBareKey.get(bareKey(name)), tier, within));
  }

  private List<AdminUnit> filter(List<AdminUnit> units, Tier tier, Optional<String> within) {
    Set<AdminUnit> out = new LinkedHashSet<>();
    for (AdminUnit unit : units) {
      if (unit.tier().key().equals(tier.key()) && within.map(w -> hierarchy.isWithin(unit.code(), w)).orElse(true)) {
        out.add(unit);
      }
    }
    List<AdminUnit> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparing(AdminUnit::code));
    return sorted;
  }

  private ImmutableList<AdminUnit> nearest(String name, Tier tier, Optional<String> within) {
    String wanted = bareKey(name);
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    List<AdminUnit> candidates = new ArrayList<>();
    List<Integer> distances = new ArrayList<>();
    for (AdminUnit unit : hierarchy.unitsOf(tier)) {
      if (within.isPresent() && !hierarchy.isWithin(unit.code(), within.get())) {
        continue;
      }
      candidates.add(unit);
      distances.add(distance.apply(wanted, bareKey(unit.name())));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(distances::get).thenComparing(i -> candidates.get(i).code()));
    ImmutableList.Builder<AdminUnit> out = ImmutableList.builder();
    order.stream().limit(NEAREST).forEach(i -> out.add(candidates.get(i)));
    return out.build();
  }

  private String describe(List<AdminUnit> units) {
    List<String> parts = new ArrayList<>();
    for (AdminUnit unit : units) {
      String parent = hierarchy.parent(unit.code()).map(p -> " (" + p.name() + ")").orElse("");
      parts.add(unit.code() + " " + unit.name() + parent);
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /**
   * The matching key of {@code name}: lower case, each syllable's tone mark moved to its end, a
   * syllable that is a consonant and a lone i or y written with i ("Quý" is "Quí", "Sỹ" is "Sĩ"),
   * separators, spaces and apostrophes dropped ("Ea Bar" is "EaBar", "K' Dang" is "KDang"), leading
   * zeros of numbers dropped. Type words are kept; see {@link #bareKey}.
   */
  public static String key(String name) {
    return String.join("", syllables(name));
  }

  /** The key of {@code name} without its leading type word ("Tỉnh", "Thành phố", "TP.", "Phường"...). */
  public static String bareKey(String name) {
    List<String> syllables = syllables(name);
    return String.join("", syllables.subList(prefixOf(syllables).size(), syllables.size()));
  }

  private static String fullKey(String name) {
    List<String> syllables = syllables(name);
    List<String> prefix = prefixOf(syllables);
    String bare = String.join("", syllables.subList(prefix.size(), syllables.size()));
    String joined = String.join("", prefix);
    return ABBREVIATIONS.getOrDefault(joined, joined) + "|" + bare;
  }

  private static List<String> syllables(String name) {
    String lower = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    lower = QUOTES.matcher(lower).replaceAll("");
    lower = LEADING_ZEROS.matcher(lower).replaceAll("$1");
    List<String> syllables = new ArrayList<>();
    for (String syllable : SEPARATORS.split(lower.strip())) {
      if (!syllable.isEmpty()) {
        syllables.add(LONE_Y.matcher(toneLast(syllable)).replaceAll("$1i$2"));
      }
    }
    return syllables;
  }

  /** The longest type word (or abbreviation) the syllables start with that leaves a name after it. */
  private static List<String> prefixOf(List<String> syllables) {
    List<String> best = List.of();
    for (List<String> prefix : Prefixes.SYLLABLES) {
      if (prefix.size() < syllables.size() && prefix.size() > best.size()
          && syllables.subList(0, prefix.size()).equals(prefix)) {
        best = prefix;
      }
    }
    return best;
  }

  private static final class Prefixes {
    static final ImmutableList<List<String>> SYLLABLES = build();

    private static ImmutableList<List<String>> build() {
      Set<List<String>> prefixes = new LinkedHashSet<>();
      for (UnitType type : UnitType.values()) {
        prefixes.add(syllables(type.prefix()));
      }
      for (String abbreviation : ABBREVIATIONS.keySet()) {
        prefixes.add(List.of(abbreviation));
      }
      return ImmutableList.copyOf(prefixes);
    }
  }

  private static String toneLast(String syllable) {
    StringBuilder out = new StringBuilder(syllable.length());
    char tone = 0;
    for (int i = 0; i < syllable.length(); i++) {
      char c = syllable.charAt(i);
      if (TONES.contains(c)) {
        tone = c;
      } else {
        out.append(c);
      }
    }
    if (tone != 0) {
      out.append(tone);
    }
    return out.toString();
  }
}
