package io.github.chiso.model;

import io.github.chiso.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an item came from: a document (its number or file) and, optionally, a section in it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SourceRef {

  SourceRef() {}

  /** The document, e.g. {@code "231/BC-UBND"}. */
  @Value.Parameter
  public abstract String document();

  /** The section, e.g. {@code "I.2.a"}. */
  @Value.Parameter
  public abstract Optional<String> section();

  /** A reference to a whole document. */
  public static SourceRef of(String document) {
    return ImmutableSourceRef.of(document, Optional.empty());
  }

  /** A reference to a section of a document. */
  public static SourceRef of(String document, String section) {
    return ImmutableSourceRef.of(document, Optional.of(section));
  }

  @Value.Check
  void check() {
    Check.argument(!document().isBlank(), "source document must not be blank");
  }

  @Override
  public String toString() {
    return section().map(s -> document() + " §" + s).orElse(document());
  }
}
