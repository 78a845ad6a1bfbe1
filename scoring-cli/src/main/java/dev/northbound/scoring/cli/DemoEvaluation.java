package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoringModel;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionOutcome;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.change.DocumentSuggestion;
import dev.northbound.scoring.models.decision.change.WhatWouldChange;
import dev.northbound.scoring.models.grade.CombinedScore;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.DiscriminationSummary;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Scores the held-out part with every model, measures them, and decides every held-out application. */
final class DemoEvaluation {

  /** One model's scores on the held-out part (higher is better for all of them). */
  record ModelScores(String name, double[] scores, DiscriminationSummary summary) {}

  /**
   * One decided application, kept for the report's examples, with what would change its decision (at
   * most {@link #SUGGESTIONS} documents; empty for an approval).
   */
  record Decided(int index, String segment, CombinedScore score, Decision decision,
      List<DocumentSuggestion> suggestions) {}

  /** The name of the combined grade among the models. */
  static final String GRADE = "Capacity x willingness grade";
  /** The name of the boosted willingness scorecard (not among {@link #models}: it decides nothing). */
  static final String BOOSTED = "Boosted willingness scorecard";

  final int[] testIndex;
  final boolean[] bad;
  final String[] segment;
  final boolean[] thin;
  /** Held-out rows with at least two verified alternative sources (scoreable without a bureau file). */
  final boolean[] scoreable;
  final Map<String, ModelScores> models = new LinkedHashMap<>();
  /** Model name to its probability of default for each held-out row (every model but the grade). */
  final Map<String, double[]> pd = new LinkedHashMap<>();
  /** The boosted willingness scorecard on the held-out part; shown beside the models, never decides. */
  final ModelScores boosted;
  final Decided[] decided;
  /** The most documents suggested to one applicant. */
  static final int SUGGESTIONS = 3;
  /** Held-out row to its decision with the bureau-only willingness scorecard; thin files only. */
  final Map<Integer, Decision> thinBureauOnly = new java.util.concurrent.ConcurrentHashMap<>();
  /** Scorecard name to its points on the training part, for the PSI against the held-out part. */
  final Map<String, double[]> trainScores = new LinkedHashMap<>();

  DemoEvaluation(Dataset train, Dataset test, DemoPortfolio.Data data, DemoModels m, FeatureSchema schema) {
    int n = test.rows();
    NumericColumn idx = (NumericColumn) test.column(DemoPortfolio.INDEX).orElseThrow();
    testIndex = new int[n];
    bad = test.bad();
    segment = new String[n];
    thin = new boolean[n];
    scoreable = new boolean[n];
    NumericColumn sources = (NumericColumn) test.column("alternative_source_count").orElseThrow();
    for (int r = 0; r < n; r++) {
      testIndex[r] = (int) idx.value(r);
      segment[r] = data.segments()[testIndex[r]];
      thin[r] = data.thinFile()[testIndex[r]];
      scoreable[r] = !sources.isMissing(r) && sources.value(r) >= 2;
    }
    double[][] rows = rows(test, schema);
    add("Capacity scorecard", m.capacity, rows);
    add("Willingness scorecard", m.willingness, rows);
    add("Willingness, bureau data only", m.bureauOnly, rows);
    double[] combined = new double[n];
    for (int r = 0; r < n; r++) {
      combined[r] = -m.combined.score(FeatureVector.of(schema, rows[r], missing(rows[r]))).gradeRank();
    }
    add(GRADE, combined);
    add("XGBoost challenger", m.challenger, rows);
    boosted = summarize(BOOSTED, scored(BOOSTED, m.boosted.scorecard(), rows));
    decided = new Decided[n];
    double[][] trainRows = rows(train, schema);
    trainScores.put("Capacity scorecard", points(m.capacity, trainRows));
    trainScores.put("Willingness scorecard", points(m.willingness, trainRows));
    trainScores.put("Willingness, bureau data only", points(m.bureauOnly, trainRows));
  }

