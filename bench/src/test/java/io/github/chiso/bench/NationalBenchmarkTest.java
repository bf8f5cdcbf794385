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
  void allCoresGiveTheSameAnswers() {
    assertThat(BENCHMARK.bulkAllCores(COLUMNS)).isEqualTo(BENCHMARK.bulk(COLUMNS));
    assertThat(BENCHMARK.floorAllCores(COLUMNS)).isNotZero();
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
