package io.github.chiso.schedule;

import com.google.common.collect.ImmutableList;
import io.github.chiso.internal.Check;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who must report what, how often and by when: a list of {@link ReportingRequirement}s with distinct
 * codes, in the order given (which is the order of every answer about them).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReportingSchedule {

  ReportingSchedule() {}

  /** The schedule's title, where it has one. */
  public abstract Optional<String> title();

  /** The requirements, codes distinct. */
  public abstract ImmutableList<ReportingRequirement> requirements();

  /** The schedule of these requirements, without a title. */
  public static ReportingSchedule of(Iterable<ReportingRequirement> requirements) {
    return builder().requirements(requirements).build();
  }

  /** The schedule of these requirements, without a title. */
  public static ReportingSchedule of(ReportingRequirement... requirements) {
    return of(ImmutableList.copyOf(requirements));
  }

  /** A builder for a schedule. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingSchedule}; {@code build()} validates. */
  public static final class Builder extends ImmutableReportingSchedule.Builder {
    Builder() {}
  }

  /** The requirement with this code, if any. */
  public Optional<ReportingRequirement> requirement(String code) {
    return requirements().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    title().ifPresent(t -> Check.argument(!t.isBlank(), "schedule title must not be blank"));
    Set<String> seen = new HashSet<>();
    for (ReportingRequirement requirement : requirements()) {
      Check.argument(seen.add(requirement.code()), "schedule: requirement code '%s' is used twice", requirement.code());
    }
  }
}
