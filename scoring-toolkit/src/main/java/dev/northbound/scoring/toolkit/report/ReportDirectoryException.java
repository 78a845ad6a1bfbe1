package dev.northbound.scoring.toolkit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A report directory that {@link ReportWriter} refuses to write into, for a reason the caller can
 * fix (a usage error, not an I/O failure): nothing in the directory was changed.
 */
public final class ReportDirectoryException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Why the directory was refused. */
  public enum Reason {
    /** The path exists and is not a directory (or is a link). */
    NOT_A_DIRECTORY,
    /** The directory holds entries that are not files of a report of the same names. */
    HOLDS_OTHER_FILES,
    /** The directory holds a previous report and the writer was not asked to replace it. */
    HOLDS_PREVIOUS_REPORT,
    /** Another run holds the directory's lock and is writing a report into it. */
    LOCKED
  }

  private final transient Path directory;
  private final Reason reason;

  ReportDirectoryException(Path directory, Reason reason, String message) {
    super(directory + ": " + Objects.requireNonNull(message, "message"));
    this.directory = Objects.requireNonNull(directory, "directory");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The report directory that was refused. */
  public Path directory() {
    return directory;
  }

  /** Why it was refused. */
  public Reason reason() {
    return reason;
  }
}
