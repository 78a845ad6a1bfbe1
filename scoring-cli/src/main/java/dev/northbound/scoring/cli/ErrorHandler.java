package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.VerificationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps the library's exception families to exit codes and prints one line to stderr: the message
 * (which, by the library's rules, carries no personal data). Stack traces only for internal errors,
 * and only with {@code NORTHBOUND_DEBUG=1}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    var err = cmd.getErr();
    if (ex instanceof VerificationException v) {
      err.println("verification failed: " + v.getMessage());
      return ExitCodes.VERIFICATION_FAILED;
    }
    if (ex instanceof InvalidInputException i) {
      err.println("invalid input: " + i.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof ModelDefinitionException m) {
      err.println("invalid model or policy: " + m.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof UsageException u) {
      err.println(u.getMessage());
      return ExitCodes.USAGE;
    }
    if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      err.println("I/O error: " + ex.getMessage());
      return ExitCodes.INTERNAL;
    }
    err.println("internal error: " + ex.getClass().getSimpleName()
        + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
    if ("1".equals(System.getenv("NORTHBOUND_DEBUG"))) {
      ex.printStackTrace(err);
    }
    return ExitCodes.INTERNAL;
  }
}
