package io.github.chiso.rollup;

import com.google.common.collect.ImmutableList;
import io.github.chiso.internal.Check;
import org.immutables.value.Value;

/**
 * How many of the expected units reported, and which did not.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Coverage {

  Coverage() {}

  /** Units expected to report. */
  @Value.Parameter
  public abstract int expected();

  /** Units that reported a number. */
  @Value.Parameter
  public abstract int reporting();

  /** Codes of the expected units that did not report, in hierarchy order. */
  @Value.Parameter
  public abstract ImmutableList<String> missing();

  /** Returns the coverage. */
  public static Coverage of(int expected, int reporting, Iterable<String> missing) {
    return ImmutableCoverage.of(expected, reporting, missing);
  }

  @Value.Check
  void check() {
    Check.argument(
        reporting() >= 0 && reporting() + missing().size() == expected(),
        "coverage: %s reporting and %s missing do not add up to %s expected",
        reporting(),
        missing().size(),
        expected());
  }

  /** Whether every expected unit reported. */
  public boolean isComplete() {
    return missing().isEmpty();
  }

  @Override
  public String toString() {
    return reporting() + "/" + expected() + (missing().isEmpty() ? "" : " missing " + missing());
  }
}
