package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.TextParseException;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTextTest {

  @ParameterizedTest(name = "\"{0}\" is {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "đạt 100%                              | AT_LEAST | 100",
        "100%                                  | AT_LEAST | 100",
        "tối thiểu 80%                         | AT_LEAST | 80",
        "Tối thiểu 80%                         | AT_LEAST | 80",
        "trên 60%                              | ABOVE    | 60",
        "Trên 60%                              | ABOVE    | 60",
        "đạt trên 80%                          | ABOVE    | 80",
        "dưới 5%                               | BELOW    | 5",
        "≥ 80%                                 | AT_LEAST | 80",
        ">= 80%                                | AT_LEAST | 80",
        "> 50%                                 | ABOVE    | 50",
        "≤ 24                                  | AT_MOST  | 24",
        "< 5%                                  | BELOW    | 5",
        "tối đa 24                             | AT_MOST  | 24",
        "không quá 3                           | AT_MOST  | 3",
        "bằng 2                                | EQUAL    | 2",
        "at least 80%                          | AT_LEAST | 80",
        "above 60%                             | ABOVE    | 60",
        "more than 50%                         | ABOVE    | 50",
        "below 5%                              | BELOW    | 5",
        "at most 24                            | AT_MOST  | 24",
        "exactly 2                             | EQUAL    | 2",
        "đạt tỷ lệ 90%                         | AT_LEAST | 90",
        "đạt tỷ lệ trung bình tối thiểu 80%    | AT_LEAST | 80",
        "tối thiểu 1,0%                        | AT_LEAST | 1.0",
        "ít nhất 1                             | AT_LEAST | 1",
        "at least 1.0%                         | AT_LEAST | 1.0",
      })
  void readsSingleBoundWording(String text, Comparator comparator, String bound) {
    Threshold threshold = TargetText.parse(text);
    assertThat(threshold.comparator()).isEqualTo(comparator);
    assertThat(threshold.bound()).isEqualTo(new BigDecimal(bound));
    assertThat(threshold.upperBound()).isEmpty();
    assertThat(threshold.wording()).contains(text.strip());
  }

  @ParameterizedTest(name = "\"{0}\" is the range {1}–{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "65 - 70%                  | 65 | 70",
        "65-70%                    | 65 | 70",
        "65% – 70%                 | 65 | 70",
        "từ 65% đến 70%            | 65 | 70",
        "between 65% and 70%       | 65 | 70",
        "65 to 70%                 | 65 | 70",
        "0,5 - 1,5                 | 0.5 | 1.5",
        "between 0.5 and 1.5       | 0.5 | 1.5",
        "-5 - 5                    | -5 | 5",
      })
  void readsRanges(String text, String lower, String upper) {
    Threshold threshold = TargetText.parse(text);
    assertThat(threshold.comparator()).isEqualTo(Comparator.BETWEEN);
    assertThat(threshold.bound()).isEqualTo(new BigDecimal(lower));
    assertThat(threshold.upperBound()).contains(new BigDecimal(upper));
  }

  @ParameterizedTest(name = "\"{0}\" fails at {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                | 0  | expected a number",
        "tối thiểu         | 9  | expected a number",
        "tăng 15% so với năm 2023 | 0 | change",
        "40% (năm 2025) và 75% (năm 2030) | 0 | each of [2025, 2030]",
        "trên 65% (trong đó 40%) | 0 | part",
        "trên 65%, trên 70% | 5 | not each with its year",
        "70 - 65%          | 3  | upper bound is below",
        "trên 60 - 70%     | 8  | cannot follow the comparator",
        "từ 65%            | 6  | expected the end of the range",
        "80,5,5%           | 0  | grouped by threes",
      })
  void rejectsUnreadableWordingWithPosition(String text, int position, String problem) {
    assertThatThrownBy(() -> TargetText.parse(text))
        .isInstanceOf(TextParseException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((TextParseException) e).position()).isEqualTo(position));
  }

  @Test
  void averageWordingMakesTheThresholdApplyToTheAverage() {
    Threshold average = TargetText.parse("đạt tỷ lệ trung bình tối thiểu 80%");
    assertThat(average.appliesTo()).isEqualTo(Threshold.AppliesTo.AVERAGE);
    assertThat(average.bound()).isEqualTo(new BigDecimal("80"));
    assertThat(TargetText.parse("an average of at least 70%").appliesTo()).isEqualTo(Threshold.AppliesTo.AVERAGE);
    assertThat(TargetText.parse("đạt tỷ lệ 60%").appliesTo()).isEqualTo(Threshold.AppliesTo.EACH);
    assertThat(TargetText.format(average, Measure.PERCENT)).isEqualTo("trung bình tối thiểu 80%");
    assertThat(TargetText.format(average, Measure.PERCENT, Language.EN)).isEqualTo("an average of at least 80%");
    assertThat(TargetText.parse(TargetText.format(average, Measure.PERCENT, Language.EN)).appliesTo())
        .isEqualTo(Threshold.AppliesTo.AVERAGE);
    assertThat(average.toString()).isEqualTo("average ≥ 80");
  }

  @Test
  void formatsCanonicalWording() {
    assertThat(TargetText.format(Threshold.atLeast("80"), Measure.PERCENT)).isEqualTo("tối thiểu 80%");
    assertThat(TargetText.format(Threshold.above("60"), Measure.PERCENT)).isEqualTo("trên 60%");
    assertThat(TargetText.format(Threshold.below("5"), Measure.PERCENT)).isEqualTo("dưới 5%");
    assertThat(TargetText.format(Threshold.atMost("24"), Measure.DURATION)).isEqualTo("tối đa 24");
    assertThat(TargetText.format(Threshold.between("65", "70"), Measure.PERCENT))
        .isEqualTo("65 - 70%");
    assertThat(TargetText.format(Threshold.atLeast("1.0"), Measure.PERCENT, Language.EN))
        .isEqualTo("at least 1.0%");
    assertThat(TargetText.format(Threshold.between("65", "70"), Measure.PERCENT, Language.EN))
        .isEqualTo("between 65% and 70%");
    assertThat(TargetText.format(Threshold.atLeast("0.3509"), Measure.INDEX))
        .isEqualTo("tối thiểu 0,3509");
  }
}
