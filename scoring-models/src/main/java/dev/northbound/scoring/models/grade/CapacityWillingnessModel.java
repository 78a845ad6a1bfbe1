package dev.northbound.scoring.models.grade;

import static dev.northbound.scoring.core.definition.DefinitionJson.fail;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.model.ScoringModel;
import dev.northbound.scoring.models.scorecard.DataUses;
import java.util.Objects;

/**
 * Scores capacity and willingness with one model each and combines their grades through a
 * {@link GradeMatrix}. Both sub-models score vectors of the same full schema (each may read only a
 * subset of its features); the matrix's rows must be the capacity model's grades and its columns the
 * willingness model's, in the same order.
 *
 * <p>Immutable and thread-safe when the sub-models are (as every {@link ScoringModel} must be).
 */
public final class CapacityWillingnessModel {

  private final ScoringModel capacity;
  private final ScoringModel willingness;
  private final GradeMatrix matrix;
  private final DataUse dataUse;

  private CapacityWillingnessModel(ScoringModel capacity, ScoringModel willingness, GradeMatrix matrix) {
    this.capacity = capacity;
    this.willingness = willingness;
    this.matrix = matrix;
    if (!capacity.schema().fingerprint().equals(willingness.schema().fingerprint())) {
      throw fail("/willingness/schemaFingerprint", "must equal the capacity model's schema fingerprint",
          "the fingerprint of another schema");
    }
    if (!capacity.grades().equals(matrix.capacityGrades())) {
      throw fail("/capacityGrades", "must equal the capacity model's grades in order",
          "a different list of " + matrix.capacityGrades().size() + " grades");
    }
    if (!willingness.grades().equals(matrix.willingnessGrades())) {
      throw fail("/willingnessGrades", "must equal the willingness model's grades in order",
          "a different list of " + matrix.willingnessGrades().size() + " grades");
    }
    this.dataUse = DataUses.union(capacity, willingness);
  }

  /**
   * A combined model.
   *
   * @throws ModelDefinitionException if the sub-models' schemas differ or their grades are not the
   *     matrix's rows and columns
   */
  public static CapacityWillingnessModel of(ScoringModel capacity, ScoringModel willingness, GradeMatrix matrix) {
    return new CapacityWillingnessModel(Objects.requireNonNull(capacity, "capacity"),
        Objects.requireNonNull(willingness, "willingness"), Objects.requireNonNull(matrix, "matrix"));
  }

  /**
   * A combined model whose matrix is read from JSON.
   *
   * @throws ModelDefinitionException as {@link GradeMatrix#parse(String)} and {@link #of}
   */
  public static CapacityWillingnessModel of(ScoringModel capacity, ScoringModel willingness, String matrixJson) {
    return of(capacity, willingness, GradeMatrix.parse(matrixJson));
  }

  /** The capacity sub-model. */
  public ScoringModel capacity() {
    return capacity;
  }

  /** The willingness sub-model. */
  public ScoringModel willingness() {
    return willingness;
  }

  /** The grade matrix. */
  public GradeMatrix matrix() {
    return matrix;
  }

  /** The full schema both sub-models score. */
  public FeatureSchema schema() {
    return capacity.schema();
  }

  /**
   * What the combined model reads: the union of both sub-models' data use
   * ({@link DataUses#union(ScoringModel...)}), features in schema order. A sub-model that declares
   * none counts as reading every feature of the schema and every source.
   */
  public DataUse dataUse() {
    return dataUse;
  }

  /**
   * Scores both dimensions and combines the grades.
   *
   * @throws InvalidInputException if the vector was built under another schema
   */
  public CombinedScore score(FeatureVector vector) {
    ScoreResult c = capacity.score(vector);
    ScoreResult w = willingness.score(vector);
    int rank = matrix.combinedIndex(matrix.capacityGrades().indexOf(c.grade()),
        matrix.willingnessGrades().indexOf(w.grade()));
    return new CombinedScore(c, w, matrix.combinedGrades().get(rank), rank);
  }
}
