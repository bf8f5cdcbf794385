package io.github.chiso.testkit;

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
import java.util.stream.Collectors;

/**
 * Validation of documents against the JSON Schemas shipped in chiso-json (draft 2020-12), for tests
 * of systems that produce Chiso documents: {@code assertThat(ChisoSchemas.plan(json)).isEmpty()}.
 *
 * @since 0.1.0
 */
public final class ChisoSchemas {
  private static final String BASE = "https://chiso.github.io/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(ChisoSchemas::load));
  private static final Schema PLAN = REGISTRY.getSchema(SchemaLocation.of(BASE + "plan-1.schema.json"));
  private static final Schema HIERARCHY = REGISTRY.getSchema(SchemaLocation.of(BASE + "hierarchy-1.schema.json"));
  private static final Schema RESULTS = REGISTRY.getSchema(SchemaLocation.of(BASE + "results-1.schema.json"));
  private static final Schema SCHEDULE = REGISTRY.getSchema(SchemaLocation.of(BASE + "schedule-1.schema.json"));

  private ChisoSchemas() {}

  /** The schema errors of a plan document; empty when it is valid. */
  public static List<String> plan(String json) {
    return errors(PLAN, json);
  }

  /** The schema errors of a hierarchy document; empty when it is valid. */
  public static List<String> hierarchy(String json) {
    return errors(HIERARCHY, json);
  }

  /** The schema errors of a result-set document; empty when it is valid. */
  public static List<String> results(String json) {
    return errors(RESULTS, json);
  }

  /** The schema errors of a reporting-schedule document; empty when it is valid. */
  public static List<String> schedule(String json) {
    return errors(SCHEDULE, json);
  }

  private static List<String> errors(Schema schema, String json) {
    return schema.validate(ChisoJson.mapper().readTree(json)).stream().map(Object::toString).collect(Collectors.toList());
  }

  private static String load(String id) {
    if (!id.startsWith(BASE)) {
      return null;
    }
    try (InputStream in = ChisoJson.class.getResourceAsStream("schema/" + id.substring(BASE.length()))) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
