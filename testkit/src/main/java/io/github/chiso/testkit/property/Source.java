package io.github.chiso.testkit.property;

/**
 * Where generators get their randomness: bounded draws that the runner records, replays and shrinks.
 * A generator must build its value only from draws (never from its own {@code Random}) for replay
 * and shrinking to work.
 *
 * @since 0.1.0
 */
public interface Source {

  /**
   * Draws a number from 0 to {@code maxInclusive}. Smaller draws must mean simpler values: the
   * shrinker moves draws toward zero.
   *
   * @throws IllegalArgumentException if {@code maxInclusive} is negative
   */
  long draw(long maxInclusive);

  /** The size hint for this try, from 0 up to 100: generators of collections scale with it. */
  int size();

  /** A source of random draws from {@code random}, with size hint {@code size} (0–100). */
  static Source random(java.util.SplittableRandom random, int size) {
    return Recorder.random(random, size);
  }
}
