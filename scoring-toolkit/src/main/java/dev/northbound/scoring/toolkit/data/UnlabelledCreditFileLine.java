package dev.northbound.scoring.toolkit.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an unlabelled credit-file JSON Lines file (for example the rejected applicants of a
 * through-the-door portfolio, whose outcome nobody observed): the exact bytes of the embedded
 * document and an optional segment label, and no outcome.
 *
 * @param lineNumber the 1-based line number in the file
 * @param documentBytes the exact bytes of the document as they stand in the line
 * @param segment an optional segment label (for reports), never personal data
 */
public record UnlabelledCreditFileLine(long lineNumber, byte[] documentBytes, Optional<String> segment) {

  /** Validates and copies. */
  public UnlabelledCreditFileLine {
    if (lineNumber < 1) {
      throw new IllegalArgumentException("lineNumber must be at least 1, found " + lineNumber);
    }
    documentBytes = Objects.requireNonNull(documentBytes, "documentBytes").clone();
    Objects.requireNonNull(segment, "segment");
  }

  /** A copy of the document's bytes. */
  @Override
  public byte[] documentBytes() {
    return documentBytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnlabelledCreditFileLine l && l.lineNumber == lineNumber
        && Arrays.equals(l.documentBytes, documentBytes) && l.segment.equals(segment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineNumber, Arrays.hashCode(documentBytes), segment);
  }

  @Override
  public String toString() {
    return "UnlabelledCreditFileLine[line " + lineNumber + ", " + documentBytes.length + " bytes]";
  }
}
