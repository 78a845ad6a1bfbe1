package com.example.los;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime class path Maven resolved for this project (which depends on scoring-models alone):
 * {@code target/runtime-dependencies.txt}, written by {@code dependency:list} before the tests.
 */
final class RuntimeJars {

  /** One resolved dependency: {@code groupId:artifactId}, its scope and the jar (or classes folder). */
  record Jar(String coordinates, String scope, Path path) {}

  private RuntimeJars() {}

  static List<Jar> resolved() {
    Path list = Path.of("target", "runtime-dependencies.txt");
    assertTrue(Files.isRegularFile(list), "dependency:list did not run before the tests: " + list.toAbsolutePath());
    List<Jar> jars = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(list)) {
        String entry = line.strip();
        int module = entry.indexOf(" -- ");
        if (module >= 0) {
          entry = entry.substring(0, module).strip();
        }
        // groupId:artifactId:type:version:scope:/absolute/path (a path never holds ':' here)
        String[] parts = entry.split(":", 6);
        if (parts.length < 6 || !parts[5].startsWith("/")) {
          continue; // the header "The following files have been resolved:" and blank lines
        }
        jars.add(new Jar(parts[0] + ":" + parts[1], parts[4], Path.of(parts[5])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jars;
  }
}
