package io.github.chiso.json;

import io.github.chiso.InvalidValueException;
import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.gap.Gap;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.Change;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.RateBasis;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.RollupRule;
import io.github.chiso.model.SourceRef;
import io.github.chiso.model.Target;
import io.github.chiso.model.Task;
import io.github.chiso.model.Threshold;
import io.github.chiso.rollup.Coverage;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.text.TextLimits;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes model values as JSON trees in the documented format (FORMAT.md); absent optionals are omitted. */
final class JsonWriters {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The longest property name the readers accept ({@link ChisoJson#LIMITS}). */
  private static final int MAX_NAME_LENGTH = ChisoJson.LIMITS.getMaxNameLength();

  private JsonWriters() {}

  /**
   * {@code node}, once every number in it {@link TextLimits#fits fits} and every string and name is
   * Unicode text within the limits: what the readers accept, so that a written document reads back.
   *
   * @throws InvalidValueException naming the JSON path and the value otherwise
   */
  static <N extends JsonNode> N checked(N node) {
    check(node, "$");
    return node;
  }

  private static void check(JsonNode node, String path) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String name = property.getKey();
        checkText(path, name, MAX_NAME_LENGTH);
        check(property.getValue(), Obj.child(path, name));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), Obj.index(path, i));
      }
    } else if (node.isString()) {
      checkText(path, node.stringValue(), TextLimits.MAX_TEXT_LENGTH);
    } else if (node.isNumber() && !TextLimits.fits(node.decimalValue())) {
      throw new InvalidValueException(path + ": cannot write " + node.decimalValue()
          + ": a number's plain form may have at most " + TextLimits.MAX_NUMBER_LENGTH + " characters");
    }
  }

  private static void checkText(String path, String text, int maxLength) {
    if (text.length() > maxLength) {
      throw new InvalidValueException(path + ": cannot write " + Obj.quoted(text) + ": longer than " + maxLength + " characters");
    }
    int surrogate = TextLimits.unpairedSurrogateAt(text);
    if (surrogate >= 0) {
      throw new InvalidValueException(path + ": cannot write " + Obj.quoted(text) + ": unpaired surrogate at index " + surrogate);
    }
  }

  private static <T> ArrayNode array(Collection<T> values, Function<T, ? extends JsonNode> each) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(each.apply(v)));
    return array;
  }

  private static ArrayNode strings(Collection<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static void put(ObjectNode node, String name, Optional<String> value) {
    value.ifPresent(v -> node.put(name, v));
  }

  // ---- documents ----

  static ObjectNode planDocument(Plan plan) {
    ObjectNode doc = NODES.objectNode();
    doc.put("format", JsonReaders.PLAN_FORMAT);
    doc.put("formatVersion", JsonReaders.FORMAT_VERSION);
    doc.put("number", plan.number());
    doc.put("kind", plan.kind().name());
    doc.put("issuer", plan.issuer());
    plan.issued().ifPresent(p -> doc.put("issued", p.toString()));
    put(doc, "title", plan.title());
    doc.put("jurisdiction", plan.jurisdiction());
    doc.put("period", plan.period().toString());
    if (!plan.legalBasis().isEmpty()) {
      doc.set("legalBasis", strings(plan.legalBasis()));
    }
    Map<String, BodyKind> bodyKinds = new LinkedHashMap<>();
    plan.targets().forEach(t -> t.thresholds().keySet().stream()
        .filter(s -> s.kind() == Scope.Kind.BODY_KIND && !s.key().equals(BodyKind.DEPARTMENT.key()))
        .forEach(s -> bodyKinds.putIfAbsent(s.key(), BodyKind.of(s.key(), s.key(), s.key()))));
    plan.bandings().values().forEach(b -> b.scales().keySet().stream()
        .filter(s -> s.kind() == Scope.Kind.BODY_KIND && !s.key().equals(BodyKind.DEPARTMENT.key()))
        .forEach(s -> bodyKinds.putIfAbsent(s.key(), BodyKind.of(s.key(), s.key(), s.key()))));
    if (!bodyKinds.isEmpty()) {
      doc.set("bodyKinds", array(bodyKinds.values(), JsonWriters::bodyKind));
    }
    Map<String, Area> areas = new LinkedHashMap<>();
    plan.indicators().values().stream().map(Indicator::area)
        .filter(a -> !Vocabulary.STANDARD_AREAS.contains(a))
        .forEach(a -> areas.putIfAbsent(a.key(), a));
    if (!areas.isEmpty()) {
      doc.set("areas", array(areas.values(), JsonWriters::area));
    }
    doc.set("indicators", array(plan.indicators().values(), JsonWriters::indicator));
    doc.set("targets", array(plan.targets(), JsonWriters::target));
    if (!plan.tasks().isEmpty()) {
      doc.set("tasks", array(plan.tasks(), JsonWriters::task));
    }
    if (!plan.bandings().isEmpty()) {
      doc.set("bands", IndexJson.bandings(plan.bandings()));
    }
    return doc;
  }

  static ObjectNode hierarchyDocument(Hierarchy hierarchy) {
    ObjectNode doc = NODES.objectNode();
    doc.put("format", JsonReaders.HIERARCHY_FORMAT);
    doc.put("formatVersion", JsonReaders.FORMAT_VERSION);
    TierScheme scheme = hierarchy.scheme();
    if (scheme.equals(TierScheme.VIETNAM_2021_2025) || scheme.equals(TierScheme.VIETNAM_FROM_2025_07_01)) {
      doc.put("tierScheme", scheme.key());
    } else {
      doc.set("tierScheme", tierScheme(scheme));
    }
    Map<String, BodyKind> kinds = new LinkedHashMap<>();
    hierarchy.bodies().stream().map(Body::kind).filter(k -> !k.equals(BodyKind.DEPARTMENT))
        .forEach(k -> kinds.putIfAbsent(k.key(), k));
    if (!kinds.isEmpty()) {
      doc.set("bodyKinds", array(kinds.values(), JsonWriters::bodyKind));
    }
    doc.set("units", array(hierarchy.units(), JsonWriters::unit));
    if (!hierarchy.bodies().isEmpty()) {
      doc.set("bodies", array(hierarchy.bodies(), JsonWriters::body));
    }
    return doc;
  }

  static ObjectNode resultsHeader() {
    ObjectNode doc = NODES.objectNode();
    doc.put("format", JsonReaders.RESULTS_FORMAT);
    doc.put("formatVersion", JsonReaders.FORMAT_VERSION);
    return doc;
  }

  // ---- hierarchy ----

  static ObjectNode tierScheme(TierScheme scheme) {
    ObjectNode node = NODES.objectNode();
    node.put("key", scheme.key());
    node.put("name", scheme.name());
    node.set("tiers", array(scheme.tiers(), JsonWriters::tier));
    scheme.validFrom().ifPresent(d -> node.put("validFrom", d.toString()));
    scheme.validUntil().ifPresent(d -> node.put("validUntil", d.toString()));
    return node;
  }

  static ObjectNode tier(Tier tier) {
    ObjectNode node = NODES.objectNode();
    node.put("key", tier.key());
    node.put("nameVi", tier.nameVi());
    node.put("nameEn", tier.nameEn());
    tier.codeDigits().ifPresent(d -> node.put("codeDigits", d));
    return node;
  }

  static ObjectNode bodyKind(BodyKind kind) {
    return named(kind.key(), kind.nameVi(), kind.nameEn());
  }

  /** The {@code {key, nameVi, nameEn}} object that declares a body kind or an area. */
  private static ObjectNode named(String key, String nameVi, String nameEn) {
    ObjectNode node = NODES.objectNode();
    node.put("key", key);
    node.put("nameVi", nameVi);
    node.put("nameEn", nameEn);
    return node;
  }

  static ObjectNode unit(AdminUnit unit) {
    ObjectNode node = NODES.objectNode();
    node.put("code", unit.code());
    node.put("name", unit.name());
    put(node, "nameEn", unit.nameEn());
    node.put("tier", unit.tier().key());
    put(node, "parent", unit.parentCode());
    return node;
  }

  static ObjectNode body(Body body) {
    ObjectNode node = NODES.objectNode();
    node.put("code", body.code());
    node.put("name", body.name());
    node.put("kind", body.kind().key());
    node.put("jurisdiction", body.jurisdiction());
    return node;
  }

  // ---- model ----

  static ObjectNode area(Area area) {
    return named(area.key(), area.nameVi(), area.nameEn());
  }

  static ObjectNode source(SourceRef source) {
    ObjectNode node = NODES.objectNode();
    node.put("document", source.document());
    put(node, "section", source.section());
    return node;
  }

  static ObjectNode indicator(Indicator indicator) {
    ObjectNode node = NODES.objectNode();
    node.put("code", indicator.code());
    node.put("nameVi", indicator.nameVi());
    put(node, "nameEn", indicator.nameEn());
    node.put("measure", indicator.measure().name());
    node.put("polarity", indicator.polarity().name());
    node.put("area", indicator.area().key());
    node.set("rollup", rollupRule(indicator.rollup()));
    put(node, "unit", indicator.unit());
    indicator.per().ifPresent(p -> node.set("per", rateBasis(p)));
    return node;
  }

  /** {@code "qualifiers"}: the names in order, left out when there are none. */
  private static void qualifiers(ObjectNode node, java.util.Set<Qualifier> qualifiers) {
    if (!qualifiers.isEmpty()) {
      ArrayNode names = node.putArray("qualifiers");
      qualifiers.forEach(q -> names.add(q.name()));
    }
  }

  static ObjectNode rateBasis(RateBasis basis) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", basis.kind().name());
    basis.base().ifPresent(b -> node.put("base", b));
    put(node, "of", basis.of());
    return node;
  }

  static ObjectNode rollupRule(RollupRule rule) {
    ObjectNode node = NODES.objectNode();
    node.put("overUnits", rule.overUnits().name());
    node.put("overPeriods", rule.overPeriods().name());
    put(node, "weight", rule.weight());
    return node;
  }

  static ObjectNode threshold(Threshold threshold) {
    ObjectNode node = NODES.objectNode();
    node.put("comparator", threshold.comparator().name());
    node.put("bound", threshold.bound());
    threshold.upperBound().ifPresent(u -> node.put("upperBound", u));
    if (threshold.appliesTo() != Threshold.AppliesTo.EACH) {
      node.put("appliesTo", threshold.appliesTo().name());
    }
    threshold.effectiveFrom().ifPresent(d -> node.put("effectiveFrom", d.toString()));
    put(node, "wording", threshold.wording());
    qualifiers(node, threshold.qualifiers());
    return node;
  }

  static ObjectNode target(Target target) {
    ObjectNode node = NODES.objectNode();
    node.put("code", target.code());
    node.put("indicator", target.indicator().code());
    ObjectNode thresholds = NODES.objectNode();
    target.thresholds().forEach((scope, threshold) -> thresholds.set(scope.key(), threshold(threshold)));
    node.set("thresholds", thresholds);
    target.fallbackScope().ifPresent(s -> node.put("fallbackScope", s.key()));
    node.put("period", target.period().toString());
    if (!target.deadline().equals(target.period().end())) {
      node.put("deadline", target.deadline().toString());
    }
    target.change().ifPresent(c -> node.set("change", change(c)));
    put(node, "parent", target.parentCode());
    put(node, "wording", target.wording());
    target.source().ifPresent(s -> node.set("source", source(s)));
    return node;
  }

  /** {@code {"direction": "INCREASE", "basis": "RELATIVE", "reference": "2023"}}, or {@code "YEAR_EARLIER"}. */
  static ObjectNode change(Change change) {
    ObjectNode node = NODES.objectNode();
    node.put("direction", change.direction().name());
    node.put("basis", change.basis().name());
    node.put("reference", change.reference().map(Period::toString).orElse(YEAR_EARLIER));
    return node;
  }

  /** The reference of a change against the same period one year earlier. */
  static final String YEAR_EARLIER = "YEAR_EARLIER";

  static ObjectNode task(Task task) {
    ObjectNode node = NODES.objectNode();
    node.put("code", task.code());
    node.put("description", task.description());
    task.lead().ifPresent(lead -> node.put("lead", lead));
    if (!task.partners().isEmpty()) {
      node.set("partners", strings(task.partners()));
    }
    task.due().ifPresent(d -> node.put("due", d.toString()));
    task.dueWording().ifPresent(w -> node.put("dueWording", w));
    task.recurrence().ifPresent(r -> node.set("recurrence", ScheduleJson.recurrence(r)));
    if (task.ongoing()) {
      node.put("ongoing", true);
    }
    qualifiers(node, task.qualifiers());
    node.put("status", task.status().name());
    task.completed().ifPresent(d -> node.put("completed", d.toString()));
    if (!task.targetCodes().isEmpty()) {
      node.set("targets", strings(task.targetCodes()));
    }
    task.source().ifPresent(s -> node.set("source", source(s)));
    return node;
  }

  static ObjectNode result(Result result) {
    ObjectNode node = NODES.objectNode();
    node.put("indicator", result.indicatorCode());
    node.put("subject", result.subjectCode());
    node.put("period", result.period().toString());
    if (!result.asOf().equals(result.period().end())) {
      node.put("asOf", result.asOf().toString());
    }
    Reading reading = result.reading();
    if (reading instanceof Reading.Decimal) {
      node.put("value", ((Reading.Decimal) reading).decimal());
    } else if (reading instanceof Reading.Fraction) {
      Reading.Fraction parts = (Reading.Fraction) reading;
      node.put("numerator", parts.numerator());
      node.put("denominator", parts.denominator());
      parts.reportedShare().ifPresent(s -> node.put("reportedShare", s));
    } else if (reading instanceof Reading.Rank) {
      Reading.Rank rank = (Reading.Rank) reading;
      node.put("rank", rank.place());
      rank.field().ifPresent(f -> node.put("field", f.longValue()));
    } else if (reading instanceof Reading.Delta) {
      Reading.Delta delta = (Reading.Delta) reading;
      node.put("delta", delta.amount());
      node.set("change", change(delta.change()));
    } else {
      Reading.Text text = (Reading.Text) reading;
      node.put("status", text.status().name());
      node.put("text", text.note());
    }
    qualifiers(node, result.qualifiers());
    result.source().ifPresent(s -> node.set("source", source(s)));
    put(node, "note", result.note());
    return node;
  }

  // ---- results of the calculus ----

  static ObjectNode scope(Scope scope) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", scope.kind().name());
    node.put("key", scope.key());
    return node;
  }

  static ObjectNode assessment(Assessment a) {
    ObjectNode node = NODES.objectNode();
    node.put("target", a.targetCode());
    node.set("indicator", indicator(a.indicator()));
    if (!Vocabulary.STANDARD_AREAS.contains(a.indicator().area())) {
      node.set("areas", array(List.of(a.indicator().area()), JsonWriters::area));
    }
    node.put("subject", a.subjectCode());
    node.set("scope", scope(a.scope()));
    node.put("period", a.period().toString());
    node.put("status", a.status().name());
    a.threshold().ifPresent(t -> node.set("threshold", threshold(t)));
    a.value().ifPresent(v -> node.put("value", v.toString()));
    a.margin().ifPresent(v -> node.put("margin", v.toString()));
    a.achievement().ifPresent(v -> node.put("achievement", v.toString()));
    a.numerator().ifPresent(n -> node.put("numerator", n));
    a.denominator().ifPresent(d -> node.put("denominator", d));
    a.rangePosition().ifPresent(r -> node.put("rangePosition", r.name()));
    a.change().ifPresent(c -> node.set("change", change(c)));
    a.referencePeriod().ifPresent(p -> node.put("referencePeriod", p.toString()));
    a.referenceValue().ifPresent(v -> node.put("referenceValue", v.toString()));
    qualifiers(node, a.qualifiers());
    node.put("asOf", a.asOf().toString());
    node.put("deadline", a.deadline().toString());
    put(node, "reason", a.reason());
    return node;
  }

  static ObjectNode gap(Gap gap) {
    ObjectNode node = NODES.objectNode();
    node.set("assessment", assessment(gap.assessment()));
    gap.required().ifPresent(v -> node.put("required", v.toString()));
    gap.gap().ifPresent(v -> node.put("gap", v.toString()));
    gap.relativeGap().ifPresent(v -> node.put("relativeGap", v.toString()));
    gap.distance().ifPresent(v -> node.put("distance", v.toString()));
    gap.shortfall().ifPresent(k -> node.put("shortfall", k));
    return node;
  }

  static ObjectNode finding(Finding finding) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", finding.kind().name());
    node.put("indicator", finding.indicatorCode());
    node.put("subject", finding.subjectCode());
    node.put("period", finding.period().toString());
    node.put("message", finding.message());
    node.set("results", array(finding.results(), JsonWriters::result));
    return node;
  }

  static ObjectNode coverage(Coverage coverage) {
    ObjectNode node = NODES.objectNode();
    node.put("expected", coverage.expected());
    node.put("reporting", coverage.reporting());
    node.set("missing", strings(coverage.missing()));
    return node;
  }

  /** Written for reports and exchange; reading rollups back is not supported (they are recomputed). */
  static ObjectNode rollupCell(RollupCell cell) {
    ObjectNode node = NODES.objectNode();
    node.put("code", cell.code());
    node.set("scope", scope(cell.scope()));
    node.put("period", cell.period().toString());
    cell.value().ifPresent(v -> node.put("value", v.toString()));
    cell.numerator().ifPresent(n -> node.put("numerator", n));
    cell.denominator().ifPresent(d -> node.put("denominator", d));
    node.set("coverage", coverage(cell.coverage()));
    node.set("childCoverage", coverage(cell.childCoverage()));
    node.put("asOf", cell.asOf().toString());
    put(node, "reason", cell.reason());
    return node;
  }
}
