package io.github.chiso.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The local Spark the tests share: two worker threads, no UI, few shuffle partitions; started by the
 * first test class that asks and stopped by Spark's shutdown hook when the test JVM exits.
 */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession local() {
    return SparkSession.builder().master("local[2]").appName("chiso-spark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate();
  }
}
