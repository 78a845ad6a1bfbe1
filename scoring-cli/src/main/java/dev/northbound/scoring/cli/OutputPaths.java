package dev.northbound.scoring.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks on the paths a command will write, made before any work starts, so a run that cannot
 * write its outputs fails at once with a usage error naming the option, and leaves nothing behind
 * (for example a model file written before its report turns out to be unwritable).
 */
final class OutputPaths {
  private OutputPaths() {}

  /** {@code file}, given as {@code option}, can become a file: it is no folder, no ancestor is a file. */
  static void requireFileTarget(String option, Path file, String exampleName) {
    if (Files.isDirectory(file)) {
      throw new UsageException(option + " " + file + " is a folder; give the file to write, for"
          + " example " + option + " " + file.resolve(exampleName));
    }
    requireFolderAncestors(option, file);
  }

  /** {@code dir}, given as {@code option}, can become a folder: it is no file, no ancestor is a file. */
  static void requireFolderTarget(String option, Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException(option + " " + dir + " is a file; give a folder");
    }
    requireFolderAncestors(option, dir);
  }

  private static void requireFolderAncestors(String option, Path path) {
    for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new UsageException(option + " " + path + " cannot be written: " + p
            + " is a file, not a folder");
      }
    }
  }
}
