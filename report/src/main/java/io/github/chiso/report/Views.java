package io.github.chiso.report;

import com.google.common.collect.ImmutableList;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Area;
import io.github.chiso.model.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What every writer shows the same way: which rows go where, and the words beside a verdict. */
final class Views {
  private Views() {}

  /** The plan's targets grouped by area, areas in order, targets in plan order. */
  static Map<Area, List<Target>> targetsByArea(ReportData data) {
    return data.plan().targets().stream()
        .sorted(java.util.Comparator.comparing((Target t) -> t.indicator().area()))
        .collect(Collectors.groupingBy(t -> t.indicator().area(), LinkedHashMap::new, Collectors.toList()));
  }

  /** The target's verdicts outside its unit tables: the jurisdiction, bodies, groups. */
  static ImmutableList<Assessment> mainRows(ReportData data, Target target) {
    List<Scope> tabled = data.unitTables().stream().filter(t -> t.target().code().equals(target.code()))
        .map(UnitTable::scope).collect(Collectors.toList());
    return data.assessmentsOf(target.code()).stream()
        .filter(a -> !tabled.contains(a.scope()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The target's unit tables. */
  static ImmutableList<UnitTable> tables(ReportData data, Target target) {
    return data.unitTables().stream().filter(t -> t.target().code().equals(target.code()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The margin when there is one, else why there is no verdict, in the report's language. */
  static String remark(Assessment a, Labels labels) {
    return a.margin().isPresent() ? Formats.margin(a, labels.language()) : a.reason().map(labels::reason).orElse("");
  }

  /**
   * Where the verdict's figure comes from when a rollup is involved: the coverage of a rollup that
   * stands in for the unit ("rolled up from communes: 158/159 communes reporting"), or the rollup
   * beside the unit's own figure.
   */
  static Optional<String> rollupNote(ReportData data, Assessment a, Labels labels) {
    return data.rollup(a).map(r -> {
      String coverage = labels.coverage(r.coverage(), r.sourceTier());
      String tier = labels.tier(r.sourceTier());
      if (r.standsIn()) {
        return labels.format("rolledUp", tier, coverage);
      }
      return labels.format("crossCheck", tier, Formats.value(r.assessment(), labels.language()), coverage);
    });
  }

  /** The unit, body or group's name, in the report's language for groups. */
  static String subject(ReportData data, Assessment a, Labels labels) {
    if (a.subjectCode().contains("/")) {
      String members = labels.scope(a.scope(), data.hierarchy());
      String of = data.hierarchy().subject(a.subjectCode().substring(0, a.subjectCode().indexOf('/')))
          .map(s -> s.name()).orElse("");
      return labels.vi() ? "bình quân các " + members + " của " + of : "average of the " + members + " of " + of;
    }
    return data.subjectName(a.subjectCode());
  }
}
