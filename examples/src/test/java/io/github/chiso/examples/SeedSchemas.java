package io.github.chiso.examples;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.chiso.json.ChisoJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The schemas shipped in chiso-json, for checking the seed documents. */
final class SeedSchemas {
  private static final String BASE = "https://chiso.github.io/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(SeedSchemas::load));
  static final Schema PLAN = REGISTRY.getSchema(SchemaLocation.of(BASE + "plan-1.schema.json"));
  static final Schema RESULTS = REGISTRY.getSchema(SchemaLocation.of(BASE + "results-1.schema.json"));
  static final Schema HIERARCHY = REGISTRY.getSchema(SchemaLocation.of(BASE + "hierarchy-1.schema.json"));

  private SeedSchemas() {}

  private static String load(String id) {
    try (InputStream in = ChisoJson.class.getResourceAsStream("schema/" + id.substring(BASE.length()))) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(ChisoJson.mapper().readTree(json));
  }
}
