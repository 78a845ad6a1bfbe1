package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** File reading for commands: existence is a usage error, size is checked before reading. */
final class Files2 {
  private Files2() {}

  static byte[] readDocument(Path file, long maxBytes) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such file: " + file);
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InvalidInputException("", "must be at most " + maxBytes + " bytes", "a document of " + size + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static void requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such file: " + file);
    }
  }
}
