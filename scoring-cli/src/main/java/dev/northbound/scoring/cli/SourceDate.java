package dev.northbound.scoring.cli;

import java.time.Instant;
import java.util.Optional;

/** The reproducible-builds {@code SOURCE_DATE_EPOCH}: seconds since the epoch, when set. */
final class SourceDate {
  private SourceDate() {}

  static Optional<Instant> fromEnvironment() {
    String v = System.getenv("SOURCE_DATE_EPOCH");
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(v.trim())));
    } catch (NumberFormatException e) {
      throw new UsageException("SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, found " + v);
    }
  }
}
