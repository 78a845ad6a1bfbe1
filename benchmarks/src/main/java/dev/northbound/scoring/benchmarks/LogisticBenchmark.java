package dev.northbound.scoring.benchmarks;

import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.RiskGrades;
import dev.northbound.scoring.models.logistic.LogisticConfig;
import dev.northbound.scoring.models.logistic.LogisticInput;
import dev.northbound.scoring.models.logistic.LogisticModel;
import dev.northbound.scoring.models.logistic.RawInput;
import dev.northbound.scoring.models.logistic.ReasonText;
import dev.northbound.scoring.models.scorecard.Scaling;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Our {@link LogisticModel} against the Tribuo model it was taken from: Tribuo's
 * {@link LogisticRegressionTrainer} is trained on {@value #TRAIN} seeded synthetic applicants of
 * {@value #WIDTH} correlated features, and our model gets the differences of its two label weight
 * vectors (softmax over two labels is the sigmoid of the difference). Each op scores the next of
 * {@value Applicants#COUNT} applicants (5% of values missing: absent from Tribuo's example,
 * contributing 0 in ours):
 *
 * <ul>
 *   <li>{@code northbound}: {@link LogisticModel#score(double[], ScoreHolder)}: points, PD, grade,
 *       partial scores and reason codes into a reused holder;
 *   <li>{@code northboundPdOnly}: {@link LogisticModel#probabilityOfDefault(double[])}: the PD alone,
 *       what Tribuo's {@code predict} gives (like for like; not one of the targets);
 *   <li>{@code tribuo}: what a Tribuo user must do: build an {@code Example} of the present
 *       features, {@code predict}, read the probability of "bad";
 *   <li>{@code floorPd}, for information: the least an exact PD costs here, written by hand over flat
 *       arrays with no checks (the log-odds summed in input order, a missing value adding its term
 *       of 0, then {@link LogisticModel#sigmoid}); Tribuo's time divided by it is the most any
 *       logistic op that returns this PD can be faster than Tribuo on this machine.
 * </ul>
 *
 * <p>The setup fails unless our PD equals Tribuo's to 1e-9 on every applicant, and the PD alone
 * and the floor's PD equal the full score's PD exactly.
 */
@State(Scope.Thread)
public class LogisticBenchmark extends BenchmarkDefaults {

  static final int WIDTH = 10;
  static final int TRAIN = 2000;
  private static final int MASK = Applicants.COUNT - 1;
  private static final String BAD = "bad";
  private static final String GOOD = "good";
  private static final double PD_TOLERANCE = 1e-9;
  /** Held so that the level sticks: Tribuo logs every thousand SGD steps at INFO. */
  private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

  LogisticModel model;
  ScoreHolder holder;
  Model<Label> tribuo;
  String[] names;
  double[][] rows;
  /** The floor's weights (Tribuo's two label vectors' difference) and intercept. */
  double[] weights;
  double intercept;
  int next;

  /** Trains Tribuo, builds our model from its weights and checks that both give the same PD. */
  @Setup(Level.Trial)
  public void setUp() {
    TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
    names = new String[WIDTH];
    List<FeatureDefinition> defs = new ArrayList<>();
    for (int i = 0; i < WIDTH; i++) {
      names[i] = "x" + i;
      defs.add(new FeatureDefinition(names[i], "Synthetic standardised feature " + i + ".", "ratio",
          FeatureGroup.CAPACITY, RiskDirection.NONE));
    }
    FeatureSchema schema = FeatureSchema.of(defs);
    SplittableRandom rnd = new SplittableRandom(20261122L);
    rows = rows(rnd, Applicants.COUNT);
    double[][] train = rows(rnd, TRAIN);
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("bench", factory), factory);
    for (double[] x : train) {
      double z = -1.5 + 0.9 * x[0] - 0.7 * x[1] + 0.5 * x[2] - 0.3 * x[3] + 0.2 * x[4];
      data.add(example(new Label(rnd.nextDouble() < LogisticModel.sigmoid(z) ? BAD : GOOD), x));
    }
    tribuo = new LogisticRegressionTrainer().train(data);
    model = fromTribuo(schema, tribuo);
    weights = new double[WIDTH];
    for (int i = 0; i < WIDTH; i++) {
      weights[i] = ((RawInput) model.config().inputs().get(i)).coefficient();
    }
    intercept = model.config().intercept();
    holder = model.newHolder();
    for (int a = 0; a < rows.length; a++) {
      model.score(rows[a], holder);
      ScorecardAgreement.require(Math.abs(holder.probabilityOfDefault() - tribuoPd(rows[a])) <= PD_TOLERANCE, a,
          "our logistic PD differs from Tribuo's by more than 1e-9");
      ScorecardAgreement.require(model.probabilityOfDefault(rows[a]) == holder.probabilityOfDefault(), a,
          "the PD alone differs from the full score's PD");
      ScorecardAgreement.require(floorPd(rows[a]) == holder.probabilityOfDefault(), a,
          "the floor's PD differs from the full score's PD");
    }
  }

  /** Our hot path: points, PD, grade and reason codes into a reused holder. */
  @Benchmark
  public ScoreHolder northbound() {
    model.score(rows[next++ & MASK], holder);
    return holder;
  }

  /** Our PD alone, as Tribuo's predict gives it. */
  @Benchmark
  public double northboundPdOnly() {
    return model.probabilityOfDefault(rows[next++ & MASK]);
  }

  /** Tribuo: build the example, predict, read the probability of bad. */
  @Benchmark
  public double tribuo() {
    return tribuoPd(rows[next++ & MASK]);
  }

  /** For information: the least an exact PD costs, by hand over flat arrays. */
  @Benchmark
  public double floorPd() {
    return floorPd(rows[next++ & MASK]);
  }

  private double floorPd(double[] x) {
    double z = intercept;
    for (int i = 0; i < WIDTH; i++) {
      double v = x[i];
      // A missing value's term is coefficient x imputed 0 + indicator 0 = 0.0, as in the model.
      z += v == v ? weights[i] * v : 0.0;
    }
    return LogisticModel.sigmoid(z);
  }

  private double tribuoPd(double[] x) {
    Prediction<Label> p = tribuo.predict(example(LabelFactory.UNKNOWN_LABEL, x));
    return p.getOutputScores().get(BAD).getScore();
  }

  private ArrayExample<Label> example(Label label, double[] x) {
    ArrayExample<Label> e = new ArrayExample<>(label);
    for (int i = 0; i < x.length; i++) {
      if (x[i] == x[i]) {
        e.add(names[i], x[i]);
      }
    }
    return e;
  }

  private static LogisticModel fromTribuo(FeatureSchema schema, Model<Label> trained) {
    DenseMatrix w = ((LinearSGDModel) trained).getWeightsCopy();
    int bad = trained.getOutputIDInfo().getID(new Label(BAD));
    int good = trained.getOutputIDInfo().getID(new Label(GOOD));
    int bias = trained.getFeatureIDMap().size();
    List<LogisticInput> inputs = new ArrayList<>();
    for (int i = 0; i < schema.size(); i++) {
      String name = schema.name(i);
      int id = trained.getFeatureIDMap().getID(name);
      inputs.add(RawInput.of(name, w.get(bad, id) - w.get(good, id), -1e6, 1e6, 0, 0,
          ReasonText.of("L" + i, "Value of feature " + i, "特征 " + i + " 的数值")));
    }
    return LogisticModel.create(schema, new LogisticConfig("bench-logistic", "1",
        w.get(bad, bias) - w.get(good, bias), inputs, Scaling.of(600, 50, 20),
        RiskGrades.of(List.of("A", "B", "C"), List.of(620.0, 580.0))));
  }

  /** Standardised features sharing one latent factor; 5% missing, rounded to 3 decimals. */
  private static double[][] rows(SplittableRandom rnd, int n) {
    double[][] out = new double[n][WIDTH];
    for (int r = 0; r < n; r++) {
      double latent = Applicants.gaussian(rnd);
      for (int i = 0; i < WIDTH; i++) {
        double v = 0.6 * latent + 0.8 * Applicants.gaussian(rnd);
        out[r][i] = rnd.nextDouble() < 0.05 ? Double.NaN : Math.round(v * 1000) / 1000.0;
      }
    }
    return out;
  }
}
