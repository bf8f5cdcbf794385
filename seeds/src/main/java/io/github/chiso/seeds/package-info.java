/**
 * The four source documents as data: {@link io.github.chiso.seeds.Seeds} loads the plans and results
 * of seeds 001–004 (JSON resources valid against the shipped schemas) and Đồng Nai's hierarchy before
 * the reform. Published so that the testkit's fixtures, the report and the JShell start-up share one
 * copy.
 */
package io.github.chiso.seeds;
