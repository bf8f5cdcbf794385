package io.github.chiso.band;

import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Plan;
import java.util.Optional;

/**
 * The band scale a plan declares for a target and scope ({@link Plan#bandings()}, then {@link
 * io.github.chiso.model.Banding#scaleFor}).
 *
 * @since 0.1.0
 */
public final class Bandings {
  private Bandings() {}

  /** The scale {@code plan} declares for target {@code targetCode} at {@code scope}, if any. */
  public static Optional<BandScale> scaleFor(Plan plan, String targetCode, Scope scope) {
    return Optional.ofNullable(plan.bandings().get(targetCode)).flatMap(b -> b.scaleFor(scope));
  }
}
