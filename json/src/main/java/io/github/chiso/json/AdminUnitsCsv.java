package io.github.chiso.json;

import com.google.common.collect.ImmutableList;
import io.github.chiso.ChisoException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Loads Vietnam's published lists of administrative units into a {@link Hierarchy}:
 *
 * <ul>
 *   <li>{@link #readThreeTier}: the statistics office's three-tier list as last published before the
 *       2025 reform (columns {@code Mã, Tên, Tên Tiếng Anh, Cấp, Mã QH, Quận Huyện, Mã TP, Tỉnh /
 *       Thành Phố}, one row per commune, optionally starting with a byte-order mark);
 *   <li>{@link #readTwoTier}: the two-tier list in force from 2025-07-01 (columns {@code province,
 *       ward, ..., provinceCode, ..., wardCode, ...}, codes not zero-padded: they are padded to 2 and 5
 *       digits).
 * </ul>
 *
 * A filter on the province code selects part of the country; bodies (such as departments) can be
 * attached. Problems raise {@link InvalidDocumentException} located by row and column.
 *
 * @since 0.1.0
 */
public final class AdminUnitsCsv {
  private AdminUnitsCsv() {}

  /**
   * The three-tier hierarchy (province, district, commune) of the provinces whose code {@code
   * provinces} accepts, with {@code bodies} attached.
   */
  public static Hierarchy readThreeTier(Reader in, Predicate<String> provinces, Collection<Body> bodies) {
    Map<String, AdminUnit> units = new LinkedHashMap<>();
    List<AdminUnit> communes = new ArrayList<>();
    CsvRows.read(in, List.of("Mã", "Tên", "Cấp", "Mã QH", "Quận Huyện", "Mã TP", "Tỉnh / Thành Phố"), row -> {
      String province = row.get("Mã TP");
      if (!provinces.test(province)) {
        return;
      }
      units.computeIfAbsent(province, code -> AdminUnit.of(code, row.get("Tỉnh / Thành Phố"), Tier.PROVINCE));
      String district = row.get("Mã QH");
      units.computeIfAbsent(district, code -> AdminUnit.of(code, row.get("Quận Huyện"), Tier.DISTRICT, province));
      AdminUnit.Builder commune = AdminUnit.builder().code(row.get("Mã")).name(row.get("Tên")).tier(Tier.COMMUNE)
          .parentCode(district);
      row.find("Tên Tiếng Anh").ifPresent(commune::nameEn);
      communes.add(commune.build());
    });
    List<AdminUnit> all = new ArrayList<>(units.values());
    all.addAll(communes);
    return build(TierScheme.VIETNAM_2021_2025, all, bodies);
  }

  /** The two-tier hierarchy (province, commune) of the provinces whose code {@code provinces} accepts. */
  public static Hierarchy readTwoTier(Reader in, Predicate<String> provinces, Collection<Body> bodies) {
    Map<String, AdminUnit> units = new LinkedHashMap<>();
    List<AdminUnit> communes = new ArrayList<>();
    CsvRows.read(in, List.of("province", "ward", "provinceCode", "wardCode"), row -> {
      String province = pad(row.get("provinceCode"), 2);
      if (!provinces.test(province)) {
        return;
      }
      units.computeIfAbsent(province, code -> AdminUnit.of(code, row.get("province"), Tier.PROVINCE));
      communes.add(AdminUnit.of(pad(row.get("wardCode"), 5), row.get("ward"), Tier.COMMUNE, province));
    });
    List<AdminUnit> all = new ArrayList<>(units.values());
    all.addAll(communes);
    return build(TierScheme.VIETNAM_FROM_2025_07_01, all, bodies);
  }

  private static Hierarchy build(TierScheme scheme, List<AdminUnit> units, Collection<Body> bodies) {
    try {
      return Hierarchy.of(scheme, units, bodies);
    } catch (ChisoException e) {
      throw new InvalidDocumentException("units", "", e.getMessage(), e);
    }
  }

  /**
   * A unit code as the statistics office writes it, zero-padded to {@code digits}: lists that drop
   * leading zeros write "1", "97", even "97.0".
   *
   * @throws InvalidDocumentException if {@code code} is not at most {@code digits} digits (with an
   *     optional ".0")
   */
  public static String pad(String code, int digits) {
    String whole = code.endsWith(".0") ? code.substring(0, code.length() - 2) : code;
    if (!whole.matches("\\d{1," + digits + "}")) {
      throw new InvalidDocumentException("code", Obj.quoted(code), "expected at most " + digits + " digits");
    }
    return "0".repeat(digits - whole.length()) + whole;
  }

  /**
   * Implementing bodies of {@code kind} under {@code jurisdiction}, from a CSV with columns {@code
   * code} and {@code name}.
   */
  public static List<Body> readBodies(Reader in, io.github.chiso.hierarchy.BodyKind kind, String jurisdiction) {
    List<Body> bodies = new ArrayList<>();
    CsvRows.read(in, List.of("code", "name"), row -> bodies.add(Body.of(row.get("code"), row.get("name"), kind, jurisdiction)));
    return ImmutableList.copyOf(bodies);
  }

  /** All province codes. */
  public static Predicate<String> allProvinces() {
    return code -> true;
  }

  /** Just the province with {@code code}. */
  public static Predicate<String> province(String code) {
    return code::equals;
  }

}
