package io.github.chiso.text;

import io.github.chiso.InvalidValueException;
import io.github.chiso.TextParseException;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.RateBasis;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a result phrase for one indicator: {@link ResultText#extract}'s lenient reading made strict
 * against what the indicator measures.
 *
 * <ul>
 *   <li>A unit written after the number must be the indicator's {@link Indicator#unit()}, its
 *       leading words ("khoảng 3.500 trạm" fits "trạm BTS") or those words followed by more ("58.835
 *       hồ sơ về cán bộ" fits "hồ sơ"); letter case, spacing and the commas and slashes between
 *       words aside ("xã" fits "xã/phường"). Where the indicator names no unit, the phrase's unit
 *       goes to the note. "350 tỷ đồng" is 350 000 000
 *       000 đồng, so it does not fit an indicator counted in "tỷ đồng".
 *   <li>A rank ("xếp thứ 12/63", "top 10") fits only an indicator measured in {@link Measure#RANK},
 *       and such an indicator takes only ranks (a share or parts "18/63" are refused by {@link
 *       ResultText#extract(String, Measure)}).
 *   <li>A rate per population ("12/10.000 dân") fits only an indicator {@link Indicator#per()} a
 *       population, of the same people where both name them, and is rescaled exactly to the
 *       indicator's base: "12/10.000 dân" on an indicator per 1000 dân is 1.2. A rate per year
 *       ("6,5%/năm") fits only an indicator per year. A bare number is taken to be in the indicator's
 *       basis.
 *   <li>A change ("tăng 5% so với cùng kỳ") is not a level, and {@link Qualifier#ASPIRATIONAL}
 *       ("phấn đấu") is a target's word: both are refused. The qualifiers must fit the reading as
 *       {@link Result} requires.
 *   <li>Text without a number is a text reading with the status {@link ResultText#extract} gives.
 * </ul>
 *
 * <p>Every refusal is a {@link TextParseException} naming the phrase, the position (of the unit, the
 * base or the number, where known) and what disagrees with the indicator.
 *
 * @since 0.2.0
 */
public final class ResultFit {
  private ResultFit() {}

  /** Reads {@code phrase} for {@code indicator}; see the class description for the rules. */
  public static FittedResult fit(String phrase, Indicator indicator) {
    return fit(ResultText.extract(phrase, indicator.measure()), indicator);
  }

  /** Fits an extracted {@code phrase} to {@code indicator}; see the class description for the rules. */
  public static FittedResult fit(ResultPhrase phrase, Indicator indicator) {
    String text = phrase.text();
    ImmutableFittedResult.Builder fitted = FittedResult.builder().indicatorCode(indicator.code());
    if (phrase.reading().isEmpty()) {
      return fitted.reading(Reading.text(phrase.status().orElseThrow(), text.strip())).build();
    }
    int number = firstDigit(text);
    if (phrase.form() == PhraseForm.INCREASE || phrase.form() == PhraseForm.DECREASE) {
      throw refused(text, number, "the phrase states a change ("
          + phrase.form().name().toLowerCase(Locale.ROOT) + "), not a level of " + indicator.code());
    }
    if (phrase.qualifiers().contains(Qualifier.ASPIRATIONAL)) {
      throw refused(text, 0, "'phấn đấu' (ASPIRATIONAL) is a target's word, not a result's");
    }
    Reading reading = phrase.reading().get();
    boolean rank = reading instanceof Reading.Rank;
    if (rank != (indicator.measure() == Measure.RANK)) {
      throw refused(text, number, rank
          ? "a rank (" + reading + ") on " + indicator.code() + ", measured in " + indicator.measure() + ", not RANK"
          : "the level " + reading + " on " + indicator.code() + ", measured in RANK: a share is never a place");
    }
    Optional<String> unitNote = unit(phrase, indicator, number);
    reading = rated(phrase, reading, indicator, number);
    fitted.reading(reading).qualifiers(phrase.qualifiers());
    boolean saysMore = phrase.statedTarget().isPresent() || !phrase.years().isEmpty()
        || phrase.reference().isPresent() || phrase.rating().isPresent() || phrase.secondary().isPresent();
    Optional<String> note = saysMore ? Optional.of(text.strip()) : joined(phrase.note(), unitNote);
    fitted.note(note);
    FittedResult result = fitted.build();
    try {
      result.toResult("-", Period.year(2000));
    } catch (InvalidValueException e) {
      throw refused(text, 0, e.getMessage());
    }
    return result;
  }

  /** The phrase's unit, checked against the indicator's; returned when the indicator names none. */
  private static Optional<String> unit(ResultPhrase phrase, Indicator indicator, int number) {
    if (phrase.unit().isEmpty()) {
      return Optional.empty();
    }
    String written = phrase.unit().get();
    if (indicator.unit().isEmpty()) {
      return Optional.of(written);
    }
    String expected = normal(indicator.unit().get());
    String given = normal(written);
    if (!expected.equals(given) && !expected.startsWith(given + " ") && !given.startsWith(expected + " ")) {
      throw refused(phrase.text(), at(phrase.text(), written, number),
          "the unit '" + written + "' is not " + indicator.code() + "'s unit '" + indicator.unit().get() + "'");
    }
    return Optional.empty();
  }

  /** The reading in the indicator's rate basis. */
  private static Reading rated(ResultPhrase phrase, Reading reading, Indicator indicator, int number) {
    Optional<RateBasis> basis = indicator.per();
    String text = phrase.text();
    if (phrase.form() == PhraseForm.PER_YEAR) {
      if (basis.map(b -> b.kind() != RateBasis.Kind.PER_YEAR).orElse(true)) {
        throw refused(text, number, "a rate per year on " + indicator.code() + ", which is "
            + basis.map(b -> "a rate " + b).orElse("not a rate"));
      }
      return reading;
    }
    if (phrase.per().isEmpty()) {
      return reading;
    }
    BigDecimal base = phrase.per().get();
    int position = at(text, phrase.base().orElse(""), number);
    if (basis.map(b -> b.kind() != RateBasis.Kind.PER_POPULATION).orElse(true)) {
      throw refused(text, position, "a rate per " + base.toPlainString() + phrase.base().map(b -> " " + b).orElse("")
          + " on " + indicator.code() + ", which is " + basis.map(b -> "a rate " + b).orElse("not a rate"));
    }
    RateBasis target = basis.get();
    if (phrase.base().isPresent() && !normal(phrase.base().get()).equals(normal(target.of().orElseThrow()))) {
      throw refused(text, position, "a rate per '" + phrase.base().get() + "' on " + indicator.code()
          + ", a rate per '" + target.of().orElseThrow() + "'");
    }
    BigDecimal to = target.base().orElseThrow();
    if (base.compareTo(to) == 0) {
      return reading;
    }
    if (!(reading instanceof Reading.Decimal)) {
      throw refused(text, number, "the parts " + reading + " per " + base.toPlainString()
          + " cannot be rescaled to " + indicator.code() + "'s base " + to.toPlainString());
    }
    return Reading.decimal(rescale(((Reading.Decimal) reading).decimal(), base, to, text, number));
  }

  /**
   * {@code value} per {@code from} as a value per {@code to}, exactly: {@code value × to / from}.
   *
   * @throws TextParseException where the quotient has no finite decimal expansion
   */
  static BigDecimal rescale(BigDecimal value, BigDecimal from, BigDecimal to, String text, int position) {
    try {
      return value.multiply(to).divide(from);
    } catch (ArithmeticException e) {
      throw refused(text, position, value.toPlainString() + " per " + from.toPlainString()
          + " has no exact decimal value per " + to.toPlainString());
    }
  }

  private static Optional<String> joined(Optional<String> note, Optional<String> unit) {
    if (unit.isEmpty()) {
      return note;
    }
    return Optional.of(note.map(n -> unit.get() + " " + n).orElse(unit.get()));
  }

  /** The words of a unit, compared without case, spacing or the punctuation between them ("xã/phường"). */
  private static String normal(String words) {
    return words.replaceAll("[\\s,;/]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static int firstDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  /** Where {@code word} is written after the number, else the number's position. */
  private static int at(String text, String word, int number) {
    int found = word.isEmpty() ? -1 : text.indexOf(word, number);
    return found < 0 ? number : found;
  }

  private static TextParseException refused(String text, int position, String problem) {
    return new TextParseException(text, position, problem);
  }
}
