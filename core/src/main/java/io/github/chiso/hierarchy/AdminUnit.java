package io.github.chiso.hierarchy;

import io.github.chiso.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative unit: a territory with a statistics-office code, a name, a tier and (below the
 * top tier) the code of its parent. Whether the parent exists and sits at the right tier is checked
 * by {@link Hierarchy}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AdminUnit implements Subject {

  AdminUnit() {}

  @Override
  public abstract String code();

  @Override
  public abstract String name();

  /** English name, where one is published. */
  public abstract Optional<String> nameEn();

  /** The unit's tier. */
  public abstract Tier tier();

  /** Code of the unit directly above, empty for a unit at the top tier. */
  public abstract Optional<String> parentCode();

  /** A top-tier unit (no parent). */
  public static AdminUnit of(String code, String name, Tier tier) {
    return builder().code(code).name(name).tier(tier).build();
  }

  /** A unit below the top tier. */
  public static AdminUnit of(String code, String name, Tier tier, String parentCode) {
    return builder().code(code).name(name).tier(tier).parentCode(parentCode).build();
  }

  /** A builder for a unit. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdminUnit}; {@code build()} validates. */
  public static final class Builder extends ImmutableAdminUnit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Check.code("unit code", code());
    Check.argument(!name().isBlank(), "unit %s: name must not be blank", code());
    Check.argument(
        tier().acceptsCode(code()),
        "unit code '%s' does not fit tier %s, which requires %s digits",
        code(),
        tier().key(),
        tier().codeDigits());
    parentCode().ifPresent(p -> Check.code("unit " + code() + ": parentCode", p));
    Check.argument(
        !parentCode().equals(Optional.of(code())), "unit %s: is its own parent", code());
  }

  @Override
  public Scope scope() {
    return Scope.of(tier());
  }

  @Override
  public String toString() {
    return code() + " " + name() + " (" + tier().key() + ")";
  }
}
