package dev.northbound.scoring.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * The training time: with {@code SOURCE_DATE_EPOCH} set (the reproducible-builds convention: whole
 * seconds since 1970-01-01T00:00:00Z), that instant, so the same data and seed give the same model
 * file byte for byte; otherwise the clock's time, to the second.
 */
final class TrainTime {

  static final String VARIABLE = "SOURCE_DATE_EPOCH";

  private TrainTime() {}

  static Instant resolve(Function<String, String> environment, Clock clock) {
    String epoch = environment.apply(VARIABLE);
    if (epoch == null || epoch.isBlank()) {
      return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
    try {
      long seconds = Long.parseLong(epoch.strip());
      if (seconds < 0) {
        throw new NumberFormatException("negative");
      }
      return Instant.ofEpochSecond(seconds);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new UsageException(VARIABLE + " must be a whole, non-negative number of seconds since"
          + " 1970-01-01T00:00:00Z, found a string of " + epoch.length() + " characters");
    }
  }
}
