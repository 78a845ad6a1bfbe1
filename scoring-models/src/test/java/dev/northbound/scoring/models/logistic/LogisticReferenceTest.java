package dev.northbound.scoring.models.logistic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.RiskGrades;
import dev.northbound.scoring.models.scorecard.Scaling;
import dev.northbound.scoring.models.tribuo.SyntheticCredit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The hot path of {@link LogisticModel} against a plain reference written from the documented
 * rules (inputs summed in order, the two-branch sigmoid, bins by search, reasons by a stable sort),
 * bit for bit, on random models of raw and WoE inputs and random values with NaN, infinities, signed
 * zeros, bounds and cutpoints.
 */
class LogisticReferenceTest {

  private static final String[] NAMES = {"x0", "x1", "x2", "x3", "x4", "x5", "x6"};
  private static final FeatureSchema SCHEMA = SyntheticCredit.schema(NAMES);

  @Property(tries = 200)
  void score_equalsPlainReferenceBitForBit(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<LogisticInput> inputs = new ArrayList<>();
    int n = rnd.nextInt(1, NAMES.length + 1);
    for (int i = 0; i < n; i++) {
      ReasonText text = ReasonText.of("R" + i, "Reason " + i, "原因 " + i);
      double coef = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble(-2, 2);
      if (rnd.nextBoolean()) {
        double lower = rnd.nextInt(-2, 1);
        double upper = lower + rnd.nextInt(1, 4);
        inputs.add(RawInput.of(NAMES[i], coef, lower, upper, lower, rnd.nextDouble(-1, 1), text));
      } else {
        List<Double> cuts = new ArrayList<>();
        List<Double> woe = new ArrayList<>(List.of(rnd.nextDouble(-1, 1)));
        for (double c = -1.5; cuts.size() < rnd.nextInt(0, 4); c += 0.5 * rnd.nextInt(1, 3)) {
          cuts.add(c);
          woe.add(rnd.nextDouble(-1, 1));
        }
        inputs.add(WoeInput.of(NAMES[i], coef, cuts, woe, rnd.nextDouble(-1, 1), text));
      }
    }
    LogisticConfig config = new LogisticConfig("ref", "1", rnd.nextDouble(-3, 1), inputs, Scaling.of(600, 50, 20),
        RiskGrades.of(List.of("A", "B", "C"), List.of(620.0, 580.0)));
    LogisticModel model = LogisticModel.create(SCHEMA, config);
    ScoreHolder holder = model.newHolder();
    double[] pool = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, -2, -1.5, -1, -0.5,
        0.5, 1, 1.5, 2, 3};
    for (int row = 0; row < 50; row++) {
      double[] x = new double[NAMES.length];
      for (int j = 0; j < x.length; j++) {
        x[j] = rnd.nextBoolean() ? pool[rnd.nextInt(pool.length)] : rnd.nextDouble(-3, 4);
      }
      model.score(x, holder);
      check(config, x, holder);
      assertThat(model.probabilityOfDefault(x)).as("the PD alone").isEqualTo(holder.probabilityOfDefault());
    }
  }

  private static void check(LogisticConfig config, double[] x, ScoreHolder holder) {
    Scaling s = config.scaling();
    int n = config.inputs().size();
    double share = (s.offset() - s.factor() * config.intercept()) / n;
    double z = config.intercept();
    double[] below = new double[n];
    for (int i = 0; i < n; i++) {
      LogisticInput in = config.inputs().get(i);
      double v = x[SCHEMA.indexOf(in.feature()).orElseThrow()];
      double term;
      int bin;
      double best;
      if (in instanceof WoeInput w) {
        bin = Double.isNaN(v) ? w.cutpoints().size() + 1 : 0;
        while (!Double.isNaN(v) && bin < w.cutpoints().size() && v >= w.cutpoints().get(bin)) {
          bin++;
        }
        term = in.coefficient() * (bin > w.cutpoints().size() ? w.missingWoe() : w.woe().get(bin));
        best = in.coefficient() * w.missingWoe();
        for (double e : w.woe()) {
          best = Math.min(best, in.coefficient() * e);
        }
      } else {
        RawInput r = (RawInput) in;
        bin = Double.isNaN(v) ? 1 : 0;
        double missing = r.coefficient() * r.imputedValue() + r.missingCoefficient();
        term = Double.isNaN(v) ? missing : r.coefficient() * Math.min(Math.max(v, r.lower()), r.upper());
        best = Math.min(missing, Math.min(r.coefficient() * r.lower(), r.coefficient() * r.upper()));
      }
      z += term;
      below[i] = s.factor() * (term - best);
      assertThat(holder.bin(i)).isEqualTo(bin);
      assertThat(holder.partial(i)).isEqualTo(share - s.factor() * term);
    }
    double points = s.offset() - s.factor() * z;
    assertThat(holder.points()).isEqualTo(points);
    double pd = z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    assertThat(holder.probabilityOfDefault()).isEqualTo(pd);
    assertThat(holder.grade()).isEqualTo(config.grades().indexOf(points));
    List<Integer> reasons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (below[i] > 0) {
        reasons.add(i);
      }
    }
    reasons.sort(Comparator.comparingDouble((Integer i) -> below[i]).reversed());
    reasons = reasons.subList(0, Math.min(LogisticModel.MAX_REASONS, reasons.size()));
    assertThat(holder.reasonCount()).isEqualTo(reasons.size());
    for (int r = 0; r < reasons.size(); r++) {
      assertThat(holder.reasonCharacteristic(r)).isEqualTo(reasons.get(r));
      assertThat(holder.reasonPoints(r)).isEqualTo(below[reasons.get(r)]);
    }
  }
}
