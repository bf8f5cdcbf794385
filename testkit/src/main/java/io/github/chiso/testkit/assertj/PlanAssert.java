package io.github.chiso.testkit.assertj;

import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Plan}.
 *
 * @since 0.1.0
 */
public final class PlanAssert extends AbstractObjectAssert<PlanAssert, Plan> {

  PlanAssert(Plan actual) {
    super(actual, PlanAssert.class);
  }

  /** The plan has {@code expected} targets. */
  public PlanAssert hasTargetCount(int expected) {
    isNotNull();
    if (actual.targets().size() != expected) {
      failWithMessage("expected plan %s to have %s targets but it has %s", actual.number(), expected, actual.targets().size());
    }
    return this;
  }

  /** The target {@code code} asks {@code comparator bound} of the scope with key {@code scopeKey}. */
  public PlanAssert hasThreshold(String code, String scopeKey, Comparator comparator, String bound) {
    isNotNull();
    Optional<Target> target = actual.target(code);
    if (target.isEmpty()) {
      failWithMessage("expected plan %s to have target %s but it has %s", actual.number(), code,
          actual.targets().stream().map(Target::code).toList());
      return this;
    }
    Optional<Threshold> found = target.get().thresholds().entrySet().stream()
        .filter(e -> e.getKey().key().equals(scopeKey)).map(java.util.Map.Entry::getValue).findFirst();
    if (found.isEmpty() || found.get().comparator() != comparator || found.get().bound().compareTo(new BigDecimal(bound)) != 0) {
      failWithMessage("expected target %s of plan %s to ask %s %s of %s but it asks %s", code, actual.number(),
          comparator.symbol(), bound, scopeKey, found.map(Object::toString).orElse("nothing of " + scopeKey
              + " (scopes: " + target.get().thresholds().keySet().stream().map(Scope::key).toList() + ")"));
    }
    return this;
  }
}
