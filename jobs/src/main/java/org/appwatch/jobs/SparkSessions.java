package org.appwatch.jobs;

import org.apache.spark.sql.SparkSession;
import org.appwatch.model.Settings;

/**
 * Starts or joins the Spark session. Under {@code spark-submit} the master comes from the
 * submitter; run from the appwatch command, Spark runs in local mode as {@code spark.master} says.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession getOrCreate(Settings settings) {
    SparkSession.Builder builder = SparkSession.builder().appName(settings.get("spark.app-name"));
    if (System.getProperty("spark.master") == null) {
      builder
          .master(settings.get("spark.master"))
          // Local runs are small; Spark's default of 200 shuffle partitions only adds overhead.
          .config("spark.sql.shuffle.partitions", "8")
          .config("spark.ui.showConsoleProgress", "false")
          // A local run needs no network interface; binding to loopback avoids guessing one.
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
    }
    return builder.getOrCreate();
  }
}
