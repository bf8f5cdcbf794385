package io.github.chiso.bench;

import io.github.chiso.spark.ChisoSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The national data set judged, rolled up and ranked on Spark: {@code SparkNationalExample
 * [provinces [months [output directory]]]} (63 and 12 by default: about 12.1 M results) starts
 * {@code local[*]}, or joins the cluster {@code spark-submit} gives it; prints the verdicts by status,
 * the cells by status and the five worst communes of the first target, and writes the three Datasets
 * as Parquet when given a directory. The README's Spark section has the commands.
 */
public final class SparkNationalExample {
  private SparkNationalExample() {}

  /** Runs the example; see the class comment for the arguments. */
  public static void main(String[] args) {
    int provinces = args.length > 0 ? Integer.parseInt(args[0]) : 63;
    int months = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    NationalData national = NationalRows.data(provinces, months);
    SparkSession.Builder builder = SparkSession.builder().appName("chiso-national");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[*]").config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Dataset<Row> rows = NationalRows.dataset(spark, provinces, months).cache();
      ChisoSpark chiso = ChisoSpark.of(spark, national.plan, national.hierarchy);
      Dataset<Row> verdicts = chiso.verdicts(rows);
      Dataset<Row> cells = chiso.rollups(rows);
      Dataset<Row> lagging = chiso.lagging(rows);
      System.out.printf("%,d results, %,d units%n", rows.count(), national.hierarchy.units().size());
      System.out.println("Result verdicts by status:");
      verdicts.groupBy("status").count().orderBy("status").show(false);
      System.out.println("Rollup cells (districts and provinces × indicators × months) by verdict:");
      cells.select(functions.explode(functions.col("verdicts")).as("v")).groupBy("v.status").count().orderBy("status")
          .show(false);
      String first = national.plan.targets().get(0).code();
      System.out.println("The five communes furthest from target " + first + " in the first month:");
      lagging.filter(functions.col("target").equalTo(first)
              .and(functions.col("period").equalTo(national.bulk.periods().get(0).toString()))
              .and(functions.col("rank").leq(5)))
          .orderBy("tier", "rank").show(false);
      if (args.length > 2) {
        List<String> written = new ArrayList<>();
        for (String name : List.of("verdicts", "cells", "lagging")) {
          Dataset<Row> data = name.equals("verdicts") ? verdicts : name.equals("cells") ? cells : lagging;
          data.write().mode("overwrite").parquet(args[2] + "/" + name);
          written.add(args[2] + "/" + name);
        }
        System.out.println("Written: " + written);
      }
    } finally {
      spark.stop();
    }
  }
}
