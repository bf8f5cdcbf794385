package io.github.chiso.vn.json;

import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.reexpress.ReExpression;
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

/**
 * The Jackson module for chiso-vn's documents, registered through {@code META-INF/services}: a
 * {@link Lineage} is written and read as the lineage document; a {@link ReExpression} is written as
 * the re-expression document (reading one needs the lineage it was made over: {@link
 * VnJson#readReExpression}). Use {@link VnJson#mapper()}, which has chiso-json's strict settings
 * and modules.
 */
public final class VnModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public VnModule() {
    super("ChisoVnModule", Version.unknownVersion());
    addSerializer(Lineage.class, new Writer<>(LineageCodec::write));
    addDeserializer(Lineage.class, new LineageReader());
    addSerializer(ReExpression.class, new Writer<>(ReExpressionCodec::write));
  }

  private static final class Writer<T> extends ValueSerializer<T> {
    private final Function<T, ? extends JsonNode> writer;

    Writer(Function<T, ? extends JsonNode> writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext context) {
      gen.writeTree(writer.apply(value));
    }
  }

  private static final class LineageReader extends ValueDeserializer<Lineage> {
    @Override
    public Lineage deserialize(JsonParser parser, DeserializationContext context) {
      return LineageCodec.read(context.readTree(parser), "$");
    }
  }
}
