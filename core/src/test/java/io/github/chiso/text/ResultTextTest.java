package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.TextParseException;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultTextTest {

  @Test
  void readsShareWithItsParts() {
    Reading reading = ResultText.parse("77,62% (392/505)");
    assertThat(reading).isEqualTo(Reading.fraction(392, 505, new BigDecimal("77.62")));
    assertThat(reading.value(Measure.PERCENT)).contains(Rational.of(39200, 505));
  }

  @Test
  void readsPartsBeforeShare() {
    assertThat(ResultText.parse("392/505 (77,62%)"))
        .isEqualTo(Reading.fraction(392, 505, new BigDecimal("77.62")));
  }

  @Test
  void readsPartsWithThousandsDots() {
    assertThat(ResultText.parse("3.103.499/3.118.174")).isEqualTo(Reading.fraction(3103499, 3118174));
    assertThat(ResultText.parse("14.186/71.231")).isEqualTo(Reading.fraction(14186, 71231));
  }

  @ParameterizedTest(name = "\"{0}\" is the decimal {1}")
  @CsvSource(
      delimiter = '|',
      value = {"83.5% | 83.5", "9,23% | 9.23", "0,3509 | 0.3509", "100% | 100", "1,0% | 1.0", "99,53% | 99.53"})
  void readsDecimals(String text, String value) {
    assertThat(ResultText.parse(text)).isEqualTo(Reading.decimal(new BigDecimal(value)));
  }

  @ParameterizedTest(name = "\"{0}\" fails at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "77,62% (392/505  | 7",
        "392/             | 4",
        "392,5/505        | 0",
        "77,62% (392)     | 8",
        "đạt 42% và 50%   | 11",
        "42%%             | 3",
      })
  void rejectsMalformedResultsWithPosition(String text, int position) {
    assertThatThrownBy(() -> ResultText.parse(text))
        .isInstanceOf(TextParseException.class)
        .hasMessageContaining("'" + text + "'")
        .satisfies(e -> assertThat(((TextParseException) e).position()).isEqualTo(position));
  }

  @Test
  void readsProseAsTextOnlyWithAStatus() {
    assertThat(ResultText.read("Đang triển khai xây dựng"))
        .isEqualTo(Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai xây dựng"));
    assertThat(ResultText.read("Chưa xây dựng Kho cơ sở dữ liệu dùng chung"))
        .isEqualTo(Reading.text(TextStatus.NOT_STARTED, "Chưa xây dựng Kho cơ sở dữ liệu dùng chung"));
    assertThat(ResultText.read("Không áp dụng"))
        .isEqualTo(Reading.text(TextStatus.NOT_AVAILABLE, "Không áp dụng"));
    // Words that name no status are refused rather than read as "not available", which would drop them.
    assertThatThrownBy(() -> ResultText.read("Survey at year end")).isInstanceOf(TextParseException.class);
    assertThat(ResultText.read("77,62% (392/505)"))
        .isEqualTo(Reading.fraction(392, 505, new BigDecimal("77.62")));
  }

  @Test
  void textWithANumberIsNeverATextStatus() {
    assertThat(ResultText.read("12 tháng")).isEqualTo(Reading.decimal("12"));
    assertThat(ResultText.read("đạt 42%")).isEqualTo(Reading.decimal("42"));
    assertThat(ResultText.read("Đang triển khai, đạt 40%")).isEqualTo(Reading.decimal("40"));
    assertThat(ResultText.read("hoàn thành 18/25 nhiệm vụ")).isEqualTo(Reading.fraction(18, 25));
    assertThatThrownBy(() -> ResultText.read("đạt 42% và 50%")).isInstanceOf(TextParseException.class);
    assertThat(ResultText.read("tăng 20% so với cùng kỳ")).isEqualTo(Reading.delta(new java.math.BigDecimal("20"),
        io.github.chiso.model.Change.yearOnYear(io.github.chiso.model.Change.Direction.INCREASE,
            io.github.chiso.model.Change.Basis.RELATIVE)));
    assertThatThrownBy(() -> ResultText.read("tăng 20%"))
        .isInstanceOf(TextParseException.class).hasMessageContaining("change").hasMessageContaining("without a reference");
    assertThatThrownBy(() -> ResultText.read("  ")).isInstanceOf(TextParseException.class);
  }

  @Test
  void aStatusWithOnlyAQuotedTargetIsRefusedByReadAndKeptByExtract() {
    String text = "Đang triển khai (mục tiêu 80%)";
    assertThatThrownBy(() -> ResultText.read(text)).isInstanceOf(TextParseException.class)
        .hasMessageContaining("no result value")
        .satisfies(e -> assertThat(((TextParseException) e).position()).isEqualTo(text.indexOf('8')));
    ResultPhrase phrase = ResultText.extract(text);
    assertThat(phrase.status()).contains(TextStatus.IN_PROGRESS);
    assertThat(phrase.statedTarget()).contains(TargetText.parse("80%"));
  }

  @Test
  void aRankColumnReadsPlaceOfFieldNeverAShare() {
    assertThat(ResultText.parse("18/63", Measure.RANK)).isEqualTo(Reading.rank(18, 63));
    assertThat(ResultText.extract("18/63", Measure.RANK).rankField()).contains(63L);
    assertThat(ResultText.extract("18/63", Measure.RANK).form()).isEqualTo(PhraseForm.RANK);
    assertThat(ResultText.parse("18/63")).isEqualTo(Reading.fraction(18, 63));
    assertThat(ResultText.parse("xếp thứ 18/63")).isEqualTo(Reading.rank(18, 63));
  }

  @Test
  void extractionKeepsWhatTheReadingDrops() {
    ResultPhrase phrase = ResultText.extract("Tỷ lệ hồ sơ trực tuyến ước đạt khoảng 58,2% (mục tiêu 65%)");
    assertThat(phrase.reading()).contains(Reading.decimal("58.2"));
    assertThat(phrase.qualifiers()).containsExactly(Qualifier.APPROXIMATE, Qualifier.ESTIMATED);
    assertThat(phrase.statedTarget()).map(Threshold::bound).contains(new BigDecimal("65"));
    assertThat(phrase.note()).contains("hồ sơ trực tuyến");
    assertThat(ResultText.extract("12 accounts").unit()).contains("accounts");
  }

  @Test
  void formatsAsDocumentsWriteThem() {
    assertThat(ResultText.format(Reading.fraction(392, 505, new BigDecimal("77.62")), Measure.PERCENT))
        .isEqualTo("77,62% (392/505)");
    assertThat(ResultText.format(Reading.fraction(3103499, 3118174), Measure.PERCENT))
        .isEqualTo("3.103.499/3.118.174");
    assertThat(ResultText.format(Reading.decimal("83.5"), Measure.PERCENT)).isEqualTo("83,5%");
    assertThat(ResultText.format(Reading.decimal("0.3509"), Measure.INDEX)).isEqualTo("0,3509");
    assertThat(ResultText.format(Reading.decimal("83.5"), Measure.PERCENT, Language.EN))
        .isEqualTo("83.5%");
  }
}
