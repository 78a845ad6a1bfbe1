package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Input files of commands: a missing path or a folder where a file is due is a usage error naming
 * the path; a document's size is checked before it is read; a failure while reading a file names
 * the option and the file ({@link InputFileException}).
 */
final class InputFiles {
  private InputFiles() {}

  static byte[] readDocument(Path file, long maxBytes) {
    requireFile(file);
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
    if (Files.isDirectory(file)) {
      throw new UsageException(file + " is a folder; a file is due here");
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such file: " + file);
    }
  }

  /** {@code file}, given as {@code option}, is an existing regular file. */
  static void requireFile(String option, Path file) {
    if (Files.isDirectory(file)) {
      throw new UsageException(option + " " + file + " is a folder; a file is due here");
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException(option + ": no such file: " + file);
    }
  }

  /**
   * Reads {@code file}, given as {@code option}, with {@code reader}; invalid data and I/O failures
   * come out naming the option and the file.
   */
  static <T> T read(String option, Path file, Supplier<T> reader) {
    requireFile(option, file);
    try {
      return reader.get();
    } catch (InvalidInputException | UncheckedIOException e) {
      throw InputFileException.of(option, file, e);
    }
  }
}
