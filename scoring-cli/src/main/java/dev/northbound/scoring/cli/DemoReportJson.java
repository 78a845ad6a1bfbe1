package dev.northbound.scoring.cli;

import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.StabilityBin;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo's report.json: aggregate figures only, no applicant data. */
final class DemoReportJson {
  private DemoReportJson() {}

  static Map<String, Object> of(DemoSummary s, DemoEvaluation e, DemoModels m, Map<String, StabilityIndex> psi,
      DemoFigures.ReasonFrequency reasons, DemoFigures.ThinFiles thin, DemoBoosted boosted) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("synthetic", true);
    root.put("seed", s.seed());
    root.put("rows", Map.of("applicants", s.applicants(), "train", s.trainRows(), "test", s.testRows(),
        "verified", s.verified()));
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (DemoEvaluation.ModelScores ms : e.models.values()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("auc", ms.summary().auc());
      x.put("gini", ms.summary().gini());
      x.put("ks", ms.summary().ks().value());
      if (!ms.name().equals(DemoEvaluation.GRADE)) {
        x.put("ksScore", ms.summary().ks().cutoff());
      }
      x.put("ksCutoff", DemoReport.ksCutoff(ms));
      metrics.put(ms.name(), x);
    }
    root.put("metrics", metrics);
    root.put("approvalRate", s.approvalRate());
    root.put("outcomes", s.outcomes());
    Map<String, Object> calibration = new LinkedHashMap<>();
    calibration.put("Capacity scorecard", calibration(DemoFigures.calibration(m.capacity,
        e.models.get("Capacity scorecard").scores(), e.bad)));
    calibration.put("Willingness scorecard", calibration(DemoFigures.calibration(m.willingness,
        e.models.get("Willingness scorecard").scores(), e.bad)));
    root.put("calibration", calibration);
    Map<String, Object> stability = new LinkedHashMap<>();
    psi.forEach((name, index) -> stability.put(name, psi(index)));
    root.put("psi", stability);
    root.put("reasonFrequency", reasons(reasons));
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("count", thin.count());
    t.put("scoreableWithAlternativeData", thin.scoreable());
    t.put("scoreableOnBureauDataAlone", 0);
    t.put("scoreableAndApproved", thin.scoreableAndApproved());
    t.put("aucWithAlternativeData", s.thinAucWithAlternative());
    t.put("aucBureauDataOnly", s.thinAucBureauOnly());
    t.put("outcomesWithAlternativeData", thin.withAlternative());
    t.put("outcomesBureauDataOnly", thin.bureauOnly());
    t.put("notApprovedReasons", reasons(thin.notApproved()));
    t.put("approvedBadsWithAlternativeData", thin.approvedBadsWithAlternative());
    t.put("approvedBadsBureauDataOnly", thin.approvedBadsBureauOnly());
    root.put("thinFiles", t);
    root.put("thinFilePath", DemoThinFilePath.of(e).toJson());
    List<Map<String, Object>> segs = new ArrayList<>();
    for (DemoSummary.SegmentRow r : s.segments()) {
      segs.add(Map.of("segment", r.segment(), "count", r.count(), "badRate", r.badRate(),
          "meanCapacityPoints", r.meanCapacity(), "meanWillingnessPoints", r.meanWillingness(),
          "approvalRate", r.approvalRate()));
    }
    root.put("segments", segs);
    root.put("boostedScorecard", DemoBoostedSection.json(boosted));
    return root;
  }

  private static List<Map<String, Object>> calibration(List<CalibrationRow> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CalibrationRow r : rows) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("points", DemoLabels.band(r.range()));
      x.put("rows", r.rows());
      x.put("bads", r.bads());
      x.put("expectedBads", r.expectedBads());
      x.put("meanPd", r.meanPd());
      x.put("observedBadRate", r.observedBadRate());
      out.add(x);
    }
    return out;
  }

  private static Map<String, Object> psi(StabilityIndex index) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("value", index.value());
    x.put("band", index.band().name());
    x.put("reading", DemoReportSections.reading(index.value()));
    List<Map<String, Object>> bins = new ArrayList<>();
    for (StabilityBin b : index.bins()) {
      Map<String, Object> y = new LinkedHashMap<>();
      y.put("trainCount", b.baselineCount());
      y.put("heldOutCount", b.currentCount());
      y.put("contribution", b.contribution());
      bins.add(y);
    }
    x.put("bins", bins);
    return x;
  }

  private static Map<String, Object> reasons(DemoFigures.ReasonFrequency f) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("applicants", f.applicants());
    x.put("reasonsGiven", f.reasonsGiven());
    List<Map<String, Object>> list = new ArrayList<>();
    for (DemoFigures.ReasonCount r : f.reasons()) {
      Map<String, Object> y = new LinkedHashMap<>();
      y.put("code", r.code());
      y.put("kind", r.kind());
      y.put("messageEn", r.messageEn());
      y.put("messageZh", r.messageZh());
      y.put("count", r.count());
      list.add(y);
    }
    x.put("reasons", list);
    return x;
  }
}
