package io.github.chiso.vn.json;

import io.github.chiso.ChisoException;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.InvalidDocumentException;
import io.github.chiso.vn.lineage.Lineage;
import io.github.chiso.vn.reexpress.ReExpression;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes chiso-vn's two documents (schemas in the jar under {@code
 * io/github/chiso/vn/schema/}; both build on chiso-json's):
 *
 * <ul>
 *   <li>the <b>lineage</b> ({@code "format": "chiso.lineage"}): the effective date, the before and
 *       after hierarchies as hierarchy documents, and the links {@code {"from", "to", "kind"}}; a kind
 *       that the links contradict is an error;
 *   <li>the <b>re-expression</b> ({@code "format": "chiso.reexpression"}): the lineage it was made
 *       over (effective date, scheme keys, number of links), the indicator, period, rule, coverage
 *       policy (as the minimum share), tiers, weights, allocation and source results; then the
 *       cells, each with its rollup cell, estimate flag and contributions (source result by index,
 *       target, share, reading), and the unplaced results with their reasons. Reading recomputes the
 *       re-expression from the inputs; the cells and unplaced results, optional on input, must match
 *       when present.
 * </ul>
 *
 * Both are strict as chiso-json's documents are: unknown or missing fields, wrong types and values
 * the model rejects raise {@link InvalidDocumentException} with the JSON path.
 */
public final class VnJson {
  /** The format version of both documents. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonMapper MAPPER = ChisoJson.mapper().rebuild().addModule(new VnModule()).build();

  private VnJson() {}

  /** chiso-json's strict mapper with {@link VnModule} added. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** Reads a lineage document. */
  public static Lineage readLineage(InputStream in) {
    return LineageCodec.read(tree(in), "$");
  }

  /** Reads a lineage document. */
  public static Lineage readLineage(String json) {
    return readLineage(bytes(json));
  }

  /** Reads a lineage document from a file. */
  public static Lineage readLineage(Path file) {
    return fromFile(file, VnJson::readLineage);
  }

  /** The lineage as a document. */
  public static String writeLineage(Lineage lineage) {
    return MAPPER.writeValueAsString(LineageCodec.write(lineage));
  }

  /** Reads a re-expression document made over {@code lineage}, recomputing it. */
  public static ReExpression readReExpression(InputStream in, Lineage lineage) {
    return ReExpressionCodec.read(tree(in), "$", lineage);
  }

  /** Reads a re-expression document made over {@code lineage}, recomputing it. */
  public static ReExpression readReExpression(String json, Lineage lineage) {
    return readReExpression(bytes(json), lineage);
  }

  /** Reads a re-expression document from a file. */
  public static ReExpression readReExpression(Path file, Lineage lineage) {
    return fromFile(file, in -> readReExpression(in, lineage));
  }

  /** The re-expression as an indented document. */
  public static String writeReExpression(ReExpression reExpression) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ReExpressionCodec.write(reExpression));
  }

  private static JsonNode tree(InputStream in) {
    try {
      JsonNode node = MAPPER.readTree(in);
      if (node == null || node.isMissingNode()) {
        throw new InvalidDocumentException("$", "", "empty document");
      }
      return node;
    } catch (ChisoException e) {
      throw e;
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new InvalidDocumentException("$", "", "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
    }
  }

  private static InputStream bytes(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static <T> T fromFile(Path file, Function<InputStream, T> reader) {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
