package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.TextParseException;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Status;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Subject;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Change;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The README's "Reading the documents' wording" example, as written there, with the values its comments claim. */
class ReadmeWordingExampleTest {
  @Test
  void theReadmeExampleSaysTrue() {
    TargetPhrase t = TargetText.extract("phấn đấu đến năm 2025 đạt từ 75% trở lên");
    assertThat(t.threshold().comparator()).isEqualTo(Comparator.AT_LEAST);
    assertThat(t.threshold().bound()).isEqualByComparingTo("75");
    assertThat(t.qualifiers()).containsExactly(Qualifier.ASPIRATIONAL);
    assertThat(t.byYear().keySet()).containsExactly(2025);
    assertThat(TargetText.extract("40% (năm 2025) và 75% (năm 2030)").byYear().keySet()).containsExactly(2025, 2030);
    assertThat(TargetText.extract("tăng ít nhất 15% so với năm 2023").change())
        .contains(Change.of(Change.Direction.INCREASE, Change.Basis.RELATIVE, Period.year(2023)));

    ResultPhrase r = ResultText.extract("ước đạt 83,5% (mục tiêu 85%)");
    assertThat(r.reading()).contains(Reading.decimal("83.5"));
    assertThat(r.qualifiers()).containsExactly(Qualifier.ESTIMATED);
    assertThat(r.statedTarget().map(Threshold::bound)).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("85"));
    assertThat(ResultText.read("hoàn thành 18/25 nhiệm vụ")).isEqualTo(Reading.fraction(18, 25));
    assertThat(ResultText.read("đang xây dựng")).isEqualTo(Reading.text(TextStatus.IN_PROGRESS, "đang xây dựng"));
    assertThat(ResultText.read("xếp thứ 41/63")).isEqualTo(Reading.rank(41, 63));
    assertThat(ResultText.read("tăng 13 bậc so với năm 2020")).isEqualTo(Reading.delta(new BigDecimal(13),
        Change.of(Change.Direction.INCREASE, Change.Basis.ABSOLUTE, Period.year(2020))));
    assertThatThrownBy(() -> ResultText.read("chín mươi phần trăm")).isInstanceOf(TextParseException.class)
        .hasMessageContaining("position 10");

    Indicator stations = Indicator.builder().code("BTS").nameVi("Số trạm BTS").measure(Measure.COUNT)
        .area(Area.DIGITAL_INFRASTRUCTURE).unit("trạm BTS").build();
    FittedResult fitted = ResultFit.fit("khoảng 3.500 trạm", stations);
    assertThat(fitted.reading()).isEqualTo(Reading.decimal("3500"));
    assertThat(fitted.qualifiers()).containsExactly(Qualifier.APPROXIMATE);
    Result result = fitted.toResult("75", Period.year(2022));
    Target target = TargetText.extract("ít nhất 3.500 trạm BTS").toTarget("BTS-2022", stations, Period.year(2022), Scope.of(Tier.PROVINCE));
    Subject dongNai = AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE);
    var a = Compliance.assess(target, dongNai, result);
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.qualifiers()).containsExactly(Qualifier.APPROXIMATE);
    assertThat(TargetText.format(target, Scope.of(Tier.PROVINCE), Language.EN)).isEqualTo("at least 3,500");
  }
}
