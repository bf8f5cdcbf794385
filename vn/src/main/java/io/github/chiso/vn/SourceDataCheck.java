package io.github.chiso.vn;

import static io.github.chiso.vn.SourceFinding.Kind.DIVIDED_FLAG;
import static io.github.chiso.vn.SourceFinding.Kind.MERGED_FLAG;
import static io.github.chiso.vn.SourceFinding.Kind.MERGED_PROVINCE_FLAG;
import static io.github.chiso.vn.SourceFinding.Kind.NAME;
import static io.github.chiso.vn.SourceFinding.Kind.OLD_UNIT_NOT_IN_LIST;
import static io.github.chiso.vn.SourceFinding.Kind.PARENT_CODE;
import static io.github.chiso.vn.SourceFinding.Kind.PROVINCE_MAPPING;
import static io.github.chiso.vn.SourceFinding.Kind.TYPE;
import static io.github.chiso.vn.SourceFinding.Kind.UNLINKED_NEW;
import static io.github.chiso.vn.SourceFinding.Kind.UNLINKED_OLD;

import com.google.common.collect.ImmutableList;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.vn.VietnamData.LineageRow;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.lineage.Link;
import io.github.chiso.vn.lineage.LinkKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consistency checks of the built-in data: the lineage against the two unit lists, its flags
 * against its links, its names and types against the lists'. Nothing is assumed away: each
 * disagreement is a {@link SourceFinding}.
 */
final class SourceDataCheck {
  private final VietnamData.Loaded data;
  private final Lineage lineage;
  private final Hierarchy before;
  private final Hierarchy after;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final List<SourceFinding> findings = new ArrayList<>();

  private SourceDataCheck(VietnamData.Loaded data) {
    this.data = data;
    this.lineage = data.lineage();
    this.before = lineage.before();
    this.after = lineage.after();
  }

  static SourceDataReport run(VietnamData.Loaded data) {
    SourceDataCheck check = new SourceDataCheck(data);
    check.units();
    check.links();
    check.flags();
    check.parents();
    check.provinces();
    check.names();
    check.types();
    List<SourceFinding> sorted = new ArrayList<>(check.findings);
    sorted.sort(Comparator.comparing(SourceFinding::kind).thenComparing(SourceFinding::code));
    return new SourceDataReport(check.counts, ImmutableList.copyOf(sorted));
  }

  private void units() {
    counts.put("old provinces", before.unitsOf(Tier.PROVINCE).size());
    counts.put("old districts", before.unitsOf(Tier.DISTRICT).size());
    counts.put("old communes", before.unitsOf(Tier.COMMUNE).size());
    counts.put("new provinces", after.unitsOf(Tier.PROVINCE).size());
    counts.put("new communes", after.unitsOf(Tier.COMMUNE).size());
  }

  private void links() {
    counts.put("links", lineage.links().size());
    Set<String> froms = new TreeSet<>();
    Set<String> tos = new TreeSet<>();
    for (Link link : lineage.links()) {
      froms.add(link.fromCode());
      tos.add(link.toCode());
    }
    counts.put("old units linked", froms.size());
    counts.put("new communes linked", tos.size());
    for (AdminUnit unit : lineage.unlinkedBefore()) {
      findings.add(SourceFinding.of(UNLINKED_OLD, unit.code(), unit + " has no successor"));
    }
    for (AdminUnit unit : lineage.unlinkedAfter()) {
      findings.add(SourceFinding.of(UNLINKED_NEW, unit.code(), unit + " has no predecessor"));
    }
    Set<String> districts = new TreeSet<>();
    for (LineageRow row : data.rows()) {
      if (row.oldWard().isEmpty() && districts.add(row.oldDistrict())) {
        findings.add(SourceFinding.of(OLD_UNIT_NOT_IN_LIST, row.oldDistrict(), row.oldDistrictName()
            + " (row " + row.row() + ") links to " + row.newWard() + " " + row.newWardName()
            + " but has no commune in the statistics office's list; kept as a district without communes"));
      }
    }
    counts.put("old districts without communes", districts.size());
  }

