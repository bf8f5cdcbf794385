package io.github.chiso.testkit.property;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a check on many generated cases. Immutable configuration; each {@code check} is an
 * independent run.
 *
 * <pre>{@code
 * Property.forAll("share meets exactly", cases).check(c -> verdict(c) == exact(c));
 * }</pre>
 *
 * <p>The seed defaults to system property {@code chiso.seed} if set, else a fresh random seed; the
 * number of tries to {@code chiso.tries} if set, else 200. A failing case is shrunk by deleting runs
 * of recorded draws and moving draws toward zero, keeping any change that still fails, until no
 * change helps or the shrink budget is spent. The failure is reported as a {@link PropertyFailure}.
 *
 * @since 0.1.0
 */
public final class Property<T> {
  private static final int DEFAULT_TRIES = 200;
  private static final int MAX_DISCARDS_PER_TRY = 10;

  private final String name;
  private final Gen<T> gen;
  private final int tries;
  private final Optional<Long> seed;
  private final int shrinkBudget;

  private Property(String name, Gen<T> gen, int tries, Optional<Long> seed, int shrinkBudget) {
    this.name = name;
    this.gen = gen;
    this.tries = tries;
    this.seed = seed;
    this.shrinkBudget = shrinkBudget;
  }

  /** A property over the values of {@code gen}, named in failure messages. */
  public static <T> Property<T> forAll(String name, Gen<T> gen) {
    return new Property<>(name, gen, Integer.getInteger("chiso.tries", DEFAULT_TRIES),
        Optional.ofNullable(Long.getLong("chiso.seed")), 2_000);
  }

  /** The same property with {@code tries} cases per run. */
  public Property<T> tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be positive: " + tries);
    }
    return new Property<>(name, gen, tries, seed, shrinkBudget);
  }

  /** The same property with a fixed seed, ignoring {@code chiso.seed}. */
  public Property<T> seed(long seed) {
    return new Property<>(name, gen, tries, Optional.of(seed), shrinkBudget);
  }

  /** The same property with at most {@code budget} replays spent on shrinking. */
  public Property<T> shrinkBudget(int budget) {
    return new Property<>(name, gen, tries, seed, budget);
  }

  /** Checks that {@code condition} holds for every case; a false or a thrown error fails. */
  public void check(Predicate<? super T> condition) {
    verify(
        value -> {
          if (!condition.test(value)) {
            throw new AssertionError("condition returned false");
          }
        });
  }

  /** Runs {@code assertion} on every case; any exception or error it throws fails the property. */
  public void verify(Consumer<? super T> assertion) {
    long runSeed = seed.orElseGet(() -> new SplittableRandom().nextLong());
    SplittableRandom random = new SplittableRandom(runSeed);
    for (int attempt = 1; attempt <= tries; attempt++) {
      int size = tries == 1 ? 100 : (int) ((attempt - 1) * 100L / (tries - 1));
      for (int discards = 0; ; discards++) {
        Recorder recorder = Recorder.random(random.split(), size);
        T value;
        try {
          value = gen.generate(recorder);
        } catch (Gen.Discard e) {
          if (discards >= MAX_DISCARDS_PER_TRY) {
            throw new AssertionError(
                "property '" + name + "': generator discarded " + discards + " cases in a row (seed "
                    + runSeed + "): " + e.getMessage());
          }
          continue;
        }
        Optional<Throwable> failure = run(assertion, value);
        if (failure.isPresent()) {
          throw shrink(runSeed, attempt, size, value, recorder.choices(), failure.get(), assertion);
        }
        break;
      }
    }
  }

  private static <T> Optional<Throwable> run(Consumer<? super T> assertion, T value) {
    try {
      assertion.accept(value);
      return Optional.empty();
    } catch (RuntimeException | AssertionError e) {
      return Optional.of(e);
    }
  }

  private PropertyFailure shrink(
      long runSeed,
      int attempt,
      int size,
      T original,
      long[] choices,
      Throwable failure,
      Consumer<? super T> assertion) {
    long[] best = choices;
    T bestValue = original;
    Throwable bestFailure = failure;
    int steps = 0;
    int budget = shrinkBudget;
    boolean improved = true;
    while (improved && budget > 0) {
      improved = false;
      for (long[] candidate : (Iterable<long[]>) Shrinks.candidates(best)::iterator) {
        if (budget-- <= 0) {
          break;
        }
        Recorder replay = Recorder.replay(candidate, size);
        T value;
        try {
          value = gen.generate(replay);
        } catch (RuntimeException e) {
          continue; // the edited draws do not make a valid case
        }
        long[] used = replay.choices();
        if (!Shrinks.simpler(used, best)) {
          continue;
        }
        Optional<Throwable> result = run(assertion, value);
        if (result.isPresent()) {
          best = used;
          bestValue = value;
          bestFailure = result.get();
          steps++;
          improved = true;
          break;
        }
      }
    }
    return new PropertyFailure(name, runSeed, attempt, original, bestValue, steps, bestFailure);
  }

  @Override
  public String toString() {
    return "Property{" + name + ", tries=" + tries + ", seed="
        + seed.map(String::valueOf).orElse("random") + "}";
  }
}
