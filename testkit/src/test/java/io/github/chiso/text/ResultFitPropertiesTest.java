package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.RateBasis;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rate per population fitted to an indicator per another base is rescaled exactly. */
class ResultFitPropertiesTest {
  private static final List<BigDecimal> PHRASE_BASES = List.of(new BigDecimal("100"), new BigDecimal("1000"),
      new BigDecimal("10000"), new BigDecimal("100000"));
  private static final List<BigDecimal> INDICATOR_BASES = List.of(new BigDecimal("100"), new BigDecimal("1000"),
      new BigDecimal("10000"), new BigDecimal("500"), new BigDecimal("250"));

  record Case(BigDecimal value, BigDecimal phraseBase, BigDecimal indicatorBase, boolean words, boolean approximate) {
    String phrase() {
      String number = NumberText.format(value, Language.VI);
      String base = NumberText.format(phraseBase, Language.VI);
      return (approximate ? "khoảng " : "") + (words ? number + " bác sĩ trên " + base + " dân" : number + "/" + base + " dân");
    }

    Indicator indicator() {
      return Indicator.builder().code("BS").nameVi("Số bác sĩ").measure(Measure.COUNT).area(Area.DIGITAL_SOCIETY)
          .unit("bác sĩ").per(RateBasis.perPopulation(indicatorBase, "dân")).build();
    }
  }

  private static final Gen<Case> CASES = Gen.combine(
      ChisoGen.nonNegativeDecimals(new BigDecimal("9999"), 3),
      Gen.combine(Gen.elements(PHRASE_BASES), Gen.elements(INDICATOR_BASES), (p, i) -> new BigDecimal[] {p, i}),
      Gen.combine(Gen.booleans(), Gen.booleans(), (w, a) -> new boolean[] {w, a}),
      (value, bases, flags) -> new Case(value, bases[0], bases[1], flags[0], flags[1]));

  @Test
  void aRateIsRescaledExactlyToTheIndicatorsBase() {
    // Mutation checked: ResultFit.rescale computing value × from / to (multiply and divide swapped)
    // failed here.
    Property.forAll("value per phrase base = fitted value per indicator base", CASES).tries(1000).verify(c -> {
      FittedResult fitted = ResultFit.fit(c.phrase(), c.indicator());
      BigDecimal rescaled = ((Reading.Decimal) fitted.reading()).decimal();
      assertThat(Rational.valueOf(rescaled).multiply(Rational.valueOf(c.phraseBase())))
          .as("%s on %s → %s", c.phrase(), c.indicator().per().orElseThrow(), rescaled)
          .isEqualTo(Rational.valueOf(c.value()).multiply(Rational.valueOf(c.indicatorBase())));
      assertThat(fitted.qualifiers().contains(Qualifier.APPROXIMATE)).as(c.phrase()).isEqualTo(c.approximate());
    });
  }
}
