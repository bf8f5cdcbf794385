package io.github.chiso.testkit.laws;

import io.github.chiso.model.Rational;
import io.github.chiso.rollup.Aggregator;
import io.github.chiso.rollup.Observation;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The laws every rollup rule must obey, so that a province can be computed from its districts or a
 * country from partitions: identity, associativity, commutativity, and partition invariance of the
 * value (splitting the observations into groups in any way and combining the groups' accumulations
 * gives the value of all of them).
 *
 * @since 0.1.0
 */
public final class RollupLaws {
  private RollupLaws() {}

  /**
   * Observations of shares with parts, weights and a met/not-met flag: what the built-in rules read.
   * Values sit on small denominators so that coincidences (equal values, zero) are common.
   */
  public static Gen<Observation> observations() {
    return observations(40, 5);
  }

  /**
   * Observations as {@link #observations()}, with denominators from 1 to {@code maxDenominator} and
   * weights from 0 to {@code maxWeight}: large bounds for realistic parts, small ones for ties.
   */
  public static Gen<Observation> observations(long maxDenominator, long maxWeight) {
    return Gen.combine(
        Gen.longs(1, maxDenominator).flatMap(d -> Gen.longs(0, d).map(n -> new long[] {n, d})),
        Gen.longs(0, maxWeight),
        Gen.booleans(),
        (nd, weight, meets) -> Observation.builder()
            .subjectCode("u")
            .value(Rational.of(100 * nd[0], nd[1]))
            .numerator(BigInteger.valueOf(nd[0]))
            .denominator(BigInteger.valueOf(nd[1]))
            .weight(Rational.valueOf(weight))
            .meets(meets)
            .build());
  }

  /** Checks every law for {@code aggregator} on the default {@link #observations()}. */
  public static <A> void check(String name, Aggregator<A> aggregator) {
    check(name, aggregator, observations(), 300);
  }

  /** Checks every law for {@code aggregator} on {@code observations}, {@code tries} cases each. */
  public static <A> void check(String name, Aggregator<A> aggregator, Gen<Observation> observations, int tries) {
    Gen<List<Observation>> lists = Gen.lists(observations, 0, 6);
    Property.forAll(name + ": identity", lists).tries(tries).verify(list -> {
      A a = fold(aggregator, list);
      equal("combine(identity, a) = a", aggregator.combine(aggregator.identity(), a), a);
      equal("combine(a, identity) = a", aggregator.combine(a, aggregator.identity()), a);
    });
    Property.forAll(name + ": associativity", Gen.lists(lists, 3, 3)).tries(tries).verify(abc -> {
      A a = fold(aggregator, abc.get(0));
      A b = fold(aggregator, abc.get(1));
      A c = fold(aggregator, abc.get(2));
      equal("value of (a·b)·c = value of a·(b·c)",
          aggregator.value(aggregator.combine(aggregator.combine(a, b), c)),
          aggregator.value(aggregator.combine(a, aggregator.combine(b, c))));
    });
    Property.forAll(name + ": commutativity", Gen.lists(lists, 2, 2)).tries(tries).verify(ab -> {
      A a = fold(aggregator, ab.get(0));
      A b = fold(aggregator, ab.get(1));
      equal("value of a·b = value of b·a", aggregator.value(aggregator.combine(a, b)), aggregator.value(aggregator.combine(b, a)));
    });
    Gen<List<Observation>> more = Gen.lists(observations, 0, 12);
    Property.forAll(name + ": partition invariance", Gen.combine(more, Gen.lists(Gen.ints(0, 2), 12, 12), Partition::new))
        .tries(tries)
        .verify(p -> {
          List<List<Observation>> groups = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
          for (int i = 0; i < p.observations().size(); i++) {
            groups.get(p.groups().get(i)).add(p.observations().get(i));
          }
          A combined = aggregator.identity();
          for (List<Observation> group : groups) {
            combined = aggregator.combine(combined, fold(aggregator, group));
          }
          equal("value of the groups combined = value of all", aggregator.value(combined),
              aggregator.value(fold(aggregator, p.observations())));
        });
  }

  /** Observations and the group (0–2) each falls in. */
  record Partition(List<Observation> observations, List<Integer> groups) {
    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < observations.size(); i++) {
        Observation o = observations.get(i);
        parts.add(o.numerator().map(n -> n + "/" + o.denominator().orElseThrow()).orElse(o.value().toString())
            + "→g" + groups.get(i));
      }
      return parts.toString();
    }
  }

  private static <A> A fold(Aggregator<A> aggregator, List<Observation> observations) {
    A accumulation = aggregator.identity();
    for (Observation o : observations) {
      accumulation = aggregator.combine(accumulation, aggregator.lift(o));
    }
    return accumulation;
  }

  private static void equal(String law, Object actual, Object expected) {
    if (!Objects.equals(actual, expected)) {
      throw new AssertionError(law + ": " + actual + " ≠ " + expected);
    }
  }
}
