package com.example.los;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the shipped examples are: {@code docs/examples} of the repository Maven runs in. */
final class Examples {

  private Examples() {}

  static Path dir() {
    String repo = System.getProperty("northbound.repo.dir");
    Assumptions.assumeTrue(repo != null, "northbound.repo.dir is not set: run through Maven");
    return Path.of(repo, "docs", "examples");
  }
}
