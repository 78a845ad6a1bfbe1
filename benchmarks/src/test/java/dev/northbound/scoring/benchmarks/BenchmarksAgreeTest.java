package dev.northbound.scoring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.decision.Decision;
import org.junit.jupiter.api.Test;

/**
 * What {@code mvn verify} runs of the benchmarks: never timing, only correctness. Each state's setup
 * runs its agreement check (it throws if any path disagrees on any applicant), then each benchmark
 * method is invoked once and its output compared with the path it is measured against.
 */
class BenchmarksAgreeTest {

  @Test
  void scorecardBenchmark_setupAgreesAndEveryMethodRuns() {
    ScorecardBenchmark b = new ScorecardBenchmark();
    b.setUp();
    // Every method scores the next applicant: reset the cursor so each one sees applicant 0.
    ScoreHolder ours = b.northbound();
    b.next = 0;
    HandWrittenScorecard.Result hand = b.handWritten();
    b.next = 0;
    JpmmlScorecard.Output jpmml = b.jpmml();
    b.next = 0;
    double pointsOnly = b.northboundScoreOnly();
    b.next = 0;
    double branchFree = b.handWrittenScoreOnly();
    double[] batch = b.northboundBatch();

    assertThat(hand.points).isEqualTo(ours.points());
    assertThat(jpmml.score).isCloseTo(ours.points(), within(1e-9));
    assertThat(pointsOnly).isEqualTo(ours.points());
    assertThat(branchFree).isEqualTo(ours.points());
    assertThat(batch[0]).isEqualTo(ours.points());
    assertThat(hand.reasonCount).isEqualTo(ours.reasonCount());
    for (int r = 0; r < ours.reasonCount(); r++) {
      assertThat(jpmml.reasonCodes[r])
          .isEqualTo(b.card.characteristics().get(ours.reasonCharacteristic(r)).reasonCode());
    }
    // The card is the 12-characteristic, top-3 card of the issue.
    assertThat(b.card.characteristics()).hasSize(12);
    assertThat(b.card.characteristics()).allSatisfy(c -> assertThat(c.bins().size()).isBetween(4, 6));
    assertThat(b.card.reasonCodeSettings().maxReasons()).isEqualTo(3);
  }

  @Test
  void pipelineBenchmark_setupAgreesAndEveryMethodRuns() {
    PipelineBenchmark b = new PipelineBenchmark();
    b.setUp();
    double hot = b.extractAndScore().points();
    b.next = 0;
    Decision decision = b.fullPath();
    assertThat(decision.audit()).isNotNull();
    assertThat(decision.scoreReasons()).hasSizeLessThanOrEqualTo(3);
    assertThat(hot).isBetween(b.card.minScore(), b.card.maxScore());
    b.next = 0;
    assertThat(java.util.HexFormat.of().formatHex(b.floorSha256()))
        .isEqualTo(dev.northbound.scoring.core.verify.DigestAlgorithm.SHA_256.digestHex(b.documents[0]));
    b.next = 0;
    assertThat(java.util.HexFormat.of().formatHex(b.floorSha256V1()))
        .isEqualTo(dev.northbound.scoring.core.verify.DigestAlgorithm.SHA_256.digestHex(b.documentsV1[0]));
    b.next = 0;
    Decision decisionV1 = b.fullPathV1();
    assertThat(decisionV1.getClass()).isEqualTo(decision.getClass());
    assertThat(decisionV1.scoreReasons()).isEqualTo(decision.scoreReasons());
    // In version 1 every month of history alone is 6 tokens (object, 2 names, 2 values, end): 10 x 24 x 6.
    b.next = 0;
    assertThat(b.floorJacksonTokensV1()).isGreaterThan(10 * 24 * 6);
    assertThat(PipelineBenchmark.tokensAtLeast(b.files[0], 1)).isEqualTo(10 * 24 * 6);
    // In version 2 an account's history is one string with its first month: at least 6 tokens an account.
    b.next = 0;
    int tokensV2 = b.floorJacksonTokens();
    assertThat(tokensV2).isGreaterThanOrEqualTo(10 * 6);
    assertThat(PipelineBenchmark.tokensAtLeast(b.files[0], 2)).isEqualTo(10 * 6);
    b.next = 0;
    assertThat(tokensV2).isLessThan(b.floorJacksonTokensV1());
    assertThat(b.documents[0].length).isLessThan(b.documentsV1[0].length);
    // The files have the shape: 10 accounts with 24 months each.
    assertThat(b.files[0].bureauReport().orElseThrow().accounts()).hasSize(10)
        .allSatisfy(a -> assertThat(a.history().size()).isEqualTo(24));
  }
}
