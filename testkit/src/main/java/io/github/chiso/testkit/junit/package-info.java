/**
 * The thin JUnit layer: {@link io.github.chiso.testkit.junit.GenSource} feeds a parameterized test
 * with seeded generated values, so a property is an ordinary test method. For shrinking to a minimal
 * counter-example, run the check with {@link io.github.chiso.testkit.property.Property} instead.
 */
package io.github.chiso.testkit.junit;
