package dev.northbound.scoring.toolkit.synthetic;

import java.util.Locale;

/**
 * Prints, as a Markdown table, what a few incumbent policies do to a generated portfolio: the
 * realised reject share, the bad rates of accepts and rejects, and the share of thin files and of
 * the over-indebted among the rejects: {@code ThroughTheDoorReport [seed] [count]} (defaults 42 and
 * 50,000). The table in {@code docs/reject-inference.md} ("The simulation") is this program's output
 * for the defaults.
 */
final class ThroughTheDoorReport {
  private ThroughTheDoorReport() {}

  private static final double[][] POLICIES = {
    {0.3, 0.05, 1.0}, {0.3, 0.05, 0.8}, {0.3, 0.05, 0.5}, {0.3, 0.05, 0.0}, {0.5, 0.05, 0.8}, {0.1, 0.05, 0.8},
  };

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42L;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    System.out.print(markdown(seed, n));
  }

  /** The table for applicants 0 to n - 1 of seed. */
  static String markdown(long seed, int n) {
    StringBuilder out = new StringBuilder();
    PortfolioGenerator gen = PortfolioGenerator.of(GeneratorConfig.defaults());
    boolean[] bad = new boolean[n];
    boolean[] thin = new boolean[n];
    boolean[] over = new boolean[n];
    gen.stream(seed, 0, n).forEach(a -> {
      bad[a.index()] = a.bad();
      thin[a.index()] = a.creditFile().bureauReport().isEmpty();
      over[a.index()] = a.segment() == Segment.OVER_INDEBTED;
    });
    out.append("| reject share | override share | visibility | rejected | accepts' bad rate"
        + " | rejects' bad rate | thin files among rejects | over-indebted among rejects |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (double[] p : POLICIES) {
      ThroughTheDoor t = ThroughTheDoor.decide(gen, seed, n, new IncumbentPolicy(p[0], p[1], p[2]));
      int rej = 0;
      int rejBad = 0;
      int accBad = 0;
      int rejThin = 0;
      int rejOver = 0;
      for (int i = 0; i < n; i++) {
        if (t.isRejected(i)) {
          rej++;
          rejBad += bad[i] ? 1 : 0;
          rejThin += thin[i] ? 1 : 0;
          rejOver += over[i] ? 1 : 0;
        } else {
          accBad += bad[i] ? 1 : 0;
        }
      }
      out.append(String.format(Locale.ROOT, "| %.2f | %.2f | %.1f | %d (%.2f%%) | %.2f%% | %.2f%% | %.1f%% | %.1f%% |%n",
          p[0], p[1], p[2], rej, 100.0 * rej / n, 100.0 * accBad / (n - rej), 100.0 * rejBad / rej,
          100.0 * rejThin / rej, 100.0 * rejOver / rej));
    }
    return out.toString();
  }
}
