package dev.northbound.scoring.cli;

import dev.northbound.scoring.toolkit.report.ReportDirectoryException;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code --report DIR} rule of every command that writes a report (docs/report-format.md): DIR
 * must be new or empty, or, with {@code --replace-report}, hold a previous report and nothing else.
 * A refusal is a usage error (exit 2) found before any work is done, and nothing in DIR is touched.
 */
final class ReportDirectories {

  private ReportDirectories() {}

  /** The writer for {@code --report}, replacing a previous report only with {@code --replace-report}. */
  static ReportWriter writer(boolean replaceReport) {
    ReportWriter writer = ReportWriter.create();
    return replaceReport ? writer.replacingPreviousReport() : writer;
  }

  /** Checks {@code dir} before a run, so that a refusal comes before minutes of work. */
  static void check(Path dir, boolean replaceReport) throws IOException {
    try {
      writer(replaceReport).check(dir);
    } catch (ReportDirectoryException e) {
      throw usage(e);
    }
  }

  /** A report write that may be refused. */
  interface Write {
    void to(ReportWriter writer) throws IOException;
  }

  /** Writes with the {@code --report} writer; a refusal (for example a run that began meanwhile) is exit 2. */
  static void write(boolean replaceReport, Write write) throws IOException {
    try {
      write.to(writer(replaceReport));
    } catch (ReportDirectoryException e) {
      throw usage(e);
    }
  }

  /** The usage error for a refused directory, with what to do. */
  static UsageException usage(ReportDirectoryException e) {
    String fix = switch (e.reason()) {
      case NOT_A_DIRECTORY -> "--report needs a directory";
      case HOLDS_OTHER_FILES -> "choose a new or empty directory for --report";
      case HOLDS_PREVIOUS_REPORT -> "add --replace-report to replace it, or choose a new directory";
      case LOCKED -> "wait for the other run to finish, or choose another directory";
    };
    return new UsageException("--report " + e.getMessage() + "; " + fix);
  }
}
