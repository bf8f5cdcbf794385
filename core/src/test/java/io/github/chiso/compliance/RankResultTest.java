package io.github.chiso.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import io.github.chiso.TextParseException;
import io.github.chiso.bulk.BulkCompliance;
import io.github.chiso.bulk.BulkResults;
import io.github.chiso.bulk.BulkVerdicts;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import io.github.chiso.text.Language;
import io.github.chiso.text.ResultText;
import io.github.chiso.text.TargetText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rank is a place in a field, judged by its place against bounds on the place; never a share. */
class RankResultTest {
  private static final AdminUnit LAM_DONG = AdminUnit.of("68", "Tỉnh Lâm Đồng", Tier.PROVINCE);
  private static final Hierarchy HIERARCHY = Hierarchy.of(TierScheme.VIETNAM_FROM_2025_07_01, List.of(LAM_DONG));
  private static final Indicator RANK = Indicator.builder().code("DTI-HANG").nameVi("Thứ hạng DTI toàn quốc")
      .measure(Measure.RANK).polarity(Polarity.LOWER_IS_BETTER).area(Area.DIGITAL_GOVERNMENT).build();
  private static final Indicator SHARE =
      Indicator.of("II.1", "Tỷ lệ hồ sơ trực tuyến", Measure.PERCENT, Area.DIGITAL_GOVERNMENT);
  private static final Period YEAR = Period.year(2025);

  private static Target target(String code, Indicator indicator, String wording) {
    return Target.builder().code(code).indicator(indicator).period(YEAR)
        .threshold(Tier.PROVINCE, TargetText.parse(wording)).wording(wording).build();
  }

  private static final Target TOP_15 = target("T-15", RANK, "top 15 cả nước");
  private static final Target LEADING_10 = target("T-10", RANK, "trong nhóm 10 tỉnh dẫn đầu");
  private static final Target ON_SHARE = target("T-S", SHARE, "tối thiểu 80%");
  private static final Plan PLAN = Plan.builder().number("KH-1").kind(DocumentKind.PLAN).issuer("UBND tỉnh")
      .jurisdiction("68").period(YEAR).addTargets(TOP_15, LEADING_10, ON_SHARE).build();
  private static final CompiledPlan COMPILED = CompiledPlan.of(PLAN);

  private static Result ranked(Indicator indicator, Reading reading) {
    return Result.of(indicator.code(), "68", YEAR, reading);
  }

  private static Status status(Target target, Reading reading) {
    Result result = ranked(target.indicator(), reading);
    Status object = Compliance.assess(target, LAM_DONG, result).status();
    assertThat(COMPILED.status(target, LAM_DONG, result)).as("verdict-only %s", reading).isEqualTo(object);
    return object;
  }

  @Test
  void aRankIsAPlaceInAFieldNeverAShare() {
    Reading.Rank rank = Reading.rank(18, 63);
    assertThat(rank.kind()).isEqualTo(Reading.Kind.RANK);
    assertThat(rank.place()).isEqualTo(18);
    assertThat(rank.field()).contains(63L);
    assertThat(rank.value(Measure.RANK)).contains(Rational.valueOf(18));
    assertThat(rank.value(Measure.PERCENT)).contains(Rational.valueOf(18));
    assertThat(Reading.rank(63, 63).field()).contains(63L);
    assertThat(Reading.rank(3).field()).isEmpty();
  }

