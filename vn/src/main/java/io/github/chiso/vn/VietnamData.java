package io.github.chiso.vn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.io.Resources;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.json.AdminUnitsCsv;
import io.github.chiso.json.CsvRows;
import io.github.chiso.json.InvalidDocumentException;
import io.github.chiso.vn.lineage.Lineage;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the unit lists and the lineage shipped in this module's resources (facts from the
 * statistics office's catalogue and the national merger map, as gathered by
 * tranngocminhhieu/vietnamadminunits, MIT; see META-INF/NOTICE). The hierarchies are read with
 * chiso-json's {@link AdminUnitsCsv}; the type columns and the lineage with its {@link CsvRows}.
 */
final class VietnamData {
  static final String THREE_TIER = "units-3tier-gso-2025-07-18.csv";
  static final String TWO_TIER = "units-2tier-2025-07-01.csv";
  static final String LINEAGE = "lineage-2025-07-01.csv";
  static final String ALIASES = "aliases.csv";

  /** One row of the lineage file, as declared there (codes padded). */
  record LineageRow(
      long row,
      String oldProvince,
      String oldProvinceName,
      String oldDistrict,
      String oldDistrictName,
      String oldDistrictType,
      Optional<String> oldWard,
      String oldWardName,
      String oldWardType,
      boolean mergedProvince,
      boolean mergedWard,
      boolean dividedWard,
      String newProvince,
      String newProvinceName,
      String newWard,
      String newWardName,
      String newWardType) {

    /** The old leaf: the commune, or the district for a district without communes. */
    String from() {
      return oldWard.orElse(oldDistrict);
    }
  }

  /** The three lists read and joined. */
  record Loaded(UnitList before, UnitList after, Lineage lineage, ImmutableList<LineageRow> rows) {}

  private VietnamData() {}

  static Loaded load() {
    ImmutableList<LineageRow> rows = read(LINEAGE, VietnamData::lineageRows);
    ImmutableListMultimap<String, String> aliases3 = read(ALIASES, in -> aliases(in, "3tier"));
    ImmutableListMultimap<String, String> aliases2 = read(ALIASES, in -> aliases(in, "2tier"));

    Hierarchy listed = read(THREE_TIER, in -> AdminUnitsCsv.readThreeTier(in, AdminUnitsCsv.allProvinces(), List.of()));
    Map<String, UnitType> types3 = new LinkedHashMap<>(read(THREE_TIER, in -> types(in, "Mã", "Cấp")));
    List<AdminUnit> units3 = new ArrayList<>(listed.units());
    for (LineageRow row : rows) {
      if (!types3.containsKey(row.oldDistrict())) {
        types3.put(row.oldDistrict(), type(Tier.DISTRICT, row.oldDistrictType(), row.row(), "districtType"));
      }
      if (row.oldWard().isEmpty() && listed.unit(row.oldDistrict()).isEmpty()) {
        units3.add(AdminUnit.of(row.oldDistrict(), row.oldDistrictName(), Tier.DISTRICT, row.oldProvince()));
      }
    }
    Hierarchy before = Hierarchy.of(listed.scheme(), units3);
    provinceTypes(before, types3);
    UnitList three = UnitList.of("statistics office catalogue of communes, exported 2025-07-18, with the "
        + "districts without communes named by the 2025 lineage", before, types3, aliases3);

    Hierarchy after = read(TWO_TIER, in -> AdminUnitsCsv.readTwoTier(in, AdminUnitsCsv.allProvinces(), List.of()));
    Map<String, UnitType> types2 = new LinkedHashMap<>(read(TWO_TIER, in -> types(in, "wardCode", "wardType")));
    provinceTypes(after, types2);
    UnitList two = UnitList.of("list of communes in force from 2025-07-01", after, types2, aliases2);

    Lineage.Builder lineage = Lineage.builder(before, after, VietnamUnits.REFORM);
    for (LineageRow row : rows) {
      try {
        lineage.link(row.from(), row.newWard());
      } catch (RuntimeException e) {
        throw new InvalidDocumentException(LINEAGE + " row " + row.row(), "", e.getMessage(), e);
      }
    }
    return new Loaded(three, two, lineage.build(), rows);
  }

