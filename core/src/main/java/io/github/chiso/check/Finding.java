package io.github.chiso.check;

import com.google.common.collect.ImmutableList;
import io.github.chiso.model.Period;
import io.github.chiso.model.Result;
import org.immutables.value.Value;

/** One consistency finding: its kind, where it is, a message that gives both figures, and the results involved. */
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

  /** The results involved, as reported. */
  public abstract ImmutableList<Result> results();

  static Finding of(FindingKind kind, Result result, String message) {
    return of(kind, ImmutableList.of(result), message);
  }

  static Finding of(FindingKind kind, ImmutableList<Result> results, String message) {
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

  @Override
  public String toString() {
    return kind() + " " + indicatorCode() + "@" + subjectCode() + " " + period() + ": " + message();
  }
}
