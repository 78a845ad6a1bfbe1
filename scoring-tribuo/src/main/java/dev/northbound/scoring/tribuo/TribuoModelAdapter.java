package dev.northbound.scoring.tribuo;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.core.model.PartialScore;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.model.ScoringModel;
import dev.northbound.scoring.models.scorecard.DataUses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ArrayExample;

/**
 * Serves a trained Tribuo classifier as a {@link ScoringModel}.
 *
 * <p>Features are matched by name: every feature in the model's {@link ImmutableFeatureMap} must be
 * a schema feature, and the mapping from Tribuo feature ids to schema positions is made once, here.
 * Each call builds a Tribuo example from the <em>present</em> values only (a missing value is an
 * absent feature, which XGBoost and CART route natively). The PD is Tribuo's probability of the bad
 * label, unchanged; points use it bounded as {@link TribuoAdapterConfig#pdBound()} says. A model
 * whose {@link Model#generatesProbabilities()} is false is rejected, with one exception: Tribuo 4.3
 * builds CART {@link TreeModel}s with that flag false although every leaf carries the normalised
 * class frequencies of its training examples (its {@code LeafNode}s are built as probabilistic), so
 * a tree's leaf frequency of the bad label is accepted as its PD.
 *
 * <p>Reason codes (a black-box method, deterministic): for each configured {@link ReferenceReason},
 * the applicant's value (or its absence) is replaced by the reference value and the model is asked
 * again; the points lost are {@code points(reference) - points(applicant)}. Features losing points
 * are ranked by the loss, ties by configuration order, at most {@value #MAX_REASONS}. The partial
 * score of each referenced feature is {@code points(applicant) - points(reference)}; partial scores
 * of a black-box model do not add up to the total.
 *
 * <p><b>Allocation:</b> unlike the hot-path contract of {@link ScoringModel}, every call of
 * {@link #score(double[], ScoreHolder)} allocates, because Tribuo needs example and prediction
 * objects; it makes {@code 1 + references} predictions.
 *
 * <p>Immutable and thread-safe (Tribuo models are safe for concurrent prediction; this adapter never
 * calls {@code setName} or any other mutator).
 */
public final class TribuoModelAdapter implements ScoringModel {

  /** The most reason codes a score carries. */
  public static final int MAX_REASONS = 4;

  private final Model<Label> model;
  private final FeatureSchema schema;
  private final TribuoAdapterConfig config;
  private final ModelInfo info;
  private final ModelProvenance provenance;
  /** Tribuo feature names and the schema position of each, in Tribuo id order. */
  private final String[] names;
  private final int[] schemaIndex;
  /** Per reference: its schema position. */
  private final int[] referenceIndex;

  private TribuoModelAdapter(Model<Label> model, FeatureSchema schema, TribuoAdapterConfig config) {
    this.model = model;
    this.schema = schema;
    this.config = config;
    this.provenance = TribuoProvenance.of(model);
    if (!model.generatesProbabilities() && !(model instanceof TreeModel)) {
      throw new ModelDefinitionException("/model", "must generate probabilities", "a model that gives none");
    }
    if (model.getOutputIDInfo().getID(new Label(config.badLabel())) < 0) {
      throw new ModelDefinitionException("/badLabel", "must be a label of the model", "an unknown label");
    }
    ImmutableFeatureMap map = model.getFeatureIDMap();
    names = new String[map.size()];
    schemaIndex = new int[map.size()];
    for (int id = 0; id < map.size(); id++) {
      names[id] = map.get(id).getName();
      schemaIndex[id] = schema.indexOf(names[id]).orElseThrow(() -> new ModelDefinitionException(
          "/model/features", "every model feature must be in the schema", "a feature the schema lacks"));
    }
    referenceIndex = new int[config.references().size()];
    for (int r = 0; r < referenceIndex.length; r++) {
      int idx = r;
      referenceIndex[r] = schema.indexOf(config.references().get(r).feature()).orElseThrow(
          () -> new ModelDefinitionException("/references/" + idx + "/feature",
              "must name a feature of the schema", "an unknown feature name"));
    }
    // What it reads: the model's features and the features its reason codes show.
    List<String> used = new ArrayList<>(List.of(names));
    config.references().forEach(r -> used.add(r.feature()));
    this.info = new ModelInfo(config.id(), config.version(), schema.fingerprint(),
        Optional.of(DataUses.of(schema, used)));
  }

