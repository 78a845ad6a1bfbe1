package dev.northbound.scoring.models.logistic;

import dev.northbound.scoring.models.scorecard.RiskGrades;

import dev.northbound.scoring.models.scorecard.Scaling;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.PartialScore;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.model.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A logistic-regression scoring model. The target is <em>bad</em>: with the log-odds
 * {@code z = b0 + sum(b_i * x_i)}, the probability of default is {@code PD = 1 / (1 + exp(-z))},
 * computed in a form that never overflows (for {@code z < 0} as {@code exp(z) / (1 + exp(z))}), so
 * that even {@code |z| = 800} gives exactly 0 or 1 and never NaN. Points are
 * {@code offset - factor * z} (see {@link Scaling}), finite for every input.
 *
 * <p>Partial scores: input {@code i} gets {@code -factor * b_i * x_i} plus an equal share
 * {@code (offset - factor * b0) / n} of the intercept term, so the partial scores of the {@code n}
 * inputs add up to the total points.
 *
 * <p>Reason codes: the inputs whose points are below their best attainable contribution (see
 * {@link RawInput} and {@link WoeInput} for "best"), largest shortfall first, ties broken by input
 * order, at most {@value #MAX_REASONS}; inputs at their best give no reason.
 *
 * <p>Immutable and thread-safe. {@link #score(double[], ScoreHolder)} allocates nothing.
 */
public final class LogisticModel implements ScoringModel {

  /** The most reason codes a score carries. */
  public static final int MAX_REASONS = 4;


  private final LogisticConfig config;
  private final FeatureSchema schema;
  private final ModelInfo info;
  private final int[] featureIndex;
  private final boolean[] woe;
  private final double[] coef;
  /**
   * Per raw input: its bounds; NaN for a WoE input, so that the hot loops' first test, {@code lower <
   * v < upper}, fails for it. Strictly inside them, {@code min(max(v, lower), upper)} is {@code v} bit
   * for bit, so the hot loops skip {@link Math#min}/{@link Math#max} (whose NaN and signed-zero rules
   * cost more than the rest of the sum); NaN fails the test too.
   */
  private final double[] lower;
  private final double[] upper;
  private final double[][] cuts;
  /** Per input: the log-odds terms of every bin (WoE) or {@code {missing}} (raw); missing last. */
  private final double[][] terms;
  private final double[] bestTerm;
  /** Per input: the log-odds term and the bin of a missing value. */
  private final double[] missingTerm;
  private final int[] missingBin;
  private final int width;
  private final double factor;
  // Hoisted out of the hot path: Scaling.offset() takes a logarithm on every call.
  private final double offset;
  private final double intercept;
  private final double[] gradeCutoffs;
  private final double share;
  private final double minScore;
  private final double maxScore;

  private LogisticModel(FeatureSchema schema, LogisticConfig config) {
    this.schema = schema;
    this.config = config;
    this.info = new ModelInfo(config.id(), config.version(), schema.fingerprint());
    int n = config.inputs().size();
    featureIndex = new int[n];
    woe = new boolean[n];
    coef = new double[n];
    lower = new double[n];
    upper = new double[n];
    cuts = new double[n][];
    terms = new double[n][];
    bestTerm = new double[n];
    missingTerm = new double[n];
    missingBin = new int[n];
    width = schema.size();
    double worstSum = 0;
    double bestSum = 0;
    for (int i = 0; i < n; i++) {
      LogisticInput in = config.inputs().get(i);
      int idx = i;
      featureIndex[i] = schema.indexOf(in.feature()).orElseThrow(() -> new ModelDefinitionException(
          "/inputs/" + idx + "/feature", "must name a feature of the schema", "an unknown feature name"));
      coef[i] = in.coefficient();
      double best;
      double worst;
      if (in instanceof WoeInput w) {
        woe[i] = true;
        cuts[i] = w.cutpoints().stream().mapToDouble(Double::doubleValue).toArray();
        terms[i] = new double[w.woe().size() + 1];
        for (int k = 0; k < w.woe().size(); k++) {
          terms[i][k] = coef[i] * w.woe().get(k);
        }
        terms[i][w.woe().size()] = coef[i] * w.missingWoe();
        lower[i] = Double.NaN;
        upper[i] = Double.NaN;
        best = Double.POSITIVE_INFINITY;
        worst = Double.NEGATIVE_INFINITY;
        for (double t : terms[i]) {
          best = Math.min(best, t);
          worst = Math.max(worst, t);
        }
      } else {
        RawInput r = (RawInput) in;
        lower[i] = r.lower();
        upper[i] = r.upper();
        terms[i] = new double[] {coef[i] * r.imputedValue() + r.missingCoefficient()};
        best = Math.min(terms[i][0], Math.min(coef[i] * r.lower(), coef[i] * r.upper()));
        worst = Math.max(terms[i][0], Math.max(coef[i] * r.lower(), coef[i] * r.upper()));
      }
      bestTerm[i] = best;
      missingTerm[i] = terms[i][terms[i].length - 1];
      missingBin[i] = woe[i] ? terms[i].length - 1 : 1;
      bestSum += best;
      worstSum += worst;
    }
    Scaling s = config.scaling();
    factor = s.factor();
    offset = s.offset();
    intercept = config.intercept();
    gradeCutoffs = config.grades().cutoffs().stream().mapToDouble(Double::doubleValue).toArray();
    share = (s.offset() - factor * config.intercept()) / n;
    minScore = s.pointsForLogOddsBad(config.intercept() + worstSum);
    maxScore = s.pointsForLogOddsBad(config.intercept() + bestSum);
    if (!Double.isFinite(minScore) || !Double.isFinite(maxScore)) {
      throw new ModelDefinitionException("/inputs", "the score range must be finite", "an infinite bound");
    }
  }

  /**
   * A model of the given definition over {@code schema}.
   *
   * @throws ModelDefinitionException if an input names a feature the schema lacks or the score
   *     range is not finite
   */
  public static LogisticModel create(FeatureSchema schema, LogisticConfig config) {
    return new LogisticModel(Objects.requireNonNull(schema, "schema"), Objects.requireNonNull(config, "config"));
  }

  /** The definition the model was built from. */
  public LogisticConfig config() {
    return config;
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  @Override
  public List<String> grades() {
    return config.grades().labels();
  }

  @Override
  public double minScore() {
    return minScore;
  }

  @Override
  public double maxScore() {
    return maxScore;
  }

  @Override
  public ScoreHolder newHolder() {
    return ScoreHolder.of(coef.length, MAX_REASONS);
  }

  /**
   * The numerically stable logistic function {@code 1 / (1 + exp(-z))}: never NaN for finite or
   * infinite {@code z}.
   */
  public static double sigmoid(double z) {
    if (z >= 0) {
      return 1.0 / (1.0 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1.0 + e);
  }

  /**
   * The probability of default alone, with no points, grade, partial scores or reasons: for batch
   * scoring and challenger runs that need only the PD. The same log-odds, summed in the same order,
   * as {@link #score(double[], ScoreHolder)}, so the PD is the same double.
   *
   * @param values the feature values in schema order, {@code NaN} for missing
   * @return the PD
   * @throws IllegalArgumentException if {@code values} is not as wide as the schema
   */
  public double probabilityOfDefault(double[] values) {
    if (values.length != width) {
      throw new IllegalArgumentException("expected " + width + " values, found " + values.length);
    }
    double z = intercept;
    for (int i = 0; i < coef.length; i++) {
      double v = values[featureIndex[i]];
      if (v > lower[i] && v < upper[i]) {
        z += coef[i] * v;
      } else if (v != v) {
        z += missingTerm[i];
      } else if (woe[i]) {
        z += terms[i][binOf(cuts[i], v)];
      } else {
        z += coef[i] * Math.min(Math.max(v, lower[i]), upper[i]);
      }
    }
    return sigmoid(z);
  }

  @Override
  public void score(double[] values, ScoreHolder out) {
    if (values.length != width) {
      throw new IllegalArgumentException("expected " + width + " values, found " + values.length);
    }
    if (out.characteristicCapacity() < coef.length || out.reasonCapacity() < MAX_REASONS) {
      throw new IllegalArgumentException("holder too small: needs " + coef.length + " characteristics and "
          + MAX_REASONS + " reasons, has " + out.characteristicCapacity() + " and " + out.reasonCapacity());
    }
    double z = intercept;
    // The best four reasons so far, ranked in locals: input (-1 for none) and points below (0 for
    // none). Strictly greater to move up, so a tie keeps the earlier input ahead.
    int c0 = -1;
    int c1 = -1;
    int c2 = -1;
    int c3 = -1;
    double b0 = 0;
    double b1 = 0;
    double b2 = 0;
    double b3 = 0;
    for (int i = 0; i < coef.length; i++) {
      double v = values[featureIndex[i]];
      int bin;
      double term;
      // Branches, not bit masks: a raw value inside its bounds first, then missing (measured faster
      // at a few percent missing).
      if (v > lower[i] && v < upper[i]) {
        bin = 0;
        term = coef[i] * v;
      } else if (v != v) {
        bin = missingBin[i];
        term = missingTerm[i];
      } else if (woe[i]) {
        bin = binOf(cuts[i], v);
        term = terms[i][bin];
      } else {
        bin = 0;
        term = coef[i] * Math.min(Math.max(v, lower[i]), upper[i]);
      }
      z += term;
      out.setPartial(i, share - factor * term, bin);
      double below = factor * (term - bestTerm[i]);
      if (below > b3) {
        if (below > b1) {
          c3 = c2;
          b3 = b2;
          c2 = c1;
          b2 = b1;
          if (below > b0) {
            c1 = c0;
            b1 = b0;
            c0 = i;
            b0 = below;
          } else {
            c1 = i;
            b1 = below;
          }
        } else if (below > b2) {
          c3 = c2;
          b3 = b2;
          c2 = i;
          b2 = below;
        } else {
          c3 = i;
          b3 = below;
        }
      }
    }
    out.clearReasons();
    // setReason makes the count r + 1, so the last one written sets it.
    if (c0 >= 0) {
      out.setReason(0, c0, b0);
    }
    if (c1 >= 0) {
      out.setReason(1, c1, b1);
    }
    if (c2 >= 0) {
      out.setReason(2, c2, b2);
    }
    if (c3 >= 0) {
      out.setReason(3, c3, b3);
    }
    // Scaling.pointsForLogOddsBad(z) and RiskGrades.indexOf(points), with their constants hoisted.
    double points = offset - factor * z;
    out.setTotals(points, sigmoid(z), gradeIndex(points));
  }

  /** The grade: the cutoffs decrease strictly, so the first one at or below the points is the count above them. */
  private int gradeIndex(double points) {
    int g = 0;
    for (double cutoff : gradeCutoffs) {
      g += points < cutoff ? 1 : 0;
    }
    return g;
  }

  /** The bin of {@code v}: the number of cutpoints at or below it, as the cutpoints increase strictly. */
  private static int binOf(double[] cut, double v) {
    int k = 0;
    for (double c : cut) {
      k += v >= c ? 1 : 0;
    }
    return k;
  }

  /**
   * Scores a vector with its partial scores and reason codes.
   *
   * @throws InvalidInputException if the vector was built under another schema
   */
  @Override
  public ScoreResult score(FeatureVector vector) {
    if (!vector.schema().fingerprint().equals(schema.fingerprint())) {
      throw new InvalidInputException("/schemaFingerprint", "must be the fingerprint of the model's schema",
          "the fingerprint of another schema");
    }
    ScoreHolder h = newHolder();
    score(vector.toArray(), h);
    List<PartialScore> partials = new ArrayList<>(coef.length);
    for (int i = 0; i < coef.length; i++) {
      LogisticInput in = config.inputs().get(i);
      String label = in instanceof WoeInput w ? w.binLabel(h.bin(i)) : h.bin(i) == 0 ? "value" : "missing";
      partials.add(new PartialScore(in.feature(), label, h.partial(i)));
    }
    List<ReasonCode> reasons = new ArrayList<>(h.reasonCount());
    for (int r = 0; r < h.reasonCount(); r++) {
      int i = h.reasonCharacteristic(r);
      LogisticInput in = config.inputs().get(i);
      int f = featureIndex[i];
      String shown = vector.isMissing(f) ? "missing"
          : NumberLabels.format(vector.value(f)) + " " + schema.definition(f).unit();
      reasons.add(new ReasonCode(in.reason().code(), in.feature(), h.reasonPoints(r), shown,
          in.reason().messageEn(), in.reason().messageZh()));
    }
    return new ScoreResult(info, h.points(), h.probabilityOfDefault(), grades().get(h.grade()), partials, reasons);
  }
}
