package io.github.chiso.testkit.property;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Edits of a recorded draw sequence that may give a simpler case, simplest edits first. */
final class Shrinks {
  private static final int[] CHUNKS = {8, 4, 2, 1};

  private Shrinks() {}

  /** Deletions of runs of draws, then each draw moved toward zero. Lazily generated. */
  static Stream<long[]> candidates(long[] choices) {
    Stream<long[]> deletions =
        Arrays.stream(CHUNKS)
            .filter(k -> k <= choices.length)
            .boxed()
            .flatMap(k -> IntStream.rangeClosed(0, choices.length - k).mapToObj(i -> delete(choices, i, k)));
    Stream<long[]> reductions =
        IntStream.range(0, choices.length)
            .filter(i -> choices[i] > 0)
            .boxed()
            .flatMap(
                i ->
                    Stream.concat(Stream.of(0L), ladder(choices[i]))
                        .distinct()
                        .map(v -> replace(choices, i, v)));
    return Stream.concat(deletions, reductions);
  }

  /** {@code v − v/2, v − v/4, ..., v − 1}: big steps first, so large draws shrink in log time. */
  private static Stream<Long> ladder(long v) {
    return IntStream.range(1, 64)
        .mapToLong(k -> v >> k)
        .filter(step -> step > 0)
        .mapToObj(step -> v - step)
        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new))
        .stream()
        .filter(x -> x < v);
  }

  /** Whether {@code a} is strictly simpler than {@code b}: shorter, or as long and smaller. */
  static boolean simpler(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compare(a, b) < 0;
  }

  private static long[] delete(long[] choices, int from, int count) {
    long[] out = new long[choices.length - count];
    System.arraycopy(choices, 0, out, 0, from);
    System.arraycopy(choices, from + count, out, from, choices.length - from - count);
    return out;
  }

  private static long[] replace(long[] choices, int index, long value) {
    long[] out = choices.clone();
    out[index] = value;
    return out;
  }
}
