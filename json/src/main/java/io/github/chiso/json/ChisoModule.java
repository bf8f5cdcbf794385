package io.github.chiso.json;

import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.gap.Gap;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.index.CompositeIndex;
import io.github.chiso.index.IndexNode;
import io.github.chiso.index.Normaliser;
import io.github.chiso.index.Sensitivity;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Banding;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Result;
import io.github.chiso.model.Threshold;
import io.github.chiso.rollup.Coverage;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.score.Goalposts;
import io.github.chiso.score.SdsnIndicator;
import io.github.chiso.model.Recurrence;
import io.github.chiso.schedule.ReportingSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.util.AccessPattern;

/**
 * The Jackson module for Chiso's types, registered through {@code META-INF/services} so that {@code
 * findAndAddModules()} picks it up. Plans, hierarchies and result sets are read and written as the
 * documents of FORMAT.md (with their {@code format} and {@code formatVersion}); results,
 * indicators (with a standard area), units and bodies (of the Vietnamese tiers and departments),
 * thresholds, scopes, tier schemes, periods, exact numbers, assessments, gaps, findings and coverage
 * as the objects inside them; band scales and bandings (a plan's {@code bands}), goalposts, SDSN
 * indicators, normalisers, index trees, composite indices and sensitivity settings as FORMAT.md's
 * bands and indices section describes them; reporting schedules as documents and recurrences (with
 * their due rules) as objects. Rollup cells are written only (they are recomputed, not exchanged as
 * input).
 *
 * <p>Every deserializer reads the value's JSON tree and converts it strictly: an unknown field, a
 * missing field, a wrong type or a value the model rejects raises {@link InvalidDocumentException}
 * with the JSON path. Use {@link ChisoJson#mapper()} for a mapper with the limits and features this
 * strictness relies on; through another mapper, Jackson may wrap the exception in its own.
 *
 * @since 0.1.0
 */
public final class ChisoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = loadVersion();

  /** Creates the module with every serializer and deserializer. */
  public ChisoModule() {
    super("ChisoModule", VERSION);
    both(Plan.class, JsonWriters::planDocument, JsonReaders::planDocument);
    both(Hierarchy.class, JsonWriters::hierarchyDocument, JsonReaders::hierarchyDocument);
    both(Result.class, JsonWriters::result, JsonReaders::result);
    both(Threshold.class, JsonWriters::threshold, JsonReaders::threshold);
    both(Indicator.class, JsonWriters::indicator, (node, path) -> JsonReaders.indicator(node, path, new Vocabulary()));
    both(AdminUnit.class, JsonWriters::unit, (node, path) -> JsonReaders.unit(node, path, new Vocabulary()));
    both(Body.class, JsonWriters::body, (node, path) -> JsonReaders.body(node, path, new Vocabulary()));
    both(TierScheme.class, JsonWriters::tierScheme, JsonReaders::tierScheme);
    both(Scope.class, JsonWriters::scope, JsonReaders::scope);
    both(Assessment.class, JsonWriters::assessment, JsonReaders::assessment);
    both(Gap.class, JsonWriters::gap, JsonReaders::gap);
    both(Finding.class, JsonWriters::finding, JsonReaders::finding);
    both(Coverage.class, JsonWriters::coverage, JsonReaders::coverage);
    both(BandScale.class, IndexJson::bandScale, IndexJson::bandScale);
    both(Banding.class, IndexJson::banding, (node, path) -> IndexJson.banding(node, path, new Vocabulary()));
    both(Goalposts.class, IndexJson::goalposts, IndexJson::goalposts);
    both(SdsnIndicator.class, IndexJson::sdsnIndicator, IndexJson::sdsnIndicator);
    both(Normaliser.class, IndexJson::normaliser, IndexJson::normaliser);
    both(IndexNode.class, IndexJson::indexNode, IndexJson::indexNode);
    both(CompositeIndex.class, IndexJson::compositeIndex, IndexJson::compositeIndex);
    both(Sensitivity.class, IndexJson::sensitivity, IndexJson::sensitivity);
    both(ReportingSchedule.class, ScheduleJson::scheduleDocument, ScheduleJson::scheduleDocument);
    both(Recurrence.class, ScheduleJson::recurrence, ScheduleJson::recurrence);
    addSerializer(RollupCell.class, new TreeSerializer<>(JsonWriters::rollupCell));
    addSerializer(Period.class, new TreeSerializer<>(p -> tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(p.toString())));
    addDeserializer(Period.class, new TreeDeserializer<>(Period.class, JsonReaders::period));
    addSerializer(Rational.class, new TreeSerializer<>(r -> tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(r.toString())));
    addDeserializer(Rational.class, new TreeDeserializer<>(Rational.class, JsonReaders::rational));
  }

  /** The module's version, which is the chiso-json artifact's. */
  @Override
  public Version version() {
    return VERSION;
  }

  private <T> void both(
      Class<T> type, Function<T, ? extends JsonNode> writer, BiFunction<JsonNode, String, T> reader) {
    addSerializer(type, new TreeSerializer<>(writer));
    addDeserializer(type, new TreeDeserializer<>(type, reader));
  }

  /** Writes a value by building its JSON tree, refusing one that the readers would refuse. */
  static final class TreeSerializer<T> extends ValueSerializer<T> {
    private final Function<T, ? extends JsonNode> writer;

    TreeSerializer(Function<T, ? extends JsonNode> writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext context) {
      gen.writeTree(JsonWriters.checked(writer.apply(value)));
    }
  }

  /**
   * Reads a value from its JSON tree, with the path of the parser's position as the root path. JSON
   * {@code null} is refused there too: Chiso's values are never null.
   */
  static final class TreeDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final BiFunction<JsonNode, String, T> reader;

    TreeDeserializer(Class<T> type, BiFunction<JsonNode, String, T> reader) {
      this.type = type;
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      String path = Paths.of(parser.streamReadContext());
      return reader.apply(context.readTree(parser), path);
    }

    @Override
    public T getNullValue(DeserializationContext context) {
      String path = context.getParser() == null ? "$" : Paths.of(context.getParser().streamReadContext());
      throw new InvalidDocumentException(path, "null", "expected " + type.getSimpleName() + ", not null");
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }
  }

  private static Version loadVersion() {
    Properties properties = new Properties();
    try (InputStream in = ChisoModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] parts = properties.getProperty("version", "0.0.0").split("[.-]", 4);
    return new Version(
        Integer.parseInt(parts[0]),
        Integer.parseInt(parts[1]),
        Integer.parseInt(parts[2]),
        parts.length > 3 ? parts[3] : null,
        properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }
}
