package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scores Spark {@link Dataset}s with a Northbound model file. The model file's bytes are broadcast
 * once; each executor reads the model once (cached per JVM by its seal digest) and scores a whole
 * partition with one values array and one {@code ScoreHolder} ({@code mapPartitions}). Every input
 * column is kept and these are added:
 *
 * <ul>
 *   <li>{@value #SCORE} (double), {@value #PD} (double), {@value #GRADE} (string) and
 *       {@value #REASON_CODES} (array of reason codes, most points lost first);
 *   <li>{@value #DECISION}: {@code APPROVE}, {@code REFER} or {@code DECLINE} when a policy is set and
 *       credit files are scored, otherwise null (a policy's knock-outs need the credit file);
 *   <li>{@value #ERROR}: null for a scored row; for a row that breaks a rule, a struct of
 *       {@code pointer} (JSON Pointer), {@code rule} and {@code found} (a description, never the value),
 *       with the score columns null. A bad row never fails the job.
 * </ul>
 *
 * <p>Scoring is lazy, like every Spark transformation. Immutable and thread-safe; the Datasets it
 * returns belong to the session it was created with.
 */
public final class SparkScoring {

  /** The points column. */
  public static final String SCORE = "score";
  /** The probability-of-default column. */
  public static final String PD = "pd";
  /** The risk-grade column. */
  public static final String GRADE = "grade";
  /** The reason-codes column. */
  public static final String REASON_CODES = "reason_codes";
  /** The decision column. */
  public static final String DECISION = "decision";
  /** The error column. */
  public static final String ERROR = "error";
  /** The outcome column added when JSON Lines lines are scored ({@code good}, {@code bad}, {@code indeterminate}). */
  public static final String OUTCOME = "outcome";
  /** The segment column added when JSON Lines lines are scored (null when the line has none). */
  public static final String SEGMENT = "segment";

  private final SparkSession spark;
  private final Scorecard card;
  private final Broadcast<ModelRef> model;
  private final Optional<Broadcast<PolicyRef>> policy;

  private SparkScoring(SparkSession spark, Scorecard card, Broadcast<ModelRef> model,
      Optional<Broadcast<PolicyRef>> policy) {
    this.spark = spark;
    this.card = card;
    this.model = model;
    this.policy = policy;
  }

  /**
   * Reads and checks a model file on the driver and broadcasts its bytes.
   *
   * @param spark the session
   * @param modelFile the model file's bytes (copied)
   * @return the scorer
   * @throws dev.northbound.scoring.core.ModelDefinitionException if the bytes are not a valid, intact
   *     model for the standard feature schema or, for a model file with an {@code inputs} section (a
   *     model trained on a table), for the schema its inputs define
   */
  public static SparkScoring create(SparkSession spark, byte[] modelFile) {
    Objects.requireNonNull(spark, "spark");
    ModelRef ref = ModelRef.of(Objects.requireNonNull(modelFile, "modelFile"));
    return new SparkScoring(spark, ref.load(), context(spark).broadcast(ref), Optional.empty());
  }

  /**
   * This scorer with a decision policy for credit-file input.
   *
   * @param policyJson the policy (docs/decision-policy.md)
   * @param pseudonymKey the bank's key for subject pseudonyms in audit records (at least 32 bytes;
   *     broadcast to executors, never printed)
   * @return a new scorer
   * @throws dev.northbound.scoring.core.ModelDefinitionException if the policy is not valid, or
   *     lists grades this model cannot produce
   * @throws IllegalArgumentException if the key is shorter than 32 bytes
   */
  public SparkScoring withPolicy(String policyJson, byte[] pseudonymKey) {
    PolicyRef ref = PolicyRef.of(Objects.requireNonNull(policyJson, "policyJson"),
        Objects.requireNonNull(pseudonymKey, "pseudonymKey"));
    ref.load().requireCompatible(card); // grade cutoffs only of grades this model can produce
    return new SparkScoring(spark, card, model, Optional.of(context(spark).broadcast(ref)));
  }

  /** The model, as read on the driver. */
  public Scorecard model() {
    return card;
  }

  /**
   * The inputs of a model trained on a table (the model file's {@code inputs} section); empty for a
   * model of the standard feature catalogue.
   */
  public Optional<TabularInputs> inputs() {
    return model.value().inputs();
  }

  /** Throws unless the model reads the standard feature catalogue (credit files). */
  void requireStandard(String what) {
    if (inputs().isPresent()) {
      throw new IllegalArgumentException("the model was trained on a table; it scores rows of the table's columns, not "
          + what);
    }
  }

  /** The session the scorer belongs to. */
  SparkSession session() {
    return spark;
  }

  /** The broadcast model file, for the evaluation passes. */
  Broadcast<ModelRef> modelBroadcast() {
    return model;
  }

  /** The seal digest of the model file, which keys the per-executor model cache. */
  public String modelDigest() {
    return model.value().digest();
  }

  /**
   * Scores rows of feature columns (Parquet, CSV or any table). Other columns pass through untouched.
   *
   * <ul>
   *   <li>A model of the standard catalogue: one column per characteristic feature of the model,
   *       named as in the feature catalogue, numeric or text (CSV); null, NaN or empty text is a
   *       missing value.
   *   <li>A model trained on a table ({@link #inputs()}): the table's raw columns, named as in
   *       training; a numeric column as numbers or text ({@code ""}, {@code NA} and {@code ?} are
   *       missing; other text must be a plain decimal number, else the row's error is {@code
   *       /<column>}, {@code must be a number}); a categorical column as text (or integers), coded by
   *       the model's dictionary, where a label the model does not know scores the missing bin.
   *       Each cell is decoded as the local engine's tabular evaluation decodes it.
   * </ul>
   *
   * @param features the rows
   * @return the rows with the score columns
   * @throws IllegalArgumentException if an input column is absent or of a type it cannot hold, or
   *     the input already has a column named like an output column
   */
  public Dataset<Row> scoreFeatures(Dataset<Row> features) {
    StructType out = Outputs.append(features.schema());
    ColumnReader columns = inputs().isPresent() ? TabularColumns.inputs(features.schema(), inputs().get())
        : FeatureColumns.features(features.schema(), card);
    return features.mapPartitions(new FeaturePartition(model, columns), Encoders.row(out));
  }

  /**
   * Scores JSON Lines lines of credit files with outcomes ({@code {"document":…,"outcome":…}}), as
   * {@code spark.read().text(path)} gives them; adds {@value #OUTCOME} and {@value #SEGMENT} before
   * the score columns. Error pointers are relative to the line ({@code /document/…}, {@code /outcome}).
   *
   * @param lines the rows
   * @param column the text (or binary) column that holds each line
   * @param context the as-of date, reporting currency and exchange rates for feature extraction
   * @return the rows with the score columns
   */
  public Dataset<Row> scoreCreditFileLines(Dataset<Row> lines, String column, ExtractionContext context) {
    return scoreLines(lines, column, ContextSpec.of(context));
  }

  /**
   * As {@link #scoreCreditFileLines(Dataset, String, ExtractionContext)}, but each file's features
   * are extracted as of its own application date (the context's date is not used): a back-test sees
   * what was known at each application, as the single-machine {@code evaluate} does.
   */
  public Dataset<Row> scoreCreditFileLinesAsOfApplication(Dataset<Row> lines, String column, ExtractionContext context) {
    return scoreLines(lines, column, ContextSpec.asOfEachApplication(context));
  }

  private Dataset<Row> scoreLines(Dataset<Row> lines, String column, ContextSpec spec) {
    StructType out = Outputs.append(lines.schema(),
        DataTypes.createStructField(OUTCOME, DataTypes.StringType, true),
        DataTypes.createStructField(SEGMENT, DataTypes.StringType, true));
    return lines.mapPartitions(partition(lines.schema(), column, spec, true), Encoders.row(out));
  }

  /**
   * Scores bare credit-file documents (docs/credit-file-format.md), one per row.
   *
   * @param documents the rows
   * @param column the text (or binary) column that holds each document
   * @param context the as-of date, reporting currency and exchange rates for feature extraction
   * @return the rows with the score columns
   */
  public Dataset<Row> scoreCreditFiles(Dataset<Row> documents, String column, ExtractionContext context) {
    StructType out = Outputs.append(documents.schema());
    return documents.mapPartitions(partition(documents.schema(), column, ContextSpec.of(context), false),
        Encoders.row(out));
  }

  private CreditFilePartition partition(StructType in, String column, ContextSpec context, boolean lines) {
    Objects.requireNonNull(context, "context");
    requireStandard("credit files");
    int c = FeatureColumns.column(in, column);
    DataType type = in.fields()[c].dataType();
    if (!type.equals(DataTypes.StringType) && !(type instanceof BinaryType)) {
      throw new IllegalArgumentException("column " + column + " must be text or binary, found " + type.simpleString());
    }
    return new CreditFilePartition(model, policy, context, c, lines);
  }

  private static JavaSparkContext context(SparkSession spark) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }
}
