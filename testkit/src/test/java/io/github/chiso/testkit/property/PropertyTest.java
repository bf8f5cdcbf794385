package io.github.chiso.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PropertyTest {

  @Test
  void passingPropertyRunsEveryTry() {
    AtomicInteger runs = new AtomicInteger();
    Property.forAll("non-negative", Gen.longs(0, 1000)).tries(300).seed(1).check(n -> {
      runs.incrementAndGet();
      return n >= 0;
    });
    assertThat(runs).hasValue(300);
  }

  @Test
  void shrinksAnIntegerToTheBoundary() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                Property.forAll("below 123456789", Gen.longs(0, 1_000_000_000_000L))
                    .seed(7)
                    .check(n -> n < 123_456_789L));
    assertThat(failure.shrunkCase()).isEqualTo(123_456_789L);
    assertThat(failure.getMessage())
        .contains("property 'below 123456789' failed", "seed 7", "-Dchiso.seed=7", "123456789");
  }

  @Test
  void shrinksNegativeRangesTowardZero() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () -> Property.forAll("above -50", Gen.longs(-1000, 1000)).seed(3).check(n -> n > -50));
    assertThat(failure.shrunkCase()).isEqualTo(-50L);
  }

  @Test
  void shrinksAListToAMinimalCounterExample() {
    Gen<List<Integer>> lists = Gen.lists(Gen.ints(0, 1000), 0, 50);
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                Property.forAll("sum below 100", lists)
                    .seed(11)
                    .check(list -> list.stream().mapToInt(Integer::intValue).sum() < 100));
    assertThat(failure.shrunkCase()).isEqualTo(List.of(100));
    assertThat(failure.shrinkSteps()).isPositive();
  }

  @Test
  void shrinksThroughMapAndFlatMap() {
    Gen<String> words =
        Gen.ints(1, 20).flatMap(n -> Gen.lists(Gen.elements('a', 'b', 'c'), n, n))
            .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () -> Property.forAll("no c", words).seed(5).check(w -> !w.contains("c")));
    assertThat(failure.shrunkCase()).isEqualTo("c");
  }

  @Test
  void sameSeedReplaysTheSameFailure() {
    Gen<Long> gen = Gen.longs(0, 1_000_000);
    PropertyFailure first =
        catchThrowableOfType(
            PropertyFailure.class, () -> Property.forAll("p", gen).seed(99).check(n -> n % 7 != 3));
    PropertyFailure again =
        catchThrowableOfType(
            PropertyFailure.class, () -> Property.forAll("p", gen).seed(99).check(n -> n % 7 != 3));
    assertThat(again.originalCase()).isEqualTo(first.originalCase());
    assertThat(again.tryNumber()).isEqualTo(first.tryNumber());
    assertThat(again.seed()).isEqualTo(99);
  }

  @Test
  void thrownErrorsFailAndAreTheCause() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                Property.forAll("no throw", Gen.ints(0, 10)).seed(2).verify(n -> {
                  if (n > 4) {
                    throw new IllegalStateException("boom at " + n);
                  }
                }));
    assertThat(failure.shrunkCase()).isEqualTo(5);
    assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("boom at 5");
  }

  @Test
  void smallCasesComeFirst() {
    List<Integer> sizes = new ArrayList<>();
    Property.forAll("sizes", Gen.lists(Gen.ints(0, 9), 0, 100)).tries(50).seed(4)
        .check(list -> sizes.add(list.size()));
    assertThat(sizes.get(0)).isZero();
    assertThat(sizes.subList(0, 5)).allMatch(s -> s <= 10);
  }

  @Test
  void aGeneratorThatAlwaysDiscardsIsReported() {
    assertThatThrownBy(
            () -> Property.forAll("impossible", Gen.ints(0, 10).filter(n -> n > 10)).seed(1).check(n -> true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("discarded");
  }

  @Test
  void decimalsStayInRangeAndScale() {
    Property.forAll(
            "decimals in range",
            Gen.decimals(new java.math.BigDecimal("-2.5"), new java.math.BigDecimal("7"), 3))
        .seed(8)
        .check(d -> d.scale() <= 3 && d.compareTo(new java.math.BigDecimal("-2.5")) >= 0
            && d.compareTo(java.math.BigDecimal.valueOf(7)) <= 0);
  }
}