  /**
   * An adapter for a trained model.
   *
   * @throws ModelDefinitionException if the model gives no probabilities, lacks the bad label, or
   *     has a feature the schema lacks, or a reference names an unknown feature
   */
  public static TribuoModelAdapter create(Model<Label> model, FeatureSchema schema, TribuoAdapterConfig config) {
    return new TribuoModelAdapter(Objects.requireNonNull(model, "model"), Objects.requireNonNull(schema, "schema"),
        Objects.requireNonNull(config, "config"));
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  /**
   * Tribuo's own provenance of the model in the library's form: trainer class and parameters, seed,
   * training time, data source and size, Tribuo version and JVM.
   */
  @Override
  public ModelProvenance provenance() {
    return provenance;
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
    return points(1 - config.pdBound());
  }

  @Override
  public double maxScore() {
    return points(config.pdBound());
  }

  @Override
  public ScoreHolder newHolder() {
    return ScoreHolder.of(referenceIndex.length, MAX_REASONS);
  }

  /** Tribuo's probability of the bad label for the values, with {@code override} at position {@code at} if {@code at >= 0}. */
  private double pd(double[] values, int at, double override) {
    ArrayExample<Label> e = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL);
    for (int id = 0; id < names.length; id++) {
      double v = schemaIndex[id] == at ? override : values[schemaIndex[id]];
      if (!Double.isNaN(v)) {
        e.add(names[id], v);
      }
    }
    return model.predict(e).getOutputScores().get(config.badLabel()).getScore();
  }

  private double points(double pd) {
    double p = Math.min(Math.max(pd, config.pdBound()), 1 - config.pdBound());
    return config.scaling().pointsForLogOddsBad(Math.log(p / (1 - p)));
  }

  @Override
  public void score(double[] values, ScoreHolder out) {
    if (values.length != schema.size()) {
      throw new IllegalArgumentException("expected " + schema.size() + " values, found " + values.length);
    }
    if (out.characteristicCapacity() < referenceIndex.length || out.reasonCapacity() < MAX_REASONS) {
      throw new IllegalArgumentException("holder too small: needs " + referenceIndex.length + " characteristics and "
          + MAX_REASONS + " reasons");
    }
    double pd = pd(values, -1, 0);
    double points = points(pd);
    List<double[]> lost = new ArrayList<>();
    for (int r = 0; r < referenceIndex.length; r++) {
      double below = points(pd(values, referenceIndex[r], config.references().get(r).referenceValue())) - points;
      out.setPartial(r, -below, Double.isNaN(values[referenceIndex[r]]) ? 1 : 0);
      if (below > 0) {
        lost.add(new double[] {r, below});
      }
    }
    lost.sort(Comparator.<double[]>comparingDouble(a -> -a[1]).thenComparingDouble(a -> a[0]));
    out.clearReasons();
    for (int k = 0; k < Math.min(MAX_REASONS, lost.size()); k++) {
      out.setReason(k, (int) lost.get(k)[0], lost.get(k)[1]);
    }
    out.setTotals(points, pd, config.grades().indexOf(points));
  }

  /**
   * Scores a vector with reference-value reason codes.
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
    List<PartialScore> partials = new ArrayList<>();
    for (int r = 0; r < referenceIndex.length; r++) {
      partials.add(new PartialScore(config.references().get(r).feature(), h.bin(r) == 0 ? "value" : "missing",
          h.partial(r)));
    }
    List<ReasonCode> reasons = new ArrayList<>();
    for (int k = 0; k < h.reasonCount(); k++) {
      ReferenceReason ref = config.references().get(h.reasonCharacteristic(k));
      int f = referenceIndex[h.reasonCharacteristic(k)];
      String shown = vector.isMissing(f) ? "missing" : vector.value(f) + " " + schema.definition(f).unit();
      reasons.add(new ReasonCode(ref.reason().code(), ref.feature(), h.reasonPoints(k), shown,
          ref.reason().messageEn(), ref.reason().messageZh()));
    }
    return new ScoreResult(info, h.points(), h.probabilityOfDefault(), grades().get(h.grade()), partials, reasons);
  }
}
