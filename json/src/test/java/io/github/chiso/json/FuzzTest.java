package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.ChisoException;
import io.github.chiso.compliance.Assessment;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Mutated and truncated documents give a value or the library's typed exception, never any other
 * exception. Seeded: {@code -Dchiso.seed} replays a run; the seed and the document are printed on
 * failure.
 */
class FuzzTest {
  private static final int CASES = 100_000;
  private static final String ALPHABET = "{}[],:\"\\0123456789-+.eE aAtfnulrsTQ/%ạđ\u0000\u007f";

  private record Target(String name, String document, Consumer<String> reader) {}

  private static final List<Target> TARGETS = List.of(
      new Target("plan", GoldenDocumentsTest.golden("plan.json"), ChisoJson::readPlan),
      new Target("hierarchy", GoldenDocumentsTest.golden("hierarchy.json"), ChisoJson::readHierarchy),
      new Target("results", GoldenDocumentsTest.golden("results.json"), ChisoJson::readResults),
      new Target("assessment", "{\"target\":\"T\",\"indicator\":{\"code\":\"I\",\"nameVi\":\"x\",\"measure\":\"PERCENT\",\"area\":\"digital-data\"},"
          + "\"subject\":\"75\",\"scope\":{\"kind\":\"TIER\",\"key\":\"province\"},\"period\":\"2022\",\"status\":\"NOT_MET\","
          + "\"threshold\":{\"comparator\":\"AT_LEAST\",\"bound\":80},\"value\":\"39200/505\",\"margin\":\"-240/101\","
          + "\"asOf\":\"2022-09-30\",\"deadline\":\"2022-12-31\"}",
          json -> ChisoJson.document(() -> ChisoJson.mapper().readValue(json, Assessment.class))));

  @Test
  void mutatedDocumentsGiveAValueOrTheTypedException() {
    long seed = Long.getLong("chiso.seed", new SplittableRandom().nextLong());
    SplittableRandom random = new SplittableRandom(seed);
    int accepted = 0;
    int rejected = 0;
    long start = System.nanoTime();
    for (int i = 0; i < CASES; i++) {
      Target target = TARGETS.get(random.nextInt(TARGETS.size()));
      String mutated = mutate(target.document(), random);
      try {
        target.reader().accept(mutated);
        accepted++;
      } catch (ChisoException expected) {
        rejected++;
      } catch (RuntimeException | Error unexpected) {
        throw new AssertionError("fuzz case " + i + " (seed " + seed + ", replay with -Dchiso.seed=" + seed
            + ") on the " + target.name() + " document threw " + unexpected + "; document:\n" + mutated, unexpected);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("fuzz: %d documents (%d read, %d rejected with the typed exception) in %d ms, seed %d%n",
        CASES, accepted, rejected, millis, seed);
    assertThat(accepted + rejected).isEqualTo(CASES);
    assertThat(rejected).isPositive();
  }

  private static String mutate(String document, SplittableRandom random) {
    StringBuilder text = new StringBuilder(document);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(6)) {
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
        default: // swap a digit for a large or odd number
          text.insert(at, random.nextBoolean() ? "9".repeat(1 + random.nextInt(30)) : "-0.0e-7");
          break;
      }
    }
    return text.toString();
  }
}
