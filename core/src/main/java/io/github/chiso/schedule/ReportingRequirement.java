package io.github.chiso.schedule;

import com.google.common.collect.ImmutableList;
import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Period;
import io.github.chiso.model.Recurrence;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One obligation of a schedule: the reporters must report these indicators for every occurrence of
 * the recurrence within the window, each by its due date. One report is one reporter's figures for
 * one occurrence; it is received when every indicator has a result (DHIS2's data set report).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReportingRequirement {

  ReportingRequirement() {}

  /** Stable code, unique within a schedule. */
  public abstract String code();

  /** What the report is called, where the document names it. */
  public abstract Optional<String> name();

  /** Who must report. */
  public abstract Reporters reporters();

  /** The codes of the indicators each report gives, at least one, no duplicates. */
  public abstract ImmutableList<String> indicatorCodes();

  /** How often and by when. */
  public abstract Recurrence recurrence();

  /** The periods covered: the recurrence's occurrences that lie within it. */
  public abstract Period window();

  /** The occurrences within the window, in order. */
  @Value.Lazy
  public ImmutableList<Period> periods() {
    return recurrence().occurrences(window());
  }

  /**
   * The subjects of {@code hierarchy} that must report, as {@link Reporters#resolve} orders them.
   *
   * @throws io.github.chiso.InvalidValueException naming this requirement if its reporters name a
   *     code or a jurisdiction the hierarchy lacks
   */
  public ImmutableList<Subject> reporters(Hierarchy hierarchy) {
    try {
      return reporters().resolve(hierarchy);
    } catch (InvalidValueException e) {
      throw Check.invalid("requirement %s: %s", code(), e.getMessage());
    }
  }

  /** A builder for a requirement. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingRequirement}; {@code build()} validates. */
  public static final class Builder extends ImmutableReportingRequirement.Builder {
    Builder() {}
  }

  /** The requirement without a name. */
  public static ReportingRequirement of(
      String code, Reporters reporters, Iterable<String> indicatorCodes, Recurrence recurrence, Period window) {
    return builder().code(code).reporters(reporters).indicatorCodes(indicatorCodes).recurrence(recurrence)
        .window(window).build();
  }

  @Value.Check
  void check() {
    Check.code("requirement code", code());
    name().ifPresent(n -> Check.argument(!n.isBlank(), "requirement %s: name must not be blank", code()));
    Check.argument(!indicatorCodes().isEmpty(), "requirement %s: needs at least one indicator", code());
    Set<String> seen = new HashSet<>();
    for (String indicator : indicatorCodes()) {
      Check.code("requirement " + code() + ": indicator code", indicator);
      Check.argument(seen.add(indicator), "requirement %s: indicator '%s' is listed twice", code(), indicator);
    }
    for (Period period : recurrence().occurrences(window())) {
      recurrence().dueDate(period);
    }
  }

  @Override
  public String toString() {
    return code() + ": " + reporters() + " report " + indicatorCodes() + " " + recurrence() + " within " + window();
  }
}
