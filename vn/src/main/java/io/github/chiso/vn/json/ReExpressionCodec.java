package io.github.chiso.vn.json;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import io.github.chiso.ChisoException;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.InvalidDocumentException;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.CoveragePolicy;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.reexpress.Allocation;
import io.github.chiso.vn.reexpress.Contribution;
import io.github.chiso.vn.reexpress.ReExpressedCell;
import io.github.chiso.vn.reexpress.ReExpression;
import io.github.chiso.vn.reexpress.Unplaced;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The re-expression document: what was re-expressed (indicator, period, rule, policy, tiers,
 * weights, allocation), the source results as reported, and — derived, checked on reading — the
 * cells with their contributions and the unplaced results. Reading recomputes the re-expression
 * over the caller's lineage, which must be the one the document names.
 */
final class ReExpressionCodec {
  static final String FORMAT = "chiso.reexpression";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> FIELDS = Set.of("format", "formatVersion", "lineage", "indicator", "period", "rule",
      "policy", "sourceTier", "targetTier", "weights", "allocation", "results", "cells", "unplaced");

  private ReExpressionCodec() {}

  static JsonNode write(ReExpression re) {
    ObjectNode node = NODES.objectNode();
    node.put("format", FORMAT);
    node.put("formatVersion", VnJson.FORMAT_VERSION);
    node.set("lineage", fingerprint(re.lineage()));
    RollupSpec spec = re.spec();
    node.set("indicator", ChisoJson.mapper().valueToTree(spec.indicator()));
    node.put("period", spec.period().toString());
    node.put("rule", spec.rule().name());
    node.put("policy", spec.policy().minimumShare().toString());
    spec.sourceTier().ifPresent(t -> node.put("sourceTier", t.key()));
    node.put("targetTier", re.targetTier().key());
    if (!spec.weights().isEmpty()) {
      ObjectNode weights = node.putObject("weights");
      spec.weights().forEach((code, weight) -> weights.put(code, weight.toString()));
    }
    ObjectNode allocation = node.putObject("allocation");
    allocation.put("description", re.allocation().description());
    if (!re.allocation().table().isEmpty()) {
      ArrayNode weights = allocation.putArray("weights");
      for (Table.Cell<String, String, Rational> cell : re.allocation().table().cellSet()) {
        weights.addObject().put("from", cell.getRowKey()).put("to", cell.getColumnKey())
            .put("weight", cell.getValue().toString());
      }
    }
    ArrayNode results = node.putArray("results");
    re.sourceResults().forEach(r -> results.add(ChisoJson.mapper().<JsonNode>valueToTree(r)));
    node.set("cells", cells(re));
    node.set("unplaced", unplaced(re));
    return node;
  }

  private static ObjectNode fingerprint(Lineage lineage) {
    ObjectNode node = NODES.objectNode();
    node.put("effective", lineage.effective().toString());
    node.put("before", lineage.before().scheme().key());
    node.put("after", lineage.after().scheme().key());
    node.put("links", lineage.links().size());
    return node;
  }

