package dev.northbound.scoring.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ReasonText;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.math.optimisers.AdaGrad;

class TribuoModelAdapterTest {

  /** Tribuo sees the features in this order; the schema lists them differently on purpose. */
  private static final String[] NAMES = {"x0", "x1", "x2"};
  private static final FeatureSchema SCHEMA = SyntheticCredit.schema("x2", "unused", "x0", "x1");
  private static double[][] rows;
  private static Model<Label> xgboost;
  private static Model<Label> cart;

  @BeforeAll
  static void train() {
    rows = SyntheticCredit.rows(11, 300, 3);
    String[] y = SyntheticCredit.labels(13, rows);
    // Every fifth row loses x1, so missing-value routing is exercised.
    for (int r = 0; r < rows.length; r += 5) {
      rows[r][1] = Double.NaN;
    }
    xgboost = new XGBoostClassificationTrainer(20).train(SyntheticCredit.dataset(NAMES, rows, y));
    cart = new CARTClassificationTrainer(4).train(SyntheticCredit.dataset(NAMES, rows, y));
  }

  private static TribuoAdapterConfig config(List<ReferenceReason> refs) {
    return new TribuoAdapterConfig("gbm", "1", SyntheticCredit.BAD, Scaling.of(600, 50, 20),
        RiskGrades.of(List.of("A", "B", "C"), List.of(600.0, 550.0)), 1e-6, refs);
  }

  /** The row in schema order: x2, unused (always 7), x0, x1; NaN is missing. */
  private static FeatureVector vector(double[] row) {
    double[] v = {row[2], 7, row[0], row[1]};
    byte[] m = new byte[4];
    if (Double.isNaN(v[3])) {
      m[3] = MissingReason.NO_HISTORY.code();
    }
    return FeatureVector.of(SCHEMA, v, m);
  }

  private static double tribuoPd(Model<Label> model, double[] row) {
    return model.predict(SyntheticCredit.example(SyntheticCredit.BAD, NAMES, row)).getOutputScores()
        .get(SyntheticCredit.BAD).getScore();
  }

  private static void assertSameAsTribuo(Model<Label> model) {
    TribuoModelAdapter adapter = TribuoModelAdapter.create(model, SCHEMA, config(List.of()));
    for (double[] row : rows) {
      assertThat(adapter.score(vector(row)).probabilityOfDefault()).isEqualTo(tribuoPd(model, row));
    }
  }

  @Test
  void score_xgboostPdIsTribuosExactly() {
    assertSameAsTribuo(xgboost);
  }

  @Test
  void score_cartPdIsTribuosExactly() {
    assertSameAsTribuo(cart);
  }

  @Test
  void score_reasonsArePointsLostAgainstReferenceValues() {
    List<ReferenceReason> refs = List.of(
        new ReferenceReason("x0", -2, ReasonText.of("G01", "x0 is high", "x0偏高")),
        new ReferenceReason("x1", 2, ReasonText.of("G02", "x1 is low", "x1偏低")));
    TribuoModelAdapter adapter = TribuoModelAdapter.create(xgboost, SCHEMA, config(refs));
    double[] row = {1.5, -1.0, 0.0};
    ScoreResult s = adapter.score(vector(row));
    Scaling sc = Scaling.of(600, 50, 20);
    double pd = tribuoPd(xgboost, row);
    double points = sc.pointsForLogOddsBad(Math.log(pd / (1 - pd)));
    double pd0 = tribuoPd(xgboost, new double[] {-2, -1.0, 0.0});
    double pd1 = tribuoPd(xgboost, new double[] {1.5, 2, 0.0});
    double lost0 = sc.pointsForLogOddsBad(Math.log(pd0 / (1 - pd0))) - points;
    double lost1 = sc.pointsForLogOddsBad(Math.log(pd1 / (1 - pd1))) - points;
    assertThat(s.points()).isCloseTo(points, within(1e-9));
    // Both references lower the risk of this high-risk row, so both are reasons, the bigger first.
    assertThat(lost0).isPositive();
    assertThat(lost1).isPositive();
    List<ReasonCode> expected = lost0 >= lost1
        ? List.of(reason("G01", "x0", lost0, "1.5 ratio"), reason("G02", "x1", lost1, "-1.0 ratio"))
        : List.of(reason("G02", "x1", lost1, "-1.0 ratio"), reason("G01", "x0", lost0, "1.5 ratio"));
    assertThat(s.reasonCodes()).hasSize(2);
    for (int k = 0; k < 2; k++) {
      assertThat(s.reasonCodes().get(k).code()).isEqualTo(expected.get(k).code());
      assertThat(s.reasonCodes().get(k).pointsBelow()).isCloseTo(expected.get(k).pointsBelow(), within(1e-9));
      assertThat(s.reasonCodes().get(k).applicantValue()).isEqualTo(expected.get(k).applicantValue());
    }
    assertThat(s.partialScores().get(0).points()).isCloseTo(-lost0, within(1e-9));
  }

