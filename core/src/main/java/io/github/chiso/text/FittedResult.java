package io.github.chiso.text;

import com.google.common.collect.ImmutableSet;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A result phrase read for one indicator by {@link ResultFit}: the reading in the indicator's unit
 * and rate basis, the qualifiers, and what else the phrase says as a note. {@link #toResult} makes
 * it a {@link Result}.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class FittedResult {
  FittedResult() {}

  /** The indicator fitted to. */
  public abstract String indicatorCode();

  /** The reading, rescaled to the indicator's base for a rate per population. */
  public abstract Reading reading();

  /** How the phrase means the number ("khoảng" is {@link Qualifier#APPROXIMATE}). */
  public abstract ImmutableSet<Qualifier> qualifiers();

  /**
   * What the reading does not hold: the words not recognised, and a unit written where the indicator
   * names none; the whole phrase as written when it also quotes a target, names years or a reference,
   * gives a rating or a further clause, so that none of its numbers is lost.
   */
  public abstract Optional<String> note();

  /** The result for {@code subjectCode} over {@code period}, as of the period's end. */
  public Result toResult(String subjectCode, Period period) {
    return Result.builder()
        .indicatorCode(indicatorCode())
        .subjectCode(subjectCode)
        .period(period)
        .reading(reading())
        .qualifiers(qualifiers())
        .note(note())
        .build();
  }

  static ImmutableFittedResult.Builder builder() {
    return ImmutableFittedResult.builder();
  }
}
