package dev.northbound.scoring.toolkit.synthetic;

import java.util.Locale;

/**
 * Prints the bad rate per segment of a generated portfolio as a Markdown table, and how long the
 * generation took: {@code PortfolioReport [seed] [count]} (defaults 42 and 50,000). The table in
 * {@code docs/synthetic-data.md} is this program's output for the defaults; {@link
 * PortfolioCalibrationTest} checks that it still matches.
 */
final class PortfolioReport {
  private PortfolioReport() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42L;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    PortfolioGenerator gen = PortfolioGenerator.of(GeneratorConfig.defaults());
    PortfolioTally.of(gen, seed, 0, Math.min(count, 2_000)); // warm-up
    long t0 = System.nanoTime();
    PortfolioTally tally = PortfolioTally.of(gen, seed, 0, count);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.print(tally.markdown());
    System.out.printf(Locale.ROOT, "%n%d applicants in %.2f s (%.0f per second) on %d processors%n",
        count, seconds, count / seconds, Runtime.getRuntime().availableProcessors());
  }
}
