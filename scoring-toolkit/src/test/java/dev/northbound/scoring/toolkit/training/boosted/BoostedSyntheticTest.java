package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.training.Attribute;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The learnt shapes recover a known additive log-odds ({@link SyntheticAdditive#additive}). */
class BoostedSyntheticTest {

  private static final BoostingConfig CONFIG =
      BoostingConfig.defaults().withThreads(2).withBags(4).withInteractions(0, 16);
  private static Dataset data;
  private static BoostedFit.Outcome fit;

  @BeforeAll
  static void train() {
    data = SyntheticAdditive.additive(20_000, 1).data();
    fit = BoostedScorecardTrainer.create(CONFIG).fit(data, TabularInputs.derive(data).schema());
  }

  private static Shape shape(String name) {
    return fit.shapes().stream().filter(s -> s.characteristic().equals(name)).findFirst()
        .orElseThrow();
  }

  @Test
  void shapes_followTheTrueEffectAcrossIntervalBins() {
    for (String name : List.of("rising", "falling")) {
      Shape s = shape(name);
      double[] x = ((NumericColumn) data.column(name).orElseThrow()).values();
      List<Double> learnt = new java.util.ArrayList<>();
      List<Double> truth = new java.util.ArrayList<>();
      for (int b = 0; b < s.bins().size(); b++) {
        if (!(s.bins().get(b) instanceof Attribute.Interval in)) {
          continue;
        }
        double sum = 0;
        int n = 0;
        for (double v : x) {
          if (in.contains(v)) {
            sum += name.equals("rising") ? SyntheticAdditive.rising(v) : SyntheticAdditive.falling(v);
            n++;
          }
        }
        truth.add(sum / n);
        learnt.add(s.logOdds().get(b));
      }
      assertThat(learnt.size()).as(name).isGreaterThan(30);
      assertThat(correlation(learnt, truth)).as(name).isGreaterThan(0.97);
    }
  }

  @Test
  void shapes_missingAndCategoriesOrderedAsTheTruth() {
    Shape falling = shape("falling");
    // The missing bin's true effect is +0.5 against a mean of about 0 for the others.
    assertThat(falling.logOdds().get(falling.bins().size() - 1)).isBetween(0.3, 0.7);
    Shape region = shape("region");
    List<Double> byLabel = SyntheticAdditive.REGIONS.stream().map(label -> region.logOdds().get(
        region.bins().indexOf(new Attribute.Categories(List.of(label))))).toList();
    assertThat(byLabel).isSorted(); // north -0.6 < south 0 < east 0.4 < west 0.9
    assertThat(byLabel.get(3) - byLabel.get(0)).isBetween(1.3, 1.7);
  }

  @Test
  void shapes_noiseMattersLittle() {
    assertThat(shape("noise").importance()).isLessThan(0.15 * shape("rising").importance());
  }

  @Test
  void scores_aucNearTheTrueModelsOnFreshData() {
    SyntheticAdditive.Sample fresh = SyntheticAdditive.additive(20_000, 2);
    boolean[] bad = fresh.data().bad();
    double learnt = Discrimination.auc(fit.model().scores(fresh.data()), bad,
        ScoreOrientation.HIGHER_IS_BETTER);
    double truth = Discrimination.auc(fresh.truth(), bad, ScoreOrientation.HIGHER_IS_RISKIER);
    System.out.printf("synthetic additive: AUC %.4f, true model %.4f%n", learnt, truth);
    assertThat(learnt).isBetween(truth - 0.01, truth + 0.002);
  }

  static double correlation(List<Double> a, List<Double> b) {
    int n = a.size();
    double ma = a.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double mb = b.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      sab += (a.get(i) - ma) * (b.get(i) - mb);
      saa += (a.get(i) - ma) * (a.get(i) - ma);
      sbb += (b.get(i) - mb) * (b.get(i) - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
