package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.Measure;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Formatting then reading gives back the same value, in both languages. */
class TextPropertiesTest {
  private static final Gen<BigDecimal> NUMBERS =
      Gen.oneOf(ChisoGen.decimals(4, 4), ChisoGen.decimals(12, 2), ChisoGen.decimals(2, 6));

  record NumberCase(BigDecimal value, Language language) {}

  @Test
  void numbersRoundTripInTheirLanguage() {
    Gen<NumberCase> cases = Gen.combine(NUMBERS, Gen.elements(Language.values()), NumberCase::new);
    Property.forAll("number format then parse", cases)
        .tries(1000)
        .check(c -> NumberText.parse(NumberText.format(c.value(), c.language()), c.language()).equals(c.value()));
  }

  record ThresholdCase(Threshold threshold, Measure measure, Language language) {}

  private static final Gen<ThresholdCase> THRESHOLD_CASES =
      Gen.combine(
          ChisoGen.thresholds(NUMBERS), ChisoGen.measures(), Gen.elements(Language.values()), ThresholdCase::new);

  @Test
  void thresholdWordingRoundTrips() {
    Property.forAll("target format then parse", THRESHOLD_CASES)
        .tries(1000)
        .verify(
            c -> {
              String text = TargetText.format(c.threshold(), c.measure(), c.language());
              Threshold read = TargetText.parse(text);
              assertThat(read.comparator()).as(text).isEqualTo(c.threshold().comparator());
              assertThat(read.bound()).as(text).isEqualTo(c.threshold().bound());
              assertThat(read.upperBound()).as(text).isEqualTo(c.threshold().upperBound());
              assertThat(read.wording()).contains(text);
            });
  }

  @Test
  void formattingIsStableAfterOneRoundTrip() {
    Property.forAll("format(parse(format(t))) == format(t)", THRESHOLD_CASES)
        .tries(500)
        .check(
            c -> {
              String once = TargetText.format(c.threshold(), c.measure(), c.language());
              return TargetText.format(TargetText.parse(once), c.measure(), c.language()).equals(once);
            });
  }

  record ResultCase(Reading reading, Measure measure) {}

  @Test
  void numericResultsRoundTripInVietnamese() {
    Gen<Reading> withShares =
        Gen.longs(1, 10_000_000_000L)
            .flatMap(d -> Gen.longs(0, d).map(n -> new long[] {n, d}))
            .map(nd -> (Reading) Reading.fraction(nd[0], nd[1], share(nd[0], nd[1])));
    Gen<Reading> readings =
        Gen.oneOf(ChisoGen.numericReadings(ChisoGen.nonNegativeDecimals(new BigDecimal("1000000"), 4), 10_000_000_000L), withShares);
    Property.forAll("result format then parse", Gen.combine(readings, ChisoGen.measures(), ResultCase::new))
        .tries(1000)
        .check(c -> ResultText.parse(ResultText.format(c.reading(), c.measure())).equals(c.reading()));
  }

  private static BigDecimal share(long n, long d) {
    return new BigDecimal(BigInteger.valueOf(n).multiply(BigInteger.valueOf(100)))
        .divide(BigDecimal.valueOf(d), 2, java.math.RoundingMode.HALF_UP);
  }
}
