package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.ChisoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.List;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad documents fail with the library's exception, naming the JSON path and the offending value. */
class StrictnessTest {
  private static final String PLAN = GoldenDocumentsTest.golden("plan.json");
  private static final String RESULTS = GoldenDocumentsTest.golden("results.json");
  private static final String HIERARCHY = GoldenDocumentsTest.golden("hierarchy.json");

  private static InvalidDocumentException planError(String json) {
    return expectError(() -> ChisoJson.readPlan(json));
  }

  private static InvalidDocumentException expectError(Runnable read) {
    try {
      read.run();
    } catch (InvalidDocumentException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidDocumentException");
  }

  @Test
  void unknownThresholdScopeNamesThePath() {
    InvalidDocumentException e = planError(PLAN.replace("\"district\" : {", "\"huyen\" : {"));
    assertThat(e.location()).isEqualTo("$.targets[1].thresholds.huyen");
    assertThat(e.value()).isEqualTo("\"huyen\"");
    assertThat(e).hasMessageContaining("unknown tier or body kind");
  }

  @Test
  void thresholdForATierTheSchemeLacks() {
    String twoTier = PLAN.replace("\"period\" : \"2022\",\n  \"legalBasis\"", "\"period\" : \"2022\",\n  \"tierScheme\" : \"vn-2tier\",\n  \"legalBasis\"");
    assertThat(twoTier).contains("vn-2tier");
    assertThat(planError(twoTier).location()).isEqualTo("$.targets[1].thresholds.district");
  }

  record Case(String what, String from, String to, String path, String value) {
    @Override
    public String toString() {
      return what;
    }
  }

  static List<Case> planCases() {
    return List.of(
        new Case("comparator name", "\"AT_LEAST\",\n        \"bound\" : 80", "\"ATLEAST\",\n        \"bound\" : 80",
            "$.targets[0].thresholds.province.comparator", "\"ATLEAST\""),
        new Case("wrong type", "\"bound\" : 80,", "\"bound\" : \"80\",", "$.targets[0].thresholds.province.bound", "\"80\""),
        new Case("unknown field", "\"code\" : \"Q4-1\",", "\"code\" : \"Q4-1\", \"owner\" : 1,", "$.tasks[0].owner", "1"),
        new Case("missing field", "\"description\" : \"Hoàn thành Kho quản lý dữ liệu điện tử\",", "", "$.tasks[0].description", ""),
        new Case("bad period", "\"period\" : \"2022\",\n    \"source\"", "\"period\" : \"2022-Q5\",\n    \"source\"",
            "$.targets[0].period", ""),
        new Case("bad date", "\"2022-06-01\"", "\"2022-06-31\"", "$.targets[1].thresholds.province.effectiveFrom", "\"2022-06-31\""),
        new Case("unknown indicator", "\"indicator\" : \"II.3\"", "\"indicator\" : \"II.9\"", "$.targets[1].indicator", "\"II.9\""),
        new Case("unknown area", "\"area\" : \"digital-government\",\n    \"rollup\"", "\"area\" : \"e-gov\",\n    \"rollup\"",
            "$.indicators[0].area", "\"e-gov\""),
        new Case("model invariant", "\"upperBound\" : 70.0", "\"upperBound\" : 60", "$.targets[2].thresholds.province", ""),
        new Case("format", "\"chiso.plan\"", "\"chiso.plans\"", "$.format", "\"chiso.plans\""),
        new Case("null", "\"issuer\" : \"UBND tỉnh Đồng Nai\"", "\"issuer\" : null", "$.issuer", "null"),
        new Case("null for an optional field", "\"title\" : \"", "\"title\" : null, \"x\" : \"", "$.title", "null"),
        new Case("lone surrogate", "\"issuer\" : \"UBND", "\"issuer\" : \"\\ud800UBND", "$.issuer", "\"\\ud800UBND tỉnh Đồng Nai\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("planCases")
  void planErrorsNameThePathAndValue(Case c) {
    String json = PLAN.replace(c.from(), c.to());
    assertThat(json).as("the replacement applies").isNotEqualTo(PLAN);
    InvalidDocumentException e = planError(json);
    assertThat(e.location()).as(e.getMessage()).isEqualTo(c.path());
    assertThat(e.value()).as(e.getMessage()).isEqualTo(c.value());
    assertThat(e).isInstanceOf(ChisoException.class);
  }

  static List<Case> resultCases() {
    return List.of(
        new Case("numerator above denominator", "\"numerator\" : 392", "\"numerator\" : 506", "$.results[0].numerator", "506"),
        new Case("negative denominator", "\"denominator\" : 505", "\"denominator\" : -505", "$.results[0].denominator", "-505"),
        new Case("two readings", "\"value\" : 83.5", "\"value\" : 83.5, \"status\" : \"IN_PROGRESS\"", "$.results[1]", ""),
        new Case("share without parts", "\"value\" : 83.5", "\"value\" : 83.5, \"reportedShare\" : 1", "$.results[1].reportedShare", ""),
        new Case("text status", "\"IN_PROGRESS\"", "\"DONE\"", "$.results[2].status", "\"DONE\""),
        new Case("unknown top-level field", "\"formatVersion\" : 1", "\"formatVersion\" : 1, \"extra\" : 2", "$.extra", ""),
        new Case("format version", "\"formatVersion\" : 1", "\"formatVersion\" : 2", "$.formatVersion", "2"),
        new Case("fractional parts", "\"numerator\" : 392", "\"numerator\" : 392.5", "$.results[0].numerator", "392.5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resultCases")
  void resultErrorsNameThePathAndValue(Case c) {
    String json = RESULTS.replace(c.from(), c.to());
    assertThat(json).isNotEqualTo(RESULTS);
    InvalidDocumentException e = expectError(() -> ChisoJson.readResults(json));
    assertThat(e.location()).as(e.getMessage()).isEqualTo(c.path());
    assertThat(e.value()).as(e.getMessage()).isEqualTo(c.value());
  }

  @Test
  void numeratorAboveDenominatorIsRejectedAtTheBoundary() {
    InvalidDocumentException e = expectError(() -> ChisoJson.readResults(RESULTS.replace("\"numerator\" : 392", "\"numerator\" : 506")));
    assertThat(e).hasMessageContaining("numerator 506 exceeds denominator 505 of a share");
  }

  @Test
  void hierarchyErrorsNameThePath() {
    InvalidDocumentException self = expectError(() -> ChisoJson.readHierarchy(HIERARCHY.replace("\"parent\" : \"731\"", "\"parent\" : \"25993\"")));
    assertThat(self.location()).isEqualTo("$.units[3]");
    assertThat(self).hasMessageContaining("unit 25993: is its own parent");
    InvalidDocumentException dangling = expectError(() -> ChisoJson.readHierarchy(HIERARCHY.replace("\"parent\" : \"731\"", "\"parent\" : \"739\"")));
    assertThat(dangling.location()).isEqualTo("$");
    assertThat(dangling).hasMessageContaining("unit 25993: parent '739' is not a unit of the hierarchy");
    InvalidDocumentException tier = expectError(() -> ChisoJson.readHierarchy(HIERARCHY.replace("\"tier\" : \"commune\"", "\"tier\" : \"ward\"")));
    assertThat(tier.location()).isEqualTo("$.units[3].tier");
    assertThat(tier.value()).isEqualTo("\"ward\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NaN                 | {\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[{\"indicator\":\"a\",\"subject\":\"b\",\"period\":\"2022\",\"value\":NaN}]} | malformed JSON",
        "Infinity            | {\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[{\"indicator\":\"a\",\"subject\":\"b\",\"period\":\"2022\",\"value\":Infinity}]} | malformed JSON",
        "duplicate key       | {\"format\":\"chiso.results\",\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[]} | Duplicate",
        "trailing tokens     | {\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[]} {} | unexpected content after the document",
        "trailing comma      | {\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[],} | malformed JSON",
        "not an object       | [1,2,3] | expected a result-set object",
        "empty               | '' | expected a result-set object",
        "truncated           | {\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[{\"indicator\" | malformed JSON",
        "leading zeros       | {\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[{\"indicator\":\"a\",\"subject\":\"b\",\"period\":\"2022\",\"value\":007}]} | malformed JSON",
      })
  void hostileResultDocuments(String what, String json, String problem) {
    assertThatThrownBy(() -> ChisoJson.readResults(json))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void numbersWhosePlainFormIsTooLongAreRejected() {
    for (String number : new String[] {"1E+100", "1E-99", "-1E+99", "1E+101", "1E-101", "9e99999999"}) {
      String json = RESULTS.replace("\"value\" : 83.5", "\"value\" : " + number);
      assertThatThrownBy(() -> ChisoJson.readResults(json))
          .as(number)
          .isInstanceOf(InvalidDocumentException.class)
          .hasMessageContaining("$.results[1].value")
          .hasMessageContaining("out of range");
    }
    // An exponent beyond int range fails while Jackson builds the tree, before the path is known.
    assertThatThrownBy(() -> ChisoJson.readResults(RESULTS.replace("\"value\" : 83.5", "\"value\" : -0.0e-7999999999999999999999999999999")))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("out of range");
  }

  @Test
  void theLargestAndSmallestNumbersReadAreWrittenAsTheReaderReadsThem() {
    for (String number : new String[] {"1E+99", "-1E+98", "1E-98", "-1E-97"}) {
      String json = RESULTS.replace("\"value\" : 83.5", "\"value\" : " + number);
      java.util.List<io.github.chiso.model.Result> read = ChisoJson.readResults(json);
      String written = ChisoJson.writeResults(read);
      assertThat(written).as(number).contains(new java.math.BigDecimal(number).toPlainString());
      assertThat(ChisoJson.readResults(written)).isEqualTo(read);
    }
  }

  @Test
  void limitsStopHostileSizes() {
    String deep = "[".repeat(40) + "]".repeat(40);
    assertThatThrownBy(() -> ChisoJson.readPlan(deep))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("exceeds a limit").hasMessageContaining("nesting depth");
    String longNumber = "{\"comparator\":\"AT_LEAST\",\"bound\":1" + "0".repeat(200) + "}";
    assertThatThrownBy(() -> ChisoJson.document(() -> ChisoJson.mapper().readValue(longNumber, io.github.chiso.model.Threshold.class)))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("exceeds a limit").hasMessageContaining("Number value length");
    String longString = RESULTS.replace("phased in from 2022-06-01", "x".repeat(100_001));
    assertThatThrownBy(() -> ChisoJson.readResults(longString))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("exceeds a limit").hasMessageContaining("String value length");
    String longName = "{\"" + "n".repeat(201) + "\":1}";
    assertThatThrownBy(() -> ChisoJson.readPlan(longName))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("exceeds a limit");
    assertThat(ChisoJson.LIMITS.getMaxNestingDepth()).isEqualTo(32);
    assertThat(ChisoJson.LIMITS.getMaxDocumentLength()).isEqualTo(4L << 30);
  }
}
