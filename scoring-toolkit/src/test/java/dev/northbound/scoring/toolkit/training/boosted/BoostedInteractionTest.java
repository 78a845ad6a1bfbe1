package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import org.junit.jupiter.api.Test;

/** A planted XOR of a and b ({@link SyntheticAdditive#xor}) is the pair FAST picks first. */
class BoostedInteractionTest {

  private static final BoostingConfig CONFIG =
      BoostingConfig.defaults().withThreads(2).withBags(4);

  @Test
  void fast_picksThePlantedPairAndItLiftsHeldOutAuc() {
    Dataset data = SyntheticAdditive.xor(20_000, 3).data();
    var schema = TabularInputs.derive(data).schema();
    BoostedFit.Outcome with = BoostedScorecardTrainer.create(CONFIG.withInteractions(2, 16))
        .fit(data, schema);
    BoostedFit.Outcome without = BoostedScorecardTrainer.create(CONFIG.withInteractions(0, 16))
        .fit(data, schema);
    assertThat(with.interactions()).isNotEmpty();
    Interaction first = with.interactions().get(0);
    assertThat(first.first() + "×" + first.second()).isEqualTo("a×b");
    if (with.interactions().size() > 1) {
      assertThat(with.interactions().get(1).fastGain()).isLessThan(first.fastGain() / 10);
    }
    // The cells learn the sign pattern: same-sign quadrants riskier than opposite-sign ones.
    int cols = first.secondAxis().size();
    double sameSign = first.logOdds().get(0) + first.logOdds().get(
        (first.firstAxis().size() - 2) * cols + cols - 2);
    double opposite = first.logOdds().get(cols - 2) + first.logOdds().get(
        (first.firstAxis().size() - 2) * cols);
    assertThat(sameSign - opposite).isGreaterThan(4);
    // Held-out AUC rises well above what the main effects alone reach.
    SyntheticAdditive.Sample fresh = SyntheticAdditive.xor(20_000, 4);
    boolean[] bad = fresh.data().bad();
    double aucWith = Discrimination.auc(with.model().scores(fresh.data()), bad,
        ScoreOrientation.HIGHER_IS_BETTER);
    double aucWithout = Discrimination.auc(without.model().scores(fresh.data()), bad,
        ScoreOrientation.HIGHER_IS_BETTER);
    double truth = Discrimination.auc(fresh.truth(), bad, ScoreOrientation.HIGHER_IS_RISKIER);
    System.out.printf("xor: AUC with pairs %.4f, without %.4f, true model %.4f%n", aucWith,
        aucWithout, truth);
    assertThat(aucWith).isGreaterThan(aucWithout + 0.1).isGreaterThan(truth - 0.015);
  }
}
