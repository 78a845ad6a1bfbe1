package dev.northbound.scoring.toolkit.evaluation.run;

import static dev.northbound.scoring.toolkit.evaluation.run.ReportParts.map;
import static dev.northbound.scoring.toolkit.evaluation.run.ReportParts.optional;
import static dev.northbound.scoring.toolkit.evaluation.run.ReportParts.range;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.BootstrapIntervals;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.CurvePoint;
import dev.northbound.scoring.toolkit.evaluation.CutoffOutcome;
import dev.northbound.scoring.toolkit.evaluation.FairnessReport;
import dev.northbound.scoring.toolkit.evaluation.GainsRow;
import dev.northbound.scoring.toolkit.evaluation.HosmerLemeshow;
import dev.northbound.scoring.toolkit.evaluation.Interval;
import dev.northbound.scoring.toolkit.evaluation.MonthlyStability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code report.json} data of an evaluation (layout in {@code docs/evaluation.md}). */
final class EvaluationJson {

  private EvaluationJson() {}

  static Map<String, Object> build(Scorecard model, String source, ScoredSample sample, EvaluationMetrics m,
      EvaluationSettings settings, Instant generatedAt) {
    Map<String, Object> root = map();
    root.put("schemaVersion", ReportParts.SCHEMA_VERSION);
    root.put("kind", "evaluation");
    root.put("generatedAt", generatedAt.toString());
    root.put("model", ReportParts.model(model));
    Map<String, Object> data = map();
    data.put("source", source);
    root.put("data", data);
    root.put("rows", ReportParts.rows(sample));
    root.put("metrics", metrics(m));
    root.put("calibration", calibration(m.calibration));
    root.put("gains", gains(m));
    root.put("cutoffs", cutoffs(m.cutoffs));
    root.put("stability", stability(m));
    m.fairness.ifPresent(f -> root.put("fairness", fairness(f)));
    root.put("characteristics", ReportParts.characteristics(model, Optional.of(m.binCounts)));
    Map<String, Object> curves = map();
    curves.put("roc", points(m.roc));
    curves.put("cap", points(m.cap));
    root.put("curves", curves);
    Map<String, Object> run = map();
    run.put("bootstrapReplicates", settings.bootstrapReplicates());
    run.put("bootstrapSeed", settings.seed());
    run.put("confidence", settings.confidence());
    run.put("failFast", settings.failFast());
    root.put("settings", run);
    root.put("notes", List.copyOf(m.notes));
    return root;
  }

  private static Map<String, Object> metrics(EvaluationMetrics m) {
    Map<String, Object> out = map();
    out.put("auc", m.summary.auc());
    out.put("gini", m.summary.gini());
    out.put("ks", m.summary.ks().value());
    out.put("ksScore", m.summary.ks().cutoff());
    out.put("accuracyRatio", m.summary.accuracyRatio());
    out.put("brier", m.brier);
    out.put("logLoss", m.logLoss);
    out.put("badRate", m.badRate);
    Map<String, Object> delong = map();
    delong.put("auc", m.delong.auc());
    delong.put("standardError", m.delong.standardError());
    delong.put("confidence", m.delong.confidence());
    delong.put("lower", m.delong.lower());
    delong.put("upper", m.delong.upper());
    out.put("aucDeLong", delong);
    out.put("bootstrap", bootstrap(m.bootstrap));
    out.put("hosmerLemeshow", m.hosmerLemeshow.map(EvaluationJson::hosmerLemeshow).orElse(null));
    return out;
  }

  private static Map<String, Object> bootstrap(BootstrapIntervals b) {
    Map<String, Object> out = map();
    out.put("gini", interval(b.gini()));
    out.put("ks", interval(b.ks()));
    out.put("accuracyRatio", interval(b.accuracyRatio()));
    out.put("confidence", b.confidence());
    out.put("replicates", b.replicates());
    out.put("seed", b.seed());
    return out;
  }

  private static Map<String, Object> interval(Interval i) {
    Map<String, Object> out = map();
    out.put("estimate", i.estimate());
    out.put("lower", i.lower());
    out.put("upper", i.upper());
    return out;
  }

