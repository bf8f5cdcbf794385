package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.TextParseException;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.RateBasis;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.TextStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A phrase fitted to an indicator: its unit, rank and rate basis checked, a rate rescaled exactly. */
class ResultFitTest {
  private static Indicator.Builder indicator(String code, Measure measure) {
    return Indicator.builder().code(code).nameVi(code).measure(measure).area(Area.DIGITAL_INFRASTRUCTURE);
  }

  private static final Indicator BTS = indicator("BTS", Measure.COUNT).unit("trạm BTS").build();
  private static final Indicator MONEY = indicator("TIEN", Measure.MONEY).unit("đồng").build();
  private static final Indicator SHARE = indicator("TL", Measure.PERCENT).build();
  private static final Indicator RANK = indicator("HANG", Measure.RANK).build();
  private static final Indicator DOCTORS = indicator("BS", Measure.COUNT).unit("bác sĩ")
      .per(RateBasis.perPopulation(new BigDecimal("1000"), "dân")).build();
  private static final Indicator GROWTH = indicator("TT", Measure.PERCENT).per(RateBasis.perYear()).build();

  @Test
  void anApproximateCountKeepsItsQualifierAndBecomesAResult() {
    FittedResult fitted = ResultFit.fit("khoảng 3.500 trạm", BTS);
    assertThat(fitted.reading()).isEqualTo(Reading.decimal("3500"));
    assertThat(fitted.qualifiers()).containsExactly(Qualifier.APPROXIMATE);
    assertThat(fitted.note()).isEmpty();
    Result result = fitted.toResult("75", Period.year(2022));
    assertThat(result.indicatorCode()).isEqualTo("BTS");
    assertThat(result.qualifiers()).containsExactly(Qualifier.APPROXIMATE);
    assertThat(ResultFit.fit("15.000 Trạm  BTS", BTS).reading()).isEqualTo(Reading.decimal("15000"));
    assertThat(ResultFit.fit("15.000 trạm BTS 4G", BTS).reading()).isEqualTo(Reading.decimal("15000"));
    Indicator communes = indicator("XA", Measure.COUNT).unit("xã/phường").build();
    assertThat(ResultFit.fit("170 xã", communes).reading()).isEqualTo(Reading.decimal("170"));
    assertThat(ResultFit.fit("khoảng 83,5%", SHARE).qualifiers()).containsExactly(Qualifier.APPROXIMATE);
    assertThat(ResultFit.fit("350 tỷ đồng", MONEY).reading()).isEqualTo(Reading.decimal("350000000000"));
  }

  @Test
  void aUnitOtherThanTheIndicatorsIsRefusedAtTheUnit() {
    assertThatThrownBy(() -> ResultFit.fit("khoảng 3.500 tài khoản", BTS))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.position()).isEqualTo(13);
          assertThat(e.problem()).contains("'tài khoản'").contains("'trạm BTS'").contains("BTS");
        });
    Indicator billions = indicator("TY", Measure.MONEY).unit("tỷ đồng").build();
    assertThatThrownBy(() -> ResultFit.fit("350 tỷ đồng", billions))
        .isInstanceOf(TextParseException.class).hasMessageContaining("'đồng'");
    FittedResult unnamed = ResultFit.fit("2,4 triệu tài khoản", SHARE);
    assertThat(unnamed.note()).as("the unit where the indicator names none").contains("tài khoản");
  }

  @Test
  void aRankFitsOnlyARankIndicatorAndARankIndicatorOnlyARank() {
    assertThat(ResultFit.fit("41/63", RANK).reading()).isEqualTo(Reading.rank(41, 63));
    assertThat(ResultFit.fit("top 10", RANK).qualifiers()).containsExactly(Qualifier.WITHIN);
    assertThatThrownBy(() -> ResultFit.fit("xếp thứ 12/63", SHARE))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.position()).isEqualTo(8);
          assertThat(e.problem()).contains("rank").contains("PERCENT");
        });
    assertThatThrownBy(() -> ResultFit.fit("đạt 42%", RANK)).isInstanceOf(TextParseException.class)
        .hasMessageContaining("42%");
  }

  @Test
  void aRatePerPopulationIsRescaledExactlyToTheIndicatorsBase() {
    FittedResult fitted = ResultFit.fit("12/10.000 dân", DOCTORS);
    assertThat(fitted.reading()).isEqualTo(Reading.decimal("1.2"));
    assertThat(ResultFit.fit("1,2/1.000 dân", DOCTORS).reading()).isEqualTo(Reading.decimal("1.2"));
    assertThat(ResultFit.fit("9 bác sĩ trên một vạn dân", DOCTORS).reading()).isEqualTo(Reading.decimal("0.9"));
    assertThat(ResultFit.fit("0,35/100 dân", DOCTORS).reading()).isEqualTo(Reading.decimal("3.50"));
    assertThat(ResultFit.fit("1,2", DOCTORS).reading()).as("a bare number is in the basis").isEqualTo(Reading.decimal("1.2"));
  }

  @Test
  void aRateOnAnIndicatorWithoutThatBasisIsRefused() {
    assertThatThrownBy(() -> ResultFit.fit("1,2/1.000 dân", SHARE))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.position()).isEqualTo(10);
          assertThat(e.problem()).contains("per 1000 dân").contains("not a rate");
        });
    assertThatThrownBy(() -> ResultFit.fit("1,2/1.000 hộ", DOCTORS))
        .isInstanceOf(TextParseException.class).hasMessageContaining("'hộ'").hasMessageContaining("'dân'");
    assertThatThrownBy(() -> ResultFit.fit("đạt 6,5%/năm", SHARE))
        .isInstanceOf(TextParseException.class).hasMessageContaining("per year");
    assertThat(ResultFit.fit("bình quân 6,5%/năm", GROWTH).reading()).isEqualTo(Reading.decimal("6.5"));
    assertThatThrownBy(() -> ResultFit.fit("1,2/1.000 dân", GROWTH))
        .isInstanceOf(TextParseException.class).hasMessageContaining("/năm");
  }

  @Test
  void aChangeOrAnAspirationIsNotAResultLevel() {
    assertThatThrownBy(() -> ResultFit.fit("tăng 5% so với cùng kỳ", SHARE))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.position()).isEqualTo(5);
          assertThat(e.problem()).contains("change");
        });
    assertThatThrownBy(() -> ResultFit.fit("phấn đấu đạt 80%", SHARE))
        .isInstanceOf(TextParseException.class).hasMessageContaining("ASPIRATIONAL");
  }

  @Test
  void textWithoutANumberIsAStatusAndAPhraseThatSaysMoreKeepsItsWordsAsTheNote() {
    assertThat(ResultFit.fit("Hoàn thành", SHARE).reading()).isEqualTo(Reading.text(TextStatus.COMPLETED, "Hoàn thành"));
    FittedResult quoted = ResultFit.fit("đạt 58,2% (mục tiêu 65%)", SHARE);
    assertThat(quoted.reading()).isEqualTo(Reading.decimal("58.2"));
    assertThat(quoted.note()).contains("đạt 58,2% (mục tiêu 65%)");
    assertThat(ResultFit.fit("đạt 42% (năm 2024)", SHARE).note()).contains("đạt 42% (năm 2024)");
  }
}
