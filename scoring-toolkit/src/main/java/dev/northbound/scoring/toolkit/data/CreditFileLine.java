package dev.northbound.scoring.toolkit.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a credit-file JSON Lines file: the exact bytes of the embedded document (so they can
 * be verified against the issuer's registered digest), its outcome, and an optional segment label.
 *
 * @param lineNumber the 1-based line number in the file
 * @param documentBytes the exact bytes of the document as they stand in the line
 * @param outcome the outcome
 * @param segment an optional segment label (for reports), never personal data
 */
public record CreditFileLine(long lineNumber, byte[] documentBytes, PerformanceOutcome outcome, Optional<String> segment) {

  /** Validates and copies. */
  public CreditFileLine {
    if (lineNumber < 1) {
      throw new IllegalArgumentException("lineNumber must be at least 1, found " + lineNumber);
    }
    documentBytes = Objects.requireNonNull(documentBytes, "documentBytes").clone();
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(segment, "segment");
  }

  /** A copy of the document's bytes. */
  @Override
  public byte[] documentBytes() {
    return documentBytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreditFileLine l && l.lineNumber == lineNumber && Arrays.equals(l.documentBytes, documentBytes)
        && l.outcome == outcome && l.segment.equals(segment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineNumber, Arrays.hashCode(documentBytes), outcome, segment);
  }

  @Override
  public String toString() {
    return "CreditFileLine[line " + lineNumber + ", " + documentBytes.length + " bytes, " + outcome + "]";
  }
}
