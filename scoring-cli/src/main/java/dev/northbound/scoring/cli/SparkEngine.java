package dev.northbound.scoring.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code evaluate --engine spark}: runs the scoring-spark module's {@code SparkJob} in a child JVM
 * with the Java 17 flags Spark needs (docs/spark.md). The CLI does not depend on Spark: Spark is
 * {@code provided} to that module, and its class path file is written by its build, which this
 * class runs with Maven when the jar is missing.
 */
final class SparkEngine {
  private SparkEngine() {}

  static final List<String> OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net",
      "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch", "sun.nio.cs",
      "sun.security.action", "sun.util.calendar");

  static int run(List<String> jobArgs, String master, java.io.PrintWriter err) throws IOException, InterruptedException {
    Path repo = repository();
    Path jar = repo.resolve("scoring-spark/target/scoring-spark-0.1.0-SNAPSHOT.jar");
    Path classpath = repo.resolve("scoring-spark/target/local-classpath.txt");
    if (!Files.exists(jar) || !Files.exists(classpath)) {
      err.println("northbound: building the Spark module (first use of --engine spark)...");
      err.flush();
      Process build = new ProcessBuilder("mvn", "-B", "-q", "-pl", "scoring-spark", "-am", "package", "-DskipTests",
          "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true")
          .directory(repo.toFile()).inheritIO().start();
      if (build.waitFor() != 0 || !Files.exists(classpath)) {
        throw new UsageException("could not build scoring-spark; run: mvn -B -pl scoring-spark -am package -DskipTests");
      }
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx2g");
    for (String p : OPENS) {
      cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED");
    }
    cmd.add("-Djdk.reflect.useDirectMethodHandle=false");
    cmd.add("-cp");
    cmd.add(jar + File.pathSeparator + Files.readString(classpath).strip());
    cmd.add("dev.northbound.scoring.spark.SparkJob");
    cmd.add("--master");
    cmd.add(master);
    cmd.addAll(jobArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start().waitFor();
  }

  /** The repository root: the CLI jar lives in scoring-cli/target/. */
  private static Path repository() {
    try {
      Path self = Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = self.getParent().getParent().getParent();
      if (root == null || !Files.exists(root.resolve("scoring-spark/pom.xml"))) {
        throw new UsageException("--engine spark runs from a source checkout (scoring-spark/ not found)");
      }
      return root;
    } catch (URISyntaxException e) {
      throw new UsageException("--engine spark: cannot locate the repository");
    }
  }
}
