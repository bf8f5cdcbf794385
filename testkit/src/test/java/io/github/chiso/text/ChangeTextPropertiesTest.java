package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.Change;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Changes against a reference read back as written: a threshold on a change formatted by {@link
 * TargetText#format(Threshold, Change, Measure, Language)} extracts to the same bounds and change,
 * and a {@link Reading.Delta} formatted by {@link ResultText#format(Reading, Measure, Language)}
 * parses to an equal reading, in both languages and for every measure.
 */
class ChangeTextPropertiesTest {
  private static final Period Y2025 = Period.year(2025);
  private static final Gen<Measure> MEASURES = Gen.elements(Measure.PERCENT, Measure.COUNT, Measure.RANK, Measure.DURATION);

  record TargetCase(Threshold threshold, Change change, Measure measure, Language language) {}

  record DeltaCase(Reading.Delta delta, Measure measure, Language language) {}

  private static final Gen<TargetCase> TARGETS = MEASURES.flatMap(measure -> Gen.combine(
      ChisoGen.thresholds(ChisoGen.nonNegativeDecimals(new BigDecimal("1000"), 2)).filter(WordingOnly::readable),
      ChisoGen.changes(measure, Y2025),
      Gen.elements(Language.values()), (t, c, l) -> new TargetCase(t, c, measure, l)));

  private static final Gen<DeltaCase> DELTAS = MEASURES.flatMap(measure -> Gen.combine(
      ChisoGen.deltas(measure, Y2025), Gen.elements(Language.values()), (d, l) -> new DeltaCase(d, measure, l)));

  private static String meaning(Threshold t) {
    return t.comparator() + " " + t.bound().stripTrailingZeros() + " "
        + t.upperBound().map(BigDecimal::stripTrailingZeros) + " " + t.qualifiers();
  }

  @Test
  void changeThresholdsFormatThenExtractToTheSameChange() {
    Property.forAll("change threshold format then extract", TARGETS).tries(1000).verify(c -> {
      String text = TargetText.format(c.threshold(), c.change(), c.measure(), c.language());
      TargetPhrase read = TargetText.extract(text, c.language());
      assertThat(read.change()).as(text).contains(c.change());
      assertThat(meaning(read.threshold())).as(text).isEqualTo(meaning(c.threshold()));
    });
  }

  @Test
  void deltasFormatThenParseEqual() {
    Property.forAll("delta format then parse", DELTAS).tries(1000).verify(c -> {
      String text = ResultText.format(c.delta(), c.measure(), c.language());
      Reading read = ResultText.parse(text, c.measure());
      assertThat(read).as(text).isInstanceOf(Reading.Delta.class);
      Reading.Delta delta = (Reading.Delta) read;
      assertThat(delta.change()).as(text).isEqualTo(c.delta().change());
      assertThat(delta.amount()).as(text).isEqualByComparingTo(c.delta().amount());
      assertThat(ResultText.read(text, c.measure())).as(text).isEqualTo(read);
      assertThat(ResultText.extract(text, c.language()).change()).as(text).isEqualTo(Optional.of(c.delta().change()));
    });
  }
}
