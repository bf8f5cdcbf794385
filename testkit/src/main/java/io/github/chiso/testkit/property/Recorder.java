package io.github.chiso.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A {@link Source} that either draws at random and records, or replays a recorded sequence (clamping
 * each draw to its bound and answering zero past the end). Not thread-safe; one per try.
 */
final class Recorder implements Source {
  private final SplittableRandom random;
  private final long[] replay;
  private final int size;
  private final List<Long> drawn = new ArrayList<>();
  private int next;

  private Recorder(SplittableRandom random, long[] replay, int size) {
    this.random = random;
    this.replay = replay;
    this.size = size;
  }

  static Recorder random(SplittableRandom random, int size) {
    return new Recorder(random, null, size);
  }

  static Recorder replay(long[] choices, int size) {
    return new Recorder(null, choices, size);
  }

  @Override
  public long draw(long maxInclusive) {
    if (maxInclusive < 0) {
      throw new IllegalArgumentException("maxInclusive must not be negative: " + maxInclusive);
    }
    long value;
    if (replay == null) {
      value = maxInclusive == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(maxInclusive + 1);
    } else {
      value = next < replay.length ? Math.min(replay[next], maxInclusive) : 0;
    }
    next++;
    drawn.add(value);
    return value;
  }

  @Override
  public int size() {
    return size;
  }

  long[] choices() {
    return drawn.stream().mapToLong(Long::longValue).toArray();
  }
}
