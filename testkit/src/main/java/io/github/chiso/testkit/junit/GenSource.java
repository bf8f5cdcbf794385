package io.github.chiso.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Supplies a {@code @ParameterizedTest} with values of a {@link io.github.chiso.testkit.property.Gen}
 * found as a static field or no-argument static method named {@link #name()} of {@link #in()}:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @GenSource(in = MyGenerators.class, name = "plans", tries = 200)
 * void planRoundTrips(Plan plan) { ... }
 * }</pre>
 *
 * Cases are named "seed S, case i"; system property {@code chiso.seed=S} (or {@link #seed()})
 * regenerates the same cases in the same order.
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(GenArgumentsProvider.class)
public @interface GenSource {

  /** The class holding the generator. */
  Class<?> in();

  /** The static field or no-argument static method that holds or returns the generator. */
  String name();

  /** How many cases. */
  int tries() default 100;

  /** A fixed seed; 0 means {@code chiso.seed} if set, else a fresh one. */
  long seed() default 0;
}
