package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
public class TextPropertiesTest {
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

  /** Decimals of 1 to 110 digits, either sign, scale from -20 to 120: on both sides of the limit. */
  public static final Gen<BigDecimal> EXTREME_DECIMALS =
      Gen.combine(
          Gen.ints(1, 110).flatMap(n -> Gen.lists(Gen.ints(0, 9), n, n)),
          Gen.ints(-20, 120),
          Gen.booleans(),
          (digits, scale, negative) -> {
            StringBuilder text = new StringBuilder(negative ? "-" : "");
            digits.forEach(text::append);
            return new BigDecimal(new BigInteger(text.toString()), scale);
          });

  @Test
  void numbersThatFitRoundTripAndOthersAreRefused() {
    // Mutation checked: plainLength without the sign made the 101-character negatives "fit" and fail here.
    Gen<NumberCase> cases = Gen.combine(EXTREME_DECIMALS, Gen.elements(Language.values()), NumberCase::new);
    Property.forAll("fits(x) decides whether format(x) reads back", cases)
        .tries(2000)
        .verify(c -> {
          BigDecimal normal = c.value().scale() < 0 ? c.value().setScale(0) : c.value();
          assertThat(TextLimits.fits(c.value())).as(normal.toPlainString())
              .isEqualTo(normal.toPlainString().length() <= TextLimits.MAX_NUMBER_LENGTH);
          String text = NumberText.format(c.value(), c.language());
          if (TextLimits.fits(c.value())) {
            assertThat(NumberText.parse(text, c.language())).isEqualTo(normal);
          } else {
            assertThatThrownBy(() -> NumberText.parse(text, c.language()))
                .isInstanceOf(io.github.chiso.TextParseException.class)
                .hasMessageContaining("at most 100 characters");
          }
        });
  }

  record ThresholdCase(Threshold threshold, Measure measure, Language language) {}

  private static final Gen<ThresholdCase> THRESHOLD_CASES =
      Gen.combine(
          ChisoGen.thresholds(NUMBERS).filter(WordingOnly::readable), ChisoGen.measures(), Gen.elements(Language.values()),
          ThresholdCase::new);

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
              assertThat(read.qualifiers()).as(text).isEqualTo(c.threshold().qualifiers());
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
