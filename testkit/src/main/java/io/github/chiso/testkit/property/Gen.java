package io.github.chiso.testkit.property;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generator of values of type {@code T}, built from draws on a {@link Source} so that the runner
 * can replay and shrink it. Generators are immutable and thread-safe; compose them with {@link #map},
 * {@link #flatMap}, {@link #filter}, {@link #lists}, {@link #oneOf} and {@link #combine}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Gen<T> {

  /** Builds a value from draws on {@code source}. */
  T generate(Source source);

  /** A generator of {@code f} applied to this generator's values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return source -> f.apply(generate(source));
  }

  /** A generator that uses this generator's value to pick the next generator. */
  default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
    return source -> f.apply(generate(source)).generate(source);
  }

  /**
   * A generator of this generator's values that satisfy {@code condition}, retrying up to 100
   * times; prefer constructing valid values to filtering.
   *
   * @throws Discard from {@code generate} when no value satisfied the condition
   */
  default Gen<T> filter(Predicate<? super T> condition) {
    return source -> {
      for (int attempt = 0; attempt < 100; attempt++) {
        T value = generate(source);
        if (condition.test(value)) {
          return value;
        }
      }
      throw new Discard("filter rejected 100 values in a row");
    };
  }

  /** Thrown by a generator that could not produce a value; the runner discards the try. */
  final class Discard extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the signal with the reason. */
    public Discard(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return source -> value;
  }

  /** A generator whose value is computed fresh each time (for mutable builders). */
  static <T> Gen<T> lazy(Supplier<Gen<T>> gen) {
    return source -> gen.get().generate(source);
  }

  /**
   * Longs from {@code min} to {@code max}, both included, shrinking toward zero when the range holds
   * it, else toward the end nearer zero. {@code min} must exceed {@link Long#MIN_VALUE}.
   */
  static Gen<Long> longs(long min, long max) {
    if (min > max || min == Long.MIN_VALUE) {
      throw new IllegalArgumentException("bad range " + min + ".." + max);
    }
    if (max < 0) {
      return source -> max - source.draw(max - min);
    }
    if (min <= 0 && max >= 0) {
      return source -> {
        boolean negative = min < 0 && (max == 0 || source.draw(1) == 1);
        return negative ? -source.draw(-min) : source.draw(max);
      };
    }
    // min and max share a sign here, so max - min cannot overflow
    return source -> min + source.draw(max - min);
  }

  /** Ints from {@code min} to {@code max}, both included, shrinking as {@link #longs}. */
  static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /** True or false, shrinking to false. */
  static Gen<Boolean> booleans() {
    return source -> source.draw(1) == 1;
  }

  /** One of {@code values}, shrinking toward the first. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  static <T> Gen<T> elements(T... values) {
    return elements(ImmutableList.copyOf(values));
  }

  /** One of {@code values}, shrinking toward the first. */
  static <T> Gen<T> elements(List<T> values) {
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    return source -> copy.get((int) source.draw(copy.size() - 1L));
  }

  /** A value from one of {@code gens}, shrinking toward the first generator. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    ImmutableList<Gen<? extends T>> copy = ImmutableList.copyOf(gens);
    return source -> copy.get((int) source.draw(copy.size() - 1L)).generate(source);
  }

  /**
   * A value from {@code a} {@code weightA} times in {@code weightA + weightB}, else from {@code b};
   * shrinks toward {@code a}. A zero weight never picks that side.
   */
  static <T> Gen<T> frequency(int weightA, Gen<? extends T> a, int weightB, Gen<? extends T> b) {
    if (weightA < 0 || weightB < 0 || weightA + weightB == 0) {
      throw new IllegalArgumentException("weights must be non-negative and not both zero");
    }
    return source -> source.draw(weightA + weightB - 1L) < weightA ? a.generate(source) : b.generate(source);
  }

  /**
   * Lists of {@code element} with {@code minSize} to {@code maxSize} elements, scaled by the try's
   * size hint, shrinking toward shorter lists of simpler elements.
   */
  static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    if (minSize < 0 || minSize > maxSize) {
      throw new IllegalArgumentException("bad size range " + minSize + ".." + maxSize);
    }
    return source -> {
      int cap = Math.max(minSize, Math.min(maxSize, minSize + (maxSize - minSize) * source.size() / 100));
      List<T> out = new ArrayList<>();
      while (out.size() < minSize || (out.size() < cap && source.draw(1) == 1)) {
        out.add(element.generate(source));
      }
      return out;
    };
  }

  /** Decimals with {@code 0..maxScale} fractional digits between {@code min} and {@code max}. */
  static Gen<BigDecimal> decimals(BigDecimal min, BigDecimal max, int maxScale) {
    return ints(0, maxScale)
        .flatMap(
            scale -> {
              BigInteger lo = min.setScale(scale, java.math.RoundingMode.CEILING).unscaledValue();
              BigInteger hi = max.setScale(scale, java.math.RoundingMode.FLOOR).unscaledValue();
              if (lo.compareTo(hi) > 0) {
                return constant(min);
              }
              return longs(lo.longValueExact(), hi.longValueExact())
                  .map(unscaled -> BigDecimal.valueOf(unscaled, scale));
            });
  }

  /** Pairs values of two generators through {@code f}. */
  static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, R> f) {
    return source -> f.apply(a.generate(source), b.generate(source));
  }

  /** Combines values of three generators through {@code f}. */
  static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<A, B, C, R> f) {
    return source -> f.apply(a.generate(source), b.generate(source), c.generate(source));
  }

  /** A function of three arguments, for {@link #combine(Gen, Gen, Gen, Function3)}. */
  @FunctionalInterface
  interface Function3<A, B, C, R> {
    R apply(A a, B b, C c);
  }
}
