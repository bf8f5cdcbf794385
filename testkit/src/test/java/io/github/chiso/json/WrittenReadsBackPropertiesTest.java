package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.InvalidValueException;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.text.TextLimits;
import io.github.chiso.text.TextPropertiesTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the library writes it reads back, for values on both sides of the limits: writing either
 * refuses the value with {@link InvalidValueException} — exactly when a number does not {@link
 * TextLimits#fits fit} or a text is not Unicode — or gives a document that reads back to an equal
 * value. Negative scales are left out: they read back normalised (1E+2 as 100), as FORMAT.md says.
 * Mutation checked: with the JSON writers' number check removed, all three properties fail (values
 * that do not fit are written).
 */
class WrittenReadsBackPropertiesTest {
  private static final JsonMapper MAPPER = ChisoJson.mapper();

  private static final Gen<BigDecimal> DECIMALS =
      TextPropertiesTest.EXTREME_DECIMALS.map(d -> d.scale() < 0 ? d.setScale(0) : d);

  /** Mostly Vietnamese text; now and then with an unpaired surrogate. */
  private static final Gen<String> TEXTS = Gen.frequency(
      9, ChisoGen.vietnameseText(20), 1, ChisoGen.vietnameseText(20).map(t -> t + "\ud800"));

  private static final Gen<Reading> READINGS = Gen.oneOf(
      DECIMALS.map(Reading::decimal),
      Gen.combine(Gen.longs(1, 1_000_000), DECIMALS, (d, share) -> (Reading) Reading.fraction(d / 2, d, share.abs())),
      Gen.combine(Gen.elements(TextStatus.values()), TEXTS, Reading::text));

  private static final Gen<Result> RESULTS = ChisoGen.qualified(Gen.combine(ChisoGen.results(), READINGS, TEXTS,
      (r, reading, note) -> Result.builder().from(r).reading(reading).note(note).qualifiers(List.of()).build()));

  private static boolean fits(Reading reading) {
    if (reading instanceof Reading.Decimal) {
      return TextLimits.fits(((Reading.Decimal) reading).decimal());
    }
    if (reading instanceof Reading.Fraction) {
      return ((Reading.Fraction) reading).reportedShare().map(TextLimits::fits).orElse(true);
    }
    return TextLimits.unpairedSurrogateAt(((Reading.Text) reading).note()) < 0;
  }

  private static boolean fits(Result result) {
    return fits(result.reading()) && result.note().map(n -> TextLimits.unpairedSurrogateAt(n) < 0).orElse(true);
  }

  private static boolean fits(Threshold t) {
    return TextLimits.fits(t.bound()) && t.upperBound().map(TextLimits::fits).orElse(true);
  }

  /** Writes {@code value}; a refusal must be an {@link InvalidValueException} when {@code fits} is false, and only then. */
  private static <T> void readsBack(T value, boolean fits, Supplier<String> write, Function<String, T> read) {
    String written;
    try {
      written = write.get();
    } catch (InvalidValueException refused) {
      assertThat(fits).as("refused although every part fits: " + refused.getMessage()).isFalse();
      return;
    }
    assertThat(fits).as("written although a part does not fit:\n" + written).isTrue();
    assertThat(read.apply(written)).isEqualTo(value);
  }

  @Test
  void thresholds() {
    Property.forAll("threshold written reads back", ChisoGen.thresholds(DECIMALS)).tries(1000).verify(t ->
        readsBack(t, fits(t), () -> MAPPER.writeValueAsString(t), json -> MAPPER.readValue(json, Threshold.class)));
  }

  @Test
  void resultSetsAsJsonAndCsv() {
    Property.forAll("results written read back", Gen.lists(RESULTS, 1, 5)).tries(1000).verify(results -> {
      boolean fits = results.stream().allMatch(WrittenReadsBackPropertiesTest::fits);
      readsBack(results, fits, () -> ChisoJson.writeResults(results), ChisoJson::readResults);
      List<Result> csvable = results.stream().map(r -> {
        Result.Builder b = Result.builder().from(r).source(Optional.empty());
        return (r.reading() instanceof Reading.Text ? b.note(Optional.empty()) : b).build();
      }).toList();
      boolean csvFits = csvable.stream().allMatch(WrittenReadsBackPropertiesTest::fits);
      readsBack(csvable, csvFits, () -> ResultsCsv.write(csvable), ResultsCsv::read);
    });
  }

  @Test
  void plansAssessmentsAndGaps() {
    Gen<Plan> plans = Gen.combine(ChisoGen.plans().filter(p -> !p.targets().isEmpty()), ChisoGen.thresholds(DECIMALS),
        (plan, threshold) -> {
          Target first = plan.targets().get(0);
          Scope scope = first.thresholds().keySet().iterator().next();
          Target extreme = Target.builder().from(first).thresholds(Map.of(scope, threshold)).build();
          List<Target> targets = new java.util.ArrayList<>(plan.targets());
          targets.set(0, extreme);
          return Plan.builder().from(plan).targets(targets).build();
        });
    Property.forAll("plan, assessment and gap written read back", Gen.combine(plans, RESULTS, (p, r) -> new Object[] {p, r}))
        .tries(300)
        .verify(pr -> {
          Plan plan = (Plan) pr[0];
          boolean planFits = plan.targets().stream().flatMap(t -> t.thresholds().values().stream())
              .allMatch(WrittenReadsBackPropertiesTest::fits);
          readsBack(plan, planFits, () -> ChisoJson.writePlan(plan), ChisoJson::readPlan);
          Target target = plan.targets().get(0);
          Result result = Result.builder().from((Result) pr[1]).indicatorCode(target.indicator().code()).subjectCode("75").build();
          Assessment a = Compliance.assess(target, AdminUnit.of("75", "Đồng Nai", Tier.PROVINCE), result);
          // The assessment carries the threshold of the subject's scope, if the target has one, and a
          // text-only result's words in its reason.
          boolean fits = a.threshold().map(WrittenReadsBackPropertiesTest::fits).orElse(true)
              && a.reason().map(r -> TextLimits.unpairedSurrogateAt(r) < 0).orElse(true);
          readsBack(a, fits, () -> MAPPER.writeValueAsString(a), json -> MAPPER.readValue(json, Assessment.class));
          Gap gap = Gaps.of(a);
          readsBack(gap, fits, () -> MAPPER.writeValueAsString(gap), json -> MAPPER.readValue(json, Gap.class));
        });
  }
}
