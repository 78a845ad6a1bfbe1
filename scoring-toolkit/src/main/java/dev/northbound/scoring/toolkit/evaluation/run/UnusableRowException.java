package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * A row that cannot be scored, which stopped a run: by default an evaluation or monitoring run stops
 * at the first such row in line order ({@link EvaluationSettings#failFast()}) rather than leave it
 * out of the figures unseen. The message is the row's own error ({@code <JSON Pointer>: <rule>; found
 * <description>}, never a value); the line and the input's description say where it is.
 */
public final class UnusableRowException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final String input;

  UnusableRowException(long line, String input, InvalidInputException cause) {
    super(cause.pointer(), cause.rule(), cause.found(), cause);
    this.line = line;
    this.input = Objects.requireNonNull(input, "input");
  }

  /** The 1-based line of the row in its input (for a table: its position in the table's order). */
  public long line() {
    return line;
  }

  /** The input's description ({@link RowSource#description()}), if the run knew it. */
  public Optional<String> input() {
    return input.isEmpty() ? Optional.empty() : Optional.of(input);
  }

  /** This exception, naming the input it came from. */
  UnusableRowException in(String description) {
    return new UnusableRowException(line, description, (InvalidInputException) getCause());
  }
}
