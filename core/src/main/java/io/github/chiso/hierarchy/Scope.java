package io.github.chiso.hierarchy;

import io.github.chiso.internal.Check;
import org.immutables.value.Value;

/**
 * What a threshold applies to: every administrative unit of one tier, or every implementing body of
 * one kind. Equal by kind and key, so a scope taken from a three-tier scheme matches the same tier in
 * a two-tier one.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Scope implements Comparable<Scope> {

  /** Whether a scope names a tier or a body kind. */
  public enum Kind {
    TIER,
    BODY_KIND
  }

  Scope() {}

  /** Tier or body kind. */
  @Value.Parameter
  public abstract Kind kind();

  /** The tier's or the body kind's key. */
  @Value.Parameter
  public abstract String key();

  /** The scope of every unit at {@code tier}. */
  public static Scope of(Tier tier) {
    return ImmutableScope.of(Kind.TIER, tier.key());
  }

  /** The scope of every body of {@code kind}. */
  public static Scope of(BodyKind kind) {
    return ImmutableScope.of(Kind.BODY_KIND, kind.key());
  }

  /** A scope from its parts, e.g. as read from a document. */
  public static Scope of(Kind kind, String key) {
    return ImmutableScope.of(kind, key);
  }

  @Value.Check
  void check() {
    Check.code("scope key", key());
  }

  /** Tier scopes first, then body kinds; by key within each. */
  @Override
  public int compareTo(Scope other) {
    int byKind = kind().compareTo(other.kind());
    return byKind != 0 ? byKind : key().compareTo(other.key());
  }

  @Override
  public String toString() {
    return key();
  }
}
