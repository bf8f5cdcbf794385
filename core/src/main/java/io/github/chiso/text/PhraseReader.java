package io.github.chiso.text;

import io.github.chiso.model.Qualifier;
import io.github.chiso.InvalidValueException;
import io.github.chiso.TextParseException;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import io.github.chiso.text.Tokens.Token;
import io.github.chiso.text.Tokens.Type;
import io.github.chiso.text.Words.Match;
import io.github.chiso.text.Words.Role;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads target and result phrases over {@link Tokens}: one pass over the tokens, each word group
 * looked up once with a bounded look-ahead, so reading is linear in the text. Every number token
 * ends up as a value, a bound, parts, a rank's field, a rate's base, a year, a reference's number
 * (after "số", "Quyết định", "4.0" after "công nghiệp", "749/QĐ-TTg"), or raises {@link
 * TextParseException} at its position. Not part of the API.
 */
final class PhraseReader {
  private final String text;
  private final List<Token> tokens;
  private final Language language;

  private PhraseReader(String original, int limit, Language language) {
    TextLimits.check(original, limit);
    this.text = Normalizer.isNormalized(original, Normalizer.Form.NFC)
        ? original
        : Normalizer.normalize(original, Normalizer.Form.NFC);
    if (SPREADSHEET_ERROR.matcher(text.strip()).matches()) {
      throw new TextParseException(text, text.indexOf('#'), "a spreadsheet's error value, not a figure: the formula behind "
          + "the cell failed");
    }
    this.tokens = Tokens.split(text);
    this.language = language != null ? language : languageOf(text, tokens);
    int n = tokens.size();
    this.nextNumber = new int[n + 1];
    nextNumber[n] = n;
    for (int i = n - 1; i >= 0; i--) {
      nextNumber[i] = tokens.get(i).is(Type.NUMBER) ? i : nextNumber[i + 1];
    }
    this.partner = new int[n];
    int[] open = new int[MAX_NESTING];
    int depth = 0;
    for (int i = 0; i < n; i++) {
      partner[i] = -1;
      if (tokens.get(i).is(Type.OPEN)) {
        if (depth == MAX_NESTING) {
          throw fail(tokens.get(i).start(), "parentheses nested more than " + MAX_NESTING + " deep");
        }
        open[depth++] = i;
      } else if (tokens.get(i).is(Type.CLOSE) && depth > 0) {
        partner[open[--depth]] = i;
      }
    }
  }

