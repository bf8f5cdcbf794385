package io.github.chiso.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.bulk.BulkCompliance;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.bulk.BulkVerdicts;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.InvalidDocumentException;
import io.github.chiso.model.Area;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.ChisoSchemas;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import io.github.chiso.testkit.property.Source;
import io.github.chiso.text.Language;
import io.github.chiso.text.ResultText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ranks as results: the verdict is the place against the bound (restated here from the contract),
 * the same through {@link Compliance#assess}, {@link CompiledPlan#status} and the bulk path; ranks
 * round-trip through JSON (valid by the schema) and through their wording in both languages.
 */
class RankPropertiesTest {
  private static final TierScheme SCHEME = TierScheme.VIETNAM_FROM_2025_07_01;
  private static final Period YEAR = Period.year(2025);

  record Case(Hierarchy hierarchy, Indicator indicator, Plan plan, List<Result> results) {}

  /** Bounds on places near the places generated, exactly on them often. */
  private static Threshold threshold(Source source) {
    Comparator comparator = ChisoGen.comparators().generate(source);
    long bound = Gen.longs(1, 20).generate(source);
    if (comparator == Comparator.BETWEEN) {
      return Threshold.between(BigDecimal.valueOf(bound), BigDecimal.valueOf(bound + Gen.longs(0, 10).generate(source)));
    }
    return Threshold.of(comparator, BigDecimal.valueOf(bound));
  }

  private static Case generate(Source source) {
    Hierarchy h = ChisoGen.hierarchies(SCHEME, 3, 3).generate(source);
    Indicator rank = Indicator.builder().code("HANG").nameVi("Thứ hạng").measure(Measure.RANK)
        .polarity(Gen.elements(Polarity.values()).generate(source)).area(Area.DIGITAL_GOVERNMENT).build();
    List<Target> targets = new ArrayList<>();
    int count = 1 + Gen.ints(0, 2).generate(source);
    for (int t = 0; t < count; t++) {
      Target.Builder target = Target.builder().code("T" + t).indicator(rank).period(YEAR);
      for (Tier tier : SCHEME.tiers()) {
        target.threshold(tier, threshold(source));
      }
      targets.add(target.build());
    }
    Plan plan = Plan.builder().number("P").kind(DocumentKind.PLAN).issuer("x").jurisdiction(h.roots().get(0).code())
        .period(YEAR).addAllTargets(targets).build();
    Gen<Reading> places = Gen.oneOf(Gen.longs(1, 25).map(p -> (Reading) Reading.rank(p)),
        Gen.longs(1, 25).flatMap(p -> Gen.longs(p, 63).map(f -> (Reading) Reading.rank(p, f))),
        Gen.longs(1, 25).map(p -> (Reading) Reading.decimal(BigDecimal.valueOf(p))));
    List<Result> results = new ArrayList<>();
    for (AdminUnit unit : h.units()) {
      if (h.isWithin(unit.code(), plan.jurisdiction()) && Gen.ints(0, 3).generate(source) > 0) {
        results.add(Result.of(rank.code(), unit.code(), YEAR, places.generate(source)));
      }
    }
    return new Case(h, rank, plan, results);
  }

  /** The contract restated: a place meets a bound on places as the comparator says; a range from its better end. */
  private static Status expected(Threshold threshold, Polarity polarity, long place) {
    BigDecimal p = BigDecimal.valueOf(place);
    int vsBound = p.compareTo(threshold.bound());
    boolean met;
    switch (threshold.comparator()) {
      case AT_LEAST:
        met = vsBound >= 0;
        break;
      case ABOVE:
        met = vsBound > 0;
        break;
      case AT_MOST:
        met = vsBound <= 0;
        break;
      case BELOW:
        met = vsBound < 0;
        break;
      case EQUAL:
        met = vsBound == 0;
        break;
      default:
        met = polarity == Polarity.HIGHER_IS_BETTER ? vsBound >= 0 : p.compareTo(threshold.upperBound().orElseThrow()) <= 0;
    }
    return met ? Status.MET : Status.NOT_MET;
  }

  private static long place(Reading reading) {
    return reading instanceof Reading.Rank ? ((Reading.Rank) reading).place()
        : ((Reading.Decimal) reading).decimal().longValueExact();
  }

  @Test
  void aRankIsJudgedByItsPlaceAlikeOnEveryPath() {
    // Mutations checked: CompiledPlan.status judging a rank's field instead of its place, and
    // BulkResults holding a rank as place/10, each failed here.
    Property.forAll("rank verdicts: contract = object = verdict-only = bulk", RankPropertiesTest::generate).tries(300)
        .verify(c -> {
          CompiledPlan compiled = CompiledPlan.of(c.plan());
          BulkResults bulk = BulkResults.builder(c.hierarchy(), List.of(c.indicator())).addAll(c.results()).build();
          BulkVerdicts verdicts = BulkCompliance.verdicts(bulk, compiled);
          for (int r = 0; r < c.results().size(); r++) {
            Result result = c.results().get(r);
            AdminUnit unit = c.hierarchy().unit(result.subjectCode()).orElseThrow();
            for (Target target : c.plan().targets()) {
              Threshold threshold = target.thresholdFor(unit).orElseThrow();
              Status status = Compliance.assess(target, unit, result).status();
              assertThat(status).as("%s against %s", result, threshold)
                  .isEqualTo(expected(threshold, c.indicator().polarity(), place(result.reading())));
              assertThat(compiled.status(target, unit, result)).as("verdict-only %s", result).isEqualTo(status);
              assertThat(verdicts.status(r, target)).as("bulk %s", result).contains(status);
            }
          }
        });
  }

  @Test
  void resultSetsWithRanksRoundTripThroughJsonValidByTheSchema() {
    // Mutation checked: JsonWriters leaving out "field" failed here.
    Property.forAll("results with ranks round trip", Gen.lists(ChisoGen.results(1, 1, 1, 2), 0, 15)).tries(300)
        .verify(results -> {
          String json = ChisoJson.writeResults(results);
          assertThat(ChisoJson.readResults(json)).isEqualTo(results);
          assertThat(ChisoSchemas.results(json)).as(json).isEmpty();
        });
  }

  @Test
  void aRankIsWrittenAndReadBackToTheSameRankInBothLanguages() {
    // Mutation checked: ResultText.format leaving out the field failed here.
    Property.forAll("rank format then parse", Gen.combine(ChisoGen.ranks(), Gen.elements(Language.values()),
        (rank, language) -> new Object[] {rank, language})).tries(500).verify(c -> {
          Reading.Rank rank = (Reading.Rank) c[0];
          String text = ResultText.format(rank, Measure.RANK, (Language) c[1]);
          assertThat(ResultText.parse(text)).as(text).isEqualTo(rank);
          assertThat(ResultText.read(text, Measure.RANK)).as(text).isEqualTo(rank);
        });
  }

  private static final String HEAD = "{\"format\": \"chiso.results\", \"formatVersion\": 1, \"results\": [";

  private static String document(String reading) {
    return HEAD + "{\"indicator\": \"HANG\", \"subject\": \"68\", \"period\": \"2025\", " + reading + "}]}";
  }

  @Test
  void aRankInJson() {
    assertThat(ChisoJson.readResults(document("\"rank\": 12, \"field\": 63")))
        .containsExactly(Result.of("HANG", "68", YEAR, Reading.rank(12, 63)));
    assertThat(ChisoJson.readResults(document("\"rank\": 3"))).containsExactly(Result.of("HANG", "68", YEAR, Reading.rank(3)));
    assertThat(ChisoSchemas.results(document("\"rank\": 12, \"field\": 63"))).isEmpty();
  }

  @Test
  void aBrokenRankIsRefusedByTheReaderAndTheSchema() {
    for (String bad : List.of("\"rank\": 0", "\"rank\": 12, \"value\": 12", "\"value\": 12, \"field\": 63",
        "\"rank\": 2.5", "\"numerator\": 1, \"denominator\": 2, \"rank\": 1", "\"field\": 63")) {
      assertThatThrownBy(() -> ChisoJson.readResults(document(bad))).as(bad).isInstanceOf(InvalidDocumentException.class);
      assertThat(ChisoSchemas.results(document(bad))).as(bad).isNotEmpty();
    }
    assertThatThrownBy(() -> ChisoJson.readResults(document("\"rank\": 70, \"field\": 63")))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("field");
  }
}
