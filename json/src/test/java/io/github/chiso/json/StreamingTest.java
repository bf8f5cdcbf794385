package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A result set far larger than the test JVM's heap (-Xmx64m, set in the POM) streams through in both
 * directions; heap use sampled along the way stays flat as the document grows.
 */
class StreamingTest {
  private static final int RESULTS = 1_000_000;

  /** The i-th result of the synthetic national data set: a commune's share with its parts. */
  private static Result result(int i) {
    return Result.of("DG-" + (i % 100), String.format("%05d", i % 10_599), Period.month(2025, 1 + i % 12),
        Reading.fraction(i % 500, 500 + i % 7));
  }

  /** A result-set document produced on the fly, never held whole in memory. */
  private static final class GeneratedDocument extends InputStream {
    private byte[] chunk = "{\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[".getBytes(StandardCharsets.UTF_8);
    private int position;
    private int next;
    long bytes;

    @Override
    public int read() {
      if (position == chunk.length && !refill()) {
        return -1;
      }
      bytes++;
      return chunk[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position == chunk.length && !refill()) {
        return -1;
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, buffer, offset, n);
      position += n;
      bytes += n;
      return n;
    }

    private boolean refill() {
      if (next > RESULTS) {
        return false;
      }
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 1000 && next < RESULTS; k++, next++) {
        Result r = result(next);
        Reading.Fraction parts = (Reading.Fraction) r.reading();
        text.append(next == 0 ? "" : ",")
            .append("{\"indicator\":\"").append(r.indicatorCode()).append("\",\"subject\":\"").append(r.subjectCode())
            .append("\",\"period\":\"").append(r.period()).append("\",\"numerator\":").append(parts.numerator())
            .append(",\"denominator\":").append(parts.denominator()).append('}');
      }
      if (next == RESULTS) {
        text.append("]}");
        next++;
      }
      chunk = text.toString().getBytes(StandardCharsets.UTF_8);
      position = 0;
      return true;
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  @Test
  void readsAResultSetLargerThanTheHeapWithFlatMemory() {
    GeneratedDocument document = new GeneratedDocument();
    List<Long> samples = new ArrayList<>();
    long[] seen = {0};
    long count = ChisoJson.streamResults(document, result -> {
      if (!result.equals(result((int) seen[0]))) {
        throw new AssertionError("result " + seen[0] + " read as " + result);
      }
      seen[0]++;
      if (seen[0] % 250_000 == 0) {
        samples.add(usedHeap());
      }
    });
    assertThat(count).isEqualTo(RESULTS);
    assertThat(document.bytes).isGreaterThan(Runtime.getRuntime().maxMemory());
    System.out.printf("streamed %,d results, %,d bytes of JSON, with -Xmx%dm; heap used after GC at each quarter: %s%n",
        count, document.bytes, Runtime.getRuntime().maxMemory() >> 20,
        samples.stream().map(b -> (b >> 20) + " MB").toList());
    long first = samples.get(0);
    assertThat(samples).allSatisfy(s -> assertThat(s).isLessThan(first + (16L << 20)));
  }

  @Test
  void writesAResultSetLargerThanTheHeapWithFlatMemory() {
    long[] bytes = {0};
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        bytes[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes[0] += len;
      }
    };
    List<Long> samples = new ArrayList<>();
    try (ChisoJson.ResultWriter writer = ChisoJson.resultWriter(counting)) {
      for (int i = 0; i < RESULTS; i++) {
        writer.write(result(i));
        if ((i + 1) % 250_000 == 0) {
          samples.add(usedHeap());
        }
      }
    }
    assertThat(bytes[0]).isGreaterThan(Runtime.getRuntime().maxMemory());
    System.out.printf("wrote %,d results, %,d bytes of JSON; heap used after GC at each quarter: %s%n",
        RESULTS, bytes[0], samples.stream().map(b -> (b >> 20) + " MB").toList());
    assertThat(samples).allSatisfy(s -> assertThat(s).isLessThan(samples.get(0) + (16L << 20)));
  }
}
