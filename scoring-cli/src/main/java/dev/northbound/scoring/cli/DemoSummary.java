package dev.northbound.scoring.cli;

import dev.northbound.scoring.toolkit.data.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The demo's figures, computed once from the evaluation and shared by the printout and the report. */
record DemoSummary(int applicants, long seed, int trainRows, int testRows, int verified, double badRate,
    double approvalRate, Map<String, Integer> outcomes, int thinFiles, int thinScoreable,
    double thinAucWithAlternative, double thinAucBureauOnly, List<SegmentRow> segments,
    List<DemoEvaluation.Decided> examples) {

  /** Figures of one segment on the held-out part. */
  record SegmentRow(String segment, int count, double badRate, double meanCapacity, double meanWillingness,
      double approvalRate) {}

  static DemoSummary of(int applicants, long seed, Dataset train, Dataset test, int verified, DemoEvaluation e) {
    int n = e.testIndex.length;
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    outcomes.put("APPROVE", 0);
    outcomes.put("REFER", 0);
    outcomes.put("DECLINE", 0);
    List<DemoEvaluation.Decided> examples = new ArrayList<>();
    for (DemoEvaluation.Decided d : e.decided) {
      String o = d.decision().outcome().name();
      outcomes.merge(o, 1, Integer::sum);
      if (examples.stream().noneMatch(x -> x.decision().outcome().name().equals(o))) {
        examples.add(d);
      }
    }
    examples.sort(java.util.Comparator.comparing(d -> d.decision().outcome().ordinal()));
    // And the first thin file approved through the thin-file path, with its starter limit.
    for (int r = 0; r < n; r++) {
      if (e.thin[r] && e.decided[r].decision().outcome().name().equals("APPROVE")) {
        examples.add(e.decided[r]);
        break;
      }
    }
    int thin = 0;
    int scoreable = 0;
    for (int r = 0; r < n; r++) {
      if (e.thin[r]) {
        thin++;
        if (e.scoreable[r]) {
          scoreable++;
        }
      }
    }
    double[] cap = e.models.get("Capacity scorecard").scores();
    double[] will = e.models.get("Willingness scorecard").scores();
    Map<String, double[]> acc = new TreeMap<>(); // count, bads, sum cap, sum will, approved
    for (int r = 0; r < n; r++) {
      double[] a = acc.computeIfAbsent(e.segment[r], k -> new double[5]);
      a[0]++;
      a[1] += e.bad[r] ? 1 : 0;
      a[2] += cap[r];
      a[3] += will[r];
      a[4] += e.decided[r].decision().outcome().name().equals("APPROVE") ? 1 : 0;
    }
    List<SegmentRow> segs = new ArrayList<>();
    acc.forEach((k, a) -> segs.add(new SegmentRow(k, (int) a[0], a[1] / a[0], a[2] / a[0], a[3] / a[0], a[4] / a[0])));
    int bads = train.badCount() + test.badCount();
    return new DemoSummary(applicants, seed, train.rows(), n, verified, bads / (double) applicants,
        outcomes.get("APPROVE") / (double) n, outcomes, thin, scoreable,
        e.thinFileAuc("Willingness scorecard"), e.thinFileAuc("Willingness, bureau data only"), segs, examples);
  }
}
