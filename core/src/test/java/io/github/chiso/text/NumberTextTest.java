package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.TextParseException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "77,62      | 77.62",
        "83.5       | 83.5",
        "1,0        | 1.0",
        "0,3509     | 0.3509",
        "3.103.499  | 3103499",
        "51.212     | 51212",
        "125.805    | 125805",
        "0.351      | 0.351",
        "1234.567   | 1234.567",
        "1.234,5    | 1234.5",
        "1,234.5    | 1234.5",
        "1,234,567  | 1234567",
        "100        | 100",
        "-5,5       | -5.5",
        "−2         | -2",
        "' 9,23 '   | 9.23",
      })
  void readsVietnameseDocumentNumbers(String text, String expected) {
    assertThat(NumberText.parse(text)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "English \"{0}\" reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {"77.62 | 77.62", "51.212 | 51.212", "3,103,499 | 3103499", "1,234.5 | 1234.5"})
  void readsEnglishNumbersStrictly(String text, String expected) {
    assertThat(NumberText.parse(text, Language.EN)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "\"{0}\" fails at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''         | 0",
        "12a        | 2",
        "1.23.4     | 0",
        "12.34.567  | 0",
        "1,2,3      | 0",
        "5,         | 2",
        "'-'        | 1",
      })
  void rejectsMalformedNumbersWithPosition(String text, int position) {
    assertThatThrownBy(() -> NumberText.parse(text))
        .isInstanceOf(TextParseException.class)
        .hasMessageContaining("'" + text + "'")
        .satisfies(e -> assertThat(((TextParseException) e).position()).isEqualTo(position));
  }

  @ParameterizedTest(name = "English rejects \"{0}\"")
  @CsvSource({"'77,62'", "'1,23'"})
  void englishRejectsDecimalComma(String text) {
    assertThatThrownBy(() -> NumberText.parse(text, Language.EN))
        .isInstanceOf(TextParseException.class);
  }

  @ParameterizedTest(name = "{0} formats as \"{1}\" in Vietnamese and \"{2}\" in English")
  @CsvSource(
      delimiter = '|',
      value = {
        "3103499  | 3.103.499  | 3,103,499",
        "77.62    | 77,62      | 77.62",
        "1.0      | 1,0        | 1.0",
        "1234.5   | 1.234,5    | 1,234.5",
        "51.212   | 51,212     | 51.212",
        "-1000    | -1.000     | -1,000",
        "0        | 0          | 0",
        "1E+2     | 100        | 100",
      })
  void formatsInEachLanguage(String value, String vi, String en) {
    BigDecimal number = new BigDecimal(value);
    assertThat(NumberText.format(number, Language.VI)).isEqualTo(vi);
    assertThat(NumberText.format(number, Language.EN)).isEqualTo(en);
  }

  /**
   * A number is in doubt where the documents write both a decimal and thousands that way and the
   * rules' reading is not the only plausible one: "15.000" is thousands (a decimal has no trailing
   * zero), but "12,000" is read as the decimal 12.000, which that same habit makes doubtful.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "1,234  | true", "68,457 | true", "51.212 | true", "12,000 | true", "1,500 | true",
      "15.000 | false", "0,500 | false", "0.351 | false", "1,5 | false", "77,62 | false",
      "1.234,5 | false", "3.103.499 | false", "1234,567 | false", "-1,234 | false"})
  void aNumberIsInDoubtWhenBothReadingsArePlausible(String token, boolean ambiguous) {
    assertThat(NumberText.isAmbiguous(token, Language.VI)).isEqualTo(ambiguous);
    assertThat(NumberText.isAmbiguous(token, Language.EN)).isFalse();
  }
}
