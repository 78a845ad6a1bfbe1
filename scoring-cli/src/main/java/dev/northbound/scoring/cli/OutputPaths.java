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

  /**
   * {@code out}, given as {@code outOption}, is not the file read as {@code inOption} (by path, or
   * the same file through a link): a run never overwrites its own input, such as the training data
   * or the spec it was given. Nothing to check when the input is absent ({@code in} null).
   */
  static void requireNotAnInput(String outOption, Path out, String inOption, Path in) {
    if (in != null && same(out, in)) {
      throw new UsageException(outOption + " " + out + " is the " + inOption
          + " file: a run never overwrites its input; give another file");
    }
  }

  /** Two outputs of one run, {@code a} and {@code b}, are different files. */
  static void requireDifferentOutputs(String aOption, Path a, String bOption, Path b) {
    if (same(a, b)) {
      throw new UsageException(aOption + " and " + bOption + " name the same file " + a + "; give two files");
    }
  }

  /** The same file: by normalised path, or through a link when both exist. */
  private static boolean same(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return false; // unreadable: the write itself will then fail with its own message
    }
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