  private static ReasonCode reason(String code, String feature, double lost, String shown) {
    return new ReasonCode(code, feature, lost, shown, "-", "-");
  }

  @Test
  void info_dataUseIsTheModelsFeaturesInSchemaOrder() {
    DataUse use = TribuoModelAdapter.create(xgboost, SCHEMA, config(List.of())).info().dataUse().orElseThrow();
    // the model's features x0, x1, x2 in schema order; "unused" is not one; none is a standard feature
    assertThat(use.features()).containsExactly("x2", "x0", "x1");
    assertThat(use.sources()).isEqualTo(EnumSet.allOf(DataSource.class));
    // a reason code's reference feature is read too (its value is shown)
    List<ReferenceReason> refs = List.of(new ReferenceReason("unused", 7, ReasonText.of("G03", "unused", "未用")));
    assertThat(TribuoModelAdapter.create(xgboost, SCHEMA, config(refs)).info().dataUse().orElseThrow().features())
        .containsExactly("x2", "unused", "x0", "x1");
  }

  @Test
  void provenance_isTribuosOwn() {
    ModelProvenance p = TribuoModelAdapter.create(xgboost, SCHEMA, config(List.of())).provenance();
    assertThat(p.trainedBy()).isEqualTo("tribuo org.tribuo.classification.xgboost.XGBoostClassificationTrainer");
    // XGBoostClassificationTrainer(20): 20 trees, Tribuo's default seed 12345 (Trainer.DEFAULT_SEED).
    assertThat(p.settings()).containsEntry("numTrees", "20").containsEntry("seed", "12345");
    assertThat(p.seed()).isEqualTo(12345L);
    assertThat(p.dataFingerprint()).isEqualTo("synthetic-credit (300 examples, 3 features)");
    assertThat(p.trainedAt()).isEqualTo(xgboost.getProvenance().getTrainingTime().toInstant());
    assertThat(p.libraryVersion()).contains("tribuo 4.3.2");
    assertThat(p.jvm()).hasValueSatisfying(j -> assertThat(j).startsWith("Java " + System.getProperty("java.version")));
    ModelProvenance tree = TribuoModelAdapter.create(cart, SCHEMA, config(List.of())).provenance();
    assertThat(tree.trainedBy()).isEqualTo("tribuo org.tribuo.classification.dtree.CARTClassificationTrainer");
    assertThat(tree.settings()).containsEntry("maxDepth", "4");
  }

  @Test
  void create_modelFeatureMissingFromSchemaRejected() {
    assertThatThrownBy(() -> TribuoModelAdapter.create(xgboost, SyntheticCredit.schema("x0", "x1"), config(List.of())))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/model/features: every model feature must be in the schema; found a feature the schema lacks");
  }

  @Test
  void create_unknownBadLabelRejected() {
    TribuoAdapterConfig c = new TribuoAdapterConfig("gbm", "1", "default", Scaling.of(600, 50, 20),
        RiskGrades.of(List.of("A"), List.of()), 1e-6, List.of());
    assertThatThrownBy(() -> TribuoModelAdapter.create(cart, SCHEMA, c)).isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/badLabel: must be a label of the model; found an unknown label");
  }

  @Test
  void create_modelWithoutProbabilitiesRejected() {
    double[][] x = SyntheticCredit.rows(3, 50, 3);
    Model<Label> svm = new LinearSGDTrainer(new Hinge(), new AdaGrad(0.1), 2, 1L)
        .train(SyntheticCredit.dataset(NAMES, x, SyntheticCredit.labels(5, x)));
    assertThatThrownBy(() -> TribuoModelAdapter.create(svm, SCHEMA, config(List.of())))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/model: must generate probabilities; found a model that gives none");
  }

  @Test
  void minAndMaxScore_fromPdBound() {
    // PD bound 1e-6: max = offset - factor*ln(1e-6/(1-1e-6)); min mirrors it around the offset.
    TribuoModelAdapter a = TribuoModelAdapter.create(cart, SCHEMA, config(List.of()));
    Scaling sc = Scaling.of(600, 50, 20);
    assertThat(a.maxScore()).isCloseTo(sc.offset() - sc.factor() * Math.log(1e-6 / (1 - 1e-6)), within(1e-9));
    assertThat(a.minScore() + a.maxScore()).isCloseTo(2 * sc.offset(), within(1e-9));
  }
}
