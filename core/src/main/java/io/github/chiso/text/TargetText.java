package io.github.chiso.text;

import io.github.chiso.model.Qualifier;
import io.github.chiso.TextParseException;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Change;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads and writes threshold wording.
 *
 * <p>A phrase is a number or a range with the words documents put around it, read
 * case-insensitively: lead-ins that change nothing ("đạt", "chiếm", "là", "duy trì", "ở mức", "tỷ
 * lệ"), "trung bình" / "average" (the threshold is then on the average of its scope: {@link
 * Threshold.AppliesTo#AVERAGE}), qualifiers ({@link Qualifier}), a comparator before or after the
 * number, magnitudes, a unit, years:
 *
 * <ul>
 *   <li>≥: "tối thiểu", "ít nhất", "không dưới", "không thấp hơn", "từ X trở lên", "X trở lên", "≥",
 *       "at least", "no less than", "X or more", or nothing;
 *   <li>>: "trên", "hơn", "vượt", "cao hơn", ">", "above", "more than", "over";
 *   <li>≤: "tối đa", "không quá", "không vượt quá", "trở xuống", "giảm xuống còn", "≤", "at most",
 *       "no more than", "up to";
 *   <li>&lt;: "dưới", "thấp hơn", "giảm xuống dưới", "&lt;", "below", "less than", "under";
 *   <li>=: "bằng", "=", "exactly";
 *   <li>range: "65 - 70%", "65% – 70%", "từ 65% đến 70%", "trong khoảng 60% - 70%", "between 65%
 *       and 70%", "from 65% to 70%", "65 to 70%".
 * </ul>
 *
 * Numbers follow {@link NumberText}: English rules when the wording is English (every letter ASCII
 * and a word only English uses), Vietnamese rules otherwise. The threshold read keeps the text as its
 * wording. Wording has at most {@value TextLimits#MAX_PHRASE_LENGTH} characters ({@link
 * TextLimits}). {@link #extract} also reads changes, ranks, rates, thresholds by year and parts
 * ({@link TargetPhrase}); FORMAT.md "Wording" has the rules.
 *
 * @since 0.1.0
 */
public final class TargetText {

  private TargetText() {}

  /**
   * Reads threshold wording such as "tối thiểu 80%", "từ 75% trở lên", "65 - 70%", "không quá 10%",
   * "giảm xuống dưới 15%", "top 15", "bình quân 9%/năm", "from 65% to 70%", with any words around
   * the number (read as {@link #extract} reads them). The threshold keeps the text as its wording.
   *
   * @throws TextParseException with the text and the position where reading failed: no number, a
   *     number not well formed or not placed, a phrase that sets several thresholds by year or a part
   *     ("trong đó"), or a change against a reference ("tăng ít nhất 15% so với năm 2023"), which
   *     a threshold alone cannot say: {@link #extract} reads it, with its {@link
   *     TargetPhrase#change()}, and {@link TargetPhrase#toTarget} builds the target
   */
  public static Threshold parse(String text) {
    TargetPhrase phrase = PhraseReader.target(text, TextLimits.MAX_PHRASE_LENGTH, null);
    if (phrase.byYear().size() > 1) {
      throw new TextParseException(text, 0, "the phrase sets a threshold for each of "
          + phrase.byYear().keySet() + ": TargetText.extract reads them");
    }
    if (phrase.ofWhich().isPresent()) {
      throw new TextParseException(text, 0, "the phrase also sets a part (\"trong đó\" "
          + phrase.ofWhich().get() + "): TargetText.extract reads it");
    }
    if (phrase.form() == PhraseForm.INCREASE || phrase.form() == PhraseForm.DECREASE) {
      throw new TextParseException(text, 0, "the target is on a change ("
          + phrase.form().name().toLowerCase(Locale.ROOT) + "), not a level: TargetText.extract reads it");
    }
    return phrase.threshold();
  }

  /**
   * Reads everything a target phrase says ({@link TargetPhrase}), leniently: unknown words become
   * the note, every number is a bound, a year, a rate's base, a part or a reference's number, or
   * raises {@link TextParseException} at its position. At most {@value TextLimits#MAX_PHRASE_LENGTH}
   * characters; linear time.
   */
  public static TargetPhrase extract(String text) {
    return PhraseReader.target(text, TextLimits.MAX_PHRASE_LENGTH, null);
  }

  /** As {@link #extract(String)}, reading numbers by {@code language}'s rules instead of guessing it. */
  public static TargetPhrase extract(String text, Language language) {
    return PhraseReader.target(text, TextLimits.MAX_PHRASE_LENGTH, language);
  }

  /**
   * Writes what {@code phrase} says in {@code language}, for an indicator measured in {@code
   * measure}: "phấn đấu tối thiểu 40% (năm 2025) và tối thiểu 75% (năm 2030)", "top 15", "tăng tối
   * thiểu 15% so với năm 2023", "trên 65% (trong đó tối thiểu 40%)". The note is not written. {@link
   * #extract(String, Language)} reads the text back to the same thresholds (comparators, bounds,
   * average), years, part, form, qualifiers (but {@link Qualifier#AMBIGUOUS_NUMBER}), unit, base,
   * reference and rank field.
   */
  public static String format(TargetPhrase phrase, Measure measure, Language language) {
    return PhraseWriter.target(phrase, measure, language);
  }

  /**
   * Writes {@code threshold} on {@code change} in {@code language}, for an indicator measured in
   * {@code measure}: "tăng tối thiểu 15% so với năm 2023", "giảm tối thiểu 20% so với cùng kỳ",
   * "tăng tối thiểu 12 bậc so với năm 2022" or "increase by at least 15% compared with 2023".
   * {@link #extract(String, Language)} reads it back to the same comparator, bounds and {@link
   * TargetPhrase#change()}.
   *
   * @since 0.2.0
   */
  public static String format(Threshold threshold, Change change, Measure measure, Language language) {
    return PhraseWriter.target(threshold, change, measure, language);
  }

  /**
   * Writes the threshold of {@code target} for {@code scope} in {@code language}: as {@link
   * #format(Threshold, Measure, Language)}, or with its change ({@link #format(Threshold, Change,
   * Measure, Language)}) for a target on a change.
   *
   * @throws io.github.chiso.InvalidValueException if the target has no threshold for {@code scope}
   * @since 0.2.0
   */
  public static String format(Target target, Scope scope, Language language) {
    Threshold threshold = target.thresholdFor(scope)
        .orElseThrow(() -> Check.invalid("target %s has no threshold for %s", target.code(), scope));
    Measure measure = target.indicator().measure();
    return target.change().map(c -> format(threshold, c, measure, language))
        .orElseGet(() -> format(threshold, measure, language));
  }

  /** Writes {@code threshold} in Vietnamese for an indicator measured in {@code measure}. */
  public static String format(Threshold threshold, Measure measure) {
    return format(threshold, measure, Language.VI);
  }

  /**
   * Writes {@code threshold} in {@code language}: "tối thiểu 80%", "trên 60%", "65 - 70%",
   * "dự kiến tối thiểu 2" or "at least 80%", "above 60%", "65 - 70%", "expected at least 2". {@link #parse} reads it back to the same comparator and
   * bounds.
   */
  public static String format(Threshold threshold, Measure measure, Language language) {
    return PhraseWriter.qualifiers(threshold.qualifiers(), language == Language.VI, true)
        + formatBound(threshold, measure, language);
  }

  /** {@link #format(Threshold, Measure, Language)} without the qualifiers. */
  static String formatBound(Threshold threshold, Measure measure, Language language) {
    String symbol = measure == Measure.PERCENT ? "%" : "";
    String bound = NumberText.format(threshold.bound(), language);
    String average =
        threshold.appliesTo() == Threshold.AppliesTo.AVERAGE
            ? (language == Language.EN ? "an average of " : "trung bình ")
            : "";
    if (threshold.comparator() == Comparator.BETWEEN) {
      String upper = NumberText.format(threshold.upperBound().orElseThrow(), language);
      return average
          + (language == Language.EN
              ? "between " + bound + symbol + " and " + upper + symbol
              : bound + " - " + upper + symbol);
    }
    return average + word(threshold.comparator(), language) + " " + bound + symbol;
  }

  /** A bound on places with its comparator as a symbol ("≥ 5", "3 - 5"), as the readers take it on a place. */
  static String formatPlaceBound(Threshold threshold, Language language) {
    if (threshold.comparator() == Comparator.BETWEEN) {
      return formatBound(threshold, Measure.RANK, language);
    }
    String average = threshold.appliesTo() == Threshold.AppliesTo.AVERAGE
        ? (language == Language.EN ? "an average of " : "trung bình ")
        : "";
    return average + threshold.comparator().symbol() + " " + NumberText.format(threshold.bound(), language);
  }

  private static String word(Comparator comparator, Language language) {
    boolean vi = language == Language.VI;
    switch (comparator) {
      case AT_LEAST:
        return vi ? "tối thiểu" : "at least";
      case ABOVE:
        return vi ? "trên" : "above";
      case AT_MOST:
        return vi ? "tối đa" : "at most";
      case BELOW:
        return vi ? "dưới" : "below";
      case EQUAL:
        return vi ? "bằng" : "exactly";
      default:
        throw new AssertionError(comparator);
    }
  }
}
