package dev.northbound.scoring.toolkit.synthetic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period over which a synthetic outcome is observed: from the application date (exclusive of
 * anything before it) to the end date, inclusive.
 *
 * @param start the first day of the window (the application date)
 * @param end the last day of the window; after {@code start}
 */
public record PerformanceWindow(LocalDate start, LocalDate end) {

  /**
   * Validates the window.
   *
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public PerformanceWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end " + end + " must be after start " + start);
    }
  }

  /** A window of {@code months} months from {@code start}. */
  public static PerformanceWindow ofMonths(LocalDate start, int months) {
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1, found " + months);
    }
    return new PerformanceWindow(start, start.plusMonths(months));
  }
}
