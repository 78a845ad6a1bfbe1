package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.model.ScoringModel;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A points scorecard: an applicant starts from the {@linkplain #initialScore() initial score} and
 * earns, for each characteristic, the points of the one bin that holds their value (for an
 * {@linkplain Characteristic#isInteraction() interaction}, the one cell that holds their values of
 * its feature and its partner). The total maps
 * to odds and a probability of default through the {@link Scaling}, and to a risk grade. Reason codes
 * follow PMML's {@code pointsBelow} algorithm: each characteristic's points below its maximum (or
 * baseline), largest first, ties in characteristic order, characteristics with no points below left
 * out.
 *
 * <p>A scorecard scores vectors of the full schema it was built for (a subset of the features are its
 * characteristics). {@link #score(double[], ScoreHolder)}, {@link #points(double[])} and
 * {@link #scoreBatch} allocate nothing.
 *
 * <p>Its {@linkplain #info() info} declares its {@linkplain ModelInfo#dataUse() data use}: the
 * features its characteristics read (an interaction's partner too), in schema order, and their
 * sources, either {@linkplain #declaredSources() declared} or derived as {@link DataUses} does.
 *
 * <p>Immutable and thread-safe: build or load once, share across threads.
 */
public final class Scorecard implements ScoringModel {

  private final FeatureSchema schema;
  private final ModelInfo info;
  private final Optional<Set<DataSource>> declaredSources;
  private final double initialScore;
  private final Scaling scaling;
  private final RiskGrades grades;
  private final ReasonCodeSettings reasonCodes;
  private final ModelProvenance provenance;
  private final List<Characteristic> characteristics;
  private final int n;
  private final int maxReasons;
  private final int[] featureIndex;
  private final int[] partnerIndex;
  private final double[] baselines;
  private final HotPath hot;
  private final double minScore;
  private final double maxScore;
  private final Explanations explanations;

  Scorecard(ScorecardBuilder b, ReasonCodeSettings reasonCodes, double initialScore) {
    this.schema = b.schema;
    this.info = new ModelInfo(b.id, b.version, schema.fingerprint(), Optional.of(b.dataUse));
    this.declaredSources = Optional.ofNullable(b.declaredSources);
    this.initialScore = initialScore;
    this.scaling = b.scaling;
    this.grades = b.grades;
    this.reasonCodes = reasonCodes;
    this.provenance = b.provenance;
    this.characteristics = List.copyOf(b.characteristics);
    n = characteristics.size();
    maxReasons = reasonCodes.maxReasons();
    featureIndex = new int[n];
    partnerIndex = new int[n];
    baselines = new double[n];
    double min = initialScore;
    double max = initialScore;
    for (int c = 0; c < n; c++) {
      Characteristic ch = characteristics.get(c);
      featureIndex[c] = schema.indexOf(ch.feature()).orElseThrow();
      partnerIndex[c] = ch.partner().map(p -> schema.indexOf(p).orElseThrow()).orElse(-1);
      baselines[c] = reasonCodes.mode() == ReasonCodeMode.POINTS_BELOW_MAX
          ? ch.maxPoints() : ch.baselineScore().orElseThrow();
      min += ch.minPoints();
      max += ch.maxPoints();
    }
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      throw new ModelDefinitionException("", "the lowest and highest scores must be finite",
          "characteristics whose points add up to an infinite score");
    }
    this.minScore = min;
    this.maxScore = max;
    this.hot = new HotPath(featureIndex, partnerIndex, characteristics, baselines, initialScore, maxReasons, scaling,
        grades);
    this.explanations = new Explanations(this);
  }

  /** A builder for a scorecard over {@code schema}. */
  public static ScorecardBuilder builder(FeatureSchema schema) {
    return new ScorecardBuilder(schema);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  /**
   * The sources the model was built with ({@link ScorecardBuilder#dataSources}, a file's
   * {@code dataSources}), or empty when they are derived from its features. Either way
   * {@code info().dataUse()} holds the sources in force.
   */
  public Optional<Set<DataSource>> declaredSources() {
    return declaredSources;
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  @Override
  public List<String> grades() {
    return grades.labels();
  }

  /** The risk grades with their cutoffs. */
  public RiskGrades riskGrades() {
    return grades;
  }

  /** The base points every applicant starts from (PMML's {@code initialScore}). */
  public double initialScore() {
    return initialScore;
  }

  /** The scaling from points to odds. */
  public Scaling scaling() {
    return scaling;
  }

  /** How reason codes are chosen. */
  public ReasonCodeSettings reasonCodeSettings() {
    return reasonCodes;
  }

  /** Where the model came from. */
  @Override
  public ModelProvenance provenance() {
    return provenance;
  }

  /** The characteristics, in order. */
  public List<Characteristic> characteristics() {
    return characteristics;
  }

  /** {@code initialScore + Σ min bin points} (an interaction's bins are its cells). */
  @Override
  public double minScore() {
    return minScore;
  }

  /** {@code initialScore + Σ max bin points}. */
  @Override
  public double maxScore() {
    return maxScore;
  }

  /** The probability of default at {@code points}, through the scaling. */
  public double probabilityOfDefault(double points) {
    return hot.probabilityOfDefault(points);
  }

  /**
   * Scores a vector with every characteristic's partial score and the ranked reason codes.
   *
   * @throws InvalidInputException with pointer {@code ""} if the vector was built under another
   *     schema
   */
  @Override
  public ScoreResult score(FeatureVector vector) {
    String theirs = vector.schema().fingerprint();
    if (!theirs.equals(schema.fingerprint())) {
      throw new InvalidInputException("", "the vector's schema must be the model's schema "
          + schema.fingerprint().substring(0, 12) + ", not " + theirs.substring(0, 12), "a vector of another schema");
    }
    double[] values = vector.toArray();
    ScoreHolder holder = newHolder();
    score(values, holder);
    return explanations.result(values, holder);
  }

  /**
   * The reason codes in {@code holder}, filled by {@link #score(double[], ScoreHolder)} from the same
   * {@code values}, as bilingual {@link ReasonCode}s.
   */
  public List<ReasonCode> reasonCodes(double[] values, ScoreHolder holder) {
    return explanations.reasons(values, holder);
  }

  /**
   * The full result for {@code values} already scored into {@code holder}.
   */
  public ScoreResult toResult(double[] values, ScoreHolder holder) {
    return explanations.result(values, holder);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidInputException if a characteristic's value is infinite (pointer {@code /<feature>},
   *     or {@code /<partner>} for an interaction's partner)
   */
  @Override
  public void score(double[] values, ScoreHolder out) {
    checkLength(values);
    int k = maxReasons;
    if (out.characteristicCapacity() < n || out.reasonCapacity() < k) {
      throw new IllegalArgumentException("holder too small: needs " + n + " characteristics and " + k
          + " reasons, has " + out.characteristicCapacity() + " and " + out.reasonCapacity());
    }
    hot.score(values, out);
  }

  /** The points only, for {@code values} in schema order ({@code NaN} for missing); allocates nothing. */
  public double points(double[] values) {
    checkLength(values);
    return hot.points(values);
  }

  /**
   * Scores rows {@code from} (inclusive) to {@code to} (exclusive) of column-wise data into
   * {@code pointsOut[from..to)}; {@code columns[j]} is the column of schema feature {@code j}
   * ({@code NaN} for missing). Works one characteristic at a time over contiguous columns; gives
   * exactly the points of {@link #points(double[])}. Allocates nothing.
   *
   * @throws IllegalArgumentException if there are not as many columns as features, or a column or
   *     {@code pointsOut} is shorter than {@code to}
   */
  public void scoreBatch(double[][] columns, int from, int to, double[] pointsOut) {
    if (columns.length != schema.size()) {
      throw new IllegalArgumentException("expected " + schema.size() + " columns, found " + columns.length);
    }
    hot.batch(columns, from, to, pointsOut);
  }

  @Override
  public ScoreHolder newHolder() {
    return ScoreHolder.of(n, maxReasons);
  }

  /** The baseline the points below of characteristic {@code c} are measured against. */
  double baseline(int c) {
    return baselines[c];
  }

  /** The schema position of characteristic {@code c}'s feature. */
  int featureIndex(int c) {
    return featureIndex[c];
  }

  /** The schema position of interaction {@code c}'s partner, or -1 for a characteristic of one feature. */
  int partnerIndex(int c) {
    return partnerIndex[c];
  }

  private void checkLength(double[] values) {
    if (values.length != schema.size()) {
      throw new IllegalArgumentException("expected " + schema.size() + " values, found " + values.length);
    }
  }

  /**
   * Equal when every part of the definition is equal: schema, identity and data use, declared
   * sources, points, scaling, grades, settings, provenance.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Scorecard s && schema.equals(s.schema) && info.equals(s.info)
        && declaredSources.equals(s.declaredSources)
        && Double.compare(initialScore, s.initialScore) == 0 && scaling.equals(s.scaling)
        && grades.equals(s.grades) && reasonCodes.equals(s.reasonCodes) && provenance.equals(s.provenance)
        && characteristics.equals(s.characteristics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(info, declaredSources, initialScore, scaling, grades, reasonCodes, provenance, characteristics);
  }

  @Override
  public String toString() {
    return "Scorecard[" + info.id() + " " + info.version() + ", " + characteristics.size() + " characteristics]";
  }
}
