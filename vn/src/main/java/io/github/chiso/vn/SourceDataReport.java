package io.github.chiso.vn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * What the consistency checks of the built-in data found: named counts (in a fixed order) and every
 * inconsistency, by kind then code. Immutable.
 */
public final class SourceDataReport {
  private final ImmutableMap<String, Integer> counts;
  private final ImmutableList<SourceFinding> findings;

  SourceDataReport(Map<String, Integer> counts, ImmutableList<SourceFinding> findings) {
    this.counts = ImmutableMap.copyOf(counts);
    this.findings = findings;
  }

  /** Counts by name, e.g. {@code "links" -> 10602}, in the order the checks make them. */
  public ImmutableMap<String, Integer> counts() {
    return counts;
  }

  /**
   * The count called {@code name}.
   *
   * @throws io.github.chiso.InvalidValueException if there is no such count
   */
  public int count(String name) {
    Integer count = counts.get(name);
    if (count == null) {
      throw io.github.chiso.internal.Check.invalid("no count named '%s'; counts: %s", name, counts.keySet());
    }
    return count;
  }

  /** Every finding. */
  public ImmutableList<SourceFinding> findings() {
    return findings;
  }

  /** The findings of one kind. */
  public ImmutableList<SourceFinding> findings(SourceFinding.Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** The counts, then the number of findings of each kind. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    counts.forEach((name, count) -> out.append(String.format("%-60s %,7d%n", name, count)));
    for (SourceFinding.Kind kind : SourceFinding.Kind.values()) {
      out.append(String.format("%-60s %,7d%n", "findings " + kind, findings(kind).size()));
    }
    return out.toString();
  }
}
