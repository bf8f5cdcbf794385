package io.github.chiso.vn;

import com.google.common.collect.ImmutableList;
import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.AdminUnit;

/**
 * A unit looked up by name that no unit answers to, or that several do. The message names the name
 * asked for and lists {@link #candidates()}: the nearest names by edit distance when none matched,
 * every match when several did (pass the parent's code to tell them apart).
 */
public final class UnitNameException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final boolean ambiguous;
  private final transient ImmutableList<AdminUnit> candidates;

  UnitNameException(String message, String name, boolean ambiguous, ImmutableList<AdminUnit> candidates) {
    super(message);
    this.name = name;
    this.ambiguous = ambiguous;
    this.candidates = candidates;
  }

  /** The name that was looked up, as given. */
  public String name() {
    return name;
  }

  /** True when several units answer to the name; false when none does. */
  public boolean ambiguous() {
    return ambiguous;
  }

  /** The matching units (ambiguous) or the nearest names, nearest first (unknown). */
  public ImmutableList<AdminUnit> candidates() {
    return candidates == null ? ImmutableList.of() : candidates;
  }
}
