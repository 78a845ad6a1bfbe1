package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.testing.CreditFileArbitraries;
import dev.northbound.scoring.core.testing.RunFigures;
import dev.northbound.scoring.core.verify.DocumentProvenance;
import dev.northbound.scoring.core.verify.VerificationStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fail-safe floor over 4,000 random credit files, with the documented example policy on the
 * standard schema: a file with an unverified or failed document (or none), a missing verified income,
 * or no usable bureau file and too little alternative data never gets {@link Approve} — not even with
 * the best score the model can give. The run counts each case and the approvals, so the property is
 * shown not to hold vacuously.
 */
class RandomFileFailSafeTest {

  private static final int FILES = 4_000;
  private static final VerificationStatus[] STATUSES = VerificationStatus.values();

  @Test
  void decide_failSafeCondition_neverApproves() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Random random = new Random(20261205L);
    for (int n = 0; n < FILES; n++) {
      CreditFile file = variant(StandardPath.inCny(CreditFileArbitraries.creditFile(random)), random);
      FeatureVector vector = StandardPath.EXTRACTOR.extract(file, StandardPath.context(file));
      ScoreResult best = new ScoreResult(StandardPath.SCORECARD.info(), StandardPath.SCORECARD.maxScore(),
          StandardPath.SCORECARD.probabilityOfDefault(StandardPath.SCORECARD.maxScore()), "A", List.of(), List.of());
      ScoreResult actual = StandardPath.SCORECARD.score(vector);
      boolean unverified = !file.allDocumentsVerified();
      boolean incomeMissing = vector.get("verified_monthly_income").isEmpty();
      int alternative = (vector.get("utility_on_time_ratio").isPresent() ? 1 : 0)
          + (vector.get("rent_on_time_ratio").isPresent() ? 1 : 0);
      boolean thin = file.bureauReport().map(r -> r.accounts().isEmpty()).orElse(true) && alternative < 2;
      for (ScoreResult score : List.of(best, actual)) {
        Decision d = StandardPath.POLICY_STANDARD.decide(file, vector, score, file.application().applicationDate());
        List<String> codes = d.rules().stream().map(DecisionReason::code).toList();
        if (unverified || incomeMissing || thin) {
          assertThat(d).as("decision %d with rules %s", n, codes).isNotInstanceOf(Approve.class);
          assertThat(d.approvedLimit()).isEmpty();
        }
        if (unverified) {
          assertThat(codes).containsAnyOf("KO_DOCUMENT_FAILED", "RF_NO_DOCUMENTS", "RF_DOCUMENT_UNVERIFIED");
        }
        if (incomeMissing) {
          assertThat(codes).contains("RF_INCOME_MISSING");
        }
        if (thin) {
          assertThat(codes).contains("RF_THIN_FILE");
        }
        counts.merge(score == best ? "best score: " + d.outcome() : "model score: " + d.outcome(), 1, Integer::sum);
      }
      counts.merge("files with a document not verified (or none)", unverified ? 1 : 0, Integer::sum);
      counts.merge("files with verified income missing", incomeMissing ? 1 : 0, Integer::sum);
      counts.merge("thin files with too little alternative data", thin ? 1 : 0, Integer::sum);
    }
    RunFigures.write("fail-safe", counts);
    assertThat(counts.get("files with a document not verified (or none)")).isGreaterThan(500);
    assertThat(counts.get("files with verified income missing")).isGreaterThan(500);
    assertThat(counts.get("thin files with too little alternative data")).isGreaterThan(500);
    // Random files carry many charge-offs and bankruptcies (knock-outs), so approvals are few (38 with this seed);
    // some must happen, or the property above would hold for a policy that never approves.
    assertThat(counts.get("best score: APPROVE")).as("approvals happen when no fail-safe applies").isGreaterThan(20);
  }

  /** The file with random documents (half all verified), and sometimes without bureau or alternative data. */
  private static CreditFile variant(CreditFile file, Random random) {
    List<DocumentProvenance> docs = new ArrayList<>();
    int count = random.nextInt(4);
    boolean allVerified = random.nextBoolean();
    for (int i = 0; i < count; i++) {
      VerificationStatus status = allVerified ? VerificationStatus.VERIFIED : STATUSES[random.nextInt(STATUSES.length)];
      docs.add(PolicyFixtures.document("DOC-" + i, status));
    }
    return new CreditFile(file.application(),
        random.nextInt(4) == 0 ? Optional.empty() : file.bureauReport(),
        random.nextInt(5) == 0 ? AlternativeData.empty() : file.alternativeData(), docs);
  }
}
