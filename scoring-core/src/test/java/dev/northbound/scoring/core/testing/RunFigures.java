package dev.northbound.scoring.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the figures of a robustness run (cases tried, rejected, passed, ...) to
 * {@code target/robustness/<name>.txt} of the module under test and to standard output, so that
 * {@code docs/reliability.md} quotes figures a real run produced.
 */
public final class RunFigures {

  private RunFigures() {}

  /** Records {@code figures} (in their iteration order) under {@code name}. */
  public static void write(String name, Map<String, ?> figures) {
    String text = figures.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining("\n", "", "\n"));
    System.out.println("[robustness] " + name + "\n" + text);
    try {
      Path dir = Path.of("target", "robustness");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
