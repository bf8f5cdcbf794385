package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chiso.InvalidValueException;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Period;
import io.github.chiso.model.Threshold;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes that do not decode, text that is not Unicode, {@code null}s and malformed JSON through every
 * reader and the mapper give {@link InvalidDocumentException}; what the writers write reads back.
 */
class HostileInputTest {
  private static final JsonMapper MAPPER = ChisoJson.mapper();
  private static final String RESULTS = GoldenDocumentsTest.golden("results.json");

  /** Every way in: the four document readers and the mapper. */
  private static final Map<String, Function<byte[], Object>> READERS = Map.of(
      "readPlan", bytes -> ChisoJson.readPlan(new ByteArrayInputStream(bytes)),
      "readHierarchy", bytes -> ChisoJson.readHierarchy(new ByteArrayInputStream(bytes)),
      "readResults", bytes -> ChisoJson.readResults(new ByteArrayInputStream(bytes)),
      "streamResults", bytes -> ChisoJson.streamResults(new ByteArrayInputStream(bytes), r -> { }),
      "mapper Plan", bytes -> MAPPER.readValue(bytes, Plan.class),
      "mapper Hierarchy", bytes -> MAPPER.readValue(bytes, Hierarchy.class),
      "mapper Assessment", bytes -> MAPPER.readValue(bytes, Assessment.class),
      "mapper List<Result>", bytes -> MAPPER.readValue(bytes, new TypeReference<List<Result>>() {}),
      "mapper readTree", bytes -> MAPPER.readTree(bytes));

