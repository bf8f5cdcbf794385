package io.github.chiso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.json.ChisoJson;
import io.github.chiso.seeds.Seeds;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command on an input larger than its heap, run in a child JVM with a heap of 32 MB. */
class LargeInputTest {
  @Test
  void aHeapTooSmallGivesOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, ChisoJson.writePlan(Seeds.seed001Plan()));
    Path results = dir.resolve("results.csv");
    try (BufferedWriter out = Files.newBufferedWriter(results, StandardCharsets.UTF_8)) {
      out.write("indicator,unit,period,numerator,denominator\n");
      for (int row = 0; row < 2_000_000; row++) {
        out.write("II.1,75,2022-Q3,");
        out.write(Integer.toString(row % 500));
        out.write(",505\n");
      }
    }
    Path err = dir.resolve("err.txt");
    Path stdout = dir.resolve("out.txt");
    Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-cp", System.getProperty("java.class.path"), Report.class.getName(),
        "--plan", plan.toString(), "--results", results.toString()))
        .redirectError(err.toFile()).redirectOutput(stdout.toFile()).start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("chiso: input needs more memory: ").contains("-Xmx");
    assertThat(child.exitValue()).isEqualTo(1);
    assertThat(Files.size(stdout)).isZero();
  }
}
