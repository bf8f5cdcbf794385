package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The shipped JSON Schemas, loaded from the jar's resources, and validation against them. */
final class Schemas {
  private static final String BASE = "https://chiso.github.io/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Schemas::load));

  static final Schema PLAN = REGISTRY.getSchema(SchemaLocation.of(BASE + "plan-1.schema.json"));
  static final Schema HIERARCHY = REGISTRY.getSchema(SchemaLocation.of(BASE + "hierarchy-1.schema.json"));
  static final Schema RESULTS = REGISTRY.getSchema(SchemaLocation.of(BASE + "results-1.schema.json"));
  static final Schema SCHEDULE = REGISTRY.getSchema(SchemaLocation.of(BASE + "schedule-1.schema.json"));

  /** The definition {@code name} of the bands and indices schema. */
  static Schema indexDefinition(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + "index-1.schema.json#/$defs/" + name));
  }

  private Schemas() {}

  private static String load(String id) {
    if (!id.startsWith(BASE)) {
      return null;
    }
    String resource = "/io/github/chiso/json/schema/" + id.substring(BASE.length());
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertValid(Schema schema, String json) {
    JsonNode node = ChisoJson.mapper().readTree(json);
    List<Error> errors = schema.validate(node);
    assertThat(errors).as("schema errors for %s", json.length() > 300 ? json.substring(0, 300) + "…" : json).isEmpty();
  }

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(ChisoJson.mapper().readTree(json));
  }
}
