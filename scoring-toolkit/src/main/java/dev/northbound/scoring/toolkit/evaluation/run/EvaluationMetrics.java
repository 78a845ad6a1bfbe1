package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.Bootstrap;
import dev.northbound.scoring.toolkit.evaluation.BootstrapIntervals;
import dev.northbound.scoring.toolkit.evaluation.BusinessMetrics;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.CurvePoint;
import dev.northbound.scoring.toolkit.evaluation.CutoffOutcome;
import dev.northbound.scoring.toolkit.evaluation.DeLongInterval;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.DiscriminationSummary;
import dev.northbound.scoring.toolkit.evaluation.Fairness;
import dev.northbound.scoring.toolkit.evaluation.FairnessReport;
import dev.northbound.scoring.toolkit.evaluation.GainsTable;
import dev.northbound.scoring.toolkit.evaluation.HosmerLemeshow;
import dev.northbound.scoring.toolkit.evaluation.MonthlyStability;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import dev.northbound.scoring.toolkit.evaluation.ScoreHistogram;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.evaluation.Stability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Every metric of an evaluation, computed once from the merged sample. Immutable after construction. */
final class EvaluationMetrics {

  static final ScoreOrientation ORIENTATION = ScoreOrientation.HIGHER_IS_BETTER;
  static final int BANDS = 10;
  static final int HISTOGRAM_BINS = 20;

  final DiscriminationSummary summary;
  final DeLongInterval delong;
  final BootstrapIntervals bootstrap;
  final List<CurvePoint> roc;
  final List<CurvePoint> cap;
  final double brier;
  final double logLoss;
  final double badRate;
  final Optional<HosmerLemeshow> hosmerLemeshow;
  final List<CalibrationRow> calibration;
  final GainsTable gains;
  final List<CutoffOutcome> cutoffs;
  final List<MonthlyStability> psiByMonth;
  /** Characteristic feature to its CSI by month, in the order of {@link #psiByMonth}. */
  final Map<String, double[]> csiByMonth;
  final Optional<FairnessReport> fairness;
  final BinCounts binCounts;
  final ScoreHistogram histogram;
  final List<String> notes = new ArrayList<>();

  EvaluationMetrics(Scorecard model, ScoredSample sample, EvaluationSettings settings) {
    double[] scores = sample.rows.scores();
    boolean[] bad = sample.rows.bad();
    double[] pd = sample.rows.pd();
    summary = Discrimination.summarize(scores, bad, ORIENTATION);
    delong = Discrimination.delong(scores, bad, ORIENTATION, settings.confidence());
    bootstrap = Bootstrap.intervals(scores, bad, ORIENTATION, settings.bootstrapReplicates(), settings.confidence(),
        settings.seed());
    roc = Discrimination.roc(scores, bad, ORIENTATION, Discrimination.DEFAULT_CURVE_POINTS);
    cap = Discrimination.cap(scores, bad, ORIENTATION, Discrimination.DEFAULT_CURVE_POINTS);
    brier = Calibration.brierScore(pd, bad);
    logLoss = Calibration.logLoss(pd, bad);
    badRate = (double) summary.bads() / summary.rows();
    hosmerLemeshow = hosmerLemeshow(pd, bad);
    ScoreBands bands = ScoreBands.quantiles(scores, BANDS);
    calibration = Calibration.table(scores, bad, pd, bands);
    gains = BusinessMetrics.gains(scores, bad, ORIENTATION, bands);
    cutoffs = cutoffs(model, scores, bad);
    int[] months = sample.months();
    psiByMonth = months.length == 0 ? List.of() : monthly(scores, months, scores);
    csiByMonth = months.length == 0 ? Map.of() : csiByMonth(model, sample, months);
    if (months.length == 0) {
      notes.add("No row has a month: PSI and CSI by month are left out.");
    }
    String[] segments = sample.segments();
    double cutoff = settings.cutoff().orElse(defaultCutoff(model));
    fairness = segments.length == 0 ? Optional.empty()
        : Optional.of(Fairness.byGroup(segments, scores, bad, ORIENTATION, cutoff));
    if (segments.length == 0) {
      notes.add("No segment column: fairness by group is left out.");
    }
    binCounts = BinCounts.of(model, sample, bad);
    histogram = ScoreHistogram.of(scores, bad, HISTOGRAM_BINS);
  }

  private Optional<HosmerLemeshow> hosmerLemeshow(double[] pd, boolean[] bad) {
    try {
      return Optional.of(Calibration.hosmerLemeshow(pd, bad));
    } catch (InvalidInputException e) {
      notes.add("Hosmer-Lemeshow test left out: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The lowest grade cutoff (approve every grade but the worst), or the KS cutoff without grades. */
  double defaultCutoff(Scorecard model) {
    List<Double> grades = model.riskGrades().cutoffs();
    return grades.isEmpty() ? summary.ks().cutoff() : grades.get(grades.size() - 1);
  }

  /** The outcome at every grade cutoff and at the KS cutoff, ascending and distinct. */
  private List<CutoffOutcome> cutoffs(Scorecard model, double[] scores, boolean[] bad) {
    TreeSet<Double> points = new TreeSet<>(model.riskGrades().cutoffs());
    points.add(summary.ks().cutoff());
    List<CutoffOutcome> out = new ArrayList<>();
    for (double c : points) {
      out.add(BusinessMetrics.atCutoff(scores, bad, ORIENTATION, c));
    }
    return List.copyOf(out);
  }

  /** PSI by month of the rows that have a month, against {@code baseline}'s score deciles. */
  static List<MonthlyStability> monthly(double[] baseline, int[] months, double[] scores) {
    int n = 0;
    for (int m : months) {
      n += m != 0 ? 1 : 0;
    }
    double[] dated = new double[n];
    int[] datedMonths = new int[n];
    for (int i = 0, j = 0; i < months.length; i++) {
      if (months[i] != 0) {
        dated[j] = scores[i];
        datedMonths[j++] = months[i];
      }
    }
    return Stability.monthly(baseline, datedMonths, dated);
  }

  private Map<String, double[]> csiByMonth(Scorecard model, ScoredSample sample, int[] months) {
    int n = 0;
    for (int m : months) {
      n += m != 0 ? 1 : 0;
    }
    int[] datedMonths = new int[n];
    for (int i = 0, j = 0; i < months.length; i++) {
      if (months[i] != 0) {
        datedMonths[j++] = months[i];
      }
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    for (int c = 0; c < model.characteristics().size(); c++) {
      int[] codes = sample.bins(c);
      int[] dated = new int[n];
      for (int i = 0, j = 0; i < months.length; i++) {
        if (months[i] != 0) {
          dated[j++] = codes[i];
        }
      }
      List<MonthlyStability> byMonth = Stability.monthlyCsi(codes, datedMonths, dated);
      double[] values = new double[byMonth.size()];
      for (int k = 0; k < values.length; k++) {
        values[k] = byMonth.get(k).index().value();
      }
      out.put(model.characteristics().get(c).name(), values);
    }
    return out;
  }
}
