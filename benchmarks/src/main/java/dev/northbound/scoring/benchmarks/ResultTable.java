package dev.northbound.scoring.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The summary printed after a run, as Markdown: every benchmark's median over all measured
 * iterations of all forks, its 99.9% error, and its allocation per op ({@code gc.alloc.rate.norm},
 * when the GC profiler ran); then each peer's median divided by ours, and the absolute targets, with
 * whether each target was met. Pairs or targets whose benchmarks did not run are left out.
 */
final class ResultTable {

  /** A ratio {@code peer / ours} and the least it must be ({@code NaN}: shown for information, no target). */
  private record Ratio(String peer, String ours, double atLeast, String meaning) {}

  /** A median that must be at most {@code atMostNs}. */
  private record Limit(String benchmark, double atMostNs, String meaning) {}

  private static final String SC = "ScorecardBenchmark.";
  private static final String PL = "PipelineBenchmark.";

  private static final List<Ratio> RATIOS = List.of(
      new Ratio(SC + "jpmml", SC + "northbound", 20, "northbound ≥ 20× faster than JPMML"),
      new Ratio(SC + "handWritten", SC + "northbound", 0.8, "northbound within 1.25× of hand-written"),
      new Ratio(SC + "handWrittenScoreOnly", SC + "northboundScoreOnly", 0.8,
          "northboundScoreOnly within 1.25× of the branch-free lookup"),
      new Ratio(SC + "northbound", SC + "northboundBatch", 2, "batch ≥ 2× faster per applicant"),
      new Ratio(PL + "fullPathV1", PL + "fullPath", Double.NaN,
          "for information: the full path on format version 1 over the same on version 2"));

  private static final List<Limit> LIMITS = List.of(
      new Limit(PL + "extractAndScore", 2_000, "extract + score ≤ 2 µs"),
      new Limit(PL + "fullPath", 50_000, "full path ≥ 20,000 files/s (≤ 50 µs)"));

  /** Benchmarks whose medians add up to a floor under {@code under}, shown for information. */
  private record Floor(List<String> parts, String under, String meaning) {}

  private static final List<Floor> FLOORS = List.of(
      new Floor(List.of(PL + "floorSha256", PL + "floorJacksonTokens"), PL + "fullPath",
          "for information: hashing and Jackson's tokens alone, the least a verified read on Jackson costs"),
      new Floor(List.of(PL + "floorSha256V1", PL + "floorJacksonTokensV1"), PL + "fullPathV1",
          "for information: the same floors on format version 1"));

  private static final List<String> ZERO_ALLOCATION = List.of(SC + "northbound");

  private record Row(double median, double error, double bytesPerOp) {}

  private final Map<String, Row> rows = new LinkedHashMap<>();

  private ResultTable() {}

  /** The table of a finished run. */
  static ResultTable of(Collection<RunResult> results) {
    ResultTable t = new ResultTable();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      Result<?> primary = run.getPrimaryResult();
      Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
      t.rows.put(name, new Row(primary.getStatistics().getPercentile(50), primary.getScoreError(),
          alloc == null ? Double.NaN : alloc.getScore()));
    }
    return t;
  }

  /** The Markdown text. */
  String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("| benchmark | median ns/op | ± error (99.9%) | B/op |\n|---|---:|---:|---:|\n");
    rows.forEach((name, r) -> sb.append("| ").append(name).append(" | ").append(number(r.median()))
        .append(" | ").append(number(r.error())).append(" | ")
        .append(Double.isNaN(r.bytesPerOp()) ? "n/a" : number(r.bytesPerOp())).append(" |\n"));
    List<String> lines = new ArrayList<>();
    for (Ratio q : RATIOS) {
      Row peer = rows.get(q.peer());
      Row ours = rows.get(q.ours());
      if (peer != null && ours != null) {
        double ratio = peer.median() / ours.median();
        boolean target = !Double.isNaN(q.atLeast());
        lines.add("| " + brief(q.peer()) + " ÷ " + brief(q.ours()) + " | " + String.format(Locale.ROOT, "%.2f×", ratio)
            + " | " + (target ? "≥ " + number(q.atLeast()) + "×" : "—") + " | "
            + (!target ? "—" : ratio >= q.atLeast() ? "yes" : "**no**") + " | " + q.meaning() + " |");
      }
    }
    for (Limit l : LIMITS) {
      Row r = rows.get(l.benchmark());
      if (r != null) {
        lines.add("| " + brief(l.benchmark()) + " | " + number(r.median()) + " ns (" + perSecond(r.median())
            + "/s) | ≤ " + number(l.atMostNs()) + " ns | " + (r.median() <= l.atMostNs() ? "yes" : "**no**")
            + " | " + l.meaning() + " |");
      }
    }
    for (Floor f : FLOORS) {
      Row under = rows.get(f.under());
      double sum = 0;
      boolean all = under != null;
      for (String part : f.parts()) {
        Row r = rows.get(part);
        all &= r != null;
        sum += r == null ? 0 : r.median();
      }
      if (all) {
        lines.add("| " + String.join(" + ", f.parts().stream().map(ResultTable::brief).toList()) + " | "
            + number(sum) + " ns (" + String.format(Locale.ROOT, "%.0f%%", 100 * sum / under.median()) + " of "
            + brief(f.under()) + ") | — | — | " + f.meaning() + " |");
      }
    }
    for (String name : ZERO_ALLOCATION) {
      Row r = rows.get(name);
      if (r != null && !Double.isNaN(r.bytesPerOp())) {
        // JMH spreads its own few bytes per iteration over the ops: well under 1 B/op is 0.
        lines.add("| " + brief(name) + " allocation | " + number(r.bytesPerOp()) + " B/op | 0 B/op | "
            + (r.bytesPerOp() < 0.5 ? "yes" : "**no**") + " | nothing allocated per op |");
      }
    }
    if (!lines.isEmpty()) {
      sb.append("\n| peer ÷ ours (medians) | measured | target | met | meaning |\n|---|---:|---:|---|---|\n");
      lines.forEach(line -> sb.append(line).append('\n'));
    }
    return sb.toString();
  }

  private static String brief(String name) {
    return name.replace("Benchmark.", ".");
  }

  private static String perSecond(double nsPerOp) {
    return String.format(Locale.ROOT, "%,.0f", 1e9 / nsPerOp);
  }

  private static String number(double v) {
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 1 ? "%.2f" : "%.3f", v);
  }
}
