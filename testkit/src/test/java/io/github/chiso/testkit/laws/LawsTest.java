package io.github.chiso.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.chiso.compliance.Compliance;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Rational;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.Aggregator;
import io.github.chiso.rollup.Aggregators;
import io.github.chiso.rollup.Observation;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.PropertyFailure;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Chiso runs the law suites on its own implementations; a broken rule is caught and shrunk. */
class LawsTest {

  @Test
  void everyBuiltInRollupRuleObeysTheLaws() {
    for (UnitRollup rule : UnitRollup.values()) {
      RollupLaws.check(rule.name(), Aggregators.forRule(rule, Measure.PERCENT));
    }
  }

  @Test
  void theJsonCodecsObeyTheLaws() {
    CodecLaws.roundTrip("plan JSON", ChisoGen.plans(), ChisoJson::writePlan, ChisoJson::readPlan, 100);
    CodecLaws.roundTrip("results JSON", Gen.lists(ChisoGen.results(), 0, 10), ChisoJson::writeResults,
        ChisoJson::readResults, 100);
  }

  @Test
  void theVerdictObeysTheComparatorLaws() {
    ComparatorLaws.check("Compliance.meets", Compliance::meets, 300);
  }

  /** A mean of means: each combine averages the two sides' values, ignoring how many each holds. */
  static final class MeanOfMeans implements Aggregator<Optional<Rational>> {
    @Override
    public Optional<Rational> identity() {
      return Optional.empty();
    }

    @Override
    public Optional<Rational> lift(Observation observation) {
      return Optional.of(observation.value());
    }

    @Override
    public Optional<Rational> combine(Optional<Rational> a, Optional<Rational> b) {
      if (a.isEmpty()) {
        return b;
      }
      if (b.isEmpty()) {
        return a;
      }
      return Optional.of(a.get().add(b.get()).divide(Rational.valueOf(2)));
    }

    @Override
    public Optional<Rational> value(Optional<Rational> accumulation) {
      return accumulation;
    }
  }

  @Test
  void aMeanOfMeansIsCaughtAndShrunkToASmallCounterExample() {
    PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
        () -> RollupLaws.check("mean of means", new MeanOfMeans(), RollupLaws.observations(), 300));
    assertThat(failure.getMessage()).contains("mean of means: associativity");
    @SuppressWarnings("unchecked")
    java.util.List<java.util.List<Observation>> shrunk = (java.util.List<java.util.List<Observation>>) failure.shrunkCase();
    assertThat(shrunk.stream().mapToInt(java.util.List::size).sum()).isLessThanOrEqualTo(4);
    System.out.println(failure.getMessage());
  }

  @Test
  void generatorsOfSchemesMixesAndBoundaryShares() {
    io.github.chiso.testkit.property.Property.forAll("schemes build hierarchies", ChisoGen.tierSchemes()
        .flatMap(scheme -> ChisoGen.hierarchies(scheme, 2, 3))).tries(100)
        .check(h -> h.size() >= 1);
    io.github.chiso.testkit.property.Property.forAll("only parts", ChisoGen.results(0, 1, 0)).tries(100)
        .check(r -> r.reading().kind() == io.github.chiso.model.Reading.Kind.FRACTION);
    io.github.chiso.testkit.property.Property.forAll("only text", ChisoGen.results(0, 0, 1)).tries(100)
        .check(r -> r.reading().kind() == io.github.chiso.model.Reading.Kind.TEXT);
    java.math.BigDecimal eighty = new java.math.BigDecimal("77.62");
    io.github.chiso.testkit.property.Property.forAll("shares sit around 77.62%", ChisoGen.sharesAround(eighty)).tries(300)
        .check(f -> {
          Rational share = Rational.HUNDRED.multiply(f.ratio());
          Rational gap = share.subtract(Rational.valueOf(eighty)).abs();
          return gap.compareTo(Rational.of(java.math.BigInteger.valueOf(100), java.math.BigInteger.valueOf(f.denominator()))) <= 0;
        });
  }

  @Test
  void invalidGeneratorsAreRejectedWithTypedExceptions() {
    io.github.chiso.testkit.property.Property.forAll("cycles rejected", ChisoGen.Invalid.unitListsWithCycle()).tries(50)
        .verify(units -> assertThat(catchThrowableOfType(io.github.chiso.InvalidValueException.class,
            () -> io.github.chiso.hierarchy.Hierarchy.of(TierScheme.VIETNAM_2021_2025, units))).hasMessageContaining("cycle of parents"));
    io.github.chiso.testkit.property.Property.forAll("duplicates rejected", ChisoGen.Invalid.unitListsWithDuplicateCode()).tries(50)
        .verify(units -> assertThat(catchThrowableOfType(io.github.chiso.InvalidValueException.class,
            () -> io.github.chiso.hierarchy.Hierarchy.of(TierScheme.VIETNAM_2021_2025, units))).hasMessageContaining("duplicate unit code"));
    io.github.chiso.testkit.property.Property.forAll("parts above whole rejected", ChisoGen.Invalid.resultSetsWithPartsAboveWhole()).tries(50)
        .verify(json -> assertThat(catchThrowableOfType(io.github.chiso.json.InvalidDocumentException.class,
            () -> ChisoJson.readResults(json)).location()).isEqualTo("$.results[0].numerator"));
    String valid = ChisoJson.writePlan(io.github.chiso.testkit.ChisoFixtures.dongNai2022Plan());
    io.github.chiso.testkit.property.Property.forAll("broken JSON", ChisoGen.Invalid.brokenJson(valid)).tries(300)
        .verify(json -> {
          try {
            ChisoJson.readPlan(json);
          } catch (io.github.chiso.ChisoException expected) {
            // the typed exception is the only acceptable failure
          }
        });
  }
}
