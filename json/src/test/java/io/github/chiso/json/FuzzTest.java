package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.ChisoException;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import io.github.chiso.model.Threshold;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Mutated documents, in every encoding JSON allows and with bytes no encoding allows, give a value or
 * the library's typed exception, never any other exception; a value read is written and read back to
 * an equal one. Seeded: {@code -Dchiso.seed} replays a run; the seed and the document are printed on
 * failure.
 */
class FuzzTest {
  private static final int CASES = 100_000;
  private static final String ALPHABET = "{}[],:\"\\0123456789-+.eE aAtfnulrsTQ/%ạđ\u0000\u007f\u001b\r\t";
  private static final List<Charset> ENCODINGS = List.of(
      StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
      Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"));
  /** Byte runs that are not UTF-8: a code point above U+10FFFF, overlong, an encoded surrogate, stray and cut bytes. */
  private static final List<byte[]> BAD_BYTES = List.of("F4908080", "C080", "EDA080", "FF", "80", "F09F98", "FEFF", "0000")
      .stream().map(HexFormat.of()::parseHex).toList();
  private static final List<String> ODD_VALUES = List.of(
      "1e99999", "-1E+99", "1E+100", "1e-98", "1e-150", "-0.0e-7", "0.0000000000000000000001", "9".repeat(101),
      "\\ud800", "\\udfff\\ud800", "\\u0000", "\ud800", "\"\\ud83d\\ude00\"", "null", "true", "[]", "{}");

  /** A reader under test: it reads the bytes and, when they are a document, writes it and reads it again. */
  private record Target(String name, String document, Function<byte[], Object> readBack) {}

  private static Object roundTrip(Object value, Function<Object, String> write, Function<String, Object> read) {
    Object again = read.apply(write.apply(value));
    if (!again.equals(value)) {
      throw new AssertionError("read(write(x)) differs from x:\n  " + value + "\n  " + again);
    }
    return value;
  }

  private static final List<Target> TARGETS = List.of(
      new Target("plan", GoldenDocumentsTest.golden("plan.json"), bytes -> roundTrip(
          ChisoJson.readPlan(new ByteArrayInputStream(bytes)), p -> ChisoJson.writePlan((Plan) p), ChisoJson::readPlan)),
      new Target("hierarchy", GoldenDocumentsTest.golden("hierarchy.json"), bytes -> {
        Hierarchy h = ChisoJson.readHierarchy(new ByteArrayInputStream(bytes));
        assertThat(ChisoJson.readHierarchy(ChisoJson.writeHierarchy(h)).units()).isEqualTo(h.units());
        return h;
      }),
      new Target("results", GoldenDocumentsTest.golden("results.json"), bytes -> roundTrip(
          ChisoJson.readResults(new ByteArrayInputStream(bytes)), r -> ChisoJson.writeResults(cast(r)), ChisoJson::readResults)),
      new Target("results.csv", GoldenDocumentsTest.golden("results.csv"), bytes -> roundTrip(
          ResultsCsv.read(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder())),
          r -> ResultsCsv.write(cast(r)), ResultsCsv::read)),
      new Target("results.csv as bytes", GoldenDocumentsTest.golden("results.csv"), bytes -> roundTrip(
          ResultsCsv.read(new ByteArrayInputStream(bytes)), r -> ResultsCsv.write(cast(r)), ResultsCsv::read)),
      new Target("mapper Assessment", "{\"target\":\"T\",\"indicator\":{\"code\":\"I\",\"nameVi\":\"x\",\"measure\":\"PERCENT\",\"area\":\"digital-data\"},"
          + "\"subject\":\"75\",\"scope\":{\"kind\":\"TIER\",\"key\":\"province\"},\"period\":\"2022\",\"status\":\"NOT_MET\","
          + "\"threshold\":{\"comparator\":\"AT_LEAST\",\"bound\":80},\"value\":\"39200/505\",\"margin\":\"-240/101\","
          + "\"asOf\":\"2022-09-30\",\"deadline\":\"2022-12-31\"}", bytes -> roundTrip(
          ChisoJson.mapper().readValue(bytes, Assessment.class), ChisoJson.mapper()::writeValueAsString,
          json -> ChisoJson.mapper().readValue(json, Assessment.class))),
      new Target("mapper Threshold", "{\"comparator\":\"BETWEEN\",\"bound\":65.5,\"upperBound\":70,\"wording\":\"65 - 70%\"}",
          bytes -> roundTrip(ChisoJson.mapper().readValue(bytes, Threshold.class), ChisoJson.mapper()::writeValueAsString,
              json -> ChisoJson.mapper().readValue(json, Threshold.class))));

  @SuppressWarnings("unchecked")
  private static List<Result> cast(Object results) {
    return (List<Result>) results;
  }

