package io.github.chiso.vn.json;

import io.github.chiso.ChisoException;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.InvalidDocumentException;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.lineage.Link;
import io.github.chiso.vn.lineage.LinkKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The lineage document: both hierarchies, the effective date and the links with their kinds. */
final class LineageCodec {
  static final String FORMAT = "chiso.lineage";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LineageCodec() {}

  static JsonNode write(Lineage lineage) {
    ObjectNode node = NODES.objectNode();
    node.put("format", FORMAT);
    node.put("formatVersion", VnJson.FORMAT_VERSION);
    node.put("effective", lineage.effective().toString());
    node.set("before", ChisoJson.mapper().valueToTree(lineage.before()));
    node.set("after", ChisoJson.mapper().valueToTree(lineage.after()));
    ArrayNode links = node.putArray("links");
    for (Link link : lineage.links()) {
      links.addObject().put("from", link.fromCode()).put("to", link.toCode()).put("kind", link.kind().name());
    }
    return node;
  }

  static Lineage read(JsonNode node, String path) {
    Fields doc = Fields.of(node, path, Set.of("format", "formatVersion", "effective", "before", "after", "links"));
    header(doc, FORMAT);
    LocalDate effective = date(doc, "effective");
    Hierarchy before = doc.value("before", Hierarchy.class);
    Hierarchy after = doc.value("after", Hierarchy.class);
    Lineage.Builder builder = Lineage.builder(before, after, effective);
    List<String[]> links = doc.list("links", (link, at) -> {
      Fields f = Fields.of(link, at, Set.of("from", "to", "kind"));
      String[] parts = {f.string("from"), f.string("to"), f.string("kind"), at};
      try {
        builder.link(parts[0], parts[1]);
      } catch (ChisoException e) {
        throw Fields.at(at, e);
      }
      return parts;
    });
    Lineage lineage = builder.build();
    for (String[] link : links) {
      LinkKind kind = lineage.successors(link[0]).stream().filter(l -> l.toCode().equals(link[1])).findFirst()
          .orElseThrow().kind();
      if (!kind.name().equals(link[2])) {
        throw new InvalidDocumentException(link[3] + ".kind", "\"" + link[2] + "\"",
            "the links make " + link[0] + " -> " + link[1] + " " + kind + ", not " + link[2]);
      }
    }
    return lineage;
  }

  static void header(Fields doc, String format) {
    doc.constant("format", format);
    if (doc.integer("formatVersion") != VnJson.FORMAT_VERSION) {
      throw new InvalidDocumentException(doc.path("formatVersion"), String.valueOf(doc.integer("formatVersion")),
          "this library reads format version " + VnJson.FORMAT_VERSION);
    }
  }

  static LocalDate date(Fields doc, String name) {
    String text = doc.string(name);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidDocumentException(doc.path(name), "\"" + text + "\"", "expected an ISO-8601 date YYYY-MM-DD");
    }
  }
}
