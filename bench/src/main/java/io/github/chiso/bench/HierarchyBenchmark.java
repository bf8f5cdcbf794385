package io.github.chiso.bench;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.TierScheme;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and querying a country-sized hierarchy: 63 provinces, 705 districts and 10,599 communes,
 * the 2022 counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HierarchyBenchmark {
  private List<AdminUnit> units;
  private Hierarchy country;

  @Setup
  public void setUp() {
    units = NationalData.country(63).units();
    country = Hierarchy.of(TierScheme.VIETNAM_2021_2025, units);
  }

  /** Validating and indexing 11,367 units. */
  @Benchmark
  public Hierarchy build() {
    return Hierarchy.of(TierScheme.VIETNAM_2021_2025, units);
  }

  /** All descendants of one province. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int descendantsOfAProvince() {
    return country.descendants("33").size();
  }
}