  private static InvalidDocumentException documentError(Runnable read) {
    return assertThrows(InvalidDocumentException.class, read::run);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "0000007B0000", // truncated UTF-32 (the case): CharConversionException escaped before
    "0000007B00110000", // UTF-32 code point above U+10FFFF
    "00007B0000007D00", // UCS-4 in the unusual 2143 byte order
    "7B22F4908080223A317D", // {"<F4 90 80 80>":1}: not UTF-8, decoded by the parser into two lone surrogates
    "7B2280223A317D", // a bare continuation byte
    "7B22C080223A317D", // an overlong encoding of U+0000
  })
  void bytesThatDoNotDecodeAreDocumentErrorsEverywhere(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    READERS.forEach((name, reader) -> {
      InvalidDocumentException e = documentError(() -> reader.apply(bytes));
      assertThat(e.getMessage()).as(name).doesNotContain("line -1").doesNotContain("line 0");
    });
  }

  @Test
  void decodingErrorsSayWhatAndWhere() {
    InvalidDocumentException e = documentError(() -> ChisoJson.readPlan(new ByteArrayInputStream(HexFormat.of().parseHex("0000007B0000"))));
    assertThat(e.location()).isEqualTo("$");
    assertThat(e).hasMessageContaining("not UTF-8, UTF-16 or UTF-32 text").hasMessageContaining("byte #6");
  }

  @Test
  void invalidUtf8InsideAStringIsRefusedWithItsPath() {
    byte[] bytes = RESULTS.replace("\"phased in", "\"XXXX in").getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("XXXX");
    System.arraycopy(HexFormat.of().parseHex("F4908080"), 0, bytes, at, 4);
    InvalidDocumentException e = documentError(() -> ChisoJson.readResults(new ByteArrayInputStream(bytes)));
    assertThat(e.location()).isEqualTo("$.results[2].note");
    assertThat(e).hasMessageContaining("unpaired surrogate U+DC00");
    assertThat(e.value()).isEqualTo("\"\\udc00\\udc00 in from 2022-06-01\"");
  }

  @Test
  void aFailingStreamIsStillAnIoFailure() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> ChisoJson.readPlan(failing)).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
  }

  @Test
  void theMapperRefusesNullAndMalformedJsonWithTheLibrarysException() {
    assertThat(documentError(() -> MAPPER.readValue("null", Plan.class))).hasMessage("$: expected Plan, not null (value: null)");
    assertThat(documentError(() -> MAPPER.readValue("[null]", new TypeReference<List<Threshold>>() {})).location()).isEqualTo("$[0]");
    assertThat(documentError(() -> MAPPER.readValue("", Plan.class))).hasMessageContaining("malformed JSON");
    assertThat(documentError(() -> MAPPER.readValue("{\"format\":", Plan.class)).location()).isEqualTo("$.format");
    assertThat(documentError(() -> MAPPER.readValue("{\"comparator\":\"AT_LEAST\",\"bound\":1,\"wording\":null}", Threshold.class)).location())
        .isEqualTo("$.wording");
    assertThat(documentError(() -> MAPPER.readTree("[1,]"))).hasMessageContaining("malformed JSON at line 1, column 4");
    assertThat(documentError(() -> MAPPER.treeToValue(MAPPER.readTree("{\"bound\":1}"), Threshold.class)).location())
        .isEqualTo("$.comparator");
    assertThat(documentError(() -> MAPPER.readValue("[{\"comparator\":\"AT_LEAST\",\"bound\":\"x\"}]", new TypeReference<List<Threshold>>() {}))
        .location()).isEqualTo("$[0].bound");
  }

  @Test
  void writersRefuseWhatReadersWouldRefuse() {
    Threshold huge = Threshold.atLeast("1E+100");
    assertThatThrownBy(() -> MAPPER.writeValueAsString(huge))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("$.bound: cannot write 1E+100");
    Result lone = Result.of("I", "75", Period.year(2022), Reading.text(io.github.chiso.model.TextStatus.IN_PROGRESS, "Đang \ud800"));
    assertThatThrownBy(() -> ChisoJson.writeResults(List.of(lone)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("$.text: cannot write \"Đang \\ud800\"");
    assertThatThrownBy(() -> ResultsCsv.write(List.of(lone)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("column note");
    Result tooLong = Result.of("I", "75", Period.year(2022), Reading.decimal(new BigDecimal("1E-99")));
    assertThatThrownBy(() -> ResultsCsv.write(List.of(tooLong))).isInstanceOf(InvalidValueException.class);
    Threshold largest = Threshold.atLeast("1" + "0".repeat(99));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(largest), Threshold.class)).isEqualTo(largest);
  }

  @Test
  void csvCellsAreHeldToTheTextLimits() {
    String header = "indicator,unit,period,status,note\n";
    InvalidDocumentException longNote = documentError(() -> ResultsCsv.read(header + "I,75,2022,IN_PROGRESS," + "x".repeat(100_001) + "\n"));
    assertThat(longNote.location()).isEqualTo("row 2, column note");
    assertThat(longNote).hasMessageContaining("longer than 100000 characters");
    InvalidDocumentException longer = documentError(() -> ResultsCsv.read(header + "I,75,2022,IN_PROGRESS," + "x".repeat(100_002) + "\n"));
    assertThat(longer.location()).isEqualTo("row 2");
    assertThat(longer).hasMessageContaining("exceeds a limit");
    assertThat(ResultsCsv.read(header + "I,75,2022,IN_PROGRESS," + "x".repeat(100_000) + "\n")).hasSize(1);
    assertThat(documentError(() -> ResultsCsv.read(header + "I,75,2022,IN_PROGRESS,a\ud800\n")).location()).isEqualTo("row 2, column note");
    InvalidDocumentException digits = documentError(() -> ResultsCsv.read("indicator,unit,period,value\nI,75,2022," + "9".repeat(99_999) + "\n"));
    assertThat(digits.location()).isEqualTo("row 2, column value");
    assertThat(digits).hasMessageContaining("at most 100 characters");
    byte[] notUtf8 = "indicator,unit,period,value\nI,75,2022,\u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    InvalidDocumentException decoding = documentError(() -> ResultsCsv.read(
        new InputStreamReader(new ByteArrayInputStream(notUtf8), StandardCharsets.UTF_8.newDecoder())));
    assertThat(decoding).hasMessageContaining("did not decode");
  }
}
