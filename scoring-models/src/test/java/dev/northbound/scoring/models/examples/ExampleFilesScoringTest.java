package dev.northbound.scoring.models.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.DecisionReason;
import dev.northbound.scoring.models.decision.SubjectPseudonymiser;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example scorecard and policy on the four example files, verified against the example
 * registry, as of 2026-11-20 with HKD/CNY 0.92. Points are summed by hand from the features the
 * {@code features} command prints for these files (bins in {@link ExampleScorecard}; initial 295).
 */
class ExampleFilesScoringTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  private static Scorecard card;
  private static DecisionPolicy policy;
  private static DocumentVerifier verifier;
  private static Path dir;

  @BeforeAll
  static void load() throws IOException {
    dir = ExampleModelFilesTest.examples();
    card = ScorecardFiles.read(dir.resolve("scorecard.json"), ExampleScorecard.schema());
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    policy = DecisionPolicy.load(dir.resolve("policy.json"), ExampleScorecard.schema(), SubjectPseudonymiser.of(key));
    verifier = DocumentVerifier.of(FileHashRegistry.load(dir.resolve("registry.json")));
  }

  private record Outcome(ScoreResult score, Decision decision) {}

  private static Outcome run(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve(name + ".json"));
    CreditFileReader reader = CreditFileReader.standard();
    CreditFile file = reader.read(verifier.verify(reader.peekDocumentId(bytes), bytes));
    FxRates rates = FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", AS_OF));
    FeatureVector v = StandardFeatures.extractor().extract(file, ExtractionContext.of(AS_OF, rates));
    ScoreResult s = card.score(v);
    return new Outcome(s, policy.decide(file, v, s, AS_OF));
  }

  private static List<String> codes(ScoreResult s) {
    return s.reasonCodes().stream().map(r -> r.code() + ":" + r.pointsBelow()).toList();
  }

  private static List<String> rules(Decision d) {
    return d.rules().stream().map(DecisionReason::code).toList();
  }

  @Test
  void thickFileProfessional_approvedForWhatWasAsked() throws IOException {
    // dti 0.277 -> 30, residual 35,453 -> 38, 9 income months -> 15, utilisation 0.12 -> 35,
    // worst status 0 -> 40, 0 enquiries -> 30, oldest 87 m -> 28, utility 1 -> 30, telecom 1 -> 25,
    // tax paid 1 -> 20, bureau file -> 45: 336 + 295 = 631.
    Outcome o = run("thick-file-professional");
    assertThat(o.score().points()).isEqualTo(631.0);
    // odds = 50 * 2^((631 - 600) / 20) = 146.4102; PD = 1 / 147.4102
    assertThat(o.score().probabilityOfDefault()).isCloseTo(1 / (1 + 50 * Math.pow(2, 31 / 20.0)), within(1e-12));
    assertThat(o.score().grade()).isEqualTo("A");
    // Below max: C01 45 - 30 = 15, C03 25 - 15 = 10, H01 35 - 28 = 7.
    assertThat(codes(o.score())).containsExactly("C01:15.0", "C03:10.0", "H01:7.0");
    // Limit: 49,066.67 x 0.5 - 3,987.08 = 20,546.26 a month affords far more than the 150,000 asked.
    assertThat(o.decision().outcome().name()).isEqualTo("APPROVE");
    assertThat(o.decision().approvedLimit()).contains(Money.of("150000.00", Money.CNY));
    assertThat(rules(o.decision())).isEmpty();
  }

  @Test
  void thinFileGraduate_scoredOnAlternativeDataAndReferred() throws IOException {
    // dti 0.052 -> 45, residual 10,900 -> 28, 10 months -> 15; no bureau file: utilisation, worst
    // status, enquiries, oldest account missing -> their best 35 + 40 + 30 + 35; utility 1 -> 30,
    // telecom 1 -> 25, tax 1 -> 20, bureau file 0 -> 0: 303 + 295 = 598.
    Outcome o = run("thin-file-graduate");
    assertThat(o.score().points()).isEqualTo(598.0);
    assertThat(o.score().grade()).isEqualTo("B");
    // B01 45; C02 38 - 28 = 10 and C03 10 tie: the earlier characteristic (C02) ranks first.
    assertThat(codes(o.score())).containsExactly("B01:45.0", "C02:10.0", "C03:10.0");
    ReasonCode b01 = o.score().reasonCodes().get(0);
    assertThat(b01.messageEn()).isEqualTo("No Hong Kong credit file to assess");
    assertThat(b01.messageZh()).isEqualTo("无可评估的香港信用报告");
    // Existing obligations are unknown without a bureau file: fail-safe refer, never approve.
    assertThat(o.decision().outcome().name()).isEqualTo("REFER");
    assertThat(rules(o.decision())).containsExactly("RF_OBLIGATIONS_MISSING", "SC_REFER");
  }

  @Test
  void recentDelinquency_declined() throws IOException {
    // dti 0.587 -> -5, residual 11,772 -> 28, 9 months -> 15, utilisation 0.945 -> -5, worst 2 -> -20,
    // 4 enquiries -> 5, oldest 102 m -> 28, utility missing -> 10, telecom 1 -> 25, tax 1 -> 20,
    // bureau -> 45: 146 + 295 = 441.
    Outcome o = run("recent-delinquency");
    assertThat(o.score().points()).isEqualTo(441.0);
    assertThat(o.score().grade()).isEqualTo("E");
    // W02 40 + 20 = 60, C01 45 + 5 = 50, W01 35 + 5 = 40, D01 30 - 5 = 25 (A01 20 and the rest lower).
    assertThat(codes(o.score())).containsExactly("W02:60.0", "C01:50.0", "W01:40.0", "D01:25.0");
    assertThat(o.decision().outcome().name()).isEqualTo("DECLINE");
    assertThat(rules(o.decision())).containsExactly("SC_DECLINE");
  }

  @Test
  void crossBorderTrader_referred() throws IOException {
    // dti 0.515 -> -5, residual 18,385 -> 28, 8 months -> 15, utilisation 0.154 -> 35, worst 0 -> 40,
    // 0 enquiries -> 30, oldest 170 m -> 35, utility 1 -> 30, telecom 1 -> 25, tax 1 -> 20,
    // bureau -> 45: 298 + 295 = 593.
    Outcome o = run("cross-border-trader");
    assertThat(o.score().points()).isEqualTo(593.0);
    assertThat(o.score().grade()).isEqualTo("B");
    assertThat(codes(o.score())).containsExactly("C01:50.0", "C02:10.0", "C03:10.0");
    assertThat(o.decision().outcome().name()).isEqualTo("REFER");
    assertThat(rules(o.decision())).containsExactly("SC_REFER");
  }

  @Test
  void tamperedFile_failsVerificationAndIsDeclined() throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("thick-file-professional.json"));
    bytes[bytes.length / 2] ^= 0x01;
    CreditFileReader reader = CreditFileReader.standard();
    String id = reader.peekDocumentId(bytes);
    var failure = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> verifier.verify(id, bytes), dev.northbound.scoring.core.VerificationException.class);
    assertThat(failure.reason().name()).isEqualTo("DIGEST_MISMATCH");
    // The bank records the failure in the provenance; the policy's knock-out declines whatever the score.
    byte[] original = Files.readAllBytes(dir.resolve("thick-file-professional.json"));
    CreditFile file = reader.readUnverified(original).withDocuments(List.of(verifier.failed(failure, bytes)));
    FxRates rates = FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", AS_OF));
    FeatureVector v = StandardFeatures.extractor().extract(file, ExtractionContext.of(AS_OF, rates));
    Decision d = policy.decide(file, v, card.score(v), AS_OF);
    assertThat(d.outcome().name()).isEqualTo("DECLINE");
    assertThat(rules(d)).containsExactly("KO_DOCUMENT_FAILED");
  }

  @Test
  void unverifiedFile_neverApproved() throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("thick-file-professional.json"));
    CreditFile file = CreditFileReader.standard().readUnverified(bytes);
    FxRates rates = FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", AS_OF));
    FeatureVector v = StandardFeatures.extractor().extract(file, ExtractionContext.of(AS_OF, rates));
    Decision d = policy.decide(file, v, card.score(v), AS_OF);
    assertThat(d.outcome().name()).isEqualTo("REFER");
    assertThat(rules(d)).containsExactly("RF_DOCUMENT_UNVERIFIED");
  }
}
