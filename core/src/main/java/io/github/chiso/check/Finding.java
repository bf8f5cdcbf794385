package io.github.chiso.check;

import com.google.common.collect.ImmutableList;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Period;
import io.github.chiso.model.Result;
import java.util.List;
import org.immutables.value.Value;

/**
 * One consistency finding: its kind, where it is, a message that gives both figures, and the results
 * involved (none for a finding about the plan itself, whose subject is then the scope's key).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /** What the finding is about. */
  public abstract FindingKind kind();

  /** The indicator of the results involved. */
  public abstract String indicatorCode();

  /** The unit or body of the results involved. */
  public abstract String subjectCode();

  /** The period of the results involved. */
  public abstract Period period();

  /** What is wrong, with the figures. */
  public abstract String message();

  /** The results involved, as reported; empty for a finding about the plan's targets. */
  public abstract ImmutableList<Result> results();

  static Finding of(FindingKind kind, Result result, String message) {
    return of(kind, ImmutableList.of(result), message);
  }

  /**
   * A finding about {@code results} (at least one; the first gives the indicator, subject and
   * period), for codecs and tests; {@link Checks} is the usual source of findings.
   */
  public static Finding of(FindingKind kind, List<Result> results, String message) {
    Check.argument(!results.isEmpty(), "finding %s: results must not be empty", kind);
    Result first = results.get(0);
    return ImmutableFinding.builder()
        .kind(kind)
        .indicatorCode(first.indicatorCode())
        .subjectCode(first.subjectCode())
        .period(first.period())
        .message(message)
        .results(results)
        .build();
  }

  /** A finding about the plan's targets on {@code indicatorCode} for {@code scopeKey} in {@code period}. */
  public static Finding ofPlan(FindingKind kind, String indicatorCode, String scopeKey, Period period, String message) {
    return ImmutableFinding.builder()
        .kind(kind)
        .indicatorCode(indicatorCode)
        .subjectCode(scopeKey)
        .period(period)
        .message(message)
        .build();
  }

  @Override
  public String toString() {
    return kind() + " " + indicatorCode() + "@" + subjectCode() + " " + period() + ": " + message();
  }
}
