package dev.northbound.scoring.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM: local[2], UI off, loopback only, logging at WARN (see
 * src/test/resources/log4j2.properties). Created on first use, stopped when the JVM exits.
 */
final class SharedSpark {

  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("northbound-tests")
          .master("local[2]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      SparkSession s = session;
      Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "stop-spark"));
    }
    return session;
  }
}
