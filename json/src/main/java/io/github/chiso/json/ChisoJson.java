package io.github.chiso.json;

import com.google.common.collect.ImmutableList;
import io.github.chiso.ChisoException;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import io.github.chiso.schedule.ReportingSchedule;
import io.github.chiso.text.TextLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing Chiso's JSON documents (see FORMAT.md): plans, hierarchies, result sets and
 * reporting schedules.
 *
 * <p>{@link #mapper()} is a ready, immutable, thread-safe mapper whose every relevant setting is set
 * here rather than taken from Jackson's defaults: unknown properties, trailing tokens and duplicate
 * keys fail; floats read as {@link java.math.BigDecimal} and decimals are written plain (77.62 stays
 * 77.62); NaN and Infinity are rejected; and the {@link #LIMITS} cap nesting depth, number and string
 * length and document size. Every reading method here, and the mapper's {@code readValue}, {@code
 * readTree}, {@code treeToValue} and {@code convertValue}, raise only {@link InvalidDocumentException}
 * (with the JSON path) for a bad document — malformed JSON, bytes that are not UTF-8, UTF-16 or
 * UTF-32, text that is not Unicode, {@code null} where a value is expected, a number or string beyond
 * the limits — and {@link UncheckedIOException} for a failing stream. Writing refuses, with {@link
 * io.github.chiso.InvalidValueException}, a value the readers would refuse (a number that does not
 * {@link TextLimits#fits fit}, text with an unpaired surrogate or beyond the limits), so that what is
 * written reads back.
 *
 * <p>Result sets stream: {@link #streamResults} reads one result at a time and {@link
 * #resultWriter} writes one at a time, so memory stays flat however large the file.
 *
 * @since 0.1.0
 */
public final class ChisoJson {
  /** The document format version this library reads and writes. */
  public static final int FORMAT_VERSION = JsonReaders.FORMAT_VERSION;

  /**
   * Limits on what is read: nesting depth 32 (documents need 7), numbers of at most {@value
   * TextLimits#MAX_NUMBER_LENGTH} characters, strings of at most {@value TextLimits#MAX_TEXT_LENGTH}
   * characters, names of at most 200, documents of at most 4 GiB (hundred-megabyte result sets stream
   * within it).
   */
  public static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(32)
          .maxNumberLength(TextLimits.MAX_NUMBER_LENGTH)
          .maxStringLength(TextLimits.MAX_TEXT_LENGTH)
          .maxNameLength(200)
          .maxDocumentLength(4L << 30)
          .build();

  private static final JsonMapper MAPPER =
      new StrictMapper(JsonMapper.builder(
              new StrictMapper.Factory(JsonFactory.builder()
                  .streamReadConstraints(LIMITS)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                  .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                  .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                  .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                  .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                  .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)))
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.WRAP_EXCEPTIONS)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .addModule(new ChisoModule()));

  /** Reads one element of a streamed array: what follows it is the stream's business. */
  private static final tools.jackson.databind.ObjectReader ELEMENT_READER =
      MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ChisoJson() {}

  /** The configured mapper, with {@link ChisoModule} registered. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  // ---- plans ----

  /** Reads a plan document. */
  public static Plan readPlan(InputStream in) {
    return document(() -> JsonReaders.planDocument(tree(in), "$"));
  }

  /** Reads a plan document from a file. */
  public static Plan readPlan(Path file) {
    return fromFile(file, ChisoJson::readPlan);
  }

  /** Reads a plan document from text. */
  public static Plan readPlan(String json) {
    return readPlan(bytes(json));
  }

  /** The plan as an indented document. */
  public static String writePlan(Plan plan) {
    return pretty(JsonWriters.planDocument(plan));
  }

  // ---- hierarchies ----

  /** Reads a hierarchy document. */
  public static Hierarchy readHierarchy(InputStream in) {
    return document(() -> JsonReaders.hierarchyDocument(tree(in), "$"));
  }

  /** Reads a hierarchy document from a file. */
  public static Hierarchy readHierarchy(Path file) {
    return fromFile(file, ChisoJson::readHierarchy);
  }

  /** Reads a hierarchy document from text. */
  public static Hierarchy readHierarchy(String json) {
    return readHierarchy(bytes(json));
  }

  /** The hierarchy as an indented document. */
  public static String writeHierarchy(Hierarchy hierarchy) {
    return pretty(JsonWriters.hierarchyDocument(hierarchy));
  }

  // ---- reporting schedules ----

  /** Reads a reporting-schedule document. */
  public static ReportingSchedule readSchedule(InputStream in) {
    return document(() -> ScheduleJson.scheduleDocument(tree(in), "$"));
  }

  /** Reads a reporting-schedule document from a file. */
  public static ReportingSchedule readSchedule(Path file) {
    return fromFile(file, ChisoJson::readSchedule);
  }

  /** Reads a reporting-schedule document from text. */
  public static ReportingSchedule readSchedule(String json) {
    return readSchedule(bytes(json));
  }

  /** The reporting schedule as an indented document. */
  public static String writeSchedule(ReportingSchedule schedule) {
    return pretty(ScheduleJson.scheduleDocument(schedule));
  }

  // ---- results ----

  /** Reads a whole result-set document into memory. */
  public static ImmutableList<Result> readResults(InputStream in) {
    ImmutableList.Builder<Result> results = ImmutableList.builder();
    streamResults(in, results::add);
    return results.build();
  }

  /** Reads a result-set document from a file. */
  public static ImmutableList<Result> readResults(Path file) {
    return fromFile(file, ChisoJson::readResults);
  }

  /** Reads a result-set document from text. */
  public static ImmutableList<Result> readResults(String json) {
    return readResults(bytes(json));
  }

  /**
   * Reads a result-set document one result at a time, handing each to {@code sink} as soon as it is
   * read: memory stays flat however many results the document holds. The document is checked as it
   * goes (a bad result stops the reading with its path, after the earlier results were handed on).
   *
   * @return the number of results read
   */
  public static long streamResults(InputStream in, Consumer<? super Result> sink) {
    return document(() -> {
      try (JsonParser parser = MAPPER.createParser(in)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new InvalidDocumentException("$", token(parser), "expected a result-set object");
        }
        boolean format = false;
        boolean version = false;
        boolean results = false;
        long count = 0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          switch (name) {
            case "format":
              requireString(parser, "$.format", JsonReaders.RESULTS_FORMAT);
              format = true;
              break;
            case "formatVersion":
              if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != FORMAT_VERSION) {
                throw new InvalidDocumentException("$.formatVersion", token(parser),
                    "unsupported format version; this library reads " + FORMAT_VERSION);
              }
              version = true;
              break;
            case "results":
              if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new InvalidDocumentException("$.results", token(parser), "expected an array");
              }
              while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonNode node = ELEMENT_READER.readTree(parser);
                sink.accept(JsonReaders.result(node, "$.results[" + count + "]"));
                count++;
              }
              results = true;
              break;
            default:
              throw new InvalidDocumentException(Obj.child("$", name), "",
                  "unknown field '" + name + "'; allowed: [format, formatVersion, results]");
          }
        }
        if (parser.nextToken() != null) {
          throw new InvalidDocumentException("$", token(parser), "unexpected content after the document");
        }
        requirePresent(format, "format");
        requirePresent(version, "formatVersion");
        requirePresent(results, "results");
        return count;
      }
    });
  }

  /** Reads a result-set file one result at a time; see {@link #streamResults(InputStream, Consumer)}. */
  public static long streamResults(Path file, Consumer<? super Result> sink) {
    return fromFile(file, in -> streamResults(in, sink));
  }

  /** The results as a compact result-set document. */
  public static String writeResults(Iterable<Result> results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResultWriter writer = resultWriter(out)) {
      results.forEach(writer::write);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A writer that streams a result-set document to {@code out}, one result at a time. */
  public static ResultWriter resultWriter(OutputStream out) {
    return new ResultWriter(MAPPER.createGenerator(out));
  }

  /**
   * Streams a result-set document: the header on creation, each {@link #write} appends one result,
   * {@link #close} ends the document and closes the stream. Not thread-safe.
   */
  public static final class ResultWriter implements Closeable {
    private final JsonGenerator generator;

    private ResultWriter(JsonGenerator generator) {
      this.generator = generator;
      generator.writeStartObject();
      JsonWriters.resultsHeader().properties().forEach(e -> {
        generator.writeName(e.getKey());
        generator.writeTree(e.getValue());
      });
      generator.writeName("results");
      generator.writeStartArray();
    }

    /** Appends one result. */
    public ResultWriter write(Result result) {
      generator.writeTree(JsonWriters.checked(JsonWriters.result(result)));
      return this;
    }

    /** Ends the document and closes the underlying stream. */
    @Override
    public void close() {
      generator.writeEndArray();
      generator.writeEndObject();
      generator.close();
    }
  }

  // ---- plumbing ----

  private static JsonNode tree(InputStream in) {
    JsonNode node = MAPPER.readTree(in);
    if (node == null || node.isMissingNode()) {
      throw new InvalidDocumentException("$", "", "empty document");
    }
    return node;
  }

  private static void requirePresent(boolean present, String field) {
    if (!present) {
      throw new InvalidDocumentException("$", "", "missing required field '" + field + "'");
    }
  }

  private static void requireString(JsonParser parser, String path, String expected) {
    if (parser.currentToken() != JsonToken.VALUE_STRING || !parser.getString().equals(expected)) {
      throw new InvalidDocumentException(path, token(parser), "expected \"" + expected + "\"");
    }
  }

  private static String token(JsonParser parser) {
    return parser.currentToken() == null ? "end of input" : Obj.excerpt(String.valueOf(parser.getString()));
  }

  private static String pretty(JsonNode node) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(JsonWriters.checked(node));
  }

  private static InputStream bytes(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static <T> T fromFile(Path file, java.util.function.Function<InputStream, T> reader) {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Runs a read, turning Jackson's exceptions into {@link InvalidDocumentException}s with a path. */
  static <T> T document(Supplier<T> read) {
    try {
      return read.get();
    } catch (ChisoException e) {
      throw e;
    } catch (NumberFormatException | ArithmeticException e) {
      // Jackson's tree builder lets a number it cannot convert escape as a bare NumberFormatException.
      throw new InvalidDocumentException("$", "", "a number is out of range: " + e.getMessage(), e);
    } catch (StreamConstraintsException e) {
      throw new InvalidDocumentException(Paths.of(e), "", "document exceeds a limit: " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof ChisoException) {
          throw (ChisoException) cause;
        }
        if (cause instanceof CharacterCodingException || raisedByJackson(cause)) {
          // The bytes do not decode (a truncated UTF-32 character, an unknown UCS-4 byte order): the
          // document is bad, not the stream.
          throw new InvalidDocumentException(Paths.of(e), "", "not UTF-8, UTF-16 or UTF-32 text" + where(e) + ": " + cause.getMessage(), e);
        }
        if (cause instanceof IOException) {
          throw new UncheckedIOException((IOException) cause);
        }
      }
      throw new InvalidDocumentException(Paths.of(e), "", "malformed JSON" + where(e) + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Whether Jackson's own code raised {@code e} (while decoding), rather than the stream it read. */
  private static boolean raisedByJackson(Throwable e) {
    StackTraceElement[] frames = e.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().startsWith("tools.jackson.");
  }

  /** " at line L, column C", or the byte or character offset where lines are not counted, or nothing. */
  private static String where(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    if (location == null) {
      return "";
    }
    if (location.getLineNr() > 0) {
      return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
    if (location.getByteOffset() >= 0) {
      return " at byte " + location.getByteOffset();
    }
    return location.getCharOffset() >= 0 ? " at character " + location.getCharOffset() : "";
  }
}
