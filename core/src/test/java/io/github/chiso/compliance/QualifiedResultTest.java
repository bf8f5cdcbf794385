package io.github.chiso.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.RateBasis;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A result's qualifiers are kept, checked and shown with the verdict, never judged. */
class QualifiedResultTest {
  private static final AdminUnit PROVINCE = AdminUnit.of("75", "Tỉnh Đồng Nai", Tier.PROVINCE);
  private static final Indicator SHARE =
      Indicator.of("I.5.a", "Tỷ lệ hộ gia đình có Internet", Measure.PERCENT, Area.DIGITAL_INFRASTRUCTURE);
  private static final Indicator RANK = Indicator.of("DTI", "Thứ hạng DTI", Measure.RANK, Area.DIGITAL_GOVERNMENT);
  private static final Period YEAR = Period.year(2022);

  private static Result result(Indicator indicator, Reading reading, Qualifier... qualifiers) {
    return Result.builder().indicatorCode(indicator.code()).subjectCode("75").period(YEAR).reading(reading)
        .addQualifiers(qualifiers).build();
  }

  private static Target target(Indicator indicator, Threshold threshold) {
    return Target.builder().code("T").indicator(indicator).period(YEAR).threshold(Tier.PROVINCE, threshold).build();
  }

  @Test
  void anApproximateValueIsJudgedAtTheStatedNumberAndTheAssessmentShowsTheQualifier() {
    Result approximate = result(SHARE, Reading.decimal("83.5"), Qualifier.APPROXIMATE);
    Assessment met = Compliance.assess(target(SHARE, Threshold.atLeast("83.5")), PROVINCE, approximate);
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.qualifiers()).containsExactly(Qualifier.APPROXIMATE);
    assertThat(met.toString()).contains("APPROXIMATE");
    Assessment above = Compliance.assess(target(SHARE, Threshold.above("83.5")), PROVINCE,
        result(SHARE, Reading.decimal("83.5"), Qualifier.MORE_THAN));
    assertThat(above.status()).as("'hơn 83,5%%' is judged as 83.5: it does not meet > 83.5").isEqualTo(Status.NOT_MET);
    assertThat(above.qualifiers()).containsExactly(Qualifier.MORE_THAN);
  }

  @Test
  void qualifiersAreShownOnEveryAssessmentOfTheResultEvenWhenNotJudged() {
    Assessment notEvaluable = Compliance.assess(target(SHARE, Threshold.atLeast("80")), PROVINCE,
        result(SHARE, Reading.rank(3, 63), Qualifier.WITHIN));
    assertThat(notEvaluable.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(notEvaluable.qualifiers()).containsExactly(Qualifier.WITHIN);
    Assessment parts = Compliance.assess(target(SHARE, Threshold.atLeast("80")), PROVINCE,
        result(SHARE, Reading.fraction(81, 100), Qualifier.ESTIMATED));
    assertThat(parts.numerator()).isPresent();
    assertThat(parts.qualifiers()).containsExactly(Qualifier.ESTIMATED);
    assertThat(Compliance.assess(target(SHARE, Threshold.atLeast("80")), PROVINCE,
        result(SHARE, Reading.decimal("81"))).qualifiers()).isEmpty();
  }

  @Test
  void aResultRefusesQualifiersThatDoNotFitItsReading() {
    assertThatThrownBy(() -> result(SHARE, Reading.text(TextStatus.IN_PROGRESS, "Đang triển khai"), Qualifier.APPROXIMATE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("only for a number");
    assertThatThrownBy(() -> result(SHARE, Reading.decimal("80"), Qualifier.ASPIRATIONAL))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("ASPIRATIONAL");
    assertThatThrownBy(() -> result(SHARE, Reading.decimal("10"), Qualifier.WITHIN))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("WITHIN");
    assertThatThrownBy(() -> result(SHARE, Reading.decimal("10"), Qualifier.MORE_THAN, Qualifier.LESS_THAN))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("contradict");
    assertThat(result(RANK, Reading.rank(10), Qualifier.WITHIN).qualifiers()).containsExactly(Qualifier.WITHIN);
    assertThat(result(SHARE, Reading.decimal("68.457"), Qualifier.AMBIGUOUS_NUMBER, Qualifier.APPROXIMATE).toString())
        .contains("AMBIGUOUS_NUMBER");
  }

  @Test
  void anIndicatorKeepsItsUnitAndRateBasis() {
    Indicator doctors = Indicator.builder().code("YT-01").nameVi("Số bác sĩ").measure(Measure.COUNT)
        .area(Area.DIGITAL_SOCIETY).unit("bác sĩ").per(RateBasis.perPopulation(new BigDecimal("10000"), "dân"))
        .build();
    assertThat(doctors.unit()).contains("bác sĩ");
    assertThat(doctors.per().orElseThrow().base()).contains(new BigDecimal("10000"));
    assertThat(doctors.per().orElseThrow().toString()).isEqualTo("/10000 dân");
    assertThat(RateBasis.perYear().kind()).isEqualTo(RateBasis.Kind.PER_YEAR);
    assertThat(RateBasis.perYear().base()).isEmpty();
    assertThat(SHARE.unit()).isEmpty();
    assertThat(SHARE.per()).isEmpty();
  }

  @Test
  void aRateBasisOrUnitThatCannotBeIsRefusedNamingTheValue() {
    for (String base : List.of("0", "-1000")) {
      assertThatThrownBy(() -> RateBasis.perPopulation(new BigDecimal(base), "dân"))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("positive").hasMessageContaining(base);
    }
    assertThatThrownBy(() -> RateBasis.perPopulation(BigDecimal.TEN, " dân"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("population");
    assertThatThrownBy(() -> Indicator.builder().code("X").nameVi("x").measure(Measure.COUNT)
        .area(Area.DIGITAL_SOCIETY).unit("").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("unit");
    assertThatThrownBy(() -> Indicator.builder().code("X").nameVi("x").measure(Measure.RANK)
        .area(Area.DIGITAL_SOCIETY).per(RateBasis.perYear()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("rank");
  }
}
