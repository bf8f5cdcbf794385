package io.github.chiso.testkit.property;

import java.util.Optional;

/**
 * A property that did not hold: carries the run's seed, the try that failed, the original and the
 * shrunk case, and the failure the shrunk case raised (as the cause). A plain {@link
 * AssertionError}, so every test framework reports it.
 *
 * @since 0.1.0
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final long seed;
  private final int tryNumber;
  private final transient Object original;
  private final transient Object shrunk;
  private final int shrinkSteps;

  PropertyFailure(
      String name,
      long seed,
      int tryNumber,
      Object original,
      Object shrunk,
      int shrinkSteps,
      Throwable cause) {
    super(message(name, seed, tryNumber, original, shrunk, shrinkSteps, cause), cause);
    this.seed = seed;
    this.tryNumber = tryNumber;
    this.original = original;
    this.shrunk = shrunk;
    this.shrinkSteps = shrinkSteps;
  }

  private static String message(
      String name, long seed, int tryNumber, Object original, Object shrunk, int steps, Throwable cause) {
    return String.format(
        "property '%s' failed on try %d (seed %d; replay with -Dchiso.seed=%d)%n"
            + "  shrunk case (%d steps): %s%n"
            + "  original case:          %s%n"
            + "  failure: %s",
        name,
        tryNumber,
        seed,
        seed,
        steps,
        shrunk,
        original,
        Optional.ofNullable(cause).map(Throwable::toString).orElse("returned false"));
  }

  /** The seed of the run; the same seed replays the same tries. */
  public long seed() {
    return seed;
  }

  /** Which try failed, from 1. */
  public int tryNumber() {
    return tryNumber;
  }

  /** The case as first generated. */
  public Object originalCase() {
    return original;
  }

  /** The smallest failing case the shrinker found. */
  public Object shrunkCase() {
    return shrunk;
  }

  /** How many successful shrink steps were taken. */
  public int shrinkSteps() {
    return shrinkSteps;
  }
}
