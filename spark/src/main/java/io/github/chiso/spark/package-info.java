/**
 * Chiso on Apache Spark: {@link io.github.chiso.spark.ChisoSpark} judges, rolls up and ranks a
 * {@code Dataset<Row>} of results against a plan and a hierarchy with the answers of the bulk path
 * and the object API, the kernel ({@link io.github.chiso.compliance.CompiledPlan}, {@link
 * io.github.chiso.compliance.CompiledThreshold}, {@link io.github.chiso.rollup.Tally}, {@link
 * io.github.chiso.rollup.Rollups}) deciding on every executor; {@link io.github.chiso.spark.ResultRows}
 * is the results' column layout and reads the library's CSV and JSON result files into it.
 *
 * <p>Spark ({@code spark-sql_2.13}, 4.x) is a provided dependency: the cluster brings it.
 */
package io.github.chiso.spark;
