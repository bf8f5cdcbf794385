package io.github.chiso.text;

import io.github.chiso.internal.Check;
import io.github.chiso.model.Change;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link Change} a phrase states and the words that write one back. A reference is a year
 * ("năm 2023", "2023", "cùng kỳ năm 2023") or the same period one year earlier ("cùng kỳ", "cùng kỳ
 * năm trước", "năm trước", "the same period last year", "the previous year"); the amount is a
 * percentage of the reference value when written with '%', else in the indicator's units. Not part
 * of the API.
 */
final class Changes {
  private Changes() {}

  /** Percentage points are units of a share, not a percentage of the reference. */
  private static final Pattern POINTS =
      Pattern.compile("điểm phần trăm|percentage points?|điểm %|points", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YEAR = Pattern.compile("(?:cùng kỳ\\s+)?(?:năm\\s+)?(\\d{4})");
  private static final Set<String> YEAR_EARLIER = Set.of("cùng kỳ", "cùng kỳ năm trước", "cùng kỳ năm ngoái",
      "năm trước", "năm ngoái", "the same period last year", "the same period of last year", "last year",
      "the previous year", "the year before", "a year earlier");

  /** The change of a phrase of {@code form} against {@code reference}, or empty when it states none the model holds. */
  static Optional<Change> of(String text, PhraseForm form, boolean relative, Optional<String> reference) {
    if (form != PhraseForm.INCREASE && form != PhraseForm.DECREASE || reference.isEmpty()) {
      return Optional.empty();
    }
    Change.Direction direction = form == PhraseForm.INCREASE ? Change.Direction.INCREASE : Change.Direction.DECREASE;
    boolean points = POINTS.matcher(text).find();
    Change.Basis basis = relative && !points ? Change.Basis.RELATIVE : Change.Basis.ABSOLUTE;
    String words = reference.get().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (YEAR_EARLIER.contains(words)) {
      return Optional.of(Change.yearOnYear(direction, basis));
    }
    Matcher year = YEAR.matcher(words);
    if (year.matches()) {
      return Optional.of(Change.of(direction, basis, Period.year(Integer.parseInt(year.group(1)))));
    }
    return Optional.empty();
  }

  /** The form of a phrase stating {@code change}. */
  static PhraseForm form(Change change) {
    return change.direction() == Change.Direction.INCREASE ? PhraseForm.INCREASE : PhraseForm.DECREASE;
  }

  /**
   * The reference words of {@code change}: "năm 2023" / "2023", "cùng kỳ" / "the same period last
   * year".
   *
   * @throws io.github.chiso.InvalidValueException if the fixed reference is not a year
   */
  static String reference(Change change, Language language) {
    boolean vi = language == Language.VI;
    if (change.reference().isEmpty()) {
      return vi ? "cùng kỳ" : "the same period last year";
    }
    Period period = change.reference().get();
    Check.argument(period.granularity() == Period.Granularity.YEAR,
        "change %s: wording names a reference year or the same period a year earlier, not the period %s", change, period);
    return (vi ? "năm " : "") + period.start().getYear();
  }

  /**
   * What follows the amount: '%' for a relative change; for an absolute one, places for a rank,
   * points of a share ("điểm phần trăm", "percentage points"), nothing for other measures.
   */
  static String unit(Change change, Measure measure, Language language) {
    boolean vi = language == Language.VI;
    if (change.basis() == Change.Basis.RELATIVE) {
      return "%";
    }
    if (measure == Measure.RANK) {
      return vi ? " bậc" : " places";
    }
    if (measure == Measure.PERCENT) {
      return vi ? " điểm phần trăm" : " percentage points";
    }
    return "";
  }

  /** The unit {@link #unit} writes, as the phrase reader keeps it ("bậc"), or empty. */
  static Optional<String> unitWord(Change change, Measure measure, Language language) {
    String unit = unit(change, measure, language);
    return unit.startsWith(" ") ? Optional.of(unit.substring(1)) : Optional.empty();
  }
}
