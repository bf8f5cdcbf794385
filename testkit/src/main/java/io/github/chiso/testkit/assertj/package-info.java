/**
 * AssertJ assertions for Chiso's values, with one entry point, {@link
 * io.github.chiso.testkit.assertj.ChisoAssertions}, and one assert class per type, as assertj-guava
 * is laid out. Failure messages say what a person would: "expected target DG-02 at district 731 to be
 * MET but was NOT_MET: 68% &lt; 70%".
 */
package io.github.chiso.testkit.assertj;
