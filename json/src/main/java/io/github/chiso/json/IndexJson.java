package io.github.chiso.json;

import com.google.common.collect.ImmutableSet;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.index.Aggregation;
import io.github.chiso.index.CompositeIndex;
import io.github.chiso.index.IndexNode;
import io.github.chiso.index.Normaliser;
import io.github.chiso.index.Sensitivity;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Banding;
import io.github.chiso.model.Polarity;
import io.github.chiso.score.Goalposts;
import io.github.chiso.score.SdsnIndicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Readers and writers of bands, scores and composite indices (schema {@code index-1.schema.json}):
 * band scales and bandings (also inside plans, under {@code bands}), goalposts, SDSN indicators,
 * normalisers, index trees, indices and sensitivity settings. Strict as {@link JsonReaders}: unknown
 * or missing fields and values the model rejects raise {@link InvalidDocumentException} with the
 * path.
 */
final class IndexJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private IndexJson() {}

  // ---- bands ----

  static BandScale bandScale(JsonNode node, String path) {
    Obj o = Obj.of(node, path, ImmutableSet.of("bands", "boundaries", "polarity", "onBoundary", "basis"));
    List<String> bands = o.list("bands", Obj::string);
    List<BigDecimal> boundaries = o.list("boundaries", Obj::decimal);
    var polarity = o.optEnum("polarity", Polarity.class);
    var onBoundary = o.optEnum("onBoundary", BandScale.OnBoundary.class);
    var basis = o.optEnum("basis", BandScale.Basis.class);
    return Obj.build(path, unused -> {
      BandScale.Builder scale = BandScale.builder().bands(bands).boundaries(boundaries);
      polarity.ifPresent(scale::polarity);
      onBoundary.ifPresent(scale::onBoundary);
      basis.ifPresent(scale::basis);
      return scale.build();
    });
  }

  static ObjectNode bandScale(BandScale scale) {
    ObjectNode node = NODES.objectNode();
    ArrayNode bands = node.putArray("bands");
    scale.bands().forEach(bands::add);
    ArrayNode boundaries = node.putArray("boundaries");
    scale.boundaries().forEach(boundaries::add);
    if (scale.polarity() != Polarity.HIGHER_IS_BETTER) {
      node.put("polarity", scale.polarity().name());
    }
    if (scale.onBoundary() != BandScale.OnBoundary.BETTER) {
      node.put("onBoundary", scale.onBoundary().name());
    }
    if (scale.basis() != BandScale.Basis.VALUE) {
      node.put("basis", scale.basis().name());
    }
    return node;
  }

  static Banding banding(JsonNode node, String path, Vocabulary vocabulary) {
    Obj o = Obj.of(node, path, ImmutableSet.of("scales", "fallbackScope"));
    JsonNode scalesNode = o.node("scales");
    Obj scales = Obj.of(scalesNode, o.path("scales"), ImmutableSet.copyOf(scalesNode.propertyNames()));
    Banding.Builder banding = Banding.builder();
    for (String key : scalesNode.propertyNames()) {
      banding.putScales(scope(vocabulary, key, scales.path(key)), bandScale(scalesNode.get(key), scales.path(key)));
    }
    o.optString("fallbackScope").ifPresent(key -> banding.fallbackScope(scope(vocabulary, key, o.path("fallbackScope"))));
    return Obj.build(path, unused -> banding.build());
  }

  private static Scope scope(Vocabulary vocabulary, String key, String path) {
    return vocabulary.scope(key).orElseThrow(() -> new InvalidDocumentException(
        path, Obj.quoted(key), "unknown tier or body kind; expected " + vocabulary.scopeKeys()));
  }

  static ObjectNode banding(Banding banding) {
    ObjectNode node = NODES.objectNode();
    ObjectNode scales = node.putObject("scales");
    banding.scales().forEach((scope, scale) -> scales.set(scope.key(), bandScale(scale)));
    banding.fallbackScope().ifPresent(s -> node.put("fallbackScope", s.key()));
    return node;
  }

  /** A plan's {@code bands}: target code → banding. */
  static Map<String, Banding> bandings(JsonNode node, String path, Vocabulary vocabulary) {
    Obj o = Obj.of(node, path, ImmutableSet.copyOf(node == null || !node.isObject() ? List.of() : node.propertyNames()));
    Map<String, Banding> out = new java.util.LinkedHashMap<>();
    for (String code : node.propertyNames()) {
      out.put(code, banding(node.get(code), o.path(code), vocabulary));
    }
    return out;
  }

  static ObjectNode bandings(Map<String, Banding> bandings) {
    ObjectNode node = NODES.objectNode();
    bandings.forEach((code, banding) -> node.set(code, banding(banding)));
    return node;
  }

  // ---- scores ----

  static Goalposts goalposts(JsonNode node, String path) {
    Obj o = Obj.of(node, path, ImmutableSet.of("lower", "optimum"));
    return Obj.build(path, unused -> Goalposts.of(o.decimal("lower"), o.decimal("optimum")));
  }

  static ObjectNode goalposts(Goalposts goalposts) {
    ObjectNode node = NODES.objectNode();
    node.put("lower", goalposts.lower());
    node.put("optimum", goalposts.optimum());
    return node;
  }

  static SdsnIndicator sdsnIndicator(JsonNode node, String path) {
    Obj o = Obj.of(node, path, ImmutableSet.of("lower", "red", "green", "optimum"));
    BigDecimal lower = o.decimal("lower");
    BigDecimal red = o.decimal("red");
    BigDecimal green = o.decimal("green");
    BigDecimal optimum = o.decimal("optimum");
    return Obj.build(path, unused -> SdsnIndicator.of(Goalposts.of(lower, optimum), green, red));
  }

  static ObjectNode sdsnIndicator(SdsnIndicator indicator) {
    ObjectNode node = NODES.objectNode();
    node.put("lower", indicator.goalposts().lower());
    node.put("red", indicator.red());
    node.put("green", indicator.green());
    node.put("optimum", indicator.goalposts().optimum());
    return node;
  }

  // ---- composite indices ----

  static Normaliser normaliser(JsonNode node, String path) {
    Obj o = Obj.of(node, path, ImmutableSet.of("kind", "parameters"));
    Normaliser.Kind kind = o.enumValue("kind", Normaliser.Kind.class);
    List<BigDecimal> parameters = o.optList("parameters", Obj::decimal);
    return Obj.build(path, unused -> Normaliser.of(kind, parameters));
  }

  static ObjectNode normaliser(Normaliser normaliser) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", normaliser.kind().name());
    if (!normaliser.parameters().isEmpty()) {
      ArrayNode parameters = node.putArray("parameters");
      normaliser.parameters().forEach(parameters::add);
    }
    return node;
  }

  static IndexNode indexNode(JsonNode node, String path) {
    Obj o = Obj.of(node, path, ImmutableSet.of("code", "weight", "polarity", "normaliser", "children"));
    String code = o.string("code");
    var weight = o.optDecimal("weight");
    var polarity = o.optEnum("polarity", Polarity.class);
    var normaliser = o.optNode("normaliser").map(n -> normaliser(n, o.path("normaliser")));
    List<IndexNode> children = o.optList("children", IndexJson::indexNode);
    return Obj.build(path, unused -> {
      IndexNode.Builder out = IndexNode.builder().code(code).children(children);
      weight.ifPresent(w -> out.weight(w.doubleValue()));
      polarity.ifPresent(out::polarity);
      normaliser.ifPresent(out::normaliser);
      return out.build();
    });
  }

  static ObjectNode indexNode(IndexNode node) {
    ObjectNode out = NODES.objectNode();
    out.put("code", node.code());
    if (node.weight() != 1) {
      out.put("weight", node.weight());
    }
    if (node.polarity() != Polarity.HIGHER_IS_BETTER) {
      out.put("polarity", node.polarity().name());
    }
    node.normaliser().ifPresent(n -> out.set("normaliser", normaliser(n)));
    if (!node.children().isEmpty()) {
      ArrayNode children = out.putArray("children");
      node.children().forEach(child -> children.add(indexNode(child)));
    }
    return out;
  }

  static CompositeIndex compositeIndex(JsonNode node, String path) {
    Obj o = Obj.of(node, path, ImmutableSet.of("root", "normaliser", "aggregation", "availabilityThreshold"));
    IndexNode root = indexNode(o.node("root"), o.path("root"));
    var normaliser = o.optNode("normaliser").map(n -> normaliser(n, o.path("normaliser")));
    var aggregation = o.optEnum("aggregation", Aggregation.class);
    var threshold = o.optDecimal("availabilityThreshold");
    return Obj.build(path, unused -> {
      CompositeIndex.Builder index = CompositeIndex.builder().root(root);
      normaliser.ifPresent(index::normaliser);
      aggregation.ifPresent(index::aggregation);
      threshold.ifPresent(t -> index.availabilityThreshold(t.doubleValue()));
      return index.build();
    });
  }

  static ObjectNode compositeIndex(CompositeIndex index) {
    ObjectNode node = NODES.objectNode();
    node.set("root", indexNode(index.root()));
    node.set("normaliser", normaliser(index.normaliser()));
    node.put("aggregation", index.aggregation().name());
    node.put("availabilityThreshold", index.availabilityThreshold());
    return node;
  }

  static Sensitivity sensitivity(JsonNode node, String path) {
    Obj o = Obj.of(node, path, ImmutableSet.of("runs", "seed", "weightNoise", "alternatives"));
    int runs = o.intValue("runs");
    long seed = o.longValue("seed");
    double noise = o.decimal("weightNoise").doubleValue();
    List<Normaliser> alternatives = o.optList("alternatives", IndexJson::normaliser);
    return Obj.build(path, unused ->
        Sensitivity.builder().runs(runs).seed(seed).weightNoise(noise).alternatives(alternatives).build());
  }

  static ObjectNode sensitivity(Sensitivity sensitivity) {
    ObjectNode node = NODES.objectNode();
    node.put("runs", sensitivity.runs());
    node.put("seed", sensitivity.seed());
    node.put("weightNoise", sensitivity.weightNoise());
    if (!sensitivity.alternatives().isEmpty()) {
      ArrayNode alternatives = node.putArray("alternatives");
      sensitivity.alternatives().forEach(n -> alternatives.add(normaliser(n)));
    }
    return node;
  }
}