  private static Map<Result, Integer> indexes(ReExpression re) {
    Map<Result, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < re.sourceResults().size(); i++) {
      index.put(re.sourceResults().get(i), i);
    }
    return index;
  }

  private static ArrayNode cells(ReExpression re) {
    Map<Result, Integer> index = indexes(re);
    ArrayNode cells = NODES.arrayNode();
    for (ReExpressedCell cell : re.cells()) {
      ObjectNode node = cells.addObject();
      node.put("unit", cell.unit().code());
      node.set("cell", ChisoJson.mapper().valueToTree(cell.cell()));
      node.put("estimated", cell.estimated());
      ArrayNode contributions = node.putArray("contributions");
      for (Contribution c : cell.contributions()) {
        ObjectNode contribution = contributions.addObject();
        contribution.put("source", index.get(c.source()));
        contribution.put("target", c.target());
        contribution.put("share", c.share().toString());
        c.reading().ifPresent(r -> contribution.set("reading", reading(r)));
      }
    }
    return cells;
  }

  private static ObjectNode reading(Reading reading) {
    ObjectNode node = NODES.objectNode();
    if (reading instanceof Reading.Decimal) {
      node.put("value", ((Reading.Decimal) reading).decimal());
    } else if (reading instanceof Reading.Fraction) {
      Reading.Fraction f = (Reading.Fraction) reading;
      node.put("numerator", f.numerator()).put("denominator", f.denominator());
      f.reportedShare().ifPresent(s -> node.put("reportedShare", s));
    } else if (reading instanceof Reading.Rank) {
      Reading.Rank rank = (Reading.Rank) reading;
      node.put("rank", rank.place());
      rank.field().ifPresent(f -> node.put("field", f.longValue()));
    } else if (reading instanceof Reading.Delta) {
      Reading.Delta delta = (Reading.Delta) reading;
      node.put("delta", delta.amount()).put("change", delta.change().toString());
    } else {
      Reading.Text t = (Reading.Text) reading;
      node.put("status", t.status().name()).put("text", t.note());
    }
    return node;
  }

  private static ArrayNode unplaced(ReExpression re) {
    Map<Result, Integer> index = indexes(re);
    ArrayNode out = NODES.arrayNode();
    for (Unplaced u : re.unplaced()) {
      out.addObject().put("source", index.get(u.result())).put("reason", u.reason());
    }
    return out;
  }

  static ReExpression read(JsonNode node, String path, Lineage lineage) {
    Fields doc = Fields.of(node, path, FIELDS);
    LineageCodec.header(doc, FORMAT);
    JsonNode expected = fingerprint(lineage);
    if (!same(doc.node("lineage"), expected)) {
      throw new InvalidDocumentException(doc.path("lineage"), Fields.excerpt(doc.node("lineage")),
          "the document was re-expressed over another lineage than the one given, " + expected);
    }
    Indicator indicator = doc.value("indicator", Indicator.class);
    Period period = doc.value("period", Period.class);
    String ruleName = doc.string("rule");
    UnitRollup rule;
    try {
      rule = UnitRollup.valueOf(ruleName);
    } catch (IllegalArgumentException e) {
      throw new InvalidDocumentException(doc.path("rule"), "\"" + ruleName + "\"", "expected one of " + List.of(UnitRollup.values()));
    }
    Rational policy = doc.value("policy", Rational.class);
    Tier target = tier(doc, "targetTier", lineage.after());
    Allocation allocation = allocation(Fields.of(doc.node("allocation"), doc.path("allocation"), Set.of("description", "weights")));
    List<Result> results = doc.list("results", (r, at) -> Fields.value(r, at, Result.class));
    ReExpression re;
    try {
      RollupSpec.Builder spec = RollupSpec.builder().indicator(indicator).period(period).rule(rule)
          .policy(CoveragePolicy.requireShare(policy));
      if (doc.has("sourceTier")) {
        spec.sourceTier(tier(doc, "sourceTier", lineage.before()));
      }
      if (doc.has("weights")) {
        Fields weights = Fields.of(doc.node("weights"), doc.path("weights"), fieldNames(doc.node("weights")));
        for (String code : fieldNames(doc.node("weights"))) {
          spec.putWeights(code, weights.value(code, Rational.class));
        }
      }
      re = ReExpression.of(lineage, spec.build(), target, allocation, results);
    } catch (ChisoException e) {
      throw Fields.at(path, e);
    }
    if (re.sourceResults().size() != results.size()) {
      throw new InvalidDocumentException(doc.path("results"), "", (results.size() - re.sourceResults().size())
          + " results are not of indicator " + indicator.code() + " within " + period);
    }
    derived(doc, "cells", cells(re));
    derived(doc, "unplaced", unplaced(re));
    return re;
  }

  private static Set<String> fieldNames(JsonNode node) {
    return node.isObject() ? Set.copyOf(node.propertyNames()) : Set.of();
  }

  private static Tier tier(Fields doc, String name, io.github.chiso.hierarchy.Hierarchy hierarchy) {
    String key = doc.string(name);
    return hierarchy.scheme().tier(key).orElseThrow(() -> new InvalidDocumentException(doc.path(name), "\"" + key + "\"",
        "not a tier of " + hierarchy.scheme()));
  }

  private static Allocation allocation(Fields fields) {
    String description = fields.string("description");
    if (!fields.has("weights")) {
      if (!description.equals(Allocation.equalShares().description())) {
        throw new InvalidDocumentException(fields.path("weights"), "", "an allocation other than equal shares needs weights");
      }
      return Allocation.equalShares();
    }
    Table<String, String, Rational> weights = HashBasedTable.create();
    fields.list("weights", (w, at) -> {
      Fields f = Fields.of(w, at, Set.of("from", "to", "weight"));
      return weights.put(f.string("from"), f.string("to"), f.value("weight", Rational.class));
    });
    try {
      return Allocation.weights(weights, description);
    } catch (ChisoException e) {
      throw Fields.at(fields.path("weights"), e);
    }
  }

  /** Equal as JSON text: a number read back may be held in a narrower node type than it was written from. */
  private static boolean same(JsonNode a, JsonNode b) {
    return a.toString().equals(b.toString());
  }

  /** A derived field, optional on input: when present it must be what the inputs give. */
  private static void derived(Fields doc, String name, ArrayNode recomputed) {
    if (!doc.has(name)) {
      return;
    }
    JsonNode written = doc.node(name);
    if (!written.isArray() || written.size() != recomputed.size()) {
      throw new InvalidDocumentException(doc.path(name), Fields.excerpt(written), "expected " + recomputed.size()
          + " entries, as recomputed from the results");
    }
    for (int i = 0; i < recomputed.size(); i++) {
      if (!same(written.get(i), recomputed.get(i))) {
        throw new InvalidDocumentException(doc.path(name) + "[" + i + "]", Fields.excerpt(written.get(i)),
            "does not match the re-expression recomputed from the results: " + Fields.excerpt(recomputed.get(i)));
      }
    }
  }
}