  /** A cell a spreadsheet shows when its formula fails ("#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"); "#N/A" says not available. */
  private static final java.util.regex.Pattern SPREADSHEET_ERROR = java.util.regex.Pattern.compile(
      "#(DIV/0!|VALUE!|REF!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The deepest nesting of parentheses read; deeper text is refused, so recursion stays bounded. */
  static final int MAX_NESTING = 3;

  /** For each token, the index of the first number token at or after it (the count if none). */
  private final int[] nextNumber;

  /** For each '(' the index of its ')', or -1 when it is not closed. */
  private final int[] partner;

  /** English when every letter is ASCII and one word is English-only; else Vietnamese. */
  private static Language languageOf(String text, List<Token> tokens) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i)) && text.charAt(i) > 127) {
        return Language.VI;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Match m = Words.longest(tokens, i, tokens.size());
      if (m.length() > 0) {
        StringBuilder key = new StringBuilder();
        for (int k = i; k < i + m.length(); k++) {
          key.append(k > i ? " " : "").append(tokens.get(k).lower());
        }
        if (Words.english(key.toString())) {
          return Language.EN;
        }
      } else if (notVietnamese(tokens.get(i))) {
        return Language.EN;
      }
    }
    return Language.VI;
  }

  /**
   * Whether a lower-case word of three letters or more cannot be a Vietnamese syllable written
   * without its marks: it has 'f', 'j', 'w' or 'z', or ends in a letter no syllable ends in
   * ("trained", "officials"). Acronyms ("BTS", "DTI") are not lower case.
   */
  private static boolean notVietnamese(Token t) {
    String w = t.text();
    if (!t.is(Type.WORD) || w.length() < 3 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return false;
    }
    return w.chars().anyMatch(c -> c == 'f' || c == 'j' || c == 'w' || c == 'z')
        || "bdklqrsvx".indexOf(w.charAt(w.length() - 1)) >= 0;
  }

  static ResultPhrase result(String text, int limit, boolean rankColumn, Language language) {
    PhraseReader reader = new PhraseReader(text, limit, language);
    reader.rankColumn = rankColumn;
    int[] span = reader.inside();
    return reader.result(span[0], span[1], text);
  }

  /** Whether the phrase is a rank column's cell, where "18/63" is the 18th of 63. */
  private boolean rankColumn;

  static TargetPhrase target(String text, int limit, Language language) {
    PhraseReader reader = new PhraseReader(text, limit, language);
    int[] span = reader.inside();
    return reader.target(span[0], span[1], text);
  }

  /** The tokens to read: inside the parentheses when they enclose the whole phrase ("(≥ 70%)"). */
  private int[] inside() {
    int n = tokens.size();
    return n >= 2 && tokens.get(0).is(Type.OPEN) && partner[0] == n - 1 ? new int[] {1, n - 1} : new int[] {0, n};
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  /** A number with its magnitude, '%', a second number after '/', a rate's base and a unit. */
  private static final class Quantity {
    int at;
    int end;
    BigDecimal value;
    /** The power of ten of the magnitude words after the number ("triệu": 6), or 0. */
    int power;
    boolean percent;
    boolean ambiguous;
    BigDecimal second;
    int secondAt;
    boolean perYear;
    BigDecimal per;
    String base;
    String unit;
    Long field;
  }

  /** The word groups looked up so far: at most a constant per token, which is what keeps reading linear. */
  private long lookups;

  private Match match(int at, int to) {
    lookups++;
    return Words.longest(tokens, at, to);
  }

  /** The word-group look-ups reading {@code text} as a result and as a target takes, for tests of linearity. */
  static long lookups(String text) {
    PhraseReader reader = new PhraseReader(text, TextLimits.MAX_TEXT_LENGTH, null);
    long before = reader.lookups;
    try {
      reader.result(0, reader.tokens.size(), text);
    } catch (TextParseException e) {
      // the work done until the error counts
    }
    try {
      reader.target(0, reader.tokens.size(), text);
    } catch (TextParseException e) {
      // likewise
    }
    return reader.lookups - before;
  }

  private TextParseException fail(int at, String problem) {
    return new TextParseException(text, at, problem);
  }

  private BigDecimal number(Token token) {
    try {
      return NumberText.parse(token.text(), language);
    } catch (TextParseException e) {
      throw fail(token.start() + e.position(), e.problem());
    }
  }

  private boolean isNumberAt(int i, int to) {
    if (i >= to) {
      return false;
    }
    Token t = tokens.get(i);
    if (t.is(Type.NUMBER)) {
      return true;
    }
    return (t.is(Type.DASH) || t.is(Type.PLUS)) && i + 1 < to && tokens.get(i + 1).is(Type.NUMBER)
        && tokens.get(i + 1).start() == t.end() && (i == 0 || !tokens.get(i - 1).is(Type.NUMBER) && !tokens.get(i - 1).is(Type.PERCENT)
            && !(tokens.get(i - 1).is(Type.WORD) && tokens.get(i - 1).end() == t.start()));
  }

  /** Reads the quantity at {@code i} (a number, or a sign and a number). */
  private Quantity quantity(int i, int to, boolean rank) {
    Quantity q = new Quantity();
    boolean negative = false;
    q.at = tokens.get(i).start();
    if (!tokens.get(i).is(Type.NUMBER)) {
      negative = tokens.get(i).is(Type.DASH);
      i++;
    }
    Token token = tokens.get(i);
    q.value = number(token);
    q.ambiguous = NumberText.isAmbiguous(token.text(), language);
    if (negative) {
      q.value = q.value.negate();
    }
    i++;
    int[] next = {i};
    int power = magnitudes(next, to);
    if (power > 0) {
      q.power = power;
      q.value = q.value.movePointRight(power);
      // Before a magnitude word a lone comma is a decimal comma ("1,488 triệu"): not in doubt.
      q.ambiguous = q.ambiguous && token.text().indexOf(',') < 0;
      i = next[0];
      // "1 tỷ 200 triệu đồng", "1 triệu 500 nghìn lượt": a smaller magnitude's count adds to the number.
      int last = token.text().chars().allMatch(Character::isDigit) ? power : 0;
      while (i + 1 < to && tokens.get(i).is(Type.NUMBER) && tokens.get(i).text().chars().allMatch(Character::isDigit)
          && tokens.get(i).text().length() <= 3 && tokens.get(i + 1).is(Type.WORD)) {
        int[] after = {i + 1};
        int smaller = magnitudes(after, to);
        if (smaller <= 0 || smaller >= last || new BigDecimal(tokens.get(i).text()).movePointRight(smaller)
            .compareTo(BigDecimal.ONE.movePointRight(last)) >= 0) {
          break;
        }
        q.value = q.value.add(new BigDecimal(tokens.get(i).text()).movePointRight(smaller));
        last = smaller;
        i = after[0];
      }
    }
    if (i < to && tokens.get(i).is(Type.PERCENT)) {
      q.percent = true;
      i++;
    } else if (i + 1 < to && tokens.get(i).isWord("điểm") && tokens.get(i + 1).is(Type.PERCENT)) {
      // Percentage points: "tăng 1,2 điểm %".
      q.percent = true;
      i += 2;
    } else if (i < to && match(i, to).has(Role.PERCENT_WORD)) {
      q.percent = true;
      i += match(i, to).length();
    }
    otherPeriod(i, to);
    if (i < to && tokens.get(i).is(Type.SLASH) && tokens.get(i).start() == tokens.get(i - 1).end()
        && (i + 1 >= to || !tokens.get(i + 1).is(Type.NUMBER) && !tokens.get(i + 1).is(Type.WORD))) {
      throw fail(tokens.get(i).end(), "expected a number after '/'");
    }
    if (i + 1 < to && tokens.get(i).is(Type.SLASH)) {
      Token after = tokens.get(i + 1);
      if (after.isWord("năm") || after.isWord("year") || after.isWord("yr")) {
        q.perYear = true;
        i += 2;
      } else if (after.is(Type.NUMBER)) {
        q.secondAt = after.start();
        q.second = number(after);
        i += 2;
        next[0] = i;
        int p = magnitudes(next, to);
        if (p > 0) {
          q.second = q.second.movePointRight(p);
          i = next[0];
        }
        Match population = match(i, to);
        if (!rank && population.has(Role.POPULATION) && isRateBase(q.second)) {
          q.per = q.second;
          q.base = slice(i, i + population.length());
          q.second = null;
          i += population.length();
        }
      }
    }
    if (q.second != null && q.value.scale() <= 0 && q.second.scale() <= 0) {
      // Parts are whole numbers, so a lone '.' in them can only separate thousands ("14.186/71.231").
      q.ambiguous = false;
    }
    if (rank && q.second != null) {
      q.field = whole(q.second, q.secondAt);
      q.second = null;
    }
    if (language == Language.EN && !rank && !q.percent && q.second == null && i + 1 < to && match(i, to).has(Role.FIELD)
        && tokens.get(i + match(i, to).length()).is(Type.NUMBER)) {
      // "18 of 25 tasks": parts, as "18/25".
      Token after = tokens.get(i + match(i, to).length());
      q.secondAt = after.start();
      q.second = number(after);
      i += match(i, to).length() + 1;
    }
    i = unit(q, i, to);
    otherPeriod(i, to);
    if (!rank && q.per == null && q.second == null) {
      Base base = rateBase(i, to, true);
      if (base != null) {
        q.per = base.per;
        q.base = base.counts;
        i = base.end;
      }
    }
    if (rank && q.field == null && i < to) {
      Match field = match(i, to);
      if ((field.has(Role.FIELD) || field.has(Role.PER)) && i + field.length() < to
          && tokens.get(i + field.length()).is(Type.NUMBER)) {
        Token f = tokens.get(i + field.length());
        q.field = whole(number(f), f.start());
        i += field.length() + 1;
        while (i < to && tokens.get(i).is(Type.WORD) && match(i, to).length() == 0) {
          i++;
        }
      }
    }
    if (i < to && match(i, to).has(Role.PER_YEAR)) {
      q.perYear = true;
      i += match(i, to).length();
      if (q.unit == null && !rank) {
        i = unit(q, i, to);
      }
    }
    q.end = i;
    return q;
  }

  /** Refuses a rate per quarter, month or week at {@code i} ("5%/quý", "1 lần/tháng", "per quarter"). */
  private void otherPeriod(int i, int to) {
    if (i < to && match(i, to).has(Role.PER_OTHER_PERIOD)) {
      throw fail(tokens.get(i).start(), "a rate per quarter, month or week: only a rate per year can be expressed");
    }
  }

  /**
   * Refuses a count done every quarter, month or week, named before the number ("Hằng quý tổ chức 01
   * đợt", "mỗi tháng 2 lần"): a rate the model cannot express. A share that follows ("báo cáo hằng
   * tháng đúng hạn đạt 100%") is a share of such reports, not a rate, and is read.
   */
  private void countPerOtherPeriod(Token word, String words, int next, int to) {
    int number = nextNumber[Math.min(next, to)];
    if (number < to && !(number + 1 < to && tokens.get(number + 1).is(Type.PERCENT))) {
      throw fail(word.start(), "a count per quarter, month or week ('" + words
          + "'): only a rate per year can be expressed");
    }
  }

  /** A rate's base: "/1.000 dân" is per 1000 of "dân"; {@code end} is the token after it. */
  private record Base(BigDecimal per, String counts, int end) {}

  /**
   * The rate's base at {@code i}, or null: '/' (or, after the number, "trên", "mỗi", "per") and a
   * power of ten from 100 written as a number, "một", or a magnitude word alone, then what it counts:
   * "/1.000 dân", "trên một vạn dân", "/vạn dân", "per 10,000 people".
   */
  private Base rateBase(int i, int to, boolean afterNumber) {
    if (i >= to) {
      return null;
    }
    int width = tokens.get(i).is(Type.SLASH) ? 1 : afterNumber && match(i, to).has(Role.PER) ? match(i, to).length() : 0;
    int j = i + width;
    if (width == 0 || j >= to) {
      return null;
    }
    BigDecimal base;
    if (match(j, to).has(Role.ONE)) {
      base = BigDecimal.ONE;
      j++;
    } else if (tokens.get(j).is(Type.NUMBER)) {
      base = number(tokens.get(j));
      j++;
    } else if (tokens.get(j).is(Type.WORD) && Words.magnitude(tokens.get(j).lower()) > 0) {
      base = BigDecimal.ONE;
    } else {
      return null;
    }
    int[] next = {j};
    base = base.movePointRight(magnitudes(next, to));
    j = next[0];
    Match population = j < to ? match(j, to) : Words.NONE;
    if (!population.has(Role.POPULATION) || !afterNumber && !isRateBase(base)) {
      return null;
    }
    return new Base(base, slice(j, j + population.length()), j + population.length());
  }

  /**
   * Reads the unit after a number into {@code q}: words that are not known words, up to punctuation;
   * a unit per head ("đồng/người") keeps its "/người".
   */
  private int unit(Quantity q, int i, int to) {
    int unitStart = i;
    while (i < to && (tokens.get(i).is(Type.WORD) || i > unitStart && perHead(i, to))) {
      if (tokens.get(i).is(Type.SLASH)) {
        i += 1 + match(i + 1, to).length();
        continue;
      }
      Match m = match(i, to);
      boolean timeUnit = m.roles().equals(EnumSet.of(Role.YEAR_LEAD)) && i == unitStart
          && (i + m.length() >= to || !tokens.get(i + m.length()).is(Type.NUMBER));
      if (m.roles().equals(EnumSet.of(Role.POPULATION)) || timeUnit) {
        i += m.length();
        continue;
      }
      if (m.length() > 0 && !(m.has(Role.AND) && i + 1 < to && tokens.get(i + 1).is(Type.WORD)
          && match(i + 1, to).length() == 0 && i > unitStart)) {
        break;
      }
      i++;
    }
    if (i > unitStart && q.unit == null) {
      q.unit = slice(unitStart, i);
    }
    return i;
  }

  /** Whether '/' and a population word without a number are at {@code i}: "đồng/người/năm". */
  private boolean perHead(int i, int to) {
    return tokens.get(i).is(Type.SLASH) && i + 1 < to && tokens.get(i + 1).is(Type.WORD)
        && match(i + 1, to).has(Role.POPULATION);
  }

  /**
   * Whether "n/b dân" is a rate per b people rather than n of b: b is a power of ten from 100
   * ("1,2/1.000 dân", "85 thuê bao/100 hộ"); "18/25 doanh nghiệp" are parts.
   */
  private static boolean isRateBase(BigDecimal base) {
    BigDecimal stripped = base.stripTrailingZeros();
    return stripped.unscaledValue().equals(java.math.BigInteger.ONE) && stripped.scale() <= -2;
  }

  /** Consumes magnitude words ("triệu", "nghìn tỷ") from {@code next[0]}; their total power or 0. */
  private int magnitudes(int[] next, int to) {
    int power = 0;
    while (next[0] < to && tokens.get(next[0]).is(Type.WORD)) {
      int p = Words.magnitude(tokens.get(next[0]).lower());
      if (p < 0) {
        break;
      }
      power += p;
      next[0]++;
    }
    return power;
  }

  /** A rank's place (a whole number from 1) in its field (at least the place), where the phrase gives one. */
  private Reading.Rank place(Quantity q) {
    long place;
    try {
      place = q.value.longValueExact();
    } catch (ArithmeticException e) {
      throw fail(q.at, "a place in a ranking is a whole number, but got " + q.value.toPlainString());
    }
    if (place < 1) {
      throw fail(q.at, "a place in a ranking is from 1, but got " + place);
    }
    if (q.field == null) {
      return Reading.rank(place);
    }
    if (q.field < place) {
      throw fail(q.at, "place " + place + " is beyond the field of " + q.field);
    }
    return Reading.rank(place, q.field);
  }

  private long whole(BigDecimal value, int at) {
    try {
      long v = value.longValueExact();
      if (v < 0) {
        throw fail(at, "expected a count from 0, but got " + value.toPlainString());
      }
      return v;
    } catch (ArithmeticException e) {
      throw fail(at, "parts must be whole numbers, but got " + value.toPlainString());
    }
  }

  private String slice(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /**
   * Whether the number token at {@code i} is a year, a date or a reference rather than a value;
   * returns the index after it, or -1 when it is a value. Years go to {@code years}.
   */
  private int notAValue(int i, int to, List<Integer> years) {
    Token t = tokens.get(i);
    if (!t.is(Type.NUMBER)) {
      return -1;
    }
    Token before = i > 0 ? tokens.get(i - 1) : null;
    Set<Role> prior = before != null && before.is(Type.WORD) ? wordRolesEndingAt(i) : EnumSet.noneOf(Role.class);
    boolean integer = t.text().chars().allMatch(c -> c >= '0' && c <= '9');
    // A date: d/m/yyyy, m/yyyy, quý IV/2022.
    if (integer && i + 2 < to && tokens.get(i + 1).is(Type.SLASH) && tokens.get(i + 2).is(Type.NUMBER)
        && tokens.get(i + 1).start() == t.end() && isYear(tokens.get(i + 2)) && (prior.contains(Role.YEAR_LEAD) || Integer.parseInt(t.text()) <= 12 && t.text().length() <= 2 && !followsValueWord(i))) {
      years.add(Integer.parseInt(tokens.get(i + 2).text()));
      return i + 3;
    }
    if (integer && i + 4 < to && tokens.get(i + 1).is(Type.SLASH) && tokens.get(i + 2).is(Type.NUMBER)
        && tokens.get(i + 3).is(Type.SLASH) && tokens.get(i + 4).is(Type.NUMBER) && isYear(tokens.get(i + 4))) {
      years.add(Integer.parseInt(tokens.get(i + 4).text()));
      return i + 5;
    }
    // The year of a quarter or month: "quý III/2024", "tháng 6/2024".
    if (isYear(t) && before != null && before.is(Type.SLASH) && i >= 2 && tokens.get(i - 2).is(Type.WORD)
        && (tokens.get(i - 2).text().matches("[IVX]{1,4}") || wordRolesEndingAt(i - 1).contains(Role.YEAR_LEAD))) {
      years.add(Integer.parseInt(t.text()));
      return i + 1;
    }
    // A reference: "749/QĐ-TTg", "số 06", "Quyết định 749", "4.0"; with the document's date, which
    // is neither a value nor a year of the phrase ("06/QĐ-TTg ngày 06/01/2022").
    if (i + 2 < to && tokens.get(i + 1).is(Type.SLASH) && tokens.get(i + 2).is(Type.WORD)
        && Character.isUpperCase(tokens.get(i + 2).text().charAt(0)) && !match(i + 2, to).has(Role.POPULATION)) {
      return documentDate(i + 3, to);
    }
    if (prior.contains(Role.REFERENCE_LEAD) && (i + 1 >= to || !tokens.get(i + 1).is(Type.PERCENT))) {
      return documentDate(i + 1, to);
    }
    // A count of months that names a period: "6 tháng đầu năm 2024", "9 tháng năm 2024".
    if (integer && i + 2 < to && tokens.get(i + 1).isWord("tháng")) {
      Token after = tokens.get(i + 2);
      if (after.isWord("đầu") || after.isWord("cuối")) {
        return i + 3;
      }
      if (after.isWord("năm") && i + 3 < to && isYear(tokens.get(i + 3))) {
        return i + 2;
      }
      // "CPI bình quân 9 tháng tăng 3,27%": months before the value's own words and number.
      int months = Integer.parseInt(t.text().length() > 2 ? "99" : t.text());
      if (months >= 1 && months <= 12 && (after.is(Type.COMMA) || after.is(Type.WORD)
          && !java.util.Collections.disjoint(match(i + 2, to).roles(), PERIOD_THEN)) && numberAfter(i + 2 + (after.is(Type.COMMA) ? 1 : 0), to) >= 0) {
        return i + 2;
      }
    }
    // An age that describes who is counted: "từ 15 tuổi trở lên".
    if (integer && i + 1 < to && match(i + 1, to).has(Role.AGE)) {
      int end = i + 1 + match(i + 1, to).length();
      if (end < to && match(end, to).has(Role.OR_MORE) || end < to && match(end, to).has(Role.OR_LESS)) {
        end += match(end, to).length();
      }
      return end;
    }
    if (integer && isYear(t) && sinceThen(i + 1, to)) {
      // "sổ hộ tịch từ năm 1945 đến nay": the records counted go back to that year; it is not the phrase's.
      return i + 1;
    }
    if (integer && isYear(t) && (i + 1 >= to || !tokens.get(i + 1).is(Type.PERCENT) && !tokens.get(i + 1).is(Type.SLASH))) {
      // A year before a colon labels what follows ("2025: 70%"); a year glued by a hyphen to a word
      // is one ("end-2025").
      boolean lead = prior.contains(Role.YEAR_LEAD) || prior.contains(Role.AGAINST)
          || i + 1 < to && tokens.get(i + 1).is(Type.COLON)
          || before != null && before.is(Type.DASH) && before.end() == t.start() && i >= 2
              && tokens.get(i - 2).is(Type.WORD) && tokens.get(i - 2).end() == before.start();
      boolean alone = before != null && before.is(Type.OPEN) && (i + 1 >= to || tokens.get(i + 1).is(Type.CLOSE));
      boolean range = before != null && before.is(Type.DASH) && i >= 2 && isYear(tokens.get(i - 2));
      boolean rangeStart = i + 2 < to && tokens.get(i + 1).is(Type.DASH) && isYear(tokens.get(i + 2));
      if (rangeStart) {
        years.add(Integer.parseInt(t.text()));
        years.add(Integer.parseInt(tokens.get(i + 2).text()));
        return i + 3;
      }
      if (lead || alone || range) {
        years.add(Integer.parseInt(t.text()));
        return i + 1;
      }
    }
    return -1;
  }

  /** The words that name a share before its value ("Tỷ lệ hồ sơ trễ hạn"). */
  private static final Set<String> SHARE_NAMES = Set.of("tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng");

  /** Whether {@code unit} counts places in a ranking ("bậc", "places"): an amount of change, not a level. */
  private static boolean places(String unit) {
    return unit != null && (unit.equals("bậc") || unit.startsWith("bậc ") || unit.equals("places") || unit.startsWith("places "));
  }

  /** Whether "đến nay", "tới nay", "đến hiện nay" or "to date" starts at {@code i}: a span up to now. */
  private boolean sinceThen(int i, int to) {
    if (i + 1 < to && (tokens.get(i).isWord("đến") || tokens.get(i).isWord("tới"))) {
      return tokens.get(i + 1).isWord("nay")
          || i + 2 < to && tokens.get(i + 1).isWord("hiện") && tokens.get(i + 2).isWord("nay");
    }
    return i + 1 < to && tokens.get(i).isWord("to") && tokens.get(i + 1).isWord("date");
  }

  /** Words after which a count of months ("9 tháng") names the period of the value that follows. */
  private static final EnumSet<Role> PERIOD_THEN = EnumSet.of(Role.LEAD, Role.INCREASE, Role.DECREASE, Role.ESTIMATED,
      Role.APPROXIMATE, Role.AT_LEAST, Role.ABOVE, Role.AT_MOST, Role.BELOW);

  private boolean followsValueWord(int i) {
    return false;
  }

  /** The index after a document's date at {@code i} ("ngày 15/6/2022"), or {@code i} when there is none. */
  private int documentDate(int i, int to) {
    if (i + 5 < to && tokens.get(i).isWord("ngày") && tokens.get(i + 1).is(Type.NUMBER)
        && tokens.get(i + 2).is(Type.SLASH) && tokens.get(i + 3).is(Type.NUMBER) && tokens.get(i + 4).is(Type.SLASH)
        && isYear(tokens.get(i + 5))) {
      return i + 6;
    }
    return i;
  }

  private static boolean isYear(Token t) {
    if (!t.is(Type.NUMBER) || t.text().length() != 4 || !t.text().chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int y = Integer.parseInt(t.text());
    return y >= 1900 && y <= 2100;
  }

  /** The roles of the longest known word group that ends just before token {@code i}. */
  private Set<Role> wordRolesEndingAt(int i) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    StringBuilder key = new StringBuilder();
    for (int k = 1; k <= 4 && i - k >= 0 && tokens.get(i - k).is(Type.WORD); k++) {
      key.insert(0, tokens.get(i - k).lower() + (k > 1 ? " " : ""));
      roles.addAll(Words.roles(key.toString()));
    }
    return roles;
  }

  private int closing(int open, int to) {
    int close = partner[open];
    if (close < 0 || close >= to) {
      throw fail(tokens.get(open).start(), "the parenthesis is not closed");
    }
    return close;
  }

  /** Tokens a reference that names a period may span: "từ ngày 01/10/2022 đến ngày 31/10/2022". */
  private static final int MAX_PERIOD_TOKENS = 16;

  /**
   * The end of a reference from {@code from} to the clause's end (a comma, a full stop, a
   * parenthesis or "và") that names a period only ("quý I/2024", "ngày 31/12/2023", "6 tháng đầu năm
   * 2024"; {@link Changes#period}), adding its years to {@code years}; -1 if it names none.
   */
  private int periodReferenceEnd(int from, int to, List<Integer> years) {
    int end = from;
    while (end < to && end - from < MAX_PERIOD_TOKENS && !tokens.get(end).is(Type.COMMA) && !tokens.get(end).is(Type.STOP)
        && !tokens.get(end).is(Type.OPEN) && !match(end, to).has(Role.AND)) {
      end++;
    }
    if (end == from || end - from >= MAX_PERIOD_TOKENS || !hasNumber(from, end)) {
      return -1;
    }
    Optional<Period> period = Changes.period(slice(from, end));
    if (period.isEmpty()) {
      return -1;
    }
    years.add(period.get().start().getYear());
    if (period.get().end().getYear() != period.get().start().getYear()) {
      years.add(period.get().end().getYear());
    }
    return end;
  }

  private boolean hasNumber(int from, int to) {
    return from < to && nextNumber[Math.min(from, tokens.size())] < to;
  }

  private static String join(List<String> words) {
    return String.join(" ", words);
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  private ResultPhrase result(int from, int to, String original) {
    EnumSet<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
    List<String> note = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    PhraseForm form = rankColumn && original != null ? PhraseForm.RANK : PhraseForm.LEVEL;
    boolean rank = rankColumn && original != null;
    boolean within = false;
    boolean level = false;
    TextStatus status = null;
    // The change word a "lên"/"xuống" turned into a level ("tụt xuống còn …"), kept in case places follow.
    PhraseForm changed = null;
    // Whether a share's name ("tỷ lệ …") was read before the value: its status words name what is counted.
    boolean shareNamed = false;
    String rating = null;
    String reference = null;
    Quantity main = null;
    long[] shareParts = null;
    int partsAt = 0;
    BigDecimal share = null;
    Threshold stated = null;
    ResultPhrase secondary = null;
    Base pendingBase = null;
    boolean falling = false;
    int percentWordAt = -1;
    // The token of "dẫn đầu" before any value, whether a group word without a size, a multiple ("gấp"), the
    // first qualifier and the first word no list knows (-1: none).
    int leadingAt = -1;
    boolean group = false;
    int multipleAt = -1;
    int qualifierAt = -1;
    int unknownAt = -1;
    boolean nothingToReport = false;
    int i = from;
    while (i < to) {
      Token t = tokens.get(i);
      if (t.is(Type.OPEN)) {
        int close = closing(i, to);
        if (!hasNumber(i + 1, close)) {
          addWords(note, i + 1, close);
          // Words in parentheses still say how things stand and how the figure was got:
          // "Đang triển khai (chậm so với kế hoạch)" is overdue, "75% (ước)" an estimate.
          for (int k = i + 1; k < close; ) {
            Match inner = match(k, close);
            Set<Role> roles = inner.length() > 0 ? inner.roles() : Set.of();
            if (roles.contains(Role.OVERDUE)) {
              status = TextStatus.OVERDUE;
            } else if (roles.contains(Role.ESTIMATED) && main != null) {
              qualifiers.add(Qualifier.ESTIMATED);
            }
            k += Math.max(1, inner.length());
          }
        } else {
          Match lead = match(i + 1, close);
          List<Integer> innerYears = new ArrayList<>();
          int afterYear = tokens.get(i + 1).is(Type.NUMBER) ? notAValue(i + 1, close, innerYears) : -1;
          if (lead.has(Role.TARGET_LEAD)) {
            stated = target(i + 1 + lead.length(), close, null).threshold();
          } else if (lead.has(Role.YEAR_LEAD) && i + 1 + lead.length() < close && notAValue(i + 1 + lead.length(), close, innerYears) == close) {
            years.addAll(innerYears);
          } else if (afterYear == close) {
            years.addAll(innerYears);
          } else if (isNumberAt(skipLeads(i + 1, close), close) && (main != null || singleQuantity(skipLeads(i + 1, close), close))) {
            Quantity inner = quantity(skipLeads(i + 1, close), close, rank);
            if (!hasNumber(inner.end, close)) {
              // Words after the parts or the share: "(25/25 sở, ban, ngành)", "(80% complete)".
              addWords(note, inner.end, close);
            }
            if (main == null) {
              main = withBase(inner, pendingBase);
              i = close + 1;
              continue;
            }
            if (hasNumber(inner.end, close)) {
              ResultPhrase nested = result(i + 1, close, null);
              secondary = nested;
            } else if (inner.second != null && main.percent && main.second == null) {
              shareParts = new long[] {whole(inner.value, inner.at), whole(inner.second, inner.at)};
              partsAt = inner.at;
              if (main.unit == null) {
                main.unit = inner.unit;
              }
              share = main.value;
            } else if (inner.percent && inner.second == null && main.second != null && !main.percent) {
              share = inner.value;
            } else {
              throw fail(inner.at, "a number in parentheses that is neither the parts, the share, a target nor a year");
            }
          } else {
            ResultPhrase nested = result(i + 1, close, null);
            if (main == null || secondary != null) {
              throw fail(tokens.get(i + 1).start(), "a number in parentheses before the result's own number");
            }
            secondary = nested;
          }
        }
        i = close + 1;
        continue;
      }
      if (isNumberAt(i, to)) {
        int known = years.size();
        int after = notAValue(i, to, years);
        if (after >= 0) {
          if (years.size() == known || after - i > 1) {
            note.add(slice(i, after));
          }
          i = after;
          continue;
        }
        if (main != null) {
          // The share after the parts: "Hoàn thành 23/25 nhiệm vụ, đạt 92%".
          Quantity later = main.second != null && !main.percent && share == null && shareParts == null ? quantity(i, to, rank) : null;
          if (later == null || !later.percent || later.second != null || later.per != null || later.perYear) {
            throw fail(tokens.get(i).start(), "a second number; cannot tell which one is the result");
          }
          share = later.value;
          i = later.end;
          continue;
        }
        leadBeforeValue(leadingAt, i);
        main = withBase(quantity(i, to, rank), pendingBase);
        i = main.end;
        if (level && changed != null && places(main.unit)) {
          // "Nâng hạng … lên 10 bậc": places are counted by the change, never a level.
          form = changed;
          falling = changed == PhraseForm.DECREASE;
          level = false;
          qualifiers.remove(Qualifier.LESS_THAN);
        }
        continue;
      }
      if (t.is(Type.PERCENT)) {
        throw fail(t.start(), "a '%' without a number");
      }
      if (t.is(Type.SLASH) && main == null && rateBase(i, to, false) != null) {
        pendingBase = rateBase(i, to, false);
        i = pendingBase.end;
        continue;
      }
      if (t.is(Type.SYMBOL)) {
        qualifiers.add(t.text().startsWith(">") || t.text().equals("\u2265") ? Qualifier.MORE_THAN : Qualifier.LESS_THAN);
        i++;
        continue;
      }
      if (!t.is(Type.WORD)) {
        i++;
        continue;
      }
      Match m = match(i, to);
      if (m.length() == 0) {
        if (unknownAt < 0 && !NOT_AVAILABLE_LETTERS.contains(t.lower())) {
          unknownAt = t.start();
        }
        note.add(t.text());
        i++;
        continue;
      }
      Set<Role> r = m.roles();
      int next = i + m.length();
      if (main == null && !shareNamed && r.contains(Role.LEAD) && SHARE_NAMES.contains(slice(i, next).toLowerCase(java.util.Locale.ROOT))) {
        shareNamed = true;
      }
      if (r.contains(Role.PLAIN) || r.contains(Role.NOT_APPLICABLE)) {
        nothingToReport = nothingToReport || r.contains(Role.NOT_APPLICABLE);
        note.add(slice(i, next));
        i = next;
        continue;
      }
      if (r.contains(Role.LEADING)) {
        if (main == null) {
          leadingAt = leading(group, i, leadingAt);
        }
        note.add(slice(i, next));
        i = next;
        continue;
      }
      if (r.contains(Role.TOP) && !placeFollows(next, to)) {
        group = true;
      }
      if (main != null && r.contains(Role.OF_WHICH) && hasNumber(next, to)) {
        // ", trong đó cấp tỉnh 52,1%": a part of the result, as "(trong đó …)" is.
        if (secondary != null) {
          throw fail(tokens.get(nextNumber[next]).start(), "a part after a further clause; cannot tell which one is the result");
        }
        secondary = result(next, to, null);
        break;
      }
      if (main != null && (r.contains(Role.INCREASE) || r.contains(Role.DECREASE)) && hasNumber(next, to)) {
        secondary = result(i, to, null);
        if (secondary.form() != PhraseForm.INCREASE && secondary.form() != PhraseForm.DECREASE) {
          // "Có thêm 12 xã …, nâng tổng số lên 98 xã": the level is the second number, not a change.
          throw fail(tokens.get(nextNumber[next]).start(), "a second number that is a level, not a change; cannot tell which one is the result");
        }
        break;
      }
      if (r.contains(Role.AGAINST)) {
        int period = periodReferenceEnd(next, to, years);
        if (period > 0) {
          reference = slice(next, period);
          i = period;
          continue;
        }
        int end = next;
        while (end < to && !tokens.get(end).is(Type.COMMA) && !tokens.get(end).is(Type.STOP) && !tokens.get(end).is(Type.OPEN)) {
          if (isNumberAt(end, to) && notAValue(end, to, new ArrayList<>()) < 0) {
            break;
          }
          end++;
        }
        String words = next < end ? slice(next, end) : m.length() > 1 ? slice(i + 1, next) : "";
        for (int j = next; j < end; j++) {
          if (tokens.get(j).is(Type.NUMBER)) {
            notAValue(j, end, years);
          }
        }
        reference = words.isEmpty() ? slice(i, next) : words;
        i = end;
        continue;
      }
      if ((r.contains(Role.RANK) || r.contains(Role.TOP)) && placeFollows(next, to)) {
        rank = true;
        within = within || r.contains(Role.TOP) && !r.contains(Role.RANK);
        form = PhraseForm.RANK;
        if (next < to && tokens.get(next).is(Type.WORD) && Words.ordinal(tokens.get(next).lower()) > 0 && main == null) {
          main = ordinal(next);
          i = next + 1;
        } else {
          i = next;
        }
        continue;
      }
      if (main == null && (r.contains(Role.INCREASE) || r.contains(Role.DECREASE))) {
        Match after = levelWordAhead(next, to);
        if (after != null) {
          level = true;
          changed = r.contains(Role.INCREASE) ? PhraseForm.INCREASE : PhraseForm.DECREASE;
          i = next + after.length();
          if (after.length() > 1 && after.roles().contains(Role.DOWN_TO) && below(slice(next, next + after.length()))) {
            qualifiers.add(Qualifier.LESS_THAN);
          }
          continue;
        }
        if (changeFollows(i, next, from, to)) {
          form = r.contains(Role.INCREASE) ? PhraseForm.INCREASE : PhraseForm.DECREASE;
          falling = r.contains(Role.DECREASE);
          if (r.contains(Role.MULTIPLE)) {
            multipleAt = t.start();
          }
          i = next;
          continue;
        }
      }
      if (main == null && levelAfterChange(r) && (form == PhraseForm.INCREASE || form == PhraseForm.DECREASE)
          && valueFollows(next, to)) {
        // "giảm tỷ lệ hộ nghèo … xuống còn 2,8%": a level.
        changed = form;
        form = PhraseForm.LEVEL;
        falling = false;
        level = true;
      }
      if (qualifierAt < 0 && (r.contains(Role.APPROXIMATE) || r.contains(Role.ESTIMATED) || r.contains(Role.EXPECTED)
          || r.contains(Role.ASPIRATIONAL) || main == null && r.contains(Role.LESS_THAN_RESULT))) {
        qualifierAt = t.start();
      }
      if (main == null && r.contains(Role.LESS_THAN_RESULT)) {
        qualifiers.add(Qualifier.LESS_THAN);
      } else if (r.contains(Role.APPROXIMATE)) {
        qualifiers.add(Qualifier.APPROXIMATE);
      } else if (r.contains(Role.ESTIMATED)) {
        qualifiers.add(Qualifier.ESTIMATED);
      } else if (r.contains(Role.EXPECTED)) {
        qualifiers.add(Qualifier.EXPECTED);
      } else if (r.contains(Role.ASPIRATIONAL)) {
        qualifiers.add(Qualifier.ASPIRATIONAL);
      } else if (main == null && (r.contains(Role.ABOVE) || r.contains(Role.AT_LEAST)) && valueFollows(next, to)) {
        // Only before a value: "trên 15 tuổi" says who is counted, not how much.
        qualifiers.add(Qualifier.MORE_THAN);
      } else if (main == null && (r.contains(Role.BELOW) || r.contains(Role.AT_MOST)) && valueFollows(next, to)) {
        qualifiers.add(Qualifier.LESS_THAN);
      } else if (main != null && i != main.end && r.contains(Role.TARGET_LEAD) && next < to && tokens.get(next).is(Type.OPEN)
          && hasNumber(next + 1, closing(next, to))) {
        // "thấp hơn mục tiêu đề ra (70%)"
        int close = closing(next, to);
        stated = target(next + 1, close, null).threshold();
        next = close + 1;
      } else if (main != null && i != main.end && r.contains(Role.TARGET_LEAD) && numberFollows(next, to)) {
        int end = next;
        while (end < to && !tokens.get(end).is(Type.STOP) && !tokens.get(end).is(Type.OPEN)) {
          end++;
        }
        stated = target(next, end, null).threshold();
        next = end;
      } else if (main != null && (r.contains(Role.OR_MORE) || r.contains(Role.OR_LESS)) && rank) {
        throw fail(t.start(), "a place with '" + slice(i, next) + "' is a bound on places, not a result");
      } else if (main != null && r.contains(Role.OR_MORE)) {
        qualifiers.add(Qualifier.MORE_THAN);
      } else if (main != null && r.contains(Role.OR_LESS)) {
        qualifiers.add(Qualifier.LESS_THAN);
      } else if (r.contains(Role.PER_YEAR)) {
        form = PhraseForm.PER_YEAR;
      } else if (r.contains(Role.PER_OTHER_PERIOD) && main == null) {
        countPerOtherPeriod(t, slice(i, next), next, to);
        note.add(slice(i, next));
      } else if (r.contains(Role.RATED)) {
        while (next < to && match(next, to).has(Role.RATED)) {
          next += match(next, to).length();
        }
        if (next < to && tokens.get(next).is(Type.COLON)) {
          // "Xếp loại: Tốt"
          next++;
        }
        int end = next;
        while (end < to && tokens.get(end).is(Type.WORD)) {
          end++;
        }
        if (end > next) {
          rating = slice(next, end);
          status = TextStatus.RATED;
          next = end;
        }
      } else if (main == null && shareNamed && hasNumber(next, to) && (r.contains(Role.OVERDUE) || r.contains(Role.NOT_STARTED)
          || r.contains(Role.IN_PROGRESS) || r.contains(Role.DONE) && !r.contains(Role.LEAD))) {
        // "Tỷ lệ hồ sơ trễ hạn 1,2%", "Tỷ lệ hoàn thành 80%": the share's name, not how things stand.
        note.add(slice(i, next));
      } else if (r.contains(Role.OVERDUE)) {
        if (main == null && next + 1 < to && tokens.get(next).is(Type.NUMBER) && tokens.get(next + 1).is(Type.WORD)
            && DURATIONS.contains(tokens.get(next + 1).lower())) {
          // "Quá hạn 15 ngày": the delay, not the result.
          throw fail(tokens.get(next).start(), "a delay ('" + slice(i, next + 2) + "') is not a result");
        }
        status = TextStatus.OVERDUE;
      } else if (r.contains(Role.NOT_STARTED)) {
        // "chưa" after "đang" qualifies what is under way ("Đang số hóa, chưa đồng bộ"): the first of the two says it.
        status = status == TextStatus.OVERDUE || status == TextStatus.IN_PROGRESS ? status : TextStatus.NOT_STARTED;
      } else if (r.contains(Role.IN_PROGRESS)) {
        status = status == null || status == TextStatus.COMPLETED ? TextStatus.IN_PROGRESS : status;
      } else if (r.contains(Role.DONE) && (main == null || !r.contains(Role.LEAD))) {
        if (status == null && (main != null || !r.contains(Role.LEAD) || !hasNumber(next, to))) {
          status = r.contains(Role.LEAD) && !hasNumber(next, to) && main == null ? TextStatus.COMPLETED
              : r.contains(Role.LEAD) ? null : TextStatus.COMPLETED;
        }
      } else if (r.contains(Role.LEAD) || r.contains(Role.AVERAGE) || r.contains(Role.YEAR_LEAD) || r.contains(Role.AND)
          || r.contains(Role.PERCENT_WORD) || r.contains(Role.POPULATION) || r.contains(Role.FIELD) || r.contains(Role.TO)
          || r.contains(Role.FROM) || r.contains(Role.TARGET_LEAD) || r.contains(Role.OF_WHICH) || r.contains(Role.PER)
          || r.contains(Role.REFERENCE_LEAD) || r.contains(Role.EQUAL) || r.contains(Role.DOWN_TO) || r.contains(Role.UP_TO)
          || r.contains(Role.BETWEEN) || r.contains(Role.ONE)) {
        // Words that frame the number without changing it.
        if (r.contains(Role.POPULATION) || r.contains(Role.REFERENCE_LEAD) || r.contains(Role.ONE)) {
          note.add(slice(i, next));
        }
        if (r.contains(Role.PERCENT_WORD) && percentWordAt < 0) {
          percentWordAt = t.start();
        }
      } else {
        note.add(slice(i, next));
      }
      i = next;
    }
    ImmutableResultPhrase.Builder phrase = ResultPhrase.builder().text(original == null ? slice(from, to) : original);
    if (leadingAt >= 0 && main == null) {
      // "Dẫn đầu cả nước": first place ("dẫn đầu với tỷ lệ 68,54%" is the share, the words its note).
      main = first(leadingAt);
      rank = true;
      form = PhraseForm.RANK;
    }
    if (multipleAt >= 0 && reference == null && (form == PhraseForm.INCREASE || form == PhraseForm.DECREASE)) {
      throw fail(multipleAt, "a multiple ('gấp … lần') without what it is a multiple of ('so với …')");
    }
    if (main == null) {
      if (percentWordAt >= 0) {
        // "đạt chín mươi phần trăm": a share in words is still a number.
        throw fail(percentWordAt, "a percentage without a number in digits");
      }
      if (qualifierAt >= 0) {
        // "about two thirds": a qualifier qualifies a number; a status has none.
        throw fail(qualifierAt, "a qualifier without a number in digits; a status has no qualifiers");
      }
      if (status == null && !nothingToReport) {
        // Any word but the letters of "N/A": "cuối năm" alone is not "not available" either.
        for (int k = from; k < to && unknownAt < 0; k++) {
          if (tokens.get(k).is(Type.WORD) && !NOT_AVAILABLE_LETTERS.contains(tokens.get(k).lower())) {
            unknownAt = tokens.get(k).start();
          }
        }
      }
      if (status == null && unknownAt >= 0 && !nothingToReport) {
        // "Tạm dừng thực hiện": not "not available", which would drop what the words say.
        throw fail(unknownAt, "words that name no status and no number");
      }
      phrase.form(PhraseForm.STATUS).status(status == null ? TextStatus.NOT_AVAILABLE : status);
    } else {
      if (within) {
        qualifiers.add(Qualifier.WITHIN);
      }
      if (main.ambiguous) {
        qualifiers.add(Qualifier.AMBIGUOUS_NUMBER);
      }
      Reading reading;
      // A change of rank ("xếp hạng tăng 5 bậc", "tăng 5 bậc" in a rank column) is a change, not a place.
      boolean change = form == PhraseForm.INCREASE || form == PhraseForm.DECREASE;
      if (rank && change && main.field != null) {
        throw fail(main.at, "a change of rank has no field of places");
      }
      rank = rank && !change;
      if (rank && (shareParts != null || main.second != null || main.per != null || main.percent)) {
        throw fail(main.at, "a place in a ranking is one whole number, not parts, a share or a rate");
      }
      if (shareParts != null) {
        if (shareParts[1] == 0) {
          throw fail(partsAt, "the denominator must be positive");
        }
        reading = Reading.fraction(shareParts[0], shareParts[1], share);
      } else if (main.second != null) {
        long n = whole(main.value, main.at);
        long d = whole(main.second, main.at);
        if (d == 0) {
          throw fail(main.at, "the denominator must be positive");
        }
        reading = share != null ? Reading.fraction(n, d, share) : Reading.fraction(n, d);
      } else if (rank) {
        reading = place(main);
      } else {
        reading = Reading.decimal(main.value);
      }
      if (main.per != null) {
        form = PhraseForm.PER_BASE;
        phrase.per(main.per);
        if (main.base != null) {
          phrase.base(main.base);
        }
      } else if (main.perYear && form != PhraseForm.RANK) {
        form = PhraseForm.PER_YEAR;
      }
      if (falling && form == PhraseForm.PER_YEAR) {
        throw fail(main.at, FALL_PER_YEAR);
      }
      if (rank) {
        form = PhraseForm.RANK;
        if (main.field != null) {
          phrase.rankField(main.field);
        }
      }
      phrase.form(form).reading(reading);
      // Whether a change is a percentage of its reference (TargetPhrase/ResultPhrase.relative).
      phrase.relative((form == PhraseForm.INCREASE || form == PhraseForm.DECREASE) && main.percent);
      if (status != null) {
        phrase.status(status);
      }
      if (main.unit != null) {
        phrase.unit(main.unit);
      }
    }
    if (rating != null) {
      phrase.rating(rating);
    }
    if (reference != null) {
      phrase.reference(reference);
    }
    if (stated != null) {
      phrase.statedTarget(stated);
    }
    if (secondary != null) {
      phrase.secondary(secondary);
    }
    if (!note.isEmpty()) {
      phrase.note(join(note));
    }
    if (rank && main != null && main.per != null) {
      throw fail(main.at, "a rank cannot also be a rate per " + main.base);
    }
    try {
      return phrase.qualifiers(qualifiers).years(years).build();
    } catch (InvalidValueException e) {
      throw fail(0, e.getMessage());
    }
  }

  /** Letters of "N/A" and "NA", which say nothing is available. */
  private static final Set<String> NOT_AVAILABLE_LETTERS = Set.of("n", "a", "na");

  /** Words of time after which a number is a delay ("quá hạn 15 ngày"). */
  private static final Set<String> DURATIONS = Set.of("ngày", "tháng", "tuần", "năm", "giờ", "day", "days", "week", "weeks",
      "month", "months", "year", "years", "hours");

  /**
   * Where "dẫn đầu" or "đứng đầu" stands before any value, first place unless a group word without
   * its size came before it ("thuộc nhóm dẫn đầu": which group?).
   */
  private int leading(boolean group, int word, int before) {
    if (group) {
      throw fail(tokens.get(word).start(), "a group of leaders without its size");
    }
    return before >= 0 ? before : word;
  }

  /**
   * After "dẫn đầu" the value is the phrase's only where a lead-in brings it ("dẫn đầu với tỷ lệ
   * 68,54%"); "Đứng đầu cả nước 3 năm liền" counts years at the top, so it is refused.
   */
  private void leadBeforeValue(int leading, int number) {
    if (leading >= 0 && (number == 0 || !tokens.get(number - 1).is(Type.WORD) || !wordRolesEndingAt(number).contains(Role.LEAD))) {
      throw fail(tokens.get(number).start(), "a number after 'dẫn đầu' that no lead-in ('với', 'đạt') brings: not the result");
    }
  }

  /** First place, read from the word token {@code word}. */
  private Quantity first(int word) {
    Quantity q = new Quantity();
    q.at = tokens.get(word).start();
    q.value = BigDecimal.ONE;
    q.end = word + 1;
    return q;
  }

  private static final String FALL_PER_YEAR =
      "a fall per year (\"giảm … %/năm\"): a rate per year is a rise; the fall cannot be expressed";

  /**
   * Whether the change word ("tăng", "giảm") at {@code word}, ending before {@code next}, states a
   * change: in English always; in Vietnamese when a value follows it ("tăng 12 bậc", "giảm ít nhất
   * 30%") or when it opens the clause as its verb ("Giảm tỷ lệ hộ nghèo 3%/năm"); otherwise it is
   * part of the indicator's name ("Tốc độ tăng trưởng GRDP", "nông thôn mới nâng cao").
   */
  private boolean changeFollows(int word, int next, int from, int to) {
    if (language == Language.EN || valueFollows(next, to) || word == from) {
      return true;
    }
    Token before = tokens.get(word - 1);
    return before.is(Type.COMMA) || before.is(Type.COLON) || before.is(Type.STOP) || before.is(Type.OPEN) || isYear(before)
        || before.is(Type.WORD) && !java.util.Collections.disjoint(wordRolesEndingAt(word), CLAUSE_OPENERS)
        || before.isWord("đã");
  }

  /** Words after which a change word is the clause's verb: "phấn đấu giảm", "mỗi năm tăng". */
  private static final EnumSet<Role> CLAUSE_OPENERS =
      EnumSet.of(Role.ASPIRATIONAL, Role.EXPECTED, Role.ESTIMATED, Role.PER_YEAR, Role.APPROXIMATE);

  private int skipLeads(int i, int to) {
    while (i < to && tokens.get(i).is(Type.WORD) && match(i, to).roles().contains(Role.LEAD)) {
      i += match(i, to).length();
    }
    return i;
  }

  private boolean singleQuantity(int i, int to) {
    return !hasNumber(quantity(i, to, false).end, to);
  }

  /** {@code q} with the rate's base written before its number ("Số bác sĩ/vạn dân đạt 12"), if any. */
  private Quantity withBase(Quantity q, Base base) {
    if (base != null) {
      if (q.per != null || q.second != null) {
        throw fail(q.at, "a rate per " + base.counts + " written before the number, and another after it");
      }
      q.per = base.per;
      q.base = base.counts;
    }
    return q;
  }

  private Quantity ordinal(int i) {
    Quantity q = new Quantity();
    q.at = tokens.get(i).start();
    q.value = BigDecimal.valueOf(Words.ordinal(tokens.get(i).lower()));
    q.end = i + 1;
    return q;
  }

  private void addWords(List<String> note, int from, int to) {
    if (from < to) {
      note.add(slice(from, to));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Targets

  /** One threshold of a target phrase while it is read. */
  private static final class Clause {
    int start = -1;
    int end;
    Comparator comparator;
    boolean explicit;
    boolean from;
    boolean between;
    Quantity lower;
    Quantity upper;
    int separatorAt;
    Integer year;
    PhraseForm form = PhraseForm.LEVEL;
    boolean level;
    boolean rank;
    boolean average;
    String reference;
    /** A fall was read ("giảm"): with a rate per year, a form the model cannot express. */
    boolean falling;
    /** The rate's base written before the number. */
    Base base;
    /** Where a comparator word was read (not a symbol, not "trở lên"), or -1. */
    int wordComparatorAt = -1;
    /** The token of "dẫn đầu" before the clause's number, or -1. */
    int leadingAt = -1;
    /** Where a multiple ("gấp") was read as the change, or -1. */
    int multipleAt = -1;
    /** The change a "lên"/"xuống" turned into a level, kept in case places follow; or null. */
    PhraseForm changed;
  }

  private TargetPhrase target(int from, int to, String original) {
    EnumSet<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
    List<String> note = new ArrayList<>();
    List<Clause> clauses = new ArrayList<>();
    Threshold ofWhich = null;
    Clause cur = new Clause();
    boolean group = false;
    // A "không" or "not" no word group holds, until the clause's number or punctuation.
    int negationAt = -1;
    int i = from;
    while (i < to) {
      Token t = tokens.get(i);
      if (cur.start < 0 && !t.is(Type.COMMA) && !t.is(Type.STOP)) {
        cur.start = i;
      }
      if (t.is(Type.OPEN)) {
        int close = closing(i, to);
        if (!hasNumber(i + 1, close)) {
          addWords(note, i + 1, close);
        } else {
          Match lead = match(i + 1, close);
          List<Integer> years = new ArrayList<>();
          int yearAt = lead.has(Role.YEAR_LEAD) ? i + 1 + lead.length() : i + 1;
          if (lead.has(Role.OF_WHICH)) {
            ofWhich = target(i + 1 + lead.length(), close, null).threshold();
          } else if (yearAt < close && notAValue(yearAt, close, years) == close && years.size() == 1) {
            if (cur.year != null && cur.lower == null) {
              throw fail(tokens.get(yearAt).start(), "a second year for one threshold");
            }
            if (cur.lower != null && cur.year != null) {
              throw fail(tokens.get(yearAt).start(), "a second year for one threshold");
            }
            cur.year = years.get(0);
          } else {
            throw fail(tokens.get(i + 1).start(), "a number in parentheses that is neither a year nor a part (\"trong đó\")");
          }
        }
        i = close + 1;
        cur.end = i;
        continue;
      }
      if (isNumberAt(i, to)) {
        List<Integer> years = new ArrayList<>();
        int after = notAValue(i, to, years);
        if (after >= 0) {
          if (years.isEmpty() || after - i > 1) {
            note.add(slice(i, after));
          }
          if (years.size() == 1 && !cur.rank) {
            if (cur.lower != null && cur.year != null) {
              clauses.add(cur);
              cur = new Clause();
              cur.start = i;
            }
            cur.year = years.get(0);
          }
          i = after;
          continue;
        }
        if (cur.lower != null) {
          clauses.add(cur);
          Clause previous = cur;
          cur = new Clause();
          cur.start = i;
          cur.form = previous.form;
        }
        leadBeforeValue(cur.leadingAt, i);
        cur.leadingAt = -1;
        negationAt = -1;
        Quantity q = withBase(quantity(i, to, cur.rank), cur.base);
        cur.lower = q;
        i = q.end;
        if (cur.level && cur.changed != null && places(q.unit)) {
          // "Nâng hạng … lên 10 bậc": places are counted by the change, never a level.
          cur.form = cur.changed;
          cur.falling = cur.changed == PhraseForm.DECREASE;
          cur.level = false;
          cur.comparator = Comparator.AT_LEAST;
          cur.explicit = false;
        }
        // A range: "65 - 70%", "từ 60% đến 70%", "between 65% and 70%", "65 to 70%".
        if (i < to) {
          Match sep = match(i, to);
          int width = tokens.get(i).is(Type.DASH) ? 1 : sep.has(Role.TO) ? sep.length() : 0;
          cur.separatorAt = tokens.get(i).start();
          boolean andOk = !tokens.get(i).is(Type.DASH) && sep.has(Role.TO) && tokens.get(i).isWord("and") ? cur.between : true;
          if (width > 0 && andOk && isNumberAt(i + width, to)) {
            List<Integer> ignore = new ArrayList<>();
            if (notAValue(i + width, to, ignore) < 0) {
              Quantity upper = quantity(i + width, to, cur.rank);
              if (upper.second != null) {
                throw fail(upper.secondAt, "a target is a bound, not parts: '/' must be followed by 'năm' or a population");
              }
              if (upper.field != null && q.field == null) {
                q.field = upper.field;
              }
              if (!q.percent && upper.percent) {
                q.percent = true;
              }
              if (q.power == 0 && upper.power > 0) {
                // "25 – 30 triệu", "45.000 - 50.000 tỷ đồng": the magnitude is written once, for both.
                q.value = q.value.movePointRight(upper.power);
                q.power = upper.power;
              }
              cur.upper = upper;
              i = upper.end;
            }
          }
        }
        cur.end = i;
        continue;
      }
      if (t.is(Type.SYMBOL)) {
        setComparator(cur, symbol(t), t);
        i++;
        continue;
      }
      if (t.is(Type.PERCENT)) {
        throw fail(t.start(), "a '%' without a number");
      }
      if (t.is(Type.SLASH) && cur.lower == null && cur.base == null && rateBase(i, to, false) != null) {
        // The rate's base before its number: "Số bác sĩ/vạn dân đạt 12 bác sĩ".
        cur.base = rateBase(i, to, false);
        i = cur.base.end;
        continue;
      }
      if (t.is(Type.DASH) || t.is(Type.COMMA) || t.is(Type.STOP) || t.is(Type.COLON) || t.is(Type.OTHER) || t.is(Type.PLUS)
          || t.is(Type.SLASH) && !match(i, to).has(Role.PER_YEAR)) {
        if (!t.is(Type.OTHER)) {
          negationAt = -1;
        }
        i++;
        continue;
      }
      Match m = match(i, to);
      if (m.length() == 0) {
        if (t.isWord("không") || t.isWord("not")) {
          negationAt = i;
        }
        note.add(t.text());
        i++;
        continue;
      }
      Set<Role> r = m.roles();
      int next = i + m.length();
      if (r.contains(Role.PLAIN)) {
        note.add(slice(i, next));
        i = next;
        continue;
      }
      if (r.contains(Role.LEADING)) {
        if (cur.lower == null) {
          cur.leadingAt = leading(group, i, cur.leadingAt);
        }
        note.add(slice(i, next));
        i = next;
        continue;
      }
      if (r.contains(Role.TOP) && !placeFollows(next, to)) {
        group = true;
      }
      if (negationAt >= 0 && i - negationAt <= 2 && !java.util.Collections.disjoint(r, COMPARATORS) && valueFollows(next, to)) {
        // "không xếp thấp hơn vị trí thứ 15": the negation turns the comparator round.
        throw fail(tokens.get(negationAt).start(), "a negation before a comparator it is not part of");
      }
      boolean yearLead = r.contains(Role.YEAR_LEAD) && !startsClause(EnumSet.copyOf(withoutYear(r)));
      if (cur.lower != null && startsClause(r) && hasNumber(next, to) && !r.contains(Role.TO) && (!yearLead || cur.year != null)) {
        clauses.add(cur);
        Clause previous = cur;
        cur = new Clause();
        cur.start = i;
        cur.form = previous.form == PhraseForm.INCREASE || previous.form == PhraseForm.DECREASE ? PhraseForm.LEVEL : previous.form;
      }
      if (r.contains(Role.AGAINST)) {
        int period = periodReferenceEnd(next, to, new ArrayList<>());
        if (period > 0) {
          cur.reference = slice(next, period);
          i = period;
          continue;
        }
        int end = next;
        List<Integer> years = new ArrayList<>();
        while (end < to && !tokens.get(end).is(Type.COMMA) && !tokens.get(end).is(Type.STOP) && !tokens.get(end).is(Type.OPEN)
            && !match(end, to).has(Role.AND)) {
          if (isNumberAt(end, to)) {
            int after = notAValue(end, to, years);
            if (after < 0) {
              break;
            }
            end = after;
            continue;
          }
          end++;
        }
        cur.reference = next < end ? slice(next, end) : slice(i, next);
        i = end;
        continue;
      }
      if ((r.contains(Role.RANK) || r.contains(Role.TOP)) && placeFollows(next, to)) {
        cur.leadingAt = -1;
        cur.rank = true;
        cur.form = PhraseForm.RANK;
        if (!cur.explicit) {
          cur.comparator = Comparator.AT_MOST;
        }
        if (next < to && tokens.get(next).is(Type.WORD) && Words.ordinal(tokens.get(next).lower()) > 0 && cur.lower == null) {
          cur.lower = ordinal(next);
          next++;
        }
        i = next;
        continue;
      }
      if (r.contains(Role.INCREASE) || r.contains(Role.DECREASE)) {
        Match after = levelWordAhead(next, to);
        if (after != null) {
          cur.level = true;
          cur.changed = r.contains(Role.INCREASE) ? PhraseForm.INCREASE : PhraseForm.DECREASE;
          if (!cur.explicit) {
            // English "to" takes the change word's direction: "fall to 3%", "rise to 50%".
            boolean down = after.has(Role.DOWN_TO) || after.has(Role.TO) && r.contains(Role.DECREASE);
            cur.comparator = down ? Comparator.AT_MOST : Comparator.AT_LEAST;
          }
          if (after.has(Role.DOWN_TO) && below(slice(next, next + after.length()))) {
            setComparator(cur, Comparator.BELOW, t);
          }
          i = next + after.length();
          continue;
        }
        if (changeFollows(i, next, from, to)) {
          if (cur.form != PhraseForm.PER_YEAR) {
            cur.form = r.contains(Role.INCREASE) ? PhraseForm.INCREASE : PhraseForm.DECREASE;
          }
          cur.falling = r.contains(Role.DECREASE);
          if (r.contains(Role.MULTIPLE)) {
            cur.multipleAt = t.start();
          }
          i = next;
          continue;
        }
      }
      boolean bound = cur.lower == null && valueFollows(next, to);
      if (bound && levelAfterChange(r) && (cur.form == PhraseForm.INCREASE || cur.form == PhraseForm.DECREASE)) {
        // "Giảm tỷ lệ hồ sơ trễ hạn xuống dưới 1%": the change word's level, however far it is.
        boolean down = r.contains(Role.DOWN_TO) || cur.falling;
        cur.changed = cur.form;
        cur.form = PhraseForm.LEVEL;
        cur.level = true;
        cur.falling = false;
        if (!cur.explicit) {
          cur.comparator = down ? Comparator.AT_MOST : Comparator.AT_LEAST;
        }
        if (r.contains(Role.DOWN_TO) && below(slice(i, next))) {
          // "… xuống còn dưới 1,5%": below, as "xuống dưới" is.
          setComparator(cur, Comparator.BELOW, t);
        }
      }
      if (bound && !java.util.Collections.disjoint(r, COMPARATORS) && cur.wordComparatorAt < 0) {
        cur.wordComparatorAt = t.start();
      }
      if (r.contains(Role.AT_LEAST) && bound) {
        setComparator(cur, Comparator.AT_LEAST, t);
      } else if (r.contains(Role.ABOVE) && bound) {
        setComparator(cur, Comparator.ABOVE, t);
      } else if (r.contains(Role.AT_MOST) && bound) {
        setComparator(cur, Comparator.AT_MOST, t);
      } else if (r.contains(Role.BELOW) && bound) {
        setComparator(cur, Comparator.BELOW, t);
      } else if (r.contains(Role.EQUAL) && bound) {
        setComparator(cur, Comparator.EQUAL, t);
      } else if (r.contains(Role.OR_MORE) && cur.lower != null) {
        // A place "từ thứ 20 trở lên" is 20th or better: a place of at most 20.
        setComparator(cur, cur.rank ? Comparator.AT_MOST : Comparator.AT_LEAST, t);
        cur.from = false;
      } else if (r.contains(Role.OR_LESS) && cur.lower != null) {
        setComparator(cur, cur.rank ? Comparator.AT_LEAST : Comparator.AT_MOST, t);
        cur.from = false;
      } else if (r.contains(Role.BETWEEN) && cur.lower == null) {
        cur.between = true;
      } else if (r.contains(Role.FROM) && bound) {
        cur.from = true;
      } else if (r.contains(Role.DOWN_TO) && cur.lower == null && !r.contains(Role.AND)) {
        cur.level = true;
        if (!cur.explicit) {
          cur.comparator = Comparator.AT_MOST;
        }
      } else if (r.contains(Role.APPROXIMATE)) {
        qualifiers.add(Qualifier.APPROXIMATE);
      } else if (r.contains(Role.ESTIMATED)) {
        qualifiers.add(Qualifier.ESTIMATED);
      } else if (r.contains(Role.EXPECTED)) {
        qualifiers.add(Qualifier.EXPECTED);
      } else if (r.contains(Role.ASPIRATIONAL)) {
        qualifiers.add(Qualifier.ASPIRATIONAL);
      } else if (r.contains(Role.PER_YEAR)) {
        cur.form = PhraseForm.PER_YEAR;
      } else if (r.contains(Role.PER_OTHER_PERIOD) && cur.lower == null) {
        countPerOtherPeriod(t, slice(i, next), next, to);
        note.add(slice(i, next));
      } else if (r.contains(Role.AVERAGE)) {
        cur.average = true;
      } else if (r.contains(Role.LEAD) || r.contains(Role.YEAR_LEAD) || r.contains(Role.AND) || r.contains(Role.TO)
          || r.contains(Role.PERCENT_WORD) || r.contains(Role.TARGET_LEAD) || r.contains(Role.DONE) || r.contains(Role.UP_TO)) {
        // Words that frame the number without changing it.
      } else {
        note.add(slice(i, next));
      }
      i = next;
    }
    if (cur.lower == null && cur.leadingAt >= 0) {
      // "Đứng đầu cả nước về chuyển đổi số": first place.
      cur.lower = first(cur.leadingAt);
      cur.rank = true;
      cur.form = PhraseForm.RANK;
      if (!cur.explicit) {
        cur.comparator = Comparator.AT_MOST;
      }
    }
    if (cur.lower != null) {
      clauses.add(cur);
    } else if (cur.year != null && !clauses.isEmpty() && clauses.get(clauses.size() - 1).year == null) {
      clauses.get(clauses.size() - 1).year = cur.year;
    }
    if (clauses.isEmpty()) {
      throw fail(to > from ? tokens.get(to - 1).end() : from < tokens.size() ? tokens.get(from).start() : text.length(),
          "expected a number");
    }
    ImmutableTargetPhrase.Builder phrase = TargetPhrase.builder().text(original == null ? slice(from, to) : original);
    Map<Integer, Threshold> byYear = new LinkedHashMap<>();
    Threshold first = null;
    Clause head = clauses.get(0);
    boolean single = clauses.size() == 1;
    for (Clause c : clauses) {
      if (!single && c.year == null) {
        throw fail(c.lower.at, "several thresholds, but not each with its year");
      }
      if (c.form != head.form) {
        throw fail(c.lower.at, "thresholds of different kinds (" + head.form + ", " + c.form + ") in one phrase");
      }
      if (c.rank && (c.lower.percent || c.upper != null && c.upper.percent)) {
        throw fail(c.lower.at, "a place in a ranking is a whole number, not a share: '%' after a rank");
      }
      if (c.form == PhraseForm.RANK && (c.lower.value.compareTo(BigDecimal.ONE) < 0
          || c.upper != null && c.upper.value.compareTo(BigDecimal.ONE) < 0)) {
        throw fail(c.lower.at, "a place in a ranking starts at 1 (the first place)");
      }
      if (c.rank && c.wordComparatorAt >= 0) {
        // "không thấp hơn thứ 15", "trên hạng 20": is a higher place a larger number or a better place?
        throw fail(c.wordComparatorAt, "a comparator word on a place; write 'từ thứ X trở lên', 'top X' or a symbol");
      }
      if (c.multipleAt >= 0 && c.reference == null) {
        throw fail(c.multipleAt, "a multiple ('gấp … lần') without what it is a multiple of ('so với …')");
      }
      String wording = single ? (original == null ? slice(from, to) : original.strip()) : slice(c.start, Math.max(c.end, c.start + 1));
      Threshold threshold = threshold(c, wording, qualifiers);
      if (first == null) {
        first = threshold;
      }
      if (c.year != null) {
        if (byYear.put(c.year, threshold) != null) {
          throw fail(c.lower.at, "a second threshold for " + c.year);
        }
      }
      if (c.lower.ambiguous || c.upper != null && c.upper.ambiguous) {
        qualifiers.add(Qualifier.AMBIGUOUS_NUMBER);
      }
    }
    phrase.threshold(first).byYear(byYear).form(head.form).qualifiers(qualifiers);
    Quantity q = head.lower;
    // Whether a change is a percentage of its reference (TargetPhrase/ResultPhrase.relative).
    phrase.relative((head.form == PhraseForm.INCREASE || head.form == PhraseForm.DECREASE)
        && (q.percent || head.upper != null && head.upper.percent)
        && q.per == null && !q.perYear && (head.upper == null || head.upper.per == null && !head.upper.perYear));
    String unit = q.unit != null ? q.unit : head.upper != null ? head.upper.unit : null;
    if (unit != null) {
      phrase.unit(unit);
    }
    if (q.per != null || head.upper != null && head.upper.per != null) {
      Quantity withBase = q.per != null ? q : head.upper;
      if (head.form != PhraseForm.LEVEL && head.form != PhraseForm.PER_BASE) {
        throw fail(q.at, "a rate per " + withBase.base + " cannot also be " + head.form);
      }
      phrase.form(PhraseForm.PER_BASE).per(withBase.per).base(withBase.base);
    } else if (q.perYear || head.upper != null && head.upper.perYear) {
      phrase.form(PhraseForm.PER_YEAR);
    }
    boolean perYear = head.form == PhraseForm.PER_YEAR || q.perYear || head.upper != null && head.upper.perYear;
    if (perYear && clauses.stream().anyMatch(c -> c.falling)) {
      throw fail(q.at, FALL_PER_YEAR);
    }
    if (q.field != null) {
      phrase.rankField(q.field);
    }
    if (q.second != null) {
      throw fail(q.secondAt, "a target is a bound, not parts: '/' must be followed by 'năm' or a population");
    }
    if (head.reference != null) {
      phrase.reference(head.reference);
    }
    if (ofWhich != null) {
      phrase.ofWhich(ofWhich);
    }
    if (!note.isEmpty()) {
      phrase.note(join(note));
    }
    try {
      return phrase.build();
    } catch (InvalidValueException e) {
      throw fail(0, e.getMessage());
    }
  }

  /** The comparator words. */
  private static final EnumSet<Role> COMPARATORS = EnumSet.of(Role.AT_LEAST, Role.ABOVE, Role.AT_MOST, Role.BELOW, Role.EQUAL);

  /** Whether {@code r} is a "down to" or "up to" word ("xuống còn", "lên", English "to"), not "và"/"còn" joining clauses. */
  private static boolean levelAfterChange(Set<Role> r) {
    return (r.contains(Role.DOWN_TO) || r.contains(Role.UP_TO)) && !r.contains(Role.AND);
  }

  /** Whether a "down to" group ends in "below" ("xuống dưới", "to below"). */
  private static boolean below(String words) {
    return words.endsWith("dưới") || words.endsWith("below");
  }

  private static final EnumSet<Role> FRAMING = EnumSet.of(Role.LEAD, Role.APPROXIMATE, Role.ESTIMATED, Role.EXPECTED,
      Role.ASPIRATIONAL, Role.AT_LEAST, Role.ABOVE, Role.AT_MOST, Role.BELOW, Role.EQUAL, Role.AVERAGE, Role.FROM,
      Role.BETWEEN, Role.LESS_THAN_RESULT, Role.INCREASE, Role.DECREASE, Role.RANK, Role.TOP, Role.PER_YEAR);

  /** Whether the next token after framing words (leads, qualifiers, comparators) from {@code i} is a number. */
  private boolean numberFollows(int i, int to) {
    return numberAfter(i, to) >= 0;
  }

  /**
   * Whether a value follows framing words from {@code i}: a number that is not a year, date, age or
   * reference ("từ 15 tuổi trở lên" has none). A comparator, "từ", a change or a rank word counts only
   * then.
   */
  private boolean valueFollows(int i, int to) {
    int at = numberAfter(i, to);
    return at >= 0 && notAValue(at, to, new ArrayList<>()) < 0;
  }

  /** Whether a place follows a rank word at {@code i}: a value, or an ordinal word ("thứ ba") that no number follows. */
  private boolean placeFollows(int i, int to) {
    int number = numberAfter(i, to);
    if (number >= 0 && number + 1 < to && (tokens.get(number + 1).isWord("bậc") || tokens.get(number + 1).isWord("places"))) {
      // "nâng hạng 3 bậc": places moved, not a place.
      return false;
    }
    return valueFollows(i, to) || i < to && tokens.get(i).is(Type.WORD) && Words.ordinal(tokens.get(i).lower()) > 0
        && (i + 1 >= to || !tokens.get(i + 1).is(Type.NUMBER));
  }

  /** The index of the number after framing words from {@code i}, or -1. */
  private int numberAfter(int i, int to) {
    for (int j = i; j < to && j < i + 12; ) {
      if (isNumberAt(j, to)) {
        return j;
      }
      Token t = tokens.get(j);
      if (t.is(Type.SYMBOL) || t.is(Type.COLON)) {
        j++;
        continue;
      }
      Match m = match(j, to);
      if (m.length() == 0 || java.util.Collections.disjoint(m.roles(), FRAMING)) {
        return -1;
      }
      j += m.length();
    }
    return -1;
  }

  private static Set<Role> withoutYear(Set<Role> r) {
    EnumSet<Role> copy = EnumSet.noneOf(Role.class);
    copy.addAll(r);
    copy.remove(Role.YEAR_LEAD);
    return copy;
  }

  /** The extent of an "up to"/"down to" word within the few words after a change word, or null. */
  private Match levelWordAhead(int from, int to) {
    for (int j = from; j < to && j < from + 6 && tokens.get(j).is(Type.WORD); j++) {
      Match m = match(j, to);
      if ((m.has(Role.DOWN_TO) || m.has(Role.UP_TO)) && (!m.has(Role.TO) || numberFollows(j + m.length(), to))) {
        // English "to" only before the number: "rose to 45%", not "reduce the time to process … by 30%".
        return new Match(j + m.length() - from, m.roles());
      }
    }
    return null;
  }

  private static boolean startsClause(Set<Role> r) {
    return r.contains(Role.AT_LEAST) || r.contains(Role.ABOVE) || r.contains(Role.AT_MOST) || r.contains(Role.BELOW)
        || r.contains(Role.FROM) || r.contains(Role.INCREASE) || r.contains(Role.DECREASE) || r.contains(Role.YEAR_LEAD)
        || r.contains(Role.EQUAL) || r.contains(Role.BETWEEN) || r.contains(Role.AND) || r.contains(Role.RANK)
        || r.contains(Role.TOP) || r.contains(Role.AVERAGE);
  }

  private static Comparator symbol(Token t) {
    switch (t.text()) {
      case ">=":
      case "\u2265":
        return Comparator.AT_LEAST;
      case ">":
        return Comparator.ABOVE;
      case "<=":
      case "\u2264":
        return Comparator.AT_MOST;
      case "<":
        return Comparator.BELOW;
      default:
        return Comparator.EQUAL;
    }
  }

  private void setComparator(Clause c, Comparator comparator, Token at) {
    if (c.explicit && c.comparator != comparator && !(c.comparator == Comparator.AT_MOST && c.level)) {
      throw fail(at.start(), "a second comparator '" + at.text() + "' after " + c.comparator.symbol());
    }
    c.comparator = comparator;
    c.explicit = true;
  }

  private static final EnumSet<Qualifier> ON_THRESHOLDS =
      EnumSet.of(Qualifier.APPROXIMATE, Qualifier.ESTIMATED, Qualifier.EXPECTED, Qualifier.ASPIRATIONAL);

  private Threshold threshold(Clause c, String wording, Set<Qualifier> qualifiers) {
    Threshold.Builder builder = Threshold.builder().wording(wording);
    for (Qualifier q : qualifiers) {
      if (ON_THRESHOLDS.contains(q)) {
        builder.addQualifiers(q);
      }
    }
    if (c.average && c.form != PhraseForm.PER_YEAR && !c.lower.perYear && (c.upper == null || !c.upper.perYear)) {
      builder.appliesTo(Threshold.AppliesTo.AVERAGE);
    }
    try {
      if (c.upper != null) {
        if (c.explicit && !c.between && !c.from) {
          throw fail(c.separatorAt, "a range cannot follow the comparator " + c.comparator.symbol());
        }
        if (c.upper.value.compareTo(c.lower.value) < 0) {
          throw fail(c.separatorAt, "the range's upper bound is below its lower bound");
        }
        return builder.comparator(Comparator.BETWEEN).bound(c.lower.value).upperBound(c.upper.value).build();
      }
      int after = tokens.get(c.lower.end - 1).end();
      if (c.between) {
        throw fail(after, "expected the end of the range");
      }
      if (c.from && !c.explicit) {
        throw fail(after, "expected the end of the range ('đến …') or 'trở lên'");
      }
      Comparator comparator = c.comparator != null ? c.comparator : Comparator.AT_LEAST;
      if (comparator == Comparator.AT_LEAST && c.lower.value.signum() == 0) {
        // "Tối thiểu 0%", a bare "0%": at least nothing is no target (and "0%" of late files means none).
        throw fail(c.lower.at, "a minimum of 0 sets no target; write 'bằng 0%' or 'không quá 0%' for none");
      }
      return builder.comparator(comparator).bound(c.lower.value).build();
    } catch (InvalidValueException e) {
      throw fail(c.lower.at, e.getMessage());
    }
  }
}
