package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.toolkit.report.ReportDirectoryException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.time.format.DateTimeParseException;

/**
 * The exit codes of {@link SparkJob#main}, the same as the command line's (README, "Exit codes"): 0
 * success, 1 internal error, 2 usage error (bad or missing argument, missing file or column), 3
 * invalid input data (a model file, record or table that breaks a rule). A failure is one line on
 * standard error, {@code northbound spark job: <message>}, built from the exception's own message,
 * which never holds a value of the data.
 */
final class JobExit {

  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int INVALID_INPUT = 3;

  private JobExit() {}

  /** Reports {@code failure} on {@code err} and returns its exit code. */
  static int report(Throwable failure, PrintStream err) {
    int code = code(failure);
    String message = message(failure);
    err.println("northbound spark job: " + (code == USAGE ? "usage error: " : code == INVALID_INPUT
        ? "invalid input: " : "internal error: ") + message);
    if (code == INTERNAL) {
      failure.printStackTrace(err);
    }
    return code;
  }

  /** The exit code for {@code failure}. */
  static int code(Throwable failure) {
    if (failure instanceof InvalidInputException || failure instanceof ModelDefinitionException) {
      return INVALID_INPUT;
    }
    if (failure instanceof ReportDirectoryException
        || failure instanceof IllegalArgumentException || failure instanceof DateTimeParseException
        || failure instanceof NoSuchFileException || isMissingInput(failure)) {
      return USAGE;
    }
    return INTERNAL;
  }

  private static String message(Throwable failure) {
    if (failure instanceof NoSuchFileException e) {
      return "no such file: " + e.getFile();
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message.strip();
  }

  /** Spark's and Hadoop's "path does not exist" for --data or --features. */
  private static boolean isMissingInput(Throwable failure) {
    String name = failure.getClass().getName();
    String message = String.valueOf(failure.getMessage());
    return (name.equals("org.apache.spark.sql.AnalysisException") && message.contains("PATH_NOT_FOUND"))
        || (name.equals("org.apache.hadoop.mapreduce.lib.input.InvalidInputException")
            && message.contains("Input path does not exist"))
        || (failure instanceof IOException && message.contains("Input path does not exist"));
  }
}