  @Test
  void aPlaceFromOneWithinItsField() {
    assertThatThrownBy(() -> Reading.rank(0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Reading.rank(64, 63)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("field of 63");
  }

  @Test
  void rankTargetsAreBoundsOnThePlace() {
    assertThat(TOP_15.thresholds().values().iterator().next()).satisfies(t -> {
      assertThat(t.comparator()).isEqualTo(io.github.chiso.model.Comparator.AT_MOST);
      assertThat(t.bound()).isEqualByComparingTo("15");
    });
    assertThat(status(TOP_15, Reading.rank(15, 63))).isEqualTo(Status.MET);
    assertThat(status(TOP_15, Reading.rank(16, 63))).isEqualTo(Status.NOT_MET);
    assertThat(status(TOP_15, Reading.rank(1))).isEqualTo(Status.MET);
    assertThat(status(LEADING_10, Reading.rank(10, 63))).isEqualTo(Status.MET);
    assertThat(status(LEADING_10, Reading.rank(11, 63))).isEqualTo(Status.NOT_MET);
  }

  @Test
  void theMarginOfARankIsInPlaces() {
    Assessment a = Compliance.assess(TOP_15, LAM_DONG, ranked(RANK, Reading.rank(12, 63)));
    assertThat(a.margin()).contains(Rational.valueOf(3));
  }

  @Test
  void aRankOnAnIndicatorNotMeasuredInRanksIsNotJudged() {
    Result result = ranked(SHARE, Reading.rank(12, 63));
    Assessment a = Compliance.assess(ON_SHARE, LAM_DONG, result);
    assertThat(a.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(a.reason()).hasValueSatisfying(r -> assertThat(r).contains("12/63").contains("PERCENT"));
    assertThat(COMPILED.status(ON_SHARE, LAM_DONG, result)).isEqualTo(Status.NOT_EVALUABLE);
  }

  @Test
  void partsOnAnIndicatorMeasuredInRanksAreAShareNotAPlace() {
    Result result = ranked(RANK, Reading.fraction(18, 63));
    Assessment a = Compliance.assess(TOP_15, LAM_DONG, result);
    assertThat(a.status()).isEqualTo(Status.NOT_EVALUABLE);
    assertThat(a.reason()).hasValueSatisfying(r -> assertThat(r).contains("18/63").contains("share"));
    assertThat(COMPILED.status(TOP_15, LAM_DONG, result)).isEqualTo(Status.NOT_EVALUABLE);
    assertThatThrownBy(() -> BulkResults.builder(HIERARCHY, List.of(RANK, SHARE)).add(result))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("row 0").hasMessageContaining("18/63");
    assertThatThrownBy(() -> BulkResults.builder(HIERARCHY, List.of(RANK, SHARE))
        .addParts(0, 0, YEAR, YEAR.end(), 18, 63))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("DTI-HANG");
  }

  @Test
  void resultTextReadsAPlaceForARankMeasure() {
    assertThat(ResultText.read("xếp thứ 12/63", Measure.RANK)).isEqualTo(Reading.rank(12, 63));
    assertThat(ResultText.read("12/63", Measure.RANK)).isEqualTo(Reading.rank(12, 63));
    assertThat(ResultText.read("đứng thứ ba cả nước", Measure.RANK)).isEqualTo(Reading.rank(3));
    assertThat(ResultText.read("xếp thứ 18 trên 63 tỉnh, thành phố")).isEqualTo(Reading.rank(18, 63));
    assertThat(ResultText.extract("xếp thứ 12/63").reading()).contains(Reading.rank(12, 63));
  }

  @Test
  void aGroupOfPlacesOrABrokenPlaceIsRefused() {
    assertThatThrownBy(() -> ResultText.read("top 15 cả nước", Measure.RANK)).isInstanceOf(TextParseException.class)
        .hasMessageContaining("group of places");
    assertThatThrownBy(() -> ResultText.read("thuộc nhóm 10 tỉnh dẫn đầu")).isInstanceOf(TextParseException.class);
    assertThatThrownBy(() -> ResultText.read("xếp thứ 12,5")).isInstanceOf(TextParseException.class)
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> ResultText.read("xếp thứ 70/63")).isInstanceOf(TextParseException.class)
        .hasMessageContaining("field of 63");
    assertThatThrownBy(() -> ResultText.read("xếp thứ 0")).isInstanceOf(TextParseException.class);
  }

  @Test
  void aRankIsWrittenAndReadBackInBothLanguages() {
    assertThat(ResultText.format(Reading.rank(12, 63), Measure.RANK)).isEqualTo("xếp thứ 12/63");
    assertThat(ResultText.format(Reading.rank(3), Measure.RANK, Language.EN)).isEqualTo("ranked 3");
    for (Reading.Rank rank : List.of(Reading.rank(12, 63), Reading.rank(1), Reading.rank(63, 63), Reading.rank(5, 10705))) {
      for (Language language : Language.values()) {
        String text = ResultText.format(rank, Measure.RANK, language);
        assertThat(ResultText.parse(text)).as(text).isEqualTo(rank);
        assertThat(ResultText.parse(text, Measure.RANK)).as(text).isEqualTo(rank);
      }
    }
  }

  @Test
  void theBulkPathHoldsARankAsItsPlaceAndJudgesItAlike() {
    List<Result> results = List.of(ranked(RANK, Reading.rank(15, 63)), ranked(RANK, Reading.rank(16, 63)),
        ranked(RANK, Reading.rank(10)));
    BulkResults bulk = BulkResults.builder(HIERARCHY, List.of(RANK, SHARE)).addAll(results).build();
    BulkVerdicts verdicts = BulkCompliance.verdicts(bulk, COMPILED);
    for (int row = 0; row < results.size(); row++) {
      for (Target target : List.of(TOP_15, LEADING_10)) {
        assertThat(verdicts.status(row, target)).as("row %s, %s", row, target.code())
            .contains(Compliance.assess(target, LAM_DONG, results.get(row)).status());
      }
    }
    assertThat(bulk.reading(0)).isEqualTo(Reading.decimal("15"));
  }

  @Test
  void theBulkPathRefusesARankOnAnIndicatorNotMeasuredInRanksNamingTheRow() {
    BulkResults.Builder builder = BulkResults.builder(HIERARCHY, List.of(RANK, SHARE))
        .add(ranked(RANK, Reading.rank(2, 63)));
    assertThatThrownBy(() -> builder.add(ranked(SHARE, Reading.rank(12, 63))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("row 1").hasMessageContaining("12/63");
  }

  @Test
  void aThresholdOnARankIsTheKernelsOneRule() {
    CompiledThreshold top = CompiledThreshold.of(Threshold.atMost("15"), RANK);
    assertThat(top.meets(Rational.valueOf(15))).isTrue();
    assertThat(top.meets(Rational.valueOf(16))).isFalse();
  }
}
