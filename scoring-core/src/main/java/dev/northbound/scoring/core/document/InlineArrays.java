package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * The array indenter of the pretty form: arrays one element per line, except while {@link #inline}
 * is on, when an array is written on one line (the columns of format version 2, so that a column
 * reads as a row). Not thread-safe; one instance serves one document.
 */
final class InlineArrays implements DefaultPrettyPrinter.Indenter {

  private final DefaultPrettyPrinter.Indenter lines;
  private boolean inline;

  InlineArrays(DefaultPrettyPrinter.Indenter lines) {
    this.lines = lines;
  }

  /** Writes arrays on one line ({@code true}) or one element per line. */
  void inline(boolean on) {
    inline = on;
  }

  @Override
  public void writeIndentation(JsonGenerator g, int level) throws IOException {
    if (!inline) {
      lines.writeIndentation(g, level);
    }
  }

  /** Never inline for the printer: its nesting count stays the same whichever way arrays are written. */
  @Override
  public boolean isInline() {
    return false;
  }
}
