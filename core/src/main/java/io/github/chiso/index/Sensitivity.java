package io.github.chiso.index;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Table;
import io.github.chiso.internal.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.immutables.value.Value;

/**
 * A seeded Monte Carlo uncertainty analysis of an index's ranks, after COINr's: each of {@link
 * #runs()} runs multiplies every node's weight by an independent factor uniform in {@code [1 −
 * noise, 1 + noise]} and picks the default normaliser uniformly among the index's own and {@link
 * #alternatives()}, recomputes the index and ranks the units. Each unit's {@link RankInterval} gives
 * its nominal rank and the spread of its ranks over the runs in which it was scored. The same seed
 * gives the same intervals.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Sensitivity {
  private static final int MAX_RUNS = 100_000;

  Sensitivity() {}

  /** The number of runs; 1 to 100,000. */
  @Value.Default
  public int runs() {
    return 1000;
  }

  /** The seed of the random draws. */
  @Value.Default
  public long seed() {
    return 0;
  }

  /** The relative noise on each weight, in [0, 1). */
  @Value.Default
  public double weightNoise() {
    return 0.25;
  }

  /** Normalisers a run may use instead of the index's own; empty to keep the index's. */
  public abstract ImmutableList<Normaliser> alternatives();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sensitivity}; {@code build()} validates. */
  public static final class Builder extends ImmutableSensitivity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Check.argument(runs() >= 1 && runs() <= MAX_RUNS, "sensitivity: runs must be 1 to %s, but was %s", MAX_RUNS, runs());
    Check.argument(weightNoise() >= 0 && weightNoise() < 1, "sensitivity: weightNoise must be in [0, 1), but was %s",
        weightNoise());
  }

  /** A unit's ranks: the nominal one and their spread over the runs (5th and 95th percentiles by nearest rank). */
  public record RankInterval(
      Optional<Integer> nominal, int best, int low, int median, int high, int worst, int runs) {
    @Override
    public String toString() {
      return nominal.map(String::valueOf).orElse("–") + " [" + low + ", " + high + "] (" + best + "–" + worst + ")";
    }
  }

  /** Runs the analysis of {@code index} on {@code data}: unit → its rank interval, for units scored at least once. */
  public ImmutableMap<String, RankInterval> run(CompositeIndex index, Table<String, String, Double> data) {
    ImmutableMap<String, Integer> nominal = index.compute(data).ranks();
    List<String> nodes = new ArrayList<>();
    collect(index.root(), nodes);
    List<Normaliser> choices = new ArrayList<>();
    choices.add(index.normaliser());
    choices.addAll(alternatives());
    SplittableRandom random = new SplittableRandom(seed());
    Map<String, int[]> ranks = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    data.rowKeySet().forEach(unit -> ranks.put(unit, new int[runs()]));
    for (int run = 0; run < runs(); run++) {
      Map<String, Double> factors = new HashMap<>();
      for (String node : nodes) {
        factors.put(node, 1 + weightNoise() * (2 * random.nextDouble() - 1));
      }
      Normaliser normaliser = choices.get(random.nextInt(choices.size()));
      index.compute(data, Optional.of(normaliser), factors).ranks().forEach((unit, rank) -> {
        int k = counts.merge(unit, 1, Integer::sum);
        ranks.get(unit)[k - 1] = rank;
      });
    }
    ImmutableMap.Builder<String, RankInterval> out = ImmutableMap.builder();
    ranks.forEach((unit, all) -> {
      int n = counts.getOrDefault(unit, 0);
      if (n == 0) {
        return;
      }
      int[] sorted = Arrays.copyOf(all, n);
      Arrays.sort(sorted);
      out.put(unit, new RankInterval(Optional.ofNullable(nominal.get(unit)), sorted[0], percentile(sorted, 5),
          percentile(sorted, 50), percentile(sorted, 95), sorted[n - 1], n));
    });
    return out.build();
  }

  private static int percentile(int[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static void collect(IndexNode node, List<String> out) {
    for (IndexNode child : node.children()) {
      out.add(child.code());
      collect(child, out);
    }
  }
}
