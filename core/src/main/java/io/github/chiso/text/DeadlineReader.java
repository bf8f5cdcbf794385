package io.github.chiso.text;

import io.github.chiso.InvalidValueException;
import io.github.chiso.TextParseException;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Recurrence;
import io.github.chiso.text.Tokens.Token;
import io.github.chiso.text.Tokens.Type;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a deadline in one pass over {@link Tokens}: each token is looked at a bounded number of
 * times, so reading is linear in the text. Every number is part of a day, a month, a quarter, a
 * year, a count of months or a frequency, or raises {@link TextParseException} at its position. Not
 * part of the API.
 */
final class DeadlineReader {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));
  private static final Map<String, Integer> QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4, "1", 1, "2", 2, "3", 3, "4", 4);
  private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);
  private static final Set<String> SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> EVERY = Set.of("hằng", "hàng", "mỗi", "every", "each");

  private final String text;
  private final List<Token> tokens;
  private int i;

  private Deadline.Kind kindWord;
  private final EnumSet<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
  private Object anchor;   // LocalDate, Period, Integer (day of month) or MonthDay
  private int anchorAt = -1;
  private Frequency frequency;
  private int frequencyAt = -1;
  private int ongoingAt = -1;
  private int periodicAt = -1;

  private DeadlineReader(String original) {
    TextLimits.check(original, TextLimits.MAX_PHRASE_LENGTH);
    this.text = Normalizer.isNormalized(original, Normalizer.Form.NFC)
        ? original : Normalizer.normalize(original, Normalizer.Form.NFC);
    this.tokens = Tokens.split(text);
  }

  static Deadline read(String text) {
    return new DeadlineReader(text).read();
  }

  private Deadline read() {
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.is(Type.NUMBER)) {
        numberAnchor(false);
      } else if (t.is(Type.WORD)) {
        word(t);
      } else {
        i++;
      }
    }
    return build();
  }

  // ---- words

  private void word(Token t) {
    String w = t.lower();
    int at = i;
    if (w.equals("dự") && isWord(i + 1, "kiến") || w.equals("expected") || w.equals("planned") || w.equals("projected")) {
      qualifiers.add(Qualifier.EXPECTED);
      i += w.equals("dự") ? 2 : 1;
    } else if (w.equals("phấn") && isWord(i + 1, "đấu") || w.equals("strive") || w.equals("aim")) {
      qualifiers.add(Qualifier.ASPIRATIONAL);
      i += w.equals("phấn") ? 2 : 1;
    } else if (w.equals("trước") || w.equals("before") || w.equals("prior")) {
      i++;
      if (isWord(i, "cuối")) {
        kindWord = Deadline.Kind.BY_END;
        i++;
      } else {
        kindWord = Deadline.Kind.BEFORE_DAY;
      }
    } else if (w.equals("vào") || w.equals("on")) {
      kindWord = Deadline.Kind.ON_DAY;
      i++;
    } else if (w.equals("đến") || w.equals("tới")) {
      i++;
      if (isWord(i, "hết") || isWord(i, "cuối")) {
        kindWord = Deadline.Kind.BY_END;
        i++;
      } else {
        kindWord = Deadline.Kind.BY_DAY;
      }
    } else if ((w.equals("chậm") || w.equals("muộn")) && isWord(i + 1, "nhất") || w.equals("hạn") && isWord(i + 1, "chót")) {
      kindWord = Deadline.Kind.BY_DAY;
      i += 2;
    } else if (w.equals("no") && isWord(i + 1, "later") && isWord(i + 2, "than")) {
      kindWord = Deadline.Kind.BY_DAY;
      i += 3;
    } else if (w.equals("by")) {
      i++;
      int j = isWord(i, "the") ? i + 1 : i;
      if (isWord(j, "end") && isWord(j + 1, "of")) {
        kindWord = Deadline.Kind.BY_END;
        i = j + 2;
      } else {
        kindWord = Deadline.Kind.BY_DAY;
      }
    } else if (w.equals("end") && isWord(i + 1, "of") || w.equals("cuối") || w.equals("hết")) {
      kindWord = Deadline.Kind.BY_END;
      i += w.equals("end") ? 2 : 1;
    } else if (w.equals("trong") || w.equals("in") || w.equals("during") || w.equals("within") || w.equals("throughout")) {
      kindWord = Deadline.Kind.WITHIN;
      i++;
    } else if ((w.equals("đầu") || w.equals("giữa")) && (isWord(i + 1, "năm") || isWord(i + 1, "quý") || isWord(i + 1, "tháng"))
        || (w.equals("early") || w.equals("mid") || w.equals("late")) && i + 1 < tokens.size()) {
      throw fail(t.start(), "'" + t.text() + "' (early, mid or late in a period) gives no due day");
    } else if (w.equals("từ") && isWord(i + 1, "nay") || w.equals("from") && isWord(i + 1, "now")) {
      i += 2;   // "từ nay đến năm 2025": from now until
    } else if (w.equals("từ") || w.equals("from")) {
      i++;
      range(at);
    } else if (w.equals("ngày")) {
      i++;
      if (!isNumber(i)) {
        throw fail(end(at), "expected a day after 'ngày'");
      }
      numberAnchor(true);
    } else if (w.equals("tháng") || w.equals("month")) {
      i++;
      month(at);
    } else if (w.equals("quý") || w.equals("quarter")) {
      i++;
      quarter(at);
    } else if (w.length() == 2 && w.charAt(0) == 'q' && w.charAt(1) >= '1' && w.charAt(1) <= '4') {
      i++;
      anchor(Period.quarter(year(true), w.charAt(1) - '0'), at);
    } else if (w.length() == 2 && w.charAt(0) == 'h' && (w.charAt(1) == '1' || w.charAt(1) == '2')) {
      i++;
      anchor(Period.half(year(true), w.charAt(1) - '0'), at);
    } else if (w.equals("năm") || w.equals("year")) {
      i++;
      if (!isNumber(i)) {
        throw fail(end(at), "expected a year after '" + t.text() + "'");
      }
      numberAnchor(false);
    } else if (w.equals("giai") && isWord(i + 1, "đoạn") || w.equals("period")) {
      i += w.equals("giai") ? 2 : 1;
      if (!isNumber(i)) {
        throw fail(end(i - 1), "expected years after '" + t.text() + "'");
      }
      numberAnchor(false);
    } else if (w.equals("nửa") && (isWord(i + 1, "đầu") || isWord(i + 1, "cuối"))) {
      int half = isWord(i + 1, "đầu") ? 1 : 2;
      i += 2;
      anchor(Period.half(year(true), half), at);
    } else if ((w.equals("first") || w.equals("second") || w.equals("last")) && i + 1 < tokens.size()) {
      ordinalPeriod(t);
    } else if (ORDINALS.containsKey(w) && isWord(i + 1, "quarter")) {
      i += 2;
      anchor(Period.quarter(year(true), ORDINALS.get(w)), at);
    } else if (MONTHS.containsKey(w) && (isNumber(i + 1) || w.length() > 3)) {
      i++;
      englishMonth(MONTHS.get(w), at);
    } else if (EVERY.contains(w) && i + 1 < tokens.size()) {
      i++;
      every(at);
    } else if (w.equals("định") && isWord(i + 1, "kỳ")) {
      i += 2;
      periodicAt = at;
      if (isWord(i, "tháng") || isWord(i, "quý") || isWord(i, "năm")) {
        String unit = tokens.get(i).lower();
        i++;
        frequency(unit.equals("tháng") ? Frequency.MONTHLY : unit.equals("quý") ? Frequency.QUARTERLY : Frequency.YEARLY, at);
      }
    } else if (w.equals("monthly")) {
      i++;
      frequency(Frequency.MONTHLY, at);
    } else if (w.equals("quarterly")) {
      i++;
      frequency(Frequency.QUARTERLY, at);
    } else if (w.equals("yearly") || w.equals("annually") || w.equals("annual")) {
      i++;
      frequency(Frequency.YEARLY, at);
    } else if (w.equals("half-yearly") || w.equals("semi-annually") || w.equals("semiannually") || w.equals("biannually")) {
      i++;
      frequency(Frequency.HALF_YEARLY, at);
    } else if (w.equals("thường") && isWord(i + 1, "xuyên") || w.equals("liên") && isWord(i + 1, "tục")) {
      ongoing(at);
      i += 2;
    } else if (w.equals("ongoing") || w.equals("continuous") || w.equals("continuously") || w.equals("regularly")) {
      ongoing(at);
      i++;
    } else if (w.equals("six") && isWord(i + 1, "months") || w.equals("sáu") && isWord(i + 1, "tháng")) {
      i += 2;
      if (periodicAt >= 0 || isWord(i, "một") && isWord(i + 1, "lần") || at > 0 && EVERY.contains(tokens.get(at - 1).lower())) {
        i += isWord(i, "một") ? 2 : 0;
        frequency(Frequency.HALF_YEARLY, at);
      } else {
        throw fail(t.start(), "six months of what: give a period or a frequency");
      }
    } else {
      i++;
    }
  }

  private void ongoing(int at) {
    if (ongoingAt < 0) {
      ongoingAt = at;
    }
  }

  /** After "hằng", "hàng", "mỗi", "every", "each": the frequency. */
  private void every(int at) {
    Token next = tokens.get(i);
    String w = next.lower();
    if (w.equals("tháng") || w.equals("month")) {
      i++;
      frequency(Frequency.MONTHLY, at);
    } else if (w.equals("quý") || w.equals("quarter")) {
      i++;
      frequency(Frequency.QUARTERLY, at);
    } else if (w.equals("năm") || w.equals("year")) {
      i++;
      frequency(Frequency.YEARLY, at);
    } else if (w.equals("six") || w.equals("sáu") || next.is(Type.NUMBER)) {
      numberOrSix(at);
    } else if (w.equals("ngày") || w.equals("tuần") || w.equals("day") || w.equals("week") || w.equals("ngay")) {
      throw fail(next.start(), "a daily or weekly task: no periods for it (every month, quarter, half year or year)");
    }
  }

  private void numberOrSix(int at) {
    Token next = tokens.get(i);
    int months = next.is(Type.NUMBER) ? small(next) : 6;
    if (!(isWord(i + 1, "tháng") || isWord(i + 1, "months"))) {
      throw fail(next.start(), "expected 'tháng' or 'months' after '" + next.text() + "'");
    }
    i += 2;
    frequency(monthsFrequency(months, next), at);
  }

  private Frequency monthsFrequency(int months, Token where) {
    switch (months) {
      case 1:
        return Frequency.MONTHLY;
      case 3:
        return Frequency.QUARTERLY;
      case 6:
        return Frequency.HALF_YEARLY;
      case 12:
        return Frequency.YEARLY;
      default:
        throw fail(where.start(), "every " + months + " months: only 1, 3, 6 or 12 months recur");
    }
  }

  private void frequency(Frequency f, int at) {
    if (frequency != null && frequency != f) {
      throw fail(tokens.get(at).start(), "a second frequency (" + frequency + " already)");
    }
    if (frequency == null) {
      frequency = f;
      frequencyAt = at;
    }
  }

  /** "first half of 2023", "second half", "the first 6 months of 2023", "the last 3 months of 2022". */
  private void ordinalPeriod(Token t) {
    int at = i;
    String w = t.lower();
    i++;
    if (isWord(i, "half")) {
      i++;
      skipWord("of");
      anchor(Period.half(year(true), w.equals("first") ? 1 : 2), at);
      return;
    }
    if (ORDINALS.containsKey(w) && isWord(i, "quarter")) {
      i++;
      skipWord("of");
      anchor(Period.quarter(year(true), ORDINALS.get(w)), at);
      return;
    }
    if (isNumber(i) && (isWord(i + 1, "months") || isWord(i + 1, "month"))) {
      Token count = tokens.get(i);
      int months = small(count);
      i += 2;
      skipWord("of");
      anchor(firstOrLast(w.equals("last") ? "cuối" : "đầu", months, year(true), count), at);
      return;
    }
    if (w.equals("last")) {
      return;   // "last" alone says nothing of a date
    }
    throw fail(t.start(), "expected 'half', 'quarter' or a number of months after '" + t.text() + "'");
  }

  /** "từ ngày 01/10/2022 đến ngày 31/10/2022", "from 1 October 2022 to 31 October 2022". */
  private void range(int at) {
    if (isWord(i, "năm") || isWord(i, "year")) {
      i++;
      int startYear = year(false);
      if (!(isWord(i, "đến") || isWord(i, "tới") || isWord(i, "to") || i < tokens.size() && tokens.get(i).is(Type.DASH))) {
        throw fail(i < tokens.size() ? tokens.get(i).start() : text.length(), "expected 'đến' or 'to' and the last year");
      }
      i++;
      skipWord("năm");
      int yearAt = i;
      int endYear = year(false);
      if (endYear < startYear) {
        throw fail(tokens.get(yearAt).start(), "years " + startYear + " to " + endYear + " run backwards");
      }
      anchor(Period.range(LocalDate.of(startYear, 1, 1), LocalDate.of(endYear, 12, 31)), at);
      return;
    }
    skipWord("ngày");
    if (!isNumber(i)) {
      throw fail(end(at), "expected a day after '" + tokens.get(at).text() + "'");
    }
    int first = i;
    Object start = dayAnchor(false);
    if (!(start instanceof LocalDate)) {
      throw fail(tokens.get(first).start(), "a range needs a full day (day, month and year) to start");
    }
    if (isWord(i, "đến") || isWord(i, "tới") || isWord(i, "to") || isWord(i, "until") || i < tokens.size() && tokens.get(i).is(Type.DASH)) {
      i++;
    } else {
      throw fail(i < tokens.size() ? tokens.get(i).start() : text.length(), "expected 'đến' or 'to' and the last day of the range");
    }
    skipWord("ngày");
    int second = i;
    if (!isNumber(i)) {
      throw fail(i < tokens.size() ? tokens.get(i).start() : text.length(), "expected the last day of the range");
    }
    Object last = dayAnchor(false);
    if (!(last instanceof LocalDate)) {
      throw fail(tokens.get(second).start(), "a range needs a full day (day, month and year) to end");
    }
    if (((LocalDate) last).isBefore((LocalDate) start)) {
      throw fail(tokens.get(second).start(), "the range ends on " + last + ", before it starts on " + start);
    }
    anchor(Period.range((LocalDate) start, (LocalDate) last), at);
  }

  /** After "tháng": "tháng 01/2025", "tháng 1 năm 2025", "tháng 01-2025". */
  private void month(int at) {
    if (!isNumber(i)) {
      if (at > 0 && EVERY.contains(tokens.get(at - 1).lower())) {
        return;
      }
      throw fail(end(at), "expected a month after '" + tokens.get(at).text() + "'");
    }
    Token m = tokens.get(i);
    int month = small(m);
    if (month < 1 || month > 12) {
      throw fail(m.start(), "month " + m.text() + " is not 1 to 12");
    }
    i++;
    anchor(monthOf(month, m), at);
  }

  private Period monthOf(int month, Token m) {
    if (isSeparator(i) && isNumber(i + 1) || isWord(i, "năm") && isNumber(i + 1)) {
      i++;
      return Period.month(year(false), month);
    }
    if (isNumber(i)) {
      return Period.month(year(false), month);
    }
    throw fail(m.start(), "month " + m.text() + " without a year: cannot place it");
  }

  /** After "quý" / "quarter": "quý IV/2022", "quý I năm 2023", "quý 4/2022", "quarter 4 2022". */
  private void quarter(int at) {
    if (i >= tokens.size()) {
      throw fail(end(at), "expected a quarter after '" + tokens.get(at).text() + "'");
    }
    Token q = tokens.get(i);
    Integer quarter = QUARTERS.get(q.lower());
    if (quarter == null) {
      if (at > 0 && EVERY.contains(tokens.get(at - 1).lower())) {
        return;
      }
      throw fail(q.start(), "expected a quarter (I to IV or 1 to 4), not '" + q.text() + "'");
    }
    i++;
    if (isSeparator(i) || isWord(i, "năm")) {
      i++;
    }
    if (!isNumber(i)) {
      throw fail(q.start(), "quarter " + q.text() + " without a year: cannot place it");
    }
    anchor(Period.quarter(year(false), quarter), at);
  }

  /** After an English month name: "December 2022", "December 31, 2022", "December". */
  private void englishMonth(int month, int at) {
    if (isNumber(i) && tokens.get(i).text().length() <= 2 && isSuffixOrComma(i + 1)) {
      Token d = tokens.get(i);
      int day = small(d);
      i++;
      skipSuffix();
      if (i < tokens.size() && tokens.get(i).is(Type.COMMA)) {
        i++;
      }
      if (isNumber(i) && tokens.get(i).text().length() == 4) {
        anchor(date(year(false), month, day, d), at);
      } else {
        anchor(monthDay(month, day, d), at);
      }
      return;
    }
    if (isNumber(i) && tokens.get(i).text().length() == 4) {
      anchor(Period.month(year(false), month), at);
      return;
    }
    throw fail(tokens.get(at).start(), "month '" + tokens.get(at).text() + "' without a year: cannot place it");
  }

  private boolean isSuffixOrComma(int k) {
    return k >= tokens.size() || tokens.get(k).is(Type.COMMA) || tokens.get(k).is(Type.NUMBER)
        || tokens.get(k).is(Type.WORD) && SUFFIXES.contains(tokens.get(k).lower()) || tokens.get(k).is(Type.STOP);
  }

  // ---- numbers

  /** A date, month, period of months, year or years starting at the number at {@code i}. */
  private void numberAnchor(boolean afterNgay) {
    int at = i;
    Token n = tokens.get(i);
    // "6 tháng đầu năm 2023", "03 tháng cuối năm 2022", "6 tháng một lần"
    if (!afterNgay && n.text().length() <= 2 && isWord(i + 1, "tháng")) {
      if (isWord(i + 2, "đầu") || isWord(i + 2, "cuối")) {
        String which = tokens.get(i + 2).lower();
        int months = small(n);
        i += 3;
        if (!isWord(i, "năm")) {
          throw fail(tokens.get(i - 1).end(), "expected 'năm' and a year");
        }
        i++;
        anchor(firstOrLast(which, months, year(false), n), at);
        return;
      }
      if (isWord(i + 2, "một") && isWord(i + 3, "lần") || periodicAt >= 0 && periodicAt == i - 2) {
        int months = small(n);
        i += isWord(i + 2, "một") ? 4 : 2;
        frequency(monthsFrequency(months, n), at);
        return;
      }
    }
    if (!afterNgay && n.text().length() <= 2 && isWord(i + 1, "months") && at > 0 && EVERY.contains(tokens.get(at - 1).lower())) {
      numberOrSix(at);
      return;
    }
    Object a = dayAnchor(afterNgay);
    anchor(a, at);
  }

  /**
   * A day ("28/10/2022", "28.10.2022", "2022-10-28", "28 tháng 10 năm 2022", "31 December 2022"), a
   * day of the year ("15/12", "15 December"), a day of the month (after "ngày", or "15th"), a month
   * ("12/2022") or a year or years ("2023", "2021 - 2025").
   */
  private Object dayAnchor(boolean afterNgay) {
    Token n = tokens.get(i);
    String s = n.text();
    if (s.indexOf('.') >= 0) {
      String[] parts = s.split("\\.");
      if (parts.length == 3 && parts[2].length() == 4 && parts[0].length() <= 2 && parts[1].length() <= 2) {
        i++;
        return date(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]), n);
      }
      throw fail(n.start(), "'" + s + "' is not a date (day.month.year)");
    }
    if (s.indexOf(',') >= 0) {
      throw fail(n.start(), "'" + s + "' is not a date");
    }
    if (s.length() == 4 && i + 4 < tokens.size() && tokens.get(i + 1).is(Type.DASH) && isNumber(i + 2)
        && tokens.get(i + 2).text().length() <= 2 && i + 3 < tokens.size() && tokens.get(i + 3).is(Type.DASH) && isNumber(i + 4)) {
      Token m = tokens.get(i + 2);
      Token d = tokens.get(i + 4);
      i += 5;
      return date(parseInt(n), small(m), small(d), n);   // ISO 2022-10-28
    }
    if (s.length() == 4) {
      int first = parseInt(n);
      i++;
      if (i + 1 < tokens.size() && tokens.get(i).is(Type.DASH) && isNumber(i + 1) && tokens.get(i + 1).text().length() == 4) {
        Token second = tokens.get(i + 1);
        int last = parseInt(second);
        i += 2;
        if (last < first) {
          throw fail(second.start(), "years " + first + " to " + last + " run backwards");
        }
        checkYear(first, n);
        checkYear(last, second);
        return Period.range(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
      }
      checkYear(first, n);
      return Period.year(first);
    }
    if (s.length() > 2) {
      throw fail(n.start(), "'" + s + "' is not a day, a month or a year");
    }
    int first = small(n);
    i++;
    if (isSeparator(i) && isNumber(i + 1)) {
      Token second = tokens.get(i + 1);
      boolean slash = tokens.get(i).is(Type.SLASH);
      if (second.text().length() == 4) {
        if (afterNgay) {
          throw fail(second.start(), "'" + n.text() + "/" + second.text() + "' after 'ngày' has no month");
        }
        i += 2;
        if (first < 1 || first > 12) {
          throw fail(n.start(), "month " + n.text() + " is not 1 to 12");
        }
        return Period.month(checkYear(parseInt(second), second), first);   // 12/2022
      }
      if (second.text().length() > 2) {
        throw fail(second.start(), "'" + second.text() + "' is not a month");
      }
      int month = small(second);
      i += 2;
      if (isSeparator(i) && isNumber(i + 1) && (slash == tokens.get(i).is(Type.SLASH))) {
        Token y = tokens.get(i + 1);
        if (y.text().length() != 4) {
          throw fail(y.start(), "'" + y.text() + "' is not a four-digit year");
        }
        i += 2;
        return date(parseInt(y), month, first, n);
      }
      return monthDay(month, first, n);
    }
    if (isWord(i, "tháng") && isNumber(i + 1)) {   // 28 tháng 10 năm 2022
      Token m = tokens.get(i + 1);
      int month = small(m);
      i += 2;
      if (isWord(i, "năm") && isNumber(i + 1)) {
        i++;
        return date(year(false), month, first, n);
      }
      return monthDay(month, first, n);
    }
    if (i < tokens.size() && tokens.get(i).is(Type.WORD) && MONTHS.containsKey(tokens.get(i).lower())) {
      int month = MONTHS.get(tokens.get(i).lower());
      i++;
      if (isNumber(i) && tokens.get(i).text().length() == 4) {
        return date(year(false), month, first, n);
      }
      return monthDay(month, first, n);
    }
    if (skipSuffix() || afterNgay) {
      if (first < 1 || first > 31) {
        throw fail(n.start(), "day " + n.text() + " is not 1 to 31");
      }
      return first;   // a day of the month: "ngày 15 hằng tháng", "the 15th of every month"
    }
    throw fail(n.start(), "'" + s + "' is not part of a date");
  }

  private boolean skipSuffix() {
    if (i < tokens.size() && tokens.get(i).is(Type.WORD) && SUFFIXES.contains(tokens.get(i).lower())
        && tokens.get(i).start() == tokens.get(i - 1).end()) {
      i++;
      return true;
    }
    return false;
  }

  private Period firstOrLast(String which, int months, int year, Token count) {
    if (months < 1 || months > 12) {
      throw fail(count.start(), count.text() + " months: a year has 1 to 12");
    }
    return which.equals("đầu")
        ? Period.range(LocalDate.of(year, 1, 1), YearMonth.of(year, months).atEndOfMonth())
        : Period.range(LocalDate.of(year, 13 - months, 1), LocalDate.of(year, 12, 31));
  }

  /** The four-digit year at {@code i}, after an optional separator when {@code lenient}. */
  private int year(boolean lenient) {
    if (lenient && (isSeparator(i) || isWord(i, "năm") || isWord(i, "of")) && isNumber(i + 1)) {
      i++;
    }
    if (!isNumber(i)) {
      throw fail(i < tokens.size() ? tokens.get(i).start() : text.length(), "expected a year");
    }
    Token y = tokens.get(i);
    if (y.text().length() != 4) {
      throw fail(y.start(), "'" + y.text() + "' is not a four-digit year");
    }
    i++;
    return checkYear(parseInt(y), y);
  }

  private int checkYear(int year, Token t) {
    if (year < 1000 || year > 9999) {
      throw fail(t.start(), "year " + t.text() + " is not 1000 to 9999");
    }
    return year;
  }

  private LocalDate date(int year, int month, int day, Token at) {
    try {
      checkYear(year, at);
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw fail(at.start(), "no such day: " + day + "/" + month + "/" + year);
    }
  }

  private MonthDay monthDay(int month, int day, Token at) {
    try {
      return MonthDay.of(month, day);
    } catch (DateTimeException e) {
      throw fail(at.start(), "no such day of the year: " + day + "/" + month);
    }
  }

  private void anchor(Object a, int at) {
    if (anchor != null) {
      throw fail(tokens.get(at).start(), "a second deadline (the first at position " + tokens.get(anchorAt).start() + ")");
    }
    anchor = a;
    anchorAt = at;
  }

  // ---- the deadline

  private Deadline build() {
    ImmutableDeadline.Builder out = Deadline.builder().text(text).qualifiers(qualifiers);
    if (ongoingAt >= 0) {
      if (anchor != null || frequency != null) {
        int at = anchor != null ? anchorAt : frequencyAt;
        throw fail(tokens.get(at).start(), "a deadline or frequency for a task that is ongoing ('" + tokens.get(ongoingAt).text() + "')");
      }
      return out.kind(Deadline.Kind.ONGOING).build();
    }
    if (frequency != null) {
      return recurring(out);
    }
    if (anchor == null) {
      throw fail(periodicAt >= 0 ? tokens.get(periodicAt).start() : 0,
          periodicAt >= 0 ? "'định kỳ' without a frequency (hằng tháng, hằng quý, 6 tháng, hằng năm)" : "no deadline: no day, period or frequency");
    }
    int at = tokens.get(anchorAt).start();
    if (anchor instanceof LocalDate) {
      Deadline.Kind kind = kindWord == null || kindWord == Deadline.Kind.WITHIN ? Deadline.Kind.ON_DAY
          : kindWord == Deadline.Kind.BY_END ? Deadline.Kind.BY_DAY : kindWord;
      return out.kind(kind).day((LocalDate) anchor).build();
    }
    if (anchor instanceof Period) {
      if (kindWord == Deadline.Kind.BEFORE_DAY) {
        throw fail(at, "before a period: the day before it starts or ends? give the day");
      }
      Deadline.Kind kind = kindWord == Deadline.Kind.BY_DAY || kindWord == Deadline.Kind.BY_END ? Deadline.Kind.BY_END : Deadline.Kind.WITHIN;
      return out.kind(kind).period((Period) anchor).build();
    }
    throw fail(at, "a day without a month or year and no frequency: cannot place it");
  }

  private Deadline recurring(ImmutableDeadline.Builder out) {
    if (anchor == null) {
      return out.kind(Deadline.Kind.WITHIN).recurrence(Recurrence.of(frequency, DueRule.daysAfterEnd(0))).build();
    }
    int at = tokens.get(anchorAt).start();
    Deadline.Kind kind = kindWord == Deadline.Kind.BEFORE_DAY || kindWord == Deadline.Kind.BY_DAY ? kindWord : Deadline.Kind.ON_DAY;
    int shift = kind == Deadline.Kind.BEFORE_DAY ? 1 : 0;
    try {
      if (anchor instanceof Integer && frequency == Frequency.MONTHLY) {
        int day = (Integer) anchor - shift;
        if (day < 1) {
          throw fail(at, "before the 1st of each month is the month before: give the last day instead");
        }
        return out.kind(kind).recurrence(Recurrence.of(Frequency.MONTHLY, DueRule.dayOfMonthAfter(0, day))).build();
      }
      if (anchor instanceof MonthDay && frequency == Frequency.YEARLY) {
        MonthDay written = (MonthDay) anchor;
        if (written.getMonthValue() == 2 && written.getDayOfMonth() == 29) {
          throw fail(at, "29 February is not a day every year has");
        }
        if (shift == 1 && (written.getMonthValue() == 1 && written.getDayOfMonth() == 1
            || written.getMonthValue() == 3 && written.getDayOfMonth() == 1)) {
          throw fail(at, "the day before " + written.getDayOfMonth() + "/" + written.getMonthValue()
              + " is not the same day of each year: give the due day itself");
        }
        MonthDay due = MonthDay.from(written.atYear(2001).minusDays(shift));
        return out.kind(kind).recurrence(Recurrence.of(Frequency.YEARLY, DueRule.onDate(due, 0))).build();
      }
    } catch (InvalidValueException e) {
      throw fail(at, e.getMessage());
    }
    throw fail(at, anchor instanceof Integer ? "a day of the month recurs only monthly (hằng tháng), not " + frequency
        : anchor instanceof MonthDay ? "a day of the year recurs only yearly (hằng năm), not " + frequency
        : "a recurring deadline names one day or period of one year: give the day of the month or of the year");
  }

  // ---- tokens

  private boolean isWord(int k, String w) {
    return k < tokens.size() && tokens.get(k).isWord(w);
  }

  private boolean isNumber(int k) {
    return k < tokens.size() && tokens.get(k).is(Type.NUMBER);
  }

  private boolean isSeparator(int k) {
    return k < tokens.size() && (tokens.get(k).is(Type.SLASH) || tokens.get(k).is(Type.DASH));
  }

  private void skipWord(String w) {
    if (isWord(i, w)) {
      i++;
    }
  }

  private int end(int k) {
    return tokens.get(k).end();
  }

  private int small(Token t) {
    if (t.text().length() > 2 || t.text().indexOf('.') >= 0 || t.text().indexOf(',') >= 0) {
      throw fail(t.start(), "'" + t.text() + "' is not a day, a month or a count of months");
    }
    return Integer.parseInt(t.text());
  }

  private int parseInt(Token t) {
    if (t.text().length() > 4 || !t.text().chars().allMatch(Character::isDigit)) {
      throw fail(t.start(), "'" + t.text() + "' is not a year");
    }
    return Integer.parseInt(t.text());
  }

  private TextParseException fail(int at, String problem) {
    return new TextParseException(text, at, problem);
  }
}
