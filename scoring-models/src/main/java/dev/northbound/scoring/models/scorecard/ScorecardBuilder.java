package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.features.catalogue.FeatureSources;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link Scorecard}; get one from {@link Scorecard#builder(FeatureSchema)}. Each setter
 * checks its value at once and may be called only once; {@link #build()} checks the whole again.
 *
 * <p>Required: {@link #id}, {@link #version}, {@link #scaling}, {@link #grades},
 * {@link #provenance} and at least one characteristic. Optional: {@link #initialScore} (0),
 * {@link #reasonCodes} ({@link ReasonCodeSettings#DEFAULT}) and {@link #dataSources} (derived from
 * the features, see {@link DataUses}).
 *
 * <p>Not thread-safe.
 */
public final class ScorecardBuilder {

  final FeatureSchema schema;
  String id;
  String version;
  Double initialScore;
  Scaling scaling;
  RiskGrades grades;
  ReasonCodeSettings reasonCodes;
  ModelProvenance provenance;
  Set<DataSource> declaredSources;
  DataUse dataUse;
  final List<Characteristic> characteristics = new ArrayList<>();
  private final Map<String, String> featureByReasonCode = new HashMap<>();

  ScorecardBuilder(FeatureSchema schema) {
    this.schema = Objects.requireNonNull(schema, "schema");
  }

  /**
   * Sets the model id, for example {@code "gba-willingness"}.
   *
   * @throws ModelDefinitionException if blank
   * @throws IllegalStateException if already set
   */
  public ScorecardBuilder id(String id) {
    requireUnset(this.id, "id");
    this.id = ScorecardChecks.text(Objects.requireNonNull(id, "id"), "/id");
    return this;
  }

  /**
   * Sets the model version, for example {@code "2026.11.1"}.
   *
   * @throws ModelDefinitionException if blank
   * @throws IllegalStateException if already set
   */
  public ScorecardBuilder version(String version) {
    requireUnset(this.version, "version");
    this.version = ScorecardChecks.text(Objects.requireNonNull(version, "version"), "/version");
    return this;
  }

  /**
   * Sets the base points every applicant starts from (PMML's {@code initialScore}); 0 if not set.
   *
   * @throws ModelDefinitionException if not finite
   * @throws IllegalStateException if already set
   */
  public ScorecardBuilder initialScore(double points) {
    requireUnset(this.initialScore, "initial score");
    this.initialScore = ScorecardChecks.finitePoints(points, "/initialScore");
    return this;
  }

  /**
   * Sets the scaling from points to odds.
   *
   * @throws IllegalStateException if already set
   */
  public ScorecardBuilder scaling(Scaling scaling) {
    requireUnset(this.scaling, "scaling");
    this.scaling = Objects.requireNonNull(scaling, "scaling");
    return this;
  }

  /**
   * Sets the risk grades.
   *
   * @throws IllegalStateException if already set
   */
  public ScorecardBuilder grades(RiskGrades grades) {
    requireUnset(this.grades, "grades");
    this.grades = Objects.requireNonNull(grades, "grades");
    return this;
  }

  /**
   * Sets how reason codes are chosen; {@link ReasonCodeSettings#DEFAULT} if not set.
   *
   * @throws IllegalStateException if already set
   */
  public ScorecardBuilder reasonCodes(ReasonCodeSettings settings) {
    requireUnset(this.reasonCodes, "reason code settings");
    this.reasonCodes = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /**
   * Sets where the model came from.
   *
   * @throws IllegalStateException if already set
   */
  public ScorecardBuilder provenance(ModelProvenance provenance) {
    requireUnset(this.provenance, "provenance");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    return this;
  }

  /**
   * Declares the sources of personal data the model reads, written to its file as
   * {@code dataSources}. Without it the sources are derived from the features
   * ({@link DataUses#of(FeatureSchema, java.util.Collection)}): the standard catalogue's sources,
   * and every source for a feature outside the catalogue. Declaring them narrows a model over such
   * features to what it truly reads; {@link #build()} checks that they cover the standard sources of
   * every feature the characteristics read.
   *
   * @param sources the sources (may be empty: a model on application data only)
   * @throws IllegalStateException if already set
   */
  public ScorecardBuilder dataSources(Set<DataSource> sources) {
    requireUnset(this.declaredSources, "data sources");
    Objects.requireNonNull(sources, "sources").forEach(s -> Objects.requireNonNull(s, "source"));
    this.declaredSources = Collections.unmodifiableSet(
        sources.isEmpty() ? EnumSet.noneOf(DataSource.class) : EnumSet.copyOf(sources));
    return this;
  }

  /**
   * Adds a characteristic; characteristics keep the order they are added in, which is also the
   * order that breaks ties between reason codes.
   *
   * @throws ModelDefinitionException if the feature is not in the schema, already has a
   *     characteristic, or the reason code is already used
   */
  public ScorecardBuilder addCharacteristic(Characteristic characteristic) {
    Objects.requireNonNull(characteristic, "characteristic");
    String feature = characteristic.feature();
    String at = "/characteristics/" + characteristics.size();
    requireInSchema(feature, at + "/feature");
    if (characteristic.partner().isPresent()) {
      requireInSchema(characteristic.partner().get(), at + "/partner");
    }
    for (int i = 0; i < characteristics.size(); i++) {
      if (sameFeatures(characteristics.get(i), characteristic)) {
        throw new ModelDefinitionException(at + "/feature", characteristic.isInteraction()
            ? "must not repeat another interaction's pair of features"
            : "must not repeat another characteristic's feature", "the feature of /characteristics/" + i);
      }
    }
    String other = featureByReasonCode.get(characteristic.reasonCode());
    if (other != null) {
      throw new ModelDefinitionException(at + "/reasonCode", "must not repeat another characteristic's reason code",
          "the reason code of the characteristic for " + other);
    }
    featureByReasonCode.put(characteristic.reasonCode(), characteristic.name());
    characteristics.add(characteristic);
    return this;
  }

  /**
   * Builds the scorecard.
   *
   * @throws ModelDefinitionException if a required value is missing, the points-below-baseline
   *     mode is chosen and a characteristic has no baseline, or the {@linkplain #dataSources declared
   *     sources} miss a standard source of a feature the characteristics read (pointer
   *     {@code /dataSources})
   */
  public Scorecard build() {
    require(id, "id");
    require(version, "version");
    require(scaling, "scaling");
    require(grades, "grades");
    require(provenance, "provenance");
    if (characteristics.isEmpty()) {
      throw new ModelDefinitionException("/characteristics", "must hold at least one characteristic", "none");
    }
    ReasonCodeSettings settings = reasonCodes == null ? ReasonCodeSettings.DEFAULT : reasonCodes;
    if (settings.mode() == ReasonCodeMode.POINTS_BELOW_BASELINE) {
      for (int i = 0; i < characteristics.size(); i++) {
        if (characteristics.get(i).baselineScore().isEmpty()) {
          throw new ModelDefinitionException("/characteristics/" + i + "/baselineScore",
              "is required by reason code mode POINTS_BELOW_BASELINE", "nothing");
        }
      }
    }
    dataUse = dataUse();
    return new Scorecard(this, settings, initialScore == null ? 0.0 : initialScore);
  }

  /**
   * The features the characteristics read (an interaction's partner too), in schema order, with
   * the declared sources, or the sources derived from the features.
   */
  private DataUse dataUse() {
    List<String> used = new ArrayList<>();
    for (Characteristic c : characteristics) {
      used.add(c.feature());
      c.partner().ifPresent(used::add);
    }
    if (declaredSources == null) {
      return DataUses.of(schema, used);
    }
    for (int i = 0; i < characteristics.size(); i++) {
      Characteristic c = characteristics.get(i);
      requireDeclared(c.feature(), "/characteristics/" + i + "/feature");
      if (c.partner().isPresent()) {
        requireDeclared(c.partner().get(), "/characteristics/" + i + "/partner");
      }
    }
    return new DataUse(DataUses.inSchemaOrder(schema, used), declaredSources);
  }

  private void requireDeclared(String feature, String at) {
    for (DataSource s : FeatureSources.standard(feature).orElse(Set.of())) {
      if (!declaredSources.contains(s)) {
        throw new ModelDefinitionException("/dataSources", "must cover the sources of every feature the model uses",
            "source " + s + ", used by " + at + ", not listed");
      }
    }
  }

  private static void requireUnset(Object value, String what) {
    if (value != null) {
      throw new IllegalStateException(what + " was already set");
    }
  }

  private void requireInSchema(String feature, String at) {
    if (schema.indexOf(feature).isEmpty()) {
      throw new ModelDefinitionException(at, "must name a feature of the schema",
          "a feature not in schema " + schema.fingerprint().substring(0, 12));
    }
  }

  /** Whether two characteristics are over the same feature, or the same pair of features in either order. */
  private static boolean sameFeatures(Characteristic a, Characteristic b) {
    if (a.isInteraction() != b.isInteraction()) {
      return false;
    }
    if (!a.isInteraction()) {
      return a.feature().equals(b.feature());
    }
    return Set.of(a.feature(), a.partner().get()).equals(Set.of(b.feature(), b.partner().get()));
  }

  private static void require(Object value, String what) {
    if (value == null) {
      throw new ModelDefinitionException("/" + what, "is required", "nothing");
    }
  }
}
