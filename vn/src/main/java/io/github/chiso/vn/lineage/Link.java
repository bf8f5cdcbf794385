package io.github.chiso.vn.lineage;

import io.github.chiso.internal.Check;
import org.immutables.value.Value;

/** One link of a {@link Lineage}: a before-unit, an after-unit, and how they relate. */
@Value.Immutable
public abstract class Link {

  Link() {}

  /** The code of the before-unit (a leaf of the before hierarchy). */
  @Value.Parameter
  public abstract String fromCode();

  /** The code of the after-unit (a leaf of the after hierarchy). */
  @Value.Parameter
  public abstract String toCode();

  /** Kept, merged or divided, as the lineage's links say. */
  @Value.Parameter
  public abstract LinkKind kind();

  static Link of(String from, String to, LinkKind kind) {
    return ImmutableLink.of(from, to, kind);
  }

  @Value.Check
  void check() {
    Check.code("link from", fromCode());
    Check.code("link to", toCode());
  }

  @Override
  public String toString() {
    return fromCode() + " -> " + toCode() + " (" + kind() + ")";
  }
}
