package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThroughTheDoorTest {

  private static final PortfolioGenerator GEN = PortfolioGenerator.of(GeneratorConfig.defaults());

  @Test
  void decide_realisedRejectAndOverrideSharesAreWithinSamplingErrorOfTheTargets() {
    int n = 10_000;
    IncumbentPolicy policy = new IncumbentPolicy(0.3, 0.05, 0.8);
    ThroughTheDoor t = ThroughTheDoor.decide(GEN, 11, n, policy);
    int k = 3_000; // round(0.3 * 10,000) would-be rejects
    int wouldReject = 0;
    int lowSide = 0; // would-be rejects accepted
    int highSide = 0; // would-be accepts rejected
    for (int i = 0; i < n; i++) {
      boolean would = t.isRejected(i) != t.isOverridden(i);
      wouldReject += would ? 1 : 0;
      lowSide += would && t.isOverridden(i) ? 1 : 0;
      highSide += !would && t.isOverridden(i) ? 1 : 0;
    }
    assertThat(wouldReject).isEqualTo(k);
    // Rejected = k - Bin(k, o) + Bin(n - k, q), q = o r / (1 - r) = 0.05 * 0.3 / 0.7: mean k, sd
    // sqrt(k o (1 - o) + (n - k) q (1 - q)) = sqrt(142.5 + 146.79) = 17.01 rejects, 0.0017 as a share.
    double q = 0.05 * 0.3 / 0.7;
    double sd = Math.sqrt(k * 0.05 * 0.95 + (n - k) * q * (1 - q)) / n;
    assertThat(sd).isCloseTo(0.001701, within(1e-6));
    assertThat((double) t.rejectedCount() / n).isCloseTo(0.3, within(4 * sd));
    assertThat(t.rejectedCount()).isEqualTo(k - lowSide + highSide);
    // Overrides among would-be rejects: Bin(k, 0.05), sd sqrt(0.05 * 0.95 / 3000) = 0.00398.
    assertThat((double) lowSide / k).isCloseTo(0.05, within(4 * Math.sqrt(0.05 * 0.95 / k)));
    // Among would-be accepts: Bin(n - k, q), sd sqrt(q (1 - q) / 7000) = 0.00173.
    assertThat((double) highSide / (n - k)).isCloseTo(q, within(4 * Math.sqrt(q * (1 - q) / (n - k))));
  }

  @Test
  void decide_rejectsHaveTheHigherBadRate() {
    int n = 2_000;
    ThroughTheDoor t = ThroughTheDoor.decide(GEN, 7, n, new IncumbentPolicy(0.3, 0.05, 0.8));
    int[] c = tally(t, n);
    // Seed 7, 2,000 applicants: 602 rejects with 146 bads (24.3%), 1,398 accepts with 72 bads (5.2%).
    assertThat(c).containsExactly(602, 146, 1_398, 72);
  }

  @Test
  void decide_visibilityOneRejectsOnTheObservableRuleAndZeroOnTheHiddenRisk() {
    int n = 2_000;
    ThroughTheDoor visible = ThroughTheDoor.decide(GEN, 7, n, new IncumbentPolicy(0.3, 0.0, 1.0));
    ThroughTheDoor hidden = ThroughTheDoor.decide(GEN, 7, n, new IncumbentPolicy(0.3, 0.0, 0.0));
    double maxRejectedO = Double.NEGATIVE_INFINITY;
    double minAcceptedO = Double.POSITIVE_INFINITY;
    double minRejectedLogit = Double.POSITIVE_INFINITY;
    double maxAcceptedLogit = Double.NEGATIVE_INFINITY;
    int differ = 0;
    OutcomeModel model = GEN.config().outcome();
    for (int i = 0; i < n; i++) {
      SyntheticApplicant a = GEN.generate(7, i);
      double o = IncumbentPolicy.observableScore(a.creditFile());
      double logit = model.logit(a.segment(), a.capacity(), a.willingness());
      if (visible.isRejected(i)) {
        maxRejectedO = Math.max(maxRejectedO, o);
      } else {
        minAcceptedO = Math.min(minAcceptedO, o);
      }
      if (hidden.isRejected(i)) {
        minRejectedLogit = Math.min(minRejectedLogit, logit);
      } else {
        maxAcceptedLogit = Math.max(maxAcceptedLogit, logit);
      }
      differ += visible.isRejected(i) != hidden.isRejected(i) ? 1 : 0;
    }
    // Visibility 1: no accept scores worse on the observable rule than a reject (ties among thin files,
    // all at -2.5, are broken by index); visibility 0: no accept is riskier than a reject.
    assertThat(maxRejectedO).isLessThanOrEqualTo(minAcceptedO);
    assertThat(minRejectedLogit).isGreaterThanOrEqualTo(maxAcceptedLogit);
    // Both reject exactly 600 (no overrides), so the two policies swap 216 applicants each way.
    assertThat(differ).isEqualTo(432);
    assertThat(tally(visible, n)).containsExactly(600, 136, 1_400, 82);
    assertThat(tally(hidden, n)).containsExactly(600, 166, 1_400, 52);
  }

  @Test
  void decide_isDeterministic() {
    IncumbentPolicy policy = new IncumbentPolicy(0.4, 0.1, 0.5);
    ThroughTheDoor a = ThroughTheDoor.decide(GEN, 3, 1_500, policy);
    ThroughTheDoor b = ThroughTheDoor.decide(GEN, 3, 1_500, policy);
    for (int i = 0; i < 1_500; i++) {
      assertThat(a.isRejected(i)).isEqualTo(b.isRejected(i));
      assertThat(a.isOverridden(i)).isEqualTo(b.isOverridden(i));
      assertThat(a.policyScore(i)).isEqualTo(b.policyScore(i));
    }
    assertThat(a.rejectedCount()).isEqualTo(b.rejectedCount());
  }

  @Test
  void policy_refusesOutOfRangeParameters() {
    assertThatThrownBy(() -> new IncumbentPolicy(0.0, 0.05, 0.5))
        .hasMessage("rejectShare must be more than 0 and at most 0.95, found 0.0");
    assertThatThrownBy(() -> new IncumbentPolicy(0.3, 0.6, 0.5))
        .hasMessage("overrideShare must be between 0 and 0.5, found 0.6");
    assertThatThrownBy(() -> new IncumbentPolicy(0.9, 0.5, 0.5))
        .hasMessageStartingWith("overrideShare * rejectShare / (1 - rejectShare) must be at most 1");
    assertThatThrownBy(() -> new IncumbentPolicy(0.3, 0.05, 1.5))
        .hasMessage("visibility must be between 0 and 1, found 1.5");
  }

  /** Rejects, their bads, accepts, their bads. */
  private static int[] tally(ThroughTheDoor t, int n) {
    int[] c = new int[4];
    for (int i = 0; i < n; i++) {
      boolean bad = GEN.generate(7, i).bad();
      int base = t.isRejected(i) ? 0 : 2;
      c[base]++;
      c[base + 1] += bad ? 1 : 0;
    }
    return c;
  }
}