  @Test
  void mutatedDocumentsGiveAValueOrTheTypedException() {
    long seed = Long.getLong("chiso.seed", new SplittableRandom().nextLong());
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, int[]> counts = new TreeMap<>();
    long start = System.nanoTime();
    for (int i = 0; i < CASES; i++) {
      Target target = TARGETS.get(random.nextInt(TARGETS.size()));
      Charset encoding = target.name().endsWith(".csv") || random.nextInt(3) > 0
          ? StandardCharsets.UTF_8 : ENCODINGS.get(random.nextInt(ENCODINGS.size()));
      byte[] bytes = encode(mutate(target.document(), random), encoding, random);
      if (random.nextInt(4) == 0) {
        bytes = mutateBytes(bytes, random);
      }
      int[] tally = counts.computeIfAbsent(target.name() + " " + encoding, k -> new int[2]);
      try {
        target.readBack().apply(bytes);
        tally[0]++;
      } catch (ChisoException expected) {
        tally[1]++;
      } catch (RuntimeException | Error unexpected) {
        throw new AssertionError("fuzz case " + i + " (seed " + seed + ", replay with -Dchiso.seed=" + seed
            + ") on the " + target.name() + " document in " + encoding + " threw " + unexpected + "; bytes:\n"
            + HexFormat.of().formatHex(bytes) + "\nas UTF-8:\n" + new String(bytes, StandardCharsets.UTF_8), unexpected);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    int read = counts.values().stream().mapToInt(t -> t[0]).sum();
    int rejected = counts.values().stream().mapToInt(t -> t[1]).sum();
    System.out.printf("fuzz: %d documents (%d read and read back, %d rejected with the typed exception) in %d ms, seed %d%n",
        CASES, read, rejected, millis, seed);
    counts.forEach((k, t) -> System.out.printf("  %-32s %6d read %6d rejected%n", k, t[0], t[1]));
    assertThat(read + rejected).isEqualTo(CASES);
    assertThat(read).as("some mutated documents are still documents").isPositive();
    assertThat(rejected).isPositive();
  }

  private static byte[] encode(String text, Charset encoding, SplittableRandom random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (encoding != StandardCharsets.UTF_8 && random.nextBoolean()) {
      out.writeBytes("\ufeff".getBytes(encoding));
    }
    if (io.github.chiso.text.TextLimits.unpairedSurrogateAt(text) < 0) {
      out.writeBytes(text.getBytes(encoding));
      return out.toByteArray();
    }
    // Lone surrogates survive as themselves: encoding them as UTF-8 gives ED A0 80, which no decoder accepts.
    for (int i = 0; i < text.length(); i++) {
      int cp = text.codePointAt(i);
      if (Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1) {
        out.writeBytes(new byte[] {(byte) 0xED, (byte) (0xA0 | ((cp >> 6) & 0x1F)), (byte) (0x80 | (cp & 0x3F))});
      } else {
        out.writeBytes(new String(Character.toChars(cp)).getBytes(encoding));
      }
      i += Character.charCount(cp) - 1;
    }
    return out.toByteArray();
  }

  private static byte[] mutateBytes(byte[] bytes, SplittableRandom random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = random.nextInt(bytes.length + 1);
    switch (random.nextInt(3)) {
      case 0: // cut, often inside a multi-byte character
        out.write(bytes, 0, at);
        break;
      case 1: // flip one byte
        out.writeBytes(bytes);
        byte[] flipped = out.toByteArray();
        if (flipped.length > 0) {
          flipped[Math.min(at, flipped.length - 1)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
      default: // insert bytes that are not UTF-8
        out.write(bytes, 0, at);
        out.writeBytes(BAD_BYTES.get(random.nextInt(BAD_BYTES.size())));
        out.write(bytes, at, bytes.length - at);
        break;
    }
    return out.toByteArray();
  }

  private static String mutate(String document, SplittableRandom random) {
    StringBuilder text = new StringBuilder(document);
    int edits = random.nextInt(4);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(10)) {
        case 0: // truncate
          text.setLength(at);
          break;
        case 1: // delete a run
          text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
          break;
        case 2: // insert a character
          text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          break;
        case 3: // replace a character
          text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          break;
        case 4: // duplicate a run
          int end = Math.min(text.length(), at + 1 + random.nextInt(40));
          text.insert(at, text.substring(at, end));
          break;
        case 5: // a long run of digits
          text.insert(at, "9".repeat(1 + random.nextInt(130)));
          break;
        case 6: // a huge, tiny or odd value, a surrogate escape or a lone surrogate
          text.insert(at, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
          break;
        case 7: // deep nesting around the rest of the document, up to past the limit
          int depth = 1 + random.nextInt(40);
          text.insert(at, "[".repeat(depth)).append("]".repeat(random.nextInt(depth + 1)));
          break;
        case 8: // a long string, now and then beyond the string limit
          text.insert(at, "x".repeat(random.nextInt(50) == 0 ? 100_001 : random.nextInt(2_000)));
          break;
        default: // swap a value for another document's value: a number where a string was, and so on
          int colon = text.indexOf(":", at);
          if (colon >= 0) {
            text.insert(colon + 1, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())) + ",");
          }
          break;
      }
    }
    return text.toString();
  }
}