  private void add(String name, double[] scores) {
    models.put(name, summarize(name, scores));
  }

  private void add(String name, ScoringModel model, double[][] rows) {
    add(name, scored(name, model, rows));
  }

  private ModelScores summarize(String name, double[] scores) {
    return new ModelScores(name, scores, Discrimination.summarize(scores, bad, ScoreOrientation.HIGHER_IS_BETTER));
  }

  /** The model's points on the rows; its probabilities of default go to {@link #pd}. */
  private double[] scored(String name, ScoringModel model, double[][] rows) {
    ScoreHolder holder = model.newHolder();
    double[] points = new double[rows.length];
    double[] p = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      model.score(rows[r], holder);
      points[r] = holder.points();
      p[r] = holder.probabilityOfDefault();
    }
    pd.put(name, p);
    return points;
  }

  /** Decides every held-out application through the full path, in parallel. */
  void decide(DemoPortfolio portfolio, DemoModels m, DecisionPolicy policy, IntConsumer progress) {
    AtomicInteger done = new AtomicInteger();
    IntStream.range(0, testIndex.length).parallel().forEach(r -> {
      CreditFile file = portfolio.verifiedFile(testIndex[r]);
      FeatureVector v = portfolio.extractor.extract(file, portfolio.contextFor(file));
      CombinedScore s = m.combined.score(v);
      CombinedScore bureauOnly = m.combinedBureauOnly.score(v);
      // Second look: a thick file's alternative data may raise its decision, never lower it below bureau data alone.
      LocalDate date = file.application().applicationDate();
      Decision decision = policy.decide(file, v, s, bureauOnly, date);
      // Scored by the willingness points; decided again exactly as this decision was (an approval gets none).
      List<DocumentSuggestion> change = decision.outcome() == DecisionOutcome.APPROVE ? List.of()
          : WhatWouldChange.suggest(decision, v, m.willingness, x -> policy.decide(file, x, m.combined.score(x),
              m.combinedBureauOnly.score(x), date), SUGGESTIONS);
      decided[r] = new Decided(testIndex[r], segment[r], s, decision, change);
      if (thin[r]) {
        thinBureauOnly.put(r, policy.decide(file, v, bureauOnly, date));
      }
      if ((done.incrementAndGet() & 255) == 0) {
        progress.accept(256);
      }
    });
    progress.accept(testIndex.length & 255);
  }

  /** AUC of a model on the thin-file (no bureau report) part of the held-out set. */
  double thinFileAuc(String model) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < thin.length; r++) {
      if (thin[r]) {
        rows.add(r);
      }
    }
    double[] s = new double[rows.size()];
    boolean[] b = new boolean[rows.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = models.get(model).scores()[rows.get(i)];
      b[i] = bad[rows.get(i)];
    }
    return Discrimination.auc(s, b, ScoreOrientation.HIGHER_IS_BETTER);
  }

  static double[][] rows(Dataset data, FeatureSchema schema) {
    double[][] rows = new double[data.rows()][schema.size()];
    for (int f = 0; f < schema.size(); f++) {
      NumericColumn c = (NumericColumn) data.column(schema.name(f)).orElseThrow();
      double[] values = c.values();
      for (int r = 0; r < rows.length; r++) {
        rows[r][f] = values[r];
      }
    }
    return rows;
  }

  static byte[] missing(double[] row) {
    byte[] m = new byte[row.length];
    for (int i = 0; i < row.length; i++) {
      if (Double.isNaN(row[i])) {
        m[i] = dev.northbound.scoring.core.feature.MissingReason.UNAVAILABLE.code();
      }
    }
    return m;
  }

  static double[] points(ScoringModel model, double[][] rows) {
    ScoreHolder holder = model.newHolder();
    double[] out = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      model.score(rows[r], holder);
      out[r] = holder.points();
    }
    return out;
  }
}
