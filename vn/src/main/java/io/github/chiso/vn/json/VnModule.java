package io.github.chiso.vn.json;

import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.reexpress.ReExpression;
import java.util.function.Function;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdNodeBasedDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdDelegatingSerializer;
import tools.jackson.databind.util.StdConverter;

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
    addSerializer(Lineage.class, written(LineageCodec::write));
    addDeserializer(Lineage.class, new LineageReader());
    addSerializer(ReExpression.class, written(ReExpressionCodec::write));
  }

  private static <T> StdDelegatingSerializer written(Function<T, JsonNode> writer) {
    return new StdDelegatingSerializer(new StdConverter<T, JsonNode>() {
      @Override
      public JsonNode convert(T value) {
        return writer.apply(value);
      }
    });
  }

  private static final class LineageReader extends StdNodeBasedDeserializer<Lineage> {
    LineageReader() {
      super(Lineage.class);
    }

    @Override
    public Lineage convert(JsonNode root, DeserializationContext context) {
      return LineageCodec.read(root, "$");
    }
  }
}
