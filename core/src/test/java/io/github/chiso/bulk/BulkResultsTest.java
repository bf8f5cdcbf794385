package io.github.chiso.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building the columns: rows kept exactly, bad rows refused with the offending value named. */
class BulkResultsTest {
  private static final Hierarchy HIERARCHY = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(
      AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE),
      AdminUnit.of("25993", "Phường Trảng Dài", Tier.COMMUNE, "75")));
  private static final Indicator SHARE = Indicator.of("II.1", "Tỷ lệ hồ sơ trực tuyến", Measure.PERCENT, Area.DIGITAL_GOVERNMENT);
  private static final Period Q3 = Period.quarter(2025, 3);

  private static BulkResults.Builder builder() {
    return BulkResults.builder(HIERARCHY, List.of(SHARE), 0);
  }

  @Test
  void keepsEveryKindOfReadingExactly() {
    BulkResults bulk = builder()
        .add(Result.of("II.1", "25993", Q3, Reading.fraction(392, 505)))
        .add(Result.of("II.1", "75", Q3, Reading.decimal("77.62")))
        .add(Result.of("II.1", "75", Period.quarter(2025, 4), Reading.decimal(new BigDecimal("1E+2"))))
        .build();
    assertThat(bulk.size()).isEqualTo(3);
    assertThat(bulk.reading(0)).isEqualTo(Reading.fraction(392, 505));
    assertThat(bulk.reading(1)).isEqualTo(Reading.decimal("77.62"));
    assertThat(bulk.numerator(2)).isEqualTo(100);
    assertThat(bulk.periods()).containsExactly(Q3, Period.quarter(2025, 4));
    assertThat(bulk.result(0).subjectCode()).isEqualTo("25993");
    assertThat(bulk.bytes()).isEqualTo(3L * BulkResults.BYTES_PER_RESULT);
  }

  @Test
  void unknownUnitIsNamed() {
    assertThatThrownBy(() -> builder().add(Result.of("II.1", "99999", Q3, Reading.decimal("50"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("unit '99999'");
  }

  @Test
  void unknownIndicatorIsNamed() {
    assertThatThrownBy(() -> builder().add(Result.of("X.9", "75", Q3, Reading.decimal("50"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("indicator 'X.9'");
  }

  @Test
  void decimalsBeyondALongAreNamed() {
    assertThatThrownBy(() -> builder().add(Result.of("II.1", "75", Q3, Reading.decimal("0.0000000000000000001"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("decimal 1E-19");
  }

  @Test
  void rawRowsAreChecked() {
    LocalDate end = Q3.end();
    assertThatThrownBy(() -> builder().addParts(1, 0, Q3, end, 3, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("got 3/0");
    assertThatThrownBy(() -> builder().addWhole(2, 0, Q3, end, 5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no unit with index 2");
    assertThatThrownBy(() -> builder().addText(0, 1, Q3, end))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no indicator with index 1");
  }

  @Test
  void aRefusedRowLeavesNothingBehind() {
    BulkResults.Builder builder = builder().add(Result.of("II.1", "75", Q3, Reading.decimal("50")));
    assertThatThrownBy(() -> builder.add(Result.of("II.1", "99999", Period.year(2030), Reading.decimal("50"))))
        .isInstanceOf(InvalidValueException.class);
    BulkResults bulk = builder.build();
    assertThat(bulk.size()).isEqualTo(1);
    assertThat(bulk.periods()).containsExactly(Q3);
  }
}
