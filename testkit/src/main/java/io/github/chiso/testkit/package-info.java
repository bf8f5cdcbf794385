/**
 * Chiso's testkit: tools for testing Chiso and systems built on it, shipped as its own artifact as
 * guava-testlib is. {@link io.github.chiso.testkit.property} holds the seeded property runner with
 * shrinking; {@link io.github.chiso.testkit.ChisoGen} holds generators of valid model values,
 * including values that sit exactly on, just above and just below thresholds.
 */
package io.github.chiso.testkit;
