package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.training.Attribute;
import dev.northbound.scoring.toolkit.training.BinningConstraints;
import dev.northbound.scoring.toolkit.training.CharacteristicSpec;
import dev.northbound.scoring.toolkit.training.SelectionSpec;
import dev.northbound.scoring.toolkit.training.TrainingSpec;
import dev.northbound.scoring.toolkit.training.Trend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A U-shaped truth (risk falls, then rises, with {@code arrears}) constrained to rise: the final
 * points never rise with the value, exactly, on the shape and on the scorecard.
 */
class BoostedMonotoneTest {

  static Dataset uShaped(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] arrears = new double[n];
    double[] other = new double[n];
    boolean[] bad = new boolean[n];
    for (int r = 0; r < n; r++) {
      arrears[r] = random.nextInt(0, 1000) / 100.0;
      other[r] = random.nextDouble();
      double z = -1.5 + 0.12 * (arrears[r] - 3) * (arrears[r] - 3) - 0.5 + other[r];
      bad[r] = random.nextDouble() < 1 / (1 + Math.exp(-z));
    }
    return Dataset.of(List.of(NumericColumn.of("arrears", arrears),
        NumericColumn.of("other", other)), bad);
  }

  private static List<Double> intervalPoints(Shape s) {
    List<Double> out = new ArrayList<>();
    for (int b = 0; b < s.bins().size(); b++) {
      if (s.bins().get(b) instanceof Attribute.Interval) {
        out.add(s.points().get(b));
      }
    }
    return out;
  }

  @Test
  void monotone_explicitDirectionHoldsExactlyOnTheFinalPoints() {
    Dataset data = uShaped(10_000, 5);
    BoostingConfig config = BoostingConfig.defaults().withThreads(2).withBags(4)
        .withInteractions(0, 16).withMonotone(Map.of("arrears", RiskDirection.INCREASING));
    BoostedTrainingResult result = BoostedScorecardTrainer.create(config).train(data);
    Shape arrears = result.shape("arrears").orElseThrow();
    assertThat(arrears.direction()).isEqualTo(RiskDirection.INCREASING);
    List<Double> points = intervalPoints(arrears);
    // Unconstrained, the U would show: the lowest values are riskier than the middle ones.
    List<Double> raw = new ArrayList<>();
    for (int b = 0; b < arrears.bins().size() - 1; b++) {
      raw.add(arrears.logOdds().get(b));
    }
    assertThat(raw.get(0)).isGreaterThan(raw.get(raw.size() / 3));
    // Constrained: more arrears never raises the points.
    for (int b = 1; b < points.size(); b++) {
      assertThat(points.get(b)).as("bin %d", b).isLessThanOrEqualTo(points.get(b - 1));
    }
    assertThat(points.get(points.size() - 1)).isLessThan(points.get(0));
    Characteristic card = result.scorecard().characteristics().stream()
        .filter(c -> c.feature().equals("arrears")).findFirst().orElseThrow();
    List<Double> cardPoints = card.bins().stream().filter(b -> b instanceof IntervalBin)
        .map(b -> b.points()).toList();
    for (int b = 1; b < cardPoints.size(); b++) {
      assertThat(cardPoints.get(b)).isLessThan(cardPoints.get(b - 1));
    }
  }

  @Test
  void monotone_specTrendWithIntegerPointsHoldsAndIsNeverPaired() {
    Dataset data = uShaped(10_000, 6);
    CharacteristicSpec ascending = new CharacteristicSpec(CharacteristicSpec.Role.INCLUDE,
        Optional.empty(), Optional.of(Trend.ASCENDING), java.util.OptionalInt.empty(),
        java.util.OptionalDouble.empty(), java.util.OptionalInt.empty(),
        java.util.OptionalInt.empty(), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
    TrainingSpec spec = new TrainingSpec(BinningConstraints.defaults(),
        Map.of("arrears", ascending), SelectionSpec.automatic(), List.of(),
        Scaling.of(600, 50, 20), true, Optional.empty());
    BoostingConfig config = BoostingConfig.defaults().withThreads(2).withBags(4)
        .withTraining(spec.toConfig().build());
    BoostedFit.Outcome fit = BoostedScorecardTrainer.create(config)
        .fit(data, TabularInputs.derive(data).schema());
    Shape arrears = fit.shapes().get(0);
    assertThat(arrears.direction()).isEqualTo(RiskDirection.INCREASING);
    List<Double> points = intervalPoints(arrears);
    for (int b = 1; b < points.size(); b++) {
      assertThat(points.get(b)).isLessThanOrEqualTo(points.get(b - 1));
      assertThat(points.get(b)).isEqualTo(Math.rint(points.get(b)));
    }
    assertThat(fit.interactions()).isEmpty(); // the only other characteristic has no partner
  }
}
