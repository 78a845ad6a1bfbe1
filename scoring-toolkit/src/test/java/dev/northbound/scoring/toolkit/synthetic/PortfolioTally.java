package dev.northbound.scoring.toolkit.synthetic;

import java.util.Locale;

/** Counts of applicants and bads per segment over a generated range; built in parallel. */
final class PortfolioTally {
  final long[] applicants = new long[Segment.values().length];
  final long[] bads = new long[Segment.values().length];

  static PortfolioTally of(PortfolioGenerator gen, long seed, int from, int count) {
    return gen.stream(seed, from, count).collect(PortfolioTally::new, PortfolioTally::add, PortfolioTally::merge);
  }

  void add(SyntheticApplicant a) {
    applicants[a.segment().ordinal()]++;
    if (a.bad()) {
      bads[a.segment().ordinal()]++;
    }
  }

  void merge(PortfolioTally o) {
    for (int i = 0; i < applicants.length; i++) {
      applicants[i] += o.applicants[i];
      bads[i] += o.bads[i];
    }
  }

  long total() {
    long n = 0;
    for (long a : applicants) {
      n += a;
    }
    return n;
  }

  long totalBads() {
    long n = 0;
    for (long b : bads) {
      n += b;
    }
    return n;
  }

  double badRate(Segment s) {
    return (double) bads[s.ordinal()] / applicants[s.ordinal()];
  }

  /** The Markdown table pasted into docs/synthetic-data.md. */
  String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| segment | applicants | share | bads | bad rate |\n");
    sb.append("|---|---:|---:|---:|---:|\n");
    long n = total();
    for (Segment s : Segment.values()) {
      row(sb, s.name(), applicants[s.ordinal()], n, bads[s.ordinal()]);
    }
    row(sb, "ALL", n, n, totalBads());
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, long count, long n, long bad) {
    sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f%% | %d | %.2f%% |%n",
        name, count, 100.0 * count / n, bad, 100.0 * bad / count));
  }
}
