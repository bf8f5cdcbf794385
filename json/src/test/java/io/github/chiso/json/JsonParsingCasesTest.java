package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.Plan;
import io.github.chiso.model.Threshold;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of {@code parsing/cases.txt}: what Chiso's parser and readers accept and refuse. */
class JsonParsingCasesTest {
  private static final Pattern LINE = Pattern.compile("(y|n|i\\+|i-)\\s+(\\S+)\\s+(json|hex|bound|wording)(?: +(.*))?");

  record Case(String expect, String name, String form, String payload) {
    boolean accepted() {
      return expect.equals("y") || expect.equals("i+");
    }

    byte[] bytes() {
      switch (form) {
        case "hex":
          return HexFormat.of().parseHex(payload.replace(" ", ""));
        case "bound":
          return ("{\"comparator\":\"AT_LEAST\",\"bound\":" + payload + "}").getBytes(StandardCharsets.UTF_8);
        case "wording":
          return ("{\"comparator\":\"AT_LEAST\",\"bound\":80,\"wording\":" + payload + "}").getBytes(StandardCharsets.UTF_8);
        default:
          return payload.getBytes(StandardCharsets.UTF_8);
      }
    }

    @Override
    public String toString() {
      return expect + "_" + name;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = JsonParsingCasesTest.class.getResourceAsStream("/parsing/cases.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
          throw new AssertionError("bad case line: " + line);
        }
        cases.add(new Case(m.group(1), m.group(2), m.group(3), m.group(4) == null ? "" : m.group(4)));
      }
    }
    assertThat(cases).hasSizeGreaterThan(100);
    return cases;
  }

  private static boolean reads(Runnable read) {
    try {
      read.run();
      return true;
    } catch (InvalidDocumentException e) {
      return false;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readOrRefusedAsTheCaseSays(Case c) {
    byte[] bytes = c.bytes();
    if (c.form().equals("bound") || c.form().equals("wording")) {
      assertThat(reads(() -> ChisoJson.mapper().readValue(bytes, Threshold.class))).as(c.name()).isEqualTo(c.accepted());
      return;
    }
    assertThat(reads(() -> ChisoJson.mapper().readTree(bytes))).as(c.name()).isEqualTo(c.accepted());
    List<Consumer<byte[]>> documentReaders = List.of(
        b -> ChisoJson.readPlan(new ByteArrayInputStream(b)),
        b -> ChisoJson.readHierarchy(new ByteArrayInputStream(b)),
        b -> ChisoJson.readResults(new ByteArrayInputStream(b)),
        b -> ChisoJson.streamResults(new ByteArrayInputStream(b), r -> { }),
        b -> ChisoJson.mapper().readValue(b, Plan.class));
    for (Consumer<byte[]> reader : documentReaders) {
      assertThat(reads(() -> reader.accept(bytes))).as(c.name() + " is no Chiso document").isFalse();
    }
  }
}
