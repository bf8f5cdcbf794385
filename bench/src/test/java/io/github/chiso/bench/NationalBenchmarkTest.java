package io.github.chiso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmarks answer the same question: checked on two provinces and three months. */
class NationalBenchmarkTest {
  private static final NationalData DATA = NationalData.generate(2, 3);
  private static final NationalBenchmark BENCHMARK = new NationalBenchmark();
  private static final NationalBenchmark.Columns COLUMNS = new NationalBenchmark.Columns();
  private static final NationalBenchmark.Objects OBJECTS = new NationalBenchmark.Objects();
  private static final NationalBenchmark.Duck DUCK = new NationalBenchmark.Duck();

  @BeforeAll
  static void load() throws Exception {
    COLUMNS.threads = 1;
    DUCK.threads = 2;
    COLUMNS.load(DATA);
    OBJECTS.load(DATA);
    DUCK.load(DATA);
  }

  @AfterAll
  static void close() throws Exception {
    DUCK.tearDown();
  }

  @Test
  void generatorKeepsTheNationalShape() {
    assertThat(DATA.provinces).isEqualTo(2);
    assertThat(DATA.hierarchy.units()).hasSize(2 + 24 + 24 * 16);
    assertThat(DATA.bulk.size()).isBetween(384 * 100 * 3 * 90 / 100, 384 * 100 * 3 * 98 / 100);
    assertThat(NationalData.generate(2, 3).bulk.numerator(1234)).isEqualTo(DATA.bulk.numerator(1234));
    assertThat(NationalData.country(63).units()).hasSize(63 + 705 + 10_599);
  }

  @Test
  void bulkPathAgreesWithTheObjectApi() {
    assertThat(BENCHMARK.bulk(COLUMNS)).isEqualTo(BENCHMARK.objectApi(OBJECTS)).isPositive();
  }

  @Test
  void moreThreadsGiveTheSameAnswers() {
    long one = BENCHMARK.bulk(COLUMNS);
    long floor = BENCHMARK.floor(COLUMNS);
    COLUMNS.threads = 3;
    try {
      assertThat(BENCHMARK.bulk(COLUMNS)).isEqualTo(one);
      assertThat(BENCHMARK.floor(COLUMNS)).isEqualTo(floor);
    } finally {
      COLUMNS.threads = 1;
    }
  }

  @Test
  void verdictOnlyCountsWhatTheAssessmentsSay() {
    assertThat(BENCHMARK.objectApiVerdictOnly(OBJECTS)).isEqualTo(BENCHMARK.objectApiCommuneVerdicts(OBJECTS));
  }

  @Test
  void twoTierCountryAgreesAcrossBulkObjectsAndDuckDb() throws Exception {
    NationalData twoTier = NationalData.generate(NationalData.twoTierCountry(2), 2);
    assertThat(NationalData.twoTierCountry(34).units()).hasSize(34 + 3_321);
    NationalBenchmark.Columns columns = new NationalBenchmark.Columns();
    columns.threads = 2;
    columns.load(twoTier);
    NationalBenchmark.Objects objects = new NationalBenchmark.Objects();
    objects.load(twoTier);
    NationalBenchmark.Duck duck = new NationalBenchmark.Duck();
    duck.threads = 2;
    duck.load(twoTier);
    try {
      long bulk = BENCHMARK.bulk(columns);
      assertThat(bulk).isPositive().isEqualTo(BENCHMARK.objectApi(objects)).isEqualTo(BENCHMARK.duckdb(duck));
    } finally {
      duck.tearDown();
    }
  }

  @Test
  void duckDbAgreesWithTheBulkPath() throws Exception {
    assertThat(BENCHMARK.duckdb(DUCK)).isEqualTo(BENCHMARK.bulk(COLUMNS));
  }

  @Test
  void communeVerdictsAreAPartOfTheWhole() {
    assertThat(BENCHMARK.objectApiCommuneVerdicts(OBJECTS)).isPositive().isLessThan(BENCHMARK.objectApi(OBJECTS));
  }

  @Test
  void naiveDoublesComeCloseToTheExactCount() {
    long exact = BENCHMARK.bulk(COLUMNS);
    assertThat(BENCHMARK.naiveStreams(OBJECTS)).isBetween(exact - exact / 100, exact + exact / 100);
  }

  @Test
  void floorReadsEveryRow() {
    assertThat(BENCHMARK.floor(COLUMNS)).isNotZero();
    assertThat(DATA.bulk.bytes()).isLessThanOrEqualTo(32L * DATA.bulk.size());
  }
}
