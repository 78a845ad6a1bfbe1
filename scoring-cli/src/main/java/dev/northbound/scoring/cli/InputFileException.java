package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import java.nio.file.Path;

/**
 * A failure reading the file given to one option, with the option and the file in front of the
 * library's message: {@code "invalid input in --data train.csv: /lines/3: ..."}. The exit code is
 * that of the cause (3 for invalid data, 2 for an I/O failure).
 */
final class InputFileException extends RuntimeException {
  private final int exitCode;

  private InputFileException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }

  /** Wraps a failure of reading {@code file}, given as {@code option}. */
  static RuntimeException of(String option, Path file, RuntimeException cause) {
    String where = option + " " + file;
    if (cause instanceof InvalidInputException i) {
      return new InputFileException("invalid input in " + where + ": " + i.getMessage(),
          ExitCodes.INVALID_INPUT, cause);
    }
    var io = IoFailures.describe(cause);
    if (io.isPresent()) {
      String message = io.get().message();
      int colon = message.indexOf(": ");
      String text = io.get().exitCode() == ExitCodes.INVALID_INPUT && colon > 0
          ? "invalid input in " + where + ": " + message.substring(colon + 2)
          : message + " (reading " + where + ")";
      return new InputFileException(text, io.get().exitCode(), cause);
    }
    return cause;
  }
}
