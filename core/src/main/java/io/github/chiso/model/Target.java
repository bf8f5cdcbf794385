package io.github.chiso.model;

import com.google.common.collect.ImmutableMap;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a plan requires of one indicator over a period: thresholds keyed by {@link Scope} (the
 * province as a whole, each district, each commune, each department...), an optional fallback, the
 * deadline, the enclosing target for "trong đó" (of which) targets, and the original wording.
 *
 * <p>A subject's threshold is the one for its own scope. Only where the plan says a threshold applies
 * to everyone else too is there a {@link #fallbackScope()}: subjects whose scope has no threshold of
 * their own then take that scope's threshold. Without it they have none, and cannot be judged.
 *
 * <p>A target with a {@link #change()} ("tăng ít nhất 15% so với năm 2023") is on the change of the
 * value against a reference, not on the value: its thresholds bound the change's amount, in the
 * change's direction and basis (≥ 15 is a rise of at least 15 percent of the 2023 value). Its
 * thresholds apply to each subject (a change of an average is not a target), a fixed reference ends
 * before the target's period starts, and a rank changes only by places (FORMAT.md, "Changes against
 * a reference").
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Target {

  Target() {}

  /** Stable code, unique within a plan, e.g. {@code "DG-02"}. */
  public abstract String code();

  /** The indicator the target is set on. */
  public abstract Indicator indicator();

  /** Thresholds by scope, in the order the plan lists them; never empty. */
  public abstract ImmutableMap<Scope, Threshold> thresholds();

  /** The scope whose threshold also applies to subjects without one of their own. */
  public abstract Optional<Scope> fallbackScope();

  /** The period the target is set for, e.g. 2025. */
  public abstract Period period();

  /** The day by which the target must be met; the period's last day unless stated. */
  @Value.Default
  public LocalDate deadline() {
    return period().end();
  }

  /**
   * The change the thresholds bound, when the target is on a change against a reference rather than
   * on the value itself.
   *
   * @since 0.2.0
   */
  public abstract Optional<Change> change();

  /** The code of the target this one is part of ("trong đó"), if any. */
  public abstract Optional<String> parentCode();

  /** The wording as the document gives it. */
  public abstract Optional<String> wording();

  /** Where the target is stated. */
  public abstract Optional<SourceRef> source();

  /** A builder for a target. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}; {@code build()} validates. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}

    /** Sets the threshold for every unit at {@code tier}. */
    public Builder threshold(Tier tier, Threshold threshold) {
      putThresholds(Scope.of(tier), threshold);
      return this;
    }

    /** Sets the threshold for every body of {@code kind}. */
    public Builder threshold(BodyKind kind, Threshold threshold) {
      putThresholds(Scope.of(kind), threshold);
      return this;
    }
  }

  @Value.Check
  void check() {
    Check.code("target code", code());
    Check.argument(!thresholds().isEmpty(), "target %s: thresholds must not be empty", code());
    fallbackScope()
        .ifPresent(
            scope ->
                Check.argument(
                    thresholds().containsKey(scope),
                    "target %s: fallbackScope '%s' has no threshold among %s",
                    code(),
                    scope,
                    thresholds().keySet()));
    Check.argument(
        !deadline().isBefore(period().start()),
        "target %s: deadline %s is before the start of its period %s",
        code(),
        deadline(),
        period());
    Check.argument(
        !parentCode().equals(Optional.of(code())), "target %s: is its own parent", code());
    change().ifPresent(this::checkChange);
  }

  private void checkChange(Change change) {
    change.requireFor(indicator().measure(), "target " + code() + " on " + indicator().code());
    change.reference().ifPresent(reference -> Check.argument(
        reference.end().isBefore(period().start()),
        "target %s: the reference period %s of its change must end before its period %s starts",
        code(), reference, period()));
    thresholds().forEach((scope, threshold) -> Check.argument(
        threshold.appliesTo() == Threshold.AppliesTo.EACH,
        "target %s: the threshold for %s is on an average, but a change target's thresholds apply to each subject",
        code(), scope));
  }

  /** The threshold for {@code scope}: its own, else the fallback's if the plan gives one. */
  public Optional<Threshold> thresholdFor(Scope scope) {
    Threshold own = thresholds().get(scope);
    if (own != null) {
      return Optional.of(own);
    }
    return fallbackScope().map(thresholds()::get);
  }

  /** The threshold for {@code subject}'s scope, as {@link #thresholdFor(Scope)}. */
  public Optional<Threshold> thresholdFor(Subject subject) {
    return thresholdFor(subject.scope());
  }

  @Override
  public String toString() {
    return code() + " " + indicator().code() + " " + thresholds() + change().map(c -> " change " + c).orElse("")
        + " " + period();
  }
}
