package dev.northbound.scoring.toolkit.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared German credit data; skips the calling test when it is absent. */
public final class SharedData {

  private SharedData() {}

  /** The path of credit-g.arff; skips the test when the shared directory is absent. */
  public static Path germanCreditArff() {
    String dir = System.getProperty("northbound.shared.dir");
    assumeTrue(dir != null, "system property northbound.shared.dir is not set; skipping");
    Path file = Path.of(dir, "datasets", "german-credit", "credit-g.arff");
    assumeTrue(Files.isRegularFile(file), "shared data set " + file + " is absent; skipping");
    return file;
  }

  /** German credit with bad = "bad". */
  public static Dataset germanCredit() {
    return ArffReader.read(germanCreditArff(), ReadOptions.of("class", "bad"));
  }
}
