package io.github.chiso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The README's JShell startup script, run as JShell runs it, with the calls the README shows. */
class JShellScriptTest {

  @Test
  void startupScriptLoadsTheSeedsAndTheReadmeCallsWork() throws Exception {
    String script = Files.readString(Path.of("src/main/jshell/chiso.jsh"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (JShell shell = JShell.builder()
        .executionEngine("local")
        .out(new PrintStream(printed, true, StandardCharsets.UTF_8))
        .err(new PrintStream(printed, true, StandardCharsets.UTF_8))
        .build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      for (String snippet : snippets(shell, script)) {
        for (SnippetEvent event : shell.eval(snippet)) {
          assertThat(event.status()).as(snippet).isIn(Snippet.Status.VALID, Snippet.Status.RECOVERABLE_DEFINED);
          assertThat(event.exception()).as(snippet).isNull();
        }
      }
      assertThat(value(shell, "plan.targets().size()")).isEqualTo("15");
      assertThat(value(shell, "Scorecard.of(assessments).count(Status.MET)")).isEqualTo("4");
      assertThat(value(shell, "Gaps.of(assessments.get(2)).shortfall().get()")).isEqualTo("12");
      value(shell, "report()");
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static List<String> snippets(JShell shell, String source) {
    List<String> snippets = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      snippets.add(info.source());
      rest = info.remaining();
    }
    return snippets;
  }

  private static String value(JShell shell, String expression) {
    List<SnippetEvent> events = shell.eval(expression);
    assertThat(events).as(expression).isNotEmpty();
    assertThat(events.get(0).exception()).as(expression).isNull();
    return events.get(0).value();
  }
}
