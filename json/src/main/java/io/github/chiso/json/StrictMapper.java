package io.github.chiso.json;

import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.DeserializationContextExt;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper {@link ChisoJson#mapper()} returns: Jackson's own, except that every read through it
 * ({@code readValue}, {@code readTree}, {@code treeToValue}, {@code convertValue}) raises {@link
 * InvalidDocumentException} where Jackson would raise its own exception, as {@link ChisoJson}'s
 * readers do. Its {@link Factory} does the same for the detection of the encoding, which happens
 * before reading. {@code rebuild()} gives a plain Jackson mapper.
 */
final class StrictMapper extends JsonMapper {
  private static final long serialVersionUID = 1L;

  StrictMapper(JsonMapper.Builder builder) {
    super(builder);
  }

  @Override
  protected Object _readValue(DeserializationContextExt context, JsonParser parser, JavaType type) {
    return ChisoJson.document(() -> super._readValue(context, parser, type));
  }

  @Override
  protected Object _readMapAndClose(DeserializationContextExt context, JsonParser parser, JavaType type) {
    return ChisoJson.document(() -> super._readMapAndClose(context, parser, type));
  }

  /** As Jackson's, except that an empty document is refused rather than read as a missing node. */
  @Override
  protected JsonNode _readTreeAndClose(DeserializationContextExt context, JsonParser parser) {
    JsonNode node = ChisoJson.document(() -> super._readTreeAndClose(context, parser));
    if (node == null || node.isMissingNode()) {
      throw new InvalidDocumentException("$", "", "empty document");
    }
    return node;
  }

  @Override
  protected Object _convert(Object value, JavaType type) {
    return ChisoJson.document(() -> super._convert(value, type));
  }

  /** Creates parsers as Jackson does, raising {@link InvalidDocumentException} for bytes of no known encoding. */
  static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    Factory(JsonFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext context, IOContext io, InputStream in) {
      return ChisoJson.document(() -> super._createParser(context, io, in));
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext context, IOContext io, byte[] data, int offset, int length) {
      return ChisoJson.document(() -> super._createParser(context, io, data, offset, length));
    }
  }
}
