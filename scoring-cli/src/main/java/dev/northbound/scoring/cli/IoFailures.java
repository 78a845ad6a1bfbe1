package dev.northbound.scoring.cli;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Turns an I/O failure into an exit code and one line for the user. A corrupt compressed file or
 * text that is not UTF-8 is invalid input (3); every other I/O failure (a missing, unreadable or
 * unwritable path, a folder where a file is due, a full disk) is a usage error (2) that names the
 * path. Messages carry paths and the JDK's reason, never file content.
 */
final class IoFailures {
  private IoFailures() {}

  /** An exit code and the line to print. */
  record Failure(int exitCode, String message) {}

  /** The failure {@code ex} stands for, if it is an I/O failure (possibly wrapped). */
  static Optional<Failure> describe(Throwable ex) {
    Throwable t = ex;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    if (!(t instanceof IOException io)) {
      return Optional.empty();
    }
    String context = ex != t && ex.getMessage() != null && !ex.getMessage().equals(t.toString())
        ? ex.getMessage() + ": " : "";
    if (io.getClass().getName().startsWith("com.fasterxml.jackson.")) {
      // Jackson's messages quote the input; say only what is wrong.
      return Optional.of(new Failure(ExitCodes.INVALID_INPUT, "invalid input: " + context
          + "must be well-formed JSON; found malformed JSON"));
    }
    if (io instanceof CharacterCodingException) {
      return Optional.of(new Failure(ExitCodes.INVALID_INPUT, "invalid input: " + context
          + "must be UTF-8 text; found an ill-formed byte sequence (save the file as UTF-8)"));
    }
    if (io instanceof ZipException || io instanceof EOFException) {
      return Optional.of(new Failure(ExitCodes.INVALID_INPUT, "invalid input: " + context
          + "must be a complete gzip file; found a corrupt or truncated one (compress it again)"));
    }
    if (io instanceof NoSuchFileException f) {
      return Optional.of(new Failure(ExitCodes.USAGE, "no such file or folder: " + f.getFile()));
    }
    if (io instanceof AccessDeniedException f) {
      return Optional.of(new Failure(ExitCodes.USAGE,
          "permission denied: " + f.getFile() + " (check its permissions)"));
    }
    if (io instanceof FileSystemException f) {
      return Optional.of(new Failure(ExitCodes.USAGE, "cannot use " + f.getFile()
          + (f.getReason() == null ? "" : ": " + f.getReason())
          + " (check the path, its permissions and the free disk space)"));
    }
    return Optional.of(new Failure(ExitCodes.USAGE, "I/O error: " + context
        + (io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage())
        + " (check the path, its permissions and the free disk space)"));
  }
}
