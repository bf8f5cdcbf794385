package io.github.chiso.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Test
  void boundsOfEachGranularity() {
    assertThat(Period.year(2022).start()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(Period.year(2022).end()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(Period.quarter(2022, 3).start()).isEqualTo(LocalDate.of(2022, 7, 1));
    assertThat(Period.quarter(2022, 3).end()).isEqualTo(LocalDate.of(2022, 9, 30));
    assertThat(Period.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.day(LocalDate.of(2022, 9, 19)).end()).isEqualTo(LocalDate.of(2022, 9, 19));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022", "2022-Q3", "2022-09", "2022-09-19", "2022-06-01/2022-09-30"})
  void textRoundTrips(String text) {
    assertThat(Period.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void containment() {
    assertThat(Period.year(2022).contains(Period.quarter(2022, 3))).isTrue();
    assertThat(Period.quarter(2022, 3).contains(Period.month(2022, 10))).isFalse();
    assertThat(Period.parse("2022-06-01/2022-09-30").contains(LocalDate.of(2022, 6, 1))).isTrue();
  }

  @Test
  void orderingIsByStartThenEnd() {
    assertThat(Period.year(2022)).isLessThan(Period.quarter(2022, 3));
    assertThat(Period.month(2022, 1)).isLessThan(Period.quarter(2022, 1));
    assertThat(Period.range(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 30)))
        .isNotEqualTo(Period.quarter(2022, 3))
        .isGreaterThan(Period.quarter(2022, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"22", "2022-Q5", "2022-13", "2022-02-30", "2022-09-30/2022-06-01", "Q3 2022", ""})
  void rejectsMalformedTextNamingIt(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("period '" + text + "'");
  }
}
