package io.github.chiso.hierarchy;

import io.github.chiso.internal.Check;
import org.immutables.value.Value;

/**
 * An implementing body that is not a territory, such as a provincial department, attached to the
 * administrative unit whose government it belongs to (its jurisdiction).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Body implements Subject {

  Body() {}

  @Override
  @Value.Parameter
  public abstract String code();

  @Override
  @Value.Parameter
  public abstract String name();

  /** What kind of body this is; its thresholds are keyed by the kind. */
  @Value.Parameter
  public abstract BodyKind kind();

  /** Code of the administrative unit the body belongs to, e.g. the province. */
  @Value.Parameter
  public abstract String jurisdiction();

  /** Returns the body. */
  public static Body of(String code, String name, BodyKind kind, String jurisdiction) {
    return ImmutableBody.of(code, name, kind, jurisdiction);
  }

  @Value.Check
  void check() {
    Check.code("body code", code());
    Check.argument(!name().isBlank(), "body %s: name must not be blank", code());
    Check.code("body " + code() + ": jurisdiction", jurisdiction());
  }

  @Override
  public Scope scope() {
    return Scope.of(kind());
  }

  @Override
  public String toString() {
    return code() + " " + name() + " (" + kind().key() + ")";
  }
}
