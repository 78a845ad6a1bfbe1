package dev.northbound.scoring.toolkit.training.reject.study;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.Objects;

/**
 * A truth file that does not fit its rejects: the {@link Reason} and the line it names (of the truth
 * file, or of the rejects file for {@link Reason#MISSING_ID}). Like every {@link
 * InvalidInputException}, the message never echoes an id or an outcome.
 */
public final class TruthFileException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Reason {
    /** A truth line is not {@code {"id":"...","outcome":"good"|"bad"}}. */
    MALFORMED,
    /** Two truth lines give the same id. */
    DUPLICATE_ID,
    /** A truth line's id is not among the rejects. */
    UNKNOWN_ID,
    /** A reject has no truth line. */
    MISSING_ID
  }

  private final Reason reason;
  private final long line;

  TruthFileException(Reason reason, long line, String pointer, String rule, String found) {
    super(pointer, rule, found);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.line = line;
  }

  /** What is wrong. */
  public Reason reason() {
    return reason;
  }

  /** The 1-based line: of the truth file, or of the rejects file for {@link Reason#MISSING_ID}. */
  public long line() {
    return line;
  }
}
