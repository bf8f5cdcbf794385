/**
 * A small, framework-neutral property runner: seeded, composable generators and a runner that tries
 * many cases, reports the seed, replays it, and shrinks a failing case to a small one.
 *
 * <p>Generators ({@link io.github.chiso.testkit.property.Gen}) build values from bounded numbers
 * drawn from a {@link io.github.chiso.testkit.property.Source}. The runner records every draw; to
 * shrink a failing case it deletes runs of draws and moves draws toward zero, then replays the
 * generator. Because every combinator is built on draws, {@code map}, {@code flatMap}, lists and
 * choices shrink without writing a shrinker: lists get shorter, integers move toward zero (or toward
 * the low end of their range), choices move toward the first option.
 *
 * <p>{@link io.github.chiso.testkit.property.Property} runs a check; a failure throws {@link
 * io.github.chiso.testkit.property.PropertyFailure} (a plain {@link AssertionError}) naming the seed,
 * the original and the shrunk case. The seed is taken from system property {@code chiso.seed} when
 * set, so {@code -Dchiso.seed=...} replays a failure; {@code chiso.tries} overrides the number of
 * tries.
 */
package io.github.chiso.testkit.property;
