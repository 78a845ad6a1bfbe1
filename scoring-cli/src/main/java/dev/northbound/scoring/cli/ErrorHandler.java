package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.toolkit.training.TrainingFailedException;
import java.io.PrintWriter;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Maps the library's exception families to exit codes and prints one line to stderr: the message
 * (which, by the library's rules, carries no personal data). An I/O failure (a missing, unreadable
 * or unwritable path, a full disk) is a usage error naming the path ({@link IoFailures}); a corrupt
 * or ill-encoded input file is invalid input. Exit code 1 is kept for bugs: stack traces only for
 * those, and only with {@code NORTHBOUND_DEBUG=1}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    return handle(ex, cmd.getErr());
  }

  static int handle(Throwable ex, PrintWriter err) {
    if (ex instanceof VerificationException v) {
      err.println("verification failed: " + v.getMessage());
      return ExitCodes.VERIFICATION_FAILED;
    }
    if (ex instanceof InputFileException f) {
      err.println(f.getMessage());
      return f.exitCode();
    }
    if (ex instanceof InvalidInputException i) {
      err.println("invalid input: " + i.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof TrainingFailedException t) {
      err.println("training failed: " + t.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof ModelDefinitionException m) {
      err.println("invalid definition file (model, policy, grade matrix or registry): " + m.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (ex instanceof UsageException u) {
      err.println(u.getMessage());
      return ExitCodes.USAGE;
    }
    var io = IoFailures.describe(ex);
    if (io.isPresent()) {
      err.println(io.get().message());
      return io.get().exitCode();
    }
    if (ex instanceof OutOfMemoryError) {
      err.println("out of memory: the input is too large for the Java heap. Give the JVM more memory"
          + " (for example NORTHBOUND_JAVA_OPTS=-Xmx4g ./northbound ...) or use a smaller input.");
      return ExitCodes.USAGE;
    }
    if (ex instanceof StackOverflowError) {
      err.println("internal error: StackOverflowError (please report it, with the command line)");
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
