package io.github.chiso.model;

import com.google.common.collect.ImmutableMap;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The band scales a plan declares for one target, keyed by {@link Scope} as the target's thresholds
 * are (a province's traffic light need not be a commune's), with an optional fallback scope whose
 * scale also applies to subjects without one of their own.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Banding {

  Banding() {}

  /** Scales by scope, in declaration order; never empty. */
  public abstract ImmutableMap<Scope, BandScale> scales();

  /** The scope whose scale also applies to subjects without one of their own. */
  public abstract Optional<Scope> fallbackScope();

  /** A builder for a banding. */
  public static Builder builder() {
    return new Builder();
  }

  /** One scale for every unit at {@code tier}. */
  public static Banding of(Tier tier, BandScale scale) {
    return builder().scale(tier, scale).build();
  }

  /** Builds a {@link Banding}; {@code build()} validates. */
  public static final class Builder extends ImmutableBanding.Builder {
    Builder() {}

    /** Sets the scale for every unit at {@code tier}. */
    public Builder scale(Tier tier, BandScale scale) {
      putScales(Scope.of(tier), scale);
      return this;
    }

    /** Sets the scale for every body of {@code kind}. */
    public Builder scale(BodyKind kind, BandScale scale) {
      putScales(Scope.of(kind), scale);
      return this;
    }
  }

  @Value.Check
  void check() {
    Check.argument(!scales().isEmpty(), "banding: scales must not be empty");
    fallbackScope()
        .ifPresent(
            scope ->
                Check.argument(
                    scales().containsKey(scope),
                    "banding: fallbackScope '%s' has no scale among %s",
                    scope,
                    scales().keySet()));
  }

  /** The scale for {@code scope}: its own, else the fallback's. */
  public Optional<BandScale> scaleFor(Scope scope) {
    BandScale own = scales().get(scope);
    return own != null ? Optional.of(own) : fallbackScope().map(scales()::get);
  }
}
