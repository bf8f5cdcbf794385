package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.TextParseException;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Change;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Changes against a reference in target and result wording: read to a {@link Change}, written back. */
class ChangeTextTest {
  private static final Change RISE_2023 = Change.of(Change.Direction.INCREASE, Change.Basis.RELATIVE, Period.year(2023));
  private static final Change FALL_YOY = Change.yearOnYear(Change.Direction.DECREASE, Change.Basis.RELATIVE);
  private static final Change PLACES_2022 = Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2022));

  @Test
  void targetPhrasesOfRealPlansGiveTheirChange() {
    assertThat(TargetText.extract("tăng ít nhất 15% so với năm 2023").change()).contains(RISE_2023);
    assertThat(TargetText.extract("giảm 20% so với cùng kỳ").change()).contains(FALL_YOY);
    assertThat(TargetText.extract("tăng 12 bậc so với năm 2022").change()).contains(PLACES_2022);
    assertThat(TargetText.extract("giảm 30% thời gian xử lý hồ sơ so với năm 2020").change())
        .contains(Change.of(Change.Direction.DECREASE, Change.Basis.RELATIVE, Period.year(2020)));
    assertThat(TargetText.extract("tăng 15% so với năm trước").change())
        .contains(Change.yearOnYear(Change.Direction.INCREASE, Change.Basis.RELATIVE));
    assertThat(TargetText.extract("tăng 500 doanh nghiệp so với năm 2023").change())
        .contains(Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2023)));
    assertThat(TargetText.extract("increase by at least 15% compared with 2023").change()).contains(RISE_2023);
    assertThat(TargetText.extract("tăng 3 điểm phần trăm so với năm 2023").change())
        .contains(Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2023)));
    assertThat(TargetText.extract("increase by 3 percentage points compared with 2023").change())
        .contains(Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2023)));
  }

  @Test
  void noChangeWithoutAReferenceTheModelHolds() {
    assertThat(TargetText.extract("tối thiểu 80%").change()).isEmpty();
    assertThat(TargetText.extract("tăng 5% mỗi năm").change()).isEmpty();
    assertThat(TargetText.extract("tăng 10% so với đầu nhiệm kỳ").change()).isEmpty();
    assertThat(TargetText.extract("tăng 10%").change()).isEmpty();
  }

  @Test
  void aTargetBuiltFromAPhraseCarriesItsChange() {
    Indicator rank = Indicator.builder().code("DTI").nameVi("Thứ hạng DTI").measure(Measure.RANK)
        .polarity(Polarity.LOWER_IS_BETTER).area(Area.DIGITAL_GOVERNMENT).build();
    Target target = TargetText.extract("tăng 12 bậc so với năm 2022").toTarget("T1", rank, Period.year(2025), Scope.of(Tier.PROVINCE));
    assertThat(target.change()).contains(PLACES_2022);
    assertThat(target.thresholdFor(Scope.of(Tier.PROVINCE)).orElseThrow().comparator()).isEqualTo(Comparator.AT_LEAST);
    assertThat(target.wording()).contains("tăng 12 bậc so với năm 2022");
    assertThat(TargetText.format(target, Scope.of(Tier.PROVINCE), Language.VI)).isEqualTo("tăng tối thiểu 12 bậc so với năm 2022");
    assertThatThrownBy(() -> TargetText.extract("tăng 10% so với đầu nhiệm kỳ")
        .toTarget("T2", rank, Period.year(2025), Scope.of(Tier.PROVINCE)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("T2").hasMessageContaining("đầu nhiệm kỳ");
    assertThatThrownBy(() -> TargetText.extract("tăng 10% so với năm 2023")
        .toTarget("T3", rank, Period.year(2025), Scope.of(Tier.PROVINCE)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("T3").hasMessageContaining("RELATIVE");
  }

  @Test
  void changeThresholdsAreWrittenInBothLanguages() {
    assertThat(TargetText.format(Threshold.atLeast("15"), RISE_2023, Measure.COUNT, Language.VI))
        .isEqualTo("tăng tối thiểu 15% so với năm 2023");
    assertThat(TargetText.format(Threshold.atLeast("15"), RISE_2023, Measure.COUNT, Language.EN))
        .isEqualTo("increase by at least 15% compared with 2023");
    assertThat(TargetText.format(Threshold.atLeast("20"), FALL_YOY, Measure.DURATION, Language.VI))
        .isEqualTo("giảm tối thiểu 20% so với cùng kỳ");
    assertThat(TargetText.format(Threshold.atLeast("12"), PLACES_2022, Measure.RANK, Language.EN))
        .isEqualTo("increase by at least 12 places compared with 2022");
  }

  @Test
  void aReferenceIsAnyPeriodWrittenAsDeadlinesAre() {
    assertThat(TargetText.extract("tăng 10% so với quý I/2024").change()).contains(relative(Period.quarter(2024, 1)));
    assertThat(TargetText.extract("tăng 10% so với tháng 3/2024").change()).contains(relative(Period.month(2024, 3)));
    assertThat(TargetText.extract("tăng 10% so với 6 tháng đầu năm 2024").change())
        .contains(relative(Period.range(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))));
    assertThat(TargetText.extract("tăng 10% so với ngày 31/12/2023").change())
        .contains(relative(Period.day(LocalDate.of(2023, 12, 31))));
    assertThat(TargetText.extract("tăng 10% so với giai đoạn 2016 - 2020").change())
        .contains(relative(Period.range(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31))));
    assertThat(TargetText.extract("increase by 10% compared with Q1 2024").change()).contains(relative(Period.quarter(2024, 1)));
    assertThat(ResultText.parse("tăng 4,2% so với quý I/2024"))
        .isEqualTo(Reading.delta(new BigDecimal("4.2"), relative(Period.quarter(2024, 1))));
  }

  @Test
  void aPlanOrATermIsNotAPeriod() {
    assertThat(TargetText.extract("tăng 10% so với kế hoạch năm 2023").change()).isEmpty();
    assertThat(TargetText.extract("tăng 10% so với nhiệm kỳ 2020 - 2025").change()).isEmpty();
    assertThatThrownBy(() -> ResultText.parse("tăng 5% so với kế hoạch năm 2023"))
        .isInstanceOf(TextParseException.class).hasMessageContaining("kế hoạch năm 2023");
  }

  @Test
  void everyPeriodReferenceIsWrittenAndReadBack() {
    for (Period reference : new Period[] {Period.quarter(2024, 1), Period.month(2024, 3), Period.day(LocalDate.of(2023, 12, 31)),
        Period.range(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)), Period.year(2023)}) {
      for (Language language : Language.values()) {
        String written = TargetText.format(Threshold.atLeast("15"), relative(reference), Measure.COUNT, language);
        assertThat(TargetText.extract(written, language).change()).as(written).contains(relative(reference));
        Reading.Delta delta = Reading.delta(new BigDecimal("4.5"), relative(reference));
        assertThat(ResultText.parse(ResultText.format(delta, Measure.COUNT, language))).as(written).isEqualTo(delta);
      }
    }
    assertThat(TargetText.format(Threshold.atLeast("15"), relative(Period.quarter(2024, 1)), Measure.COUNT, Language.VI))
        .isEqualTo("tăng tối thiểu 15% so với quý I/2024");
    assertThat(TargetText.format(Threshold.atLeast("15"), relative(Period.day(LocalDate.of(2023, 12, 31))), Measure.COUNT,
        Language.EN)).isEqualTo("increase by at least 15% compared with 31 December 2023");
  }

  private static Change relative(Period reference) {
    return Change.of(Change.Direction.INCREASE, Change.Basis.RELATIVE, reference);
  }

  /** Seed 004: "tăng 13 bậc so với năm 2020". */
  @Test
  void resultsStatedAsAChangeAreDeltas() {
    Reading.Delta seed004 = Reading.delta(new BigDecimal("13"),
        Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2020)));
    assertThat(ResultText.parse("tăng 13 bậc so với năm 2020")).isEqualTo(seed004);
    assertThat(ResultText.parse("tăng 13 bậc so với năm 2020", Measure.RANK)).isEqualTo(seed004);
    assertThat(ResultText.read("tăng 13 bậc so với năm 2020", Measure.RANK)).isEqualTo(seed004);
    assertThat(ResultText.format(seed004, Measure.RANK)).isEqualTo("tăng 13 bậc so với năm 2020");
    assertThat(ResultText.format(seed004, Measure.RANK, Language.EN)).isEqualTo("increased by 13 places compared with 2020");
    assertThat(ResultText.parse("giảm 5,5% so với cùng kỳ")).isEqualTo(Reading.delta(new BigDecimal("5.5"), FALL_YOY));
    assertThat(ResultText.extract("đạt 42%, tăng 5% so với cùng kỳ").secondary().orElseThrow().change())
        .contains(Change.yearOnYear(Change.Direction.INCREASE, Change.Basis.RELATIVE));
    assertThatThrownBy(() -> ResultText.parse("tăng 5% so với đầu nhiệm kỳ"))
        .isInstanceOf(TextParseException.class).hasMessageContaining("đầu nhiệm kỳ");
    assertThatThrownBy(() -> ResultText.parse("tăng 5/7 so với năm 2020"))
        .isInstanceOf(TextParseException.class).hasMessageContaining("not one number");
    assertThat(ResultText.extract("tăng 13 bậc so với năm 2020").reading()).isEqualTo(Optional.of(Reading.decimal("13")));
  }
}
