package io.github.chiso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.examples.snippets.AssessOneTarget;
import io.github.chiso.examples.snippets.CsvResults;
import io.github.chiso.examples.snippets.JsonReadWrite;
import io.github.chiso.examples.snippets.LaggingDistricts;
import io.github.chiso.examples.snippets.RollUpCommunes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every example runs and prints what its comments promise. */
class SnippetsTest {

  private static String run(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void examplesRun() {
    assertThat(run(AssessOneTarget::main)).isEqualTo("NOT_MET, margin -2.38 points, 12 more services needed\n");
    assertThat(run(RollUpCommunes::main)).startsWith("Đồng Nai: ").contains("148 of 159 communes reporting");
    assertThat(run(LaggingDistricts::main).lines()).isNotEmpty().allMatch(l -> l.contains(": short by "));
    assertThat(run(JsonReadWrite::main)).contains("round trip equal: true").contains("rejected at $.targets[0].thresholds.province.comparator");
    assertThat(run(CsvResults::main).lines()).containsExactly("II.1 NOT_MET", "II.2 NOT_MET", "II.5 NOT_EVALUABLE");
  }
}