  private void flags() {
    Set<String> divided = new TreeSet<>();
    Set<String> merged = new TreeSet<>();
    int kept = 0;
    int fromDivided = 0;
    for (Link link : lineage.links()) {
      if (link.kind() == LinkKind.DIVIDED) {
        divided.add(link.fromCode());
        fromDivided++;
      }
      if (lineage.predecessors(link.toCode()).size() > 1) {
        merged.add(link.toCode());
      }
      kept += link.kind() == LinkKind.KEPT ? 1 : 0;
    }
    counts.put("old communes divided", divided.size());
    counts.put("links from divided communes", fromDivided);
    counts.put("new communes formed from several", merged.size());
    counts.put("kept one to one", kept);
    Set<String> flagged = new TreeSet<>();
    for (LineageRow row : data.rows()) {
      if (row.dividedWard()) {
        flagged.add(row.from());
      }
      boolean severalPredecessors = merged.contains(row.newWard());
      if (row.mergedWard() != severalPredecessors) {
        findings.add(SourceFinding.of(MERGED_FLAG, row.newWard(), "row " + row.row() + ": isMergedWard is "
            + row.mergedWard() + " for " + row.newWardName() + ", which has " + lineage.predecessors(row.newWard()).size()
            + " predecessor(s)"));
      }
    }
    counts.put("old communes flagged divided", flagged.size());
    for (String code : symmetricDifference(divided, flagged)) {
      findings.add(SourceFinding.of(DIVIDED_FLAG, code, code + " is " + (divided.contains(code) ? "" : "not ")
          + "divided by the links but " + (flagged.contains(code) ? "" : "not ") + "flagged isDividedWard"));
    }
  }

  private void parents() {
    for (LineageRow row : data.rows()) {
      String where = "row " + row.row() + ": ";
      String oldProvince = Lineage.at(before, row.from(), Tier.PROVINCE).orElseThrow().code();
      if (!oldProvince.equals(row.oldProvince())) {
        findings.add(SourceFinding.of(PARENT_CODE, row.from(), where + "province " + row.oldProvince()
            + " in the lineage, " + oldProvince + " in the list"));
      }
      String oldDistrict = Lineage.at(before, row.from(), Tier.DISTRICT).orElseThrow().code();
      if (!oldDistrict.equals(row.oldDistrict())) {
        findings.add(SourceFinding.of(PARENT_CODE, row.from(), where + "district " + row.oldDistrict()
            + " in the lineage, " + oldDistrict + " in the list"));
      }
      String newProvince = after.parent(row.newWard()).orElseThrow().code();
      if (!newProvince.equals(row.newProvince())) {
        findings.add(SourceFinding.of(PARENT_CODE, row.newWard(), where + "new province " + row.newProvince()
            + " in the lineage, " + newProvince + " in the list"));
      }
    }
    int acrossProvinces = 0;
    int acrossDistricts = 0;
    for (AdminUnit commune : after.unitsOf(Tier.COMMUNE)) {
      acrossProvinces += lineage.predecessors(commune.code(), Tier.PROVINCE).size() > 1 ? 1 : 0;
      acrossDistricts += lineage.predecessors(commune.code(), Tier.DISTRICT).size() > 1 ? 1 : 0;
    }
    counts.put("new communes with predecessors in several old provinces", acrossProvinces);
    counts.put("new communes with predecessors in several old districts", acrossDistricts);
  }

