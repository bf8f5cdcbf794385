package io.github.chiso.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.chiso.InvalidValueException;
import io.github.chiso.TextParseException;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads and writes threshold wording.
 *
 * <p>Grammar (case-insensitive, spaces free): an optional "đạt" / "reach", optional "tỷ lệ" (rate)
 * and "trung bình" / "average" / "an average of" (which makes the threshold apply to the average
 * of its scope: {@link Threshold.AppliesTo#AVERAGE}), an optional comparator, then a number with an
 * optional '%', or a range of two numbers:
 *
 * <ul>
 *   <li>≥: "đạt", "tối thiểu", "ít nhất", "≥", ">=", "at least", "minimum", or nothing;
 *   <li>>: "trên", "hơn", ">", "above", "more than", "over";
 *   <li>≤: "tối đa", "không quá", "không vượt quá", "≤", "&lt;=", "at most", "maximum", "no more than";
 *   <li>&lt;: "dưới", "&lt;", "below", "less than", "under";
 *   <li>=: "bằng", "=", "exactly";
 *   <li>range: "65 - 70%", "65% – 70%", "từ 65% đến 70%", "between 65% and 70%", "65 to 70%".
 * </ul>
 *
 * Numbers follow {@link NumberText}: English rules when the wording is English (an English comparator
 * or "between"), Vietnamese rules otherwise. The threshold read keeps the text as its wording.
 * Wording has at most {@value TextLimits#MAX_PHRASE_LENGTH} characters ({@link TextLimits}).
 *
 * @since 0.1.0
 */
public final class TargetText {
  private static final ImmutableMap<String, Comparator> COMPARATORS =
      ImmutableMap.<String, Comparator>builder()
          .put("tối thiểu", Comparator.AT_LEAST)
          .put("ít nhất", Comparator.AT_LEAST)
          .put("≥", Comparator.AT_LEAST)
          .put(">=", Comparator.AT_LEAST)
          .put("trên", Comparator.ABOVE)
          .put("hơn", Comparator.ABOVE)
          .put(">", Comparator.ABOVE)
          .put("tối đa", Comparator.AT_MOST)
          .put("không quá", Comparator.AT_MOST)
          .put("không vượt quá", Comparator.AT_MOST)
          .put("≤", Comparator.AT_MOST)
          .put("<=", Comparator.AT_MOST)
          .put("dưới", Comparator.BELOW)
          .put("<", Comparator.BELOW)
          .put("bằng", Comparator.EQUAL)
          .put("=", Comparator.EQUAL)
          .build();
  private static final ImmutableMap<String, Comparator> ENGLISH_COMPARATORS =
      ImmutableMap.<String, Comparator>builder()
          .put("at least", Comparator.AT_LEAST)
          .put("minimum", Comparator.AT_LEAST)
          .put("above", Comparator.ABOVE)
          .put("more than", Comparator.ABOVE)
          .put("over", Comparator.ABOVE)
          .put("at most", Comparator.AT_MOST)
          .put("maximum", Comparator.AT_MOST)
          .put("no more than", Comparator.AT_MOST)
          .put("below", Comparator.BELOW)
          .put("less than", Comparator.BELOW)
          .put("under", Comparator.BELOW)
          .put("exactly", Comparator.EQUAL)
          .build();
  private static final ImmutableList<String> REACH = ImmutableList.of("đạt", "reach", "reaching");
  private static final ImmutableList<String> FILLERS = ImmutableList.of("tỷ lệ", "tỉ lệ");
  private static final ImmutableList<String> AVERAGE = ImmutableList.of("trung bình", "average", "an average of", "on average");
  private static final ImmutableList<String> RANGE_START = ImmutableList.of("từ");
  private static final ImmutableList<String> ENGLISH_RANGE_START =
      ImmutableList.of("between", "from");
  private static final ImmutableList<String> RANGE_SEPARATORS =
      ImmutableList.of("-", "–", "—", "đến", "to", "and");
  private static final ImmutableList<String> ALL_COMPARATORS =
      ImmutableList.<String>builder()
          .addAll(COMPARATORS.keySet())
          .addAll(ENGLISH_COMPARATORS.keySet())
          .build();

  private TargetText() {}

  /**
   * Reads threshold wording such as "tối thiểu 80%" or "65 - 70%".
   *
   * @throws TextParseException with the text and the position where reading failed
   */
  public static Threshold parse(String text) {
    TextLimits.check(text, TextLimits.MAX_PHRASE_LENGTH);
    Cursor cursor = new Cursor(text);
    boolean reach = cursor.acceptAny(REACH).isPresent();
    boolean average = false;
    while (true) {
      if (cursor.acceptAny(AVERAGE).isPresent()) {
        average = true;
      } else if (cursor.acceptAny(FILLERS).isEmpty()) {
        break;
      }
    }
    Optional<String> word = cursor.acceptAny(ALL_COMPARATORS);
    boolean english =
        word.map(ENGLISH_COMPARATORS::containsKey).orElse(false)
            || text.toLowerCase(java.util.Locale.ROOT).contains("between");
    boolean rangeStart =
        word.isEmpty() && cursor.acceptAny(english ? ENGLISH_RANGE_START : RANGE_START).isPresent();
    Language language = english ? Language.EN : Language.VI;
    BigDecimal first = number(cursor, language);
    cursor.accept('%');
    int separatorAt = cursor.position();
    boolean range = cursor.acceptAny(RANGE_SEPARATORS).isPresent();
    Threshold.Builder threshold = Threshold.builder().wording(text.strip());
    if (average) {
      threshold.appliesTo(Threshold.AppliesTo.AVERAGE);
    }
    if (range) {
      if (word.isPresent()) {
        throw cursor.fail(separatorAt, "a range cannot follow the comparator '" + word.get() + "'");
      }
      BigDecimal second = number(cursor, language);
      cursor.accept('%');
      if (second.compareTo(first) < 0) {
        throw cursor.fail(separatorAt, "the range's upper bound is below its lower bound");
      }
      threshold.comparator(Comparator.BETWEEN).bound(first).upperBound(second);
    } else {
      if (rangeStart) {
        throw cursor.fail("expected the end of the range");
      }
      Comparator comparator =
          word.map(w -> COMPARATORS.getOrDefault(w, ENGLISH_COMPARATORS.get(w)))
              .orElse(Comparator.AT_LEAST);
      threshold.comparator(comparator).bound(first);
    }
    if (!cursor.atEnd()) {
      throw cursor.fail(reach ? "unexpected text after the threshold" : "unexpected text");
    }
    try {
      return threshold.build();
    } catch (InvalidValueException e) {
      throw cursor.fail(0, e.getMessage());
    }
  }

  private static BigDecimal number(Cursor cursor, Language language) {
    cursor.skipSpaces();
    int at = cursor.position();
    String token = cursor.takeNumber();
    try {
      return NumberText.parse(token, language);
    } catch (TextParseException e) {
      throw cursor.fail(at + e.position(), e.problem());
    }
  }

  /** Writes {@code threshold} in Vietnamese for an indicator measured in {@code measure}. */
  public static String format(Threshold threshold, Measure measure) {
    return format(threshold, measure, Language.VI);
  }

  /**
   * Writes {@code threshold} in {@code language}: "tối thiểu 80%", "trên 60%", "65 - 70%" or "at
   * least 80%", "above 60%", "65 - 70%". {@link #parse} reads it back to the same comparator and
   * bounds.
   */
  public static String format(Threshold threshold, Measure measure, Language language) {
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
