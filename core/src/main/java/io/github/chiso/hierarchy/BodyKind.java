package io.github.chiso.hierarchy;

import io.github.chiso.internal.Check;
import org.immutables.value.Value;

/**
 * A kind of implementing body that is not a territory, such as provincial departments (sở, ban,
 * ngành). An open set: define new kinds with {@link #of}. Identified by its {@link #key()}, which
 * shares one namespace with tier keys because thresholds are keyed by either.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BodyKind {

  /** Provincial departments, boards and sectors (sở, ban, ngành). */
  public static final BodyKind DEPARTMENT =
      of("department", "sở, ban, ngành", "provincial departments");

  BodyKind() {}

  /** Stable identifier, e.g. {@code "department"}. */
  @Value.Parameter
  public abstract String key();

  /** Vietnamese name. */
  @Value.Parameter
  public abstract String nameVi();

  /** English name. */
  @Value.Parameter
  public abstract String nameEn();

  /** Returns the kind. */
  public static BodyKind of(String key, String nameVi, String nameEn) {
    return ImmutableBodyKind.of(key, nameVi, nameEn);
  }

  @Value.Check
  void check() {
    Check.code("body kind key", key());
  }

  @Override
  public String toString() {
    return key();
  }
}