  private void provinces() {
    int mergedNew = 0;
    for (AdminUnit province : after.unitsOf(Tier.PROVINCE)) {
      mergedNew += lineage.predecessors(province.code(), Tier.PROVINCE).size() > 1 ? 1 : 0;
    }
    counts.put("new provinces formed from several", mergedNew);
    for (AdminUnit province : before.unitsOf(Tier.PROVINCE)) {
      List<AdminUnit> successors = lineage.successors(province.code(), Tier.PROVINCE);
      if (successors.size() != 1) {
        findings.add(SourceFinding.of(PROVINCE_MAPPING, province.code(), province + " went to " + successors));
      }
    }
    Set<String> reported = new HashSet<>();
    for (LineageRow row : data.rows()) {
      boolean several = lineage.predecessors(row.newProvince(), Tier.PROVINCE).size() > 1;
      if (row.mergedProvince() != several && reported.add(row.oldProvince())) {
        findings.add(SourceFinding.of(MERGED_PROVINCE_FLAG, row.oldProvince(), "row " + row.row()
            + ": isMergedProvince is " + row.mergedProvince() + " but new province " + row.newProvince() + " has "
            + lineage.predecessors(row.newProvince(), Tier.PROVINCE).size() + " predecessor(s)"));
      }
    }
  }

  private void names() {
    Map<String, String> oldNames = new LinkedHashMap<>();
    Map<String, String> newNames = new LinkedHashMap<>();
    for (LineageRow row : data.rows()) {
      row.oldWard().ifPresent(ward -> oldNames.putIfAbsent(ward, row.oldWardName()));
      oldNames.putIfAbsent(row.oldDistrict(), row.oldDistrictName());
      oldNames.putIfAbsent(row.oldProvince(), row.oldProvinceName());
      newNames.putIfAbsent(row.newWard(), row.newWardName());
      newNames.putIfAbsent(row.newProvince(), row.newProvinceName());
    }
    compareNames("old", before, oldNames);
    compareNames("new", after, newNames);
  }

  private void compareNames(String side, Hierarchy hierarchy, Map<String, String> declared) {
    int spelling = 0;
    for (Map.Entry<String, String> entry : declared.entrySet()) {
      AdminUnit unit = hierarchy.unit(entry.getKey()).orElseThrow();
      if (unit.name().equals(entry.getValue())) {
        continue;
      }
      if (UnitNames.key(unit.name()).equals(UnitNames.key(entry.getValue()))) {
        spelling++;
      } else {
        findings.add(SourceFinding.of(NAME, unit.code(), "'" + entry.getValue() + "' in the lineage, '"
            + unit.name() + "' in the " + side + " list"));
      }
    }
    counts.put(side + " names spelled differently in the lineage (tone placement, i/y, spaces, hyphens, case)", spelling);
  }

  private void types() {
    Map<String, String> declaredOld = new LinkedHashMap<>();
    Map<String, String> declaredNew = new LinkedHashMap<>();
    for (LineageRow row : data.rows()) {
      row.oldWard().ifPresent(ward -> declaredOld.putIfAbsent(ward, row.oldWardType()));
      declaredNew.putIfAbsent(row.newWard(), row.newWardType());
    }
    compareTypes(data.before(), declaredOld);
    compareTypes(data.after(), declaredNew);
    for (UnitList list : List.of(data.before(), data.after())) {
      for (AdminUnit unit : list.hierarchy().units()) {
        Optional<UnitType> byName = UnitType.fromName(unit.tier(), unit.name());
        UnitType type = list.type(unit.code());
        boolean agrees = byName.map(t -> t.prefix().equals(type.prefix())).orElse(false);
        if (!agrees) {
          findings.add(SourceFinding.of(TYPE, unit.code(), "'" + unit.name() + "' is listed as "
              + type.prefix() + " (" + list.source() + ")"));
        }
      }
    }
  }

  private void compareTypes(UnitList list, Map<String, String> declared) {
    declared.forEach((code, word) -> {
      UnitType type = list.type(code);
      Tier tier = list.hierarchy().unit(code).orElseThrow().tier();
      if (!UnitType.of(tier, word).equals(Optional.of(type))) {
        findings.add(SourceFinding.of(TYPE, code, "type '" + word + "' in the lineage, " + type.prefix()
            + " in the list (" + list.source() + ")"));
      }
    });
  }

  private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    out.removeAll(both);
    return out;
  }
}