  private static ImmutableList<LineageRow> lineageRows(Reader in) {
    ImmutableList.Builder<LineageRow> rows = ImmutableList.builder();
    CsvRows.read(in, List.of("provinceCode", "isMergedProvince", "districtCode", "districtType", "wardCode",
        "wardType", "isMergedWard", "isDividedWard", "province", "district", "ward", "newProvince", "newWard",
        "newProvinceCode", "newWardCode", "newWardType"), row -> rows.add(new LineageRow(
            row.number(),
            AdminUnitsCsv.pad(row.get("provinceCode"), 2),
            row.get("province"),
            AdminUnitsCsv.pad(row.get("districtCode"), 3),
            row.get("district"),
            row.get("districtType"),
            row.find("wardCode").map(code -> AdminUnitsCsv.pad(code, 5)),
            row.get("ward"),
            row.get("wardType"),
            bool(row, "isMergedProvince"),
            bool(row, "isMergedWard"),
            bool(row, "isDividedWard"),
            AdminUnitsCsv.pad(row.get("newProvinceCode"), 2),
            row.get("newProvince"),
            AdminUnitsCsv.pad(row.get("newWardCode"), 5),
            row.get("newWard"),
            row.get("newWardType"))));
    return rows.build();
  }

  private static boolean bool(CsvRows.Row row, String column) {
    String cell = row.get(column);
    if (cell.equals("True") || cell.equals("False")) {
      return cell.equals("True");
    }
    throw new InvalidDocumentException("column " + column, "\"" + cell + "\"", "expected True or False");
  }

  private static Map<String, UnitType> types(Reader in, String codeColumn, String typeColumn) {
    Map<String, UnitType> types = new LinkedHashMap<>();
    CsvRows.read(in, List.of(codeColumn, typeColumn), row -> types.put(AdminUnitsCsv.pad(row.get(codeColumn), 5),
        type(Tier.COMMUNE, row.get(typeColumn), row.number(), typeColumn)));
    return types;
  }

  private static UnitType type(Tier tier, String word, long row, String column) {
    return UnitType.of(tier, word).orElseThrow(() -> new InvalidDocumentException("row " + row + ", column " + column,
        "\"" + word + "\"", "not a unit type of tier " + tier.key()));
  }

  /** Provinces carry no type column: the type is the word their name starts with. */
  private static void provinceTypes(Hierarchy hierarchy, Map<String, UnitType> types) {
    for (AdminUnit province : hierarchy.unitsOf(Tier.PROVINCE)) {
      types.put(province.code(), UnitType.fromName(Tier.PROVINCE, province.name()).orElseThrow(
          () -> new InvalidDocumentException("province " + province.code(), "\"" + province.name() + "\"",
              "the name starts with no province type word")));
    }
  }

  private static ImmutableListMultimap<String, String> aliases(Reader in, String list) {
    ImmutableListMultimap.Builder<String, String> aliases = ImmutableListMultimap.builder();
    CsvRows.read(in, List.of("list", "code", "alias"), row -> {
      if (row.get("list").equals(list)) {
        aliases.put(row.get("code"), row.get("alias"));
      }
    });
    return aliases.build();
  }

  private static <T> T read(String name, Function<Reader, T> reader) {
    URL resource = Resources.getResource(VietnamData.class, "data/" + name);
    try (Reader in = Resources.asCharSource(resource, StandardCharsets.UTF_8).openStream()) {
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    } catch (InvalidDocumentException e) {
      throw new InvalidDocumentException(name + " " + e.location(), e.value(), e.getMessage(), e);
    }
  }
}