  private static Map<String, Object> hosmerLemeshow(HosmerLemeshow hl) {
    Map<String, Object> out = map();
    out.put("statistic", hl.statistic());
    out.put("degreesOfFreedom", hl.degreesOfFreedom());
    out.put("pValue", hl.pValue());
    out.put("groups", calibration(hl.groups()));
    return out;
  }

  static List<Map<String, Object>> calibration(List<CalibrationRow> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CalibrationRow r : rows) {
      Map<String, Object> e = map();
      e.put("range", range(r.range()));
      e.put("rows", r.rows());
      e.put("bads", r.bads());
      e.put("expectedBads", r.expectedBads());
      e.put("meanPd", r.meanPd());
      e.put("observedBadRate", r.observedBadRate());
      out.add(e);
    }
    return out;
  }

  private static Map<String, Object> gains(EvaluationMetrics m) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (GainsRow r : m.gains.rows()) {
      Map<String, Object> e = map();
      e.put("range", range(r.range()));
      e.put("rows", r.rows());
      e.put("bads", r.bads());
      e.put("badRate", r.badRate());
      e.put("cumulativeApprovalRate", r.cumulativeApprovalRate());
      e.put("cumulativeBadRate", r.cumulativeBadRate());
      e.put("lift", r.lift());
      rows.add(e);
    }
    Map<String, Object> out = map();
    out.put("rows", rows);
    out.put("totalRows", m.gains.totalRows());
    out.put("totalBads", m.gains.totalBads());
    out.put("badRate", m.gains.badRate());
    return out;
  }

  private static List<Map<String, Object>> cutoffs(List<CutoffOutcome> cutoffs) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CutoffOutcome c : cutoffs) {
      Map<String, Object> e = map();
      e.put("cutoff", c.cutoff());
      e.put("approved", c.approved());
      e.put("declined", c.declined());
      e.put("approvalRate", c.approvalRate());
      e.put("approvedBadRate", optional(c.approvedBadRate()));
      e.put("truePositives", c.truePositives());
      e.put("falsePositives", c.falsePositives());
      e.put("trueNegatives", c.trueNegatives());
      e.put("falseNegatives", c.falseNegatives());
      out.add(e);
    }
    return out;
  }

  private static Map<String, Object> stability(EvaluationMetrics m) {
    Map<String, Object> out = map();
    out.put("baseline", "the whole evaluated sample (score deciles; characteristic bins)");
    List<Map<String, Object>> months = new ArrayList<>();
    for (int k = 0; k < m.psiByMonth.size(); k++) {
      MonthlyStability ms = m.psiByMonth.get(k);
      Map<String, Object> e = map();
      e.put("month", ms.month().toString());
      e.put("rows", ms.rows());
      e.put("psi", ms.index().value());
      e.put("band", ms.index().band().name());
      Map<String, Object> csi = map();
      int month = k;
      m.csiByMonth.forEach((feature, values) -> csi.put(feature, values[month]));
      e.put("csi", csi);
      months.add(e);
    }
    out.put("byMonth", months);
    return out;
  }

  private static Map<String, Object> fairness(FairnessReport f) {
    Map<String, Object> out = map();
    out.put("cutoff", f.cutoff());
    out.put("referenceGroup", f.referenceGroup());
    List<Map<String, Object>> groups = new ArrayList<>();
    f.groups().forEach(g -> {
      Map<String, Object> e = map();
      e.put("group", g.group());
      e.put("rows", g.rows());
      e.put("approved", g.approved());
      e.put("bads", g.bads());
      e.put("approvalRate", g.approvalRate());
      e.put("badRate", g.badRate());
      e.put("approvalRateRatio", optional(g.approvalRateRatio()));
      e.put("badRateRatio", optional(g.badRateRatio()));
      groups.add(e);
    });
    out.put("groups", groups);
    return out;
  }

  private static List<double[]> points(List<CurvePoint> points) {
    List<double[]> out = new ArrayList<>();
    points.forEach(p -> out.add(new double[] {p.x(), p.y()}));
    return out;
  }
}
