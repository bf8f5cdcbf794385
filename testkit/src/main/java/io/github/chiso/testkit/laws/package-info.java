/**
 * Law suites a downstream project runs on its own implementations: {@link
 * io.github.chiso.testkit.laws.RollupLaws} for a custom rollup rule, {@link
 * io.github.chiso.testkit.laws.CodecLaws} for a codec, {@link
 * io.github.chiso.testkit.laws.ComparatorLaws} for a verdict function. Each runs seeded properties
 * and throws a {@link io.github.chiso.testkit.property.PropertyFailure} (a plain AssertionError) with
 * a shrunk counter-example when a law fails. Chiso runs them on its own implementations.
 */
package io.github.chiso.testkit.laws;
