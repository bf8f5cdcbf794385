package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.chiso.TextParseException;
import io.github.chiso.model.Reading;
import io.github.chiso.model.TextStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Text beyond the limits is refused with the parse error and its position, before any costly work. */
class TextLimitsTest {
  private static final String MILLION_DIGITS = "7".repeat(1_000_000);

  private static TextParseException parseError(Runnable read) {
    return assertThrows(TextParseException.class, read::run);
  }

  @Test
  void aMillionDigitNumberIsRefusedWhereItStartsByEveryTextReader() {
    // Converting 10^6 digits to a BigDecimal took 13 s (quadratic); refusing them is one scan. The
    // timeout only stops a regression from hanging the build; it claims nothing about speed.
    List<Function<String, Object>> readers = List.of(
        NumberText::parse, TargetText::parse, ResultText::parse, ResultText::read);
    List<String> prefixes = List.of("", "tối thiểu ", "", "");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (int i = 0; i < readers.size(); i++) {
        String text = prefixes.get(i) + MILLION_DIGITS;
        Function<String, Object> reader = readers.get(i);
        TextParseException e = parseError(() -> reader.apply(text));
        assertThat(e.problem()).as(prefixes.get(i)).containsAnyOf("at most 100 characters", "longer than");
      }
      TextParseException number = parseError(() -> NumberText.parse(MILLION_DIGITS));
      assertThat(number.position()).isZero();
      assertThat(number.problem()).contains("at most 100 characters");
      TextParseException phrase = parseError(() -> TargetText.parse("tối thiểu " + MILLION_DIGITS));
      assertThat(phrase.position()).isEqualTo(TextLimits.MAX_PHRASE_LENGTH);
      TextParseException prose = parseError(() -> ResultText.read(MILLION_DIGITS));
      assertThat(prose.position()).isEqualTo(TextLimits.MAX_TEXT_LENGTH);
      TextParseException numeric = parseError(() -> ResultText.read(MILLION_DIGITS.substring(0, 5_000)));
      assertThat(numeric.position()).isZero();
      assertThat(numeric.problem()).contains("at most 100 characters");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "1E+99   | true", "1E+100  | false", "-1E+99  | false", "1E-98   | true", "1E-99   | false",
    "0E-98   | true", "0E-99   | false", "0E+500  | true", "-0.5    | true"})
  void fitsIsAboutThePlainForm(String number, boolean fits) {
    BigDecimal value = new BigDecimal(number);
    assertThat(TextLimits.fits(value)).isEqualTo(fits);
    BigDecimal normal = value.scale() < 0 ? value.setScale(0) : value;
    assertThat(TextLimits.plainLength(value)).isEqualTo(normal.toPlainString().length());
  }

  @Test
  void numbersAtTheLimitAreReadAndOneCharacterMoreIsNot() {
    String hundred = "9".repeat(100);
    assertThat(NumberText.parse(hundred)).isEqualTo(new BigDecimal(hundred));
    assertThat(NumberText.parse("-" + "9".repeat(99))).isEqualTo(new BigDecimal("-" + "9".repeat(99)));
    assertThat(NumberText.parse(NumberText.format(new BigDecimal(hundred)))).isEqualTo(new BigDecimal(hundred));
    assertThat(parseError(() -> NumberText.parse("9".repeat(101))).problem()).contains("at most 100");
    assertThat(parseError(() -> NumberText.parse("-" + hundred)).problem()).contains("at most 100");
    assertThat(parseError(() -> NumberText.parse("0," + "0".repeat(98) + "1")).problem()).contains("at most 100");
    assertThat(NumberText.parse("0," + "0".repeat(97) + "1")).isEqualTo(new BigDecimal("1E-98"));
  }

  @ParameterizedTest(name = "\"{0}\" fails at {1}")
  @CsvSource(delimiter = '|', value = {
    "5/0          | 0", "0/0         | 0", "5% (3/0)   | 4", "-1/2        | 0", "'  7/0' | 2", "1/2 (5%) 3 | 9"})
  void partsTheModelRefusesAreParseErrors(String text, int position) {
    TextParseException e = parseError(() -> ResultText.parse(text));
    assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tối thiểu 80%\ud800", "\udc00 80%"})
  void unpairedSurrogatesAreRefusedWhereTheyStand(String text) {
    TextParseException e = parseError(() -> TargetText.parse(text));
    assertThat(e.position()).isEqualTo(TextLimits.unpairedSurrogateAt(text));
    assertThat(e.problem()).startsWith("unpaired surrogate U+D");
    assertThat(parseError(() -> ResultText.read("Đang " + text)).problem()).startsWith("unpaired surrogate");
  }

  @Test
  void unpairedSurrogateAtFindsOnlyLoneHalves() {
    assertThat(TextLimits.unpairedSurrogateAt("a\ud83d\ude00b")).isEqualTo(-1);
    assertThat(TextLimits.unpairedSurrogateAt("a\ud83d")).isEqualTo(1);
    assertThat(TextLimits.unpairedSurrogateAt("a\ude00\ud83d\ude00")).isEqualTo(1);
    assertThat(TextLimits.unpairedSurrogateAt("\ud83d\ud83d\ude00")).isEqualTo(0);
  }

  @Test
  void proseUpToTheTextLimitIsANoteAndLongerIsRefused() {
    String longest = "Đang " + "x".repeat(TextLimits.MAX_TEXT_LENGTH - 5);
    assertThat(ResultText.read(longest)).isEqualTo(Reading.text(TextStatus.IN_PROGRESS, longest));
    assertThat(parseError(() -> ResultText.read(longest + "x")).position()).isEqualTo(TextLimits.MAX_TEXT_LENGTH);
    String phrase = "80" + " ".repeat(TextLimits.MAX_PHRASE_LENGTH - 2);
    assertThat(TargetText.parse(phrase).bound()).isEqualTo(new BigDecimal("80"));
    assertThatThrownBy(() -> TargetText.parse(phrase + " ")).isInstanceOf(TextParseException.class);
  }
}
