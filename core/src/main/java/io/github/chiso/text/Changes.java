package io.github.chiso.text;

import io.github.chiso.TextParseException;
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
 * ("năm 2023", "2023", "cùng kỳ năm 2023"), the same period one year earlier ("cùng kỳ", "cùng kỳ
 * năm trước", "năm trước", "the same period last year", "the previous year"), or another period
 * written only in the words {@link DeadlineText} reads for one ("quý I/2024", "tháng 3/2024", "6
 * tháng đầu năm 2024", "ngày 31/12/2023", "Q1 2024", "the first 6 months of 2024"); the amount is a
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
  /**
   * The words a period is written in, and no others: a reference with any other word ("kế hoạch năm
   * 2023", the plan for a year, not its value) is not read as a period.
   */
  private static final Set<String> PERIOD_WORDS = Set.of("quý", "tháng", "năm", "ngày", "đầu", "cuối", "nửa", "giai",
      "đoạn", "từ", "đến", "i", "ii", "iii", "iv", "q", "quarter", "month", "months", "the", "first", "last", "half",
      "of", "from", "to", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

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
    return period(words).map(p -> Change.of(direction, basis, p));
  }

  /**
   * The period {@code words} name, read as {@link DeadlineText} reads one, if they are only a
   * period's words and digits: a month, quarter, months of a year, range of years or days, or a day.
   */
  static Optional<Period> period(String words) {
    Matcher letters = LETTERS.matcher(words.toLowerCase(Locale.ROOT));
    while (letters.find()) {
      if (!PERIOD_WORDS.contains(letters.group())) {
        return Optional.empty();
      }
    }
    Deadline deadline;
    try {
      deadline = DeadlineReader.read(words);
    } catch (TextParseException e) {
      return Optional.empty();
    }
    if (deadline.recurrence().isPresent() || !deadline.qualifiers().isEmpty()) {
      return Optional.empty();
    }
    if (deadline.kind() == Deadline.Kind.ON_DAY) {
      return deadline.day().map(Period::day);
    }
    return deadline.kind() == Deadline.Kind.WITHIN ? deadline.period() : Optional.empty();
  }

  /** The form of a phrase stating {@code change}. */
  static PhraseForm form(Change change) {
    return change.direction() == Change.Direction.INCREASE ? PhraseForm.INCREASE : PhraseForm.DECREASE;
  }

  /**
   * The reference words of {@code change}: "năm 2023" / "2023", "cùng kỳ" / "the same period last
   * year", another period as {@link DeadlineText} writes it ("quý I/2024" / "Q1 2024"), a day as
   * "ngày 31/12/2023" / "31 December 2023"; {@link #of} reads each back to the same reference.
   */
  static String reference(Change change, Language language) {
    boolean vi = language == Language.VI;
    if (change.reference().isEmpty()) {
      return vi ? "cùng kỳ" : "the same period last year";
    }
    Period period = change.reference().get();
    if (period.granularity() == Period.Granularity.DAY) {
      return (vi ? "ngày " : "") + DeadlineText.day(period.start(), vi);
    }
    return DeadlineText.period(period, vi);
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
