/**
 * Runnable examples over the source documents. {@link io.github.chiso.examples.Seed001} builds
 * Đồng Nai's 2022 targets table (report 231/BC-UBND, section I.2.a) and its results in code; {@link
 * io.github.chiso.examples.Report} judges them and prints the compliance table and scorecard.
 */
package io.github.chiso.examples;
