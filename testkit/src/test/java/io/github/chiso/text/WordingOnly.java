package io.github.chiso.text;

import io.github.chiso.model.Comparator;
import io.github.chiso.model.Threshold;

/** What the readers take from wording, for the round-trip properties' generators. */
final class WordingOnly {
  private WordingOnly() {}

  /**
   * Whether the readers read {@code t} back from its wording: a minimum of 0 ("tối thiểu 0%") sets
   * no target and is refused (FORMAT.md, "Wording"), so it is written but does not read back.
   */
  static boolean readable(Threshold t) {
    return !(t.comparator() == Comparator.AT_LEAST && t.bound().signum() == 0);
  }
}
