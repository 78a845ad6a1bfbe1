package com.example.los;

// region:embedding
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.HashRegistry;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.AuditRecord;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.SubjectPseudonymiser;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A loan-origination service embedding Northbound. Everything expensive is built once; every
 * object kept here is immutable and thread-safe, so one service serves all request threads.
 */
public final class LoanOriginationService {

  private static final System.Logger LOG = System.getLogger("loan-origination");

  private final DocumentVerifier verifier;
  private final CreditFileReader reader = CreditFileReader.standard();
  private final FeatureExtractor extractor = StandardFeatures.extractor();
  private final Scorecard scorecard;
  private final DecisionPolicy policy;

  /**
   * Loads the model and the policy once.
   *
   * @param registry the bank's DVP client (or a file/in-memory registry in tests)
   * @param modelFile a sealed scorecard model file
   * @param policyFile a decision policy
   * @param pseudonymKey the bank's secret key for subject pseudonyms (at least 32 bytes)
   */
  public LoanOriginationService(HashRegistry registry, Path modelFile, Path policyFile, byte[] pseudonymKey)
      throws IOException {
    this.verifier = DocumentVerifier.of(registry);
    // Refuses a model built for another feature schema, an edited file, a gap between bins...
    this.scorecard = ScorecardFiles.read(modelFile, extractor.schema());
    this.policy = DecisionPolicy.load(policyFile, extractor.schema(), SubjectPseudonymiser.of(pseudonymKey));
    // Refuses grade cutoffs naming a grade the model cannot produce. In production, pass the bank's
    // TrustedKeys to both loaders to accept only signed files (docs/signing.md).
    this.policy.requireCompatible(scorecard);
  }

  /**
   * Decides one application from the document the applicant brought.
   *
   * @throws dev.northbound.scoring.core.VerificationException if the bytes are not what the issuer registered
   * @throws dev.northbound.scoring.core.InvalidInputException if the document breaks the format
   */
  public Decision decide(String documentId, byte[] documentBytes, LocalDate asOf, FxRates rates) {
    VerifiedDocument verified = verifier.verify(documentId, documentBytes); // DVP: hash the exact bytes
    CreditFile file = reader.read(verified);                                 // only verified bytes are parsed
    FeatureVector features = extractor.extract(file, ExtractionContext.of(asOf, rates));
    ScoreResult score = scorecard.score(features);
    Decision decision = policy.decide(file, features, score, asOf);
    AuditRecord audit = decision.audit();                                    // digests, model, schema, features
    // Log identifiers and outcomes only: never document content or a raw subject reference.
    LOG.log(System.Logger.Level.INFO, "application {0}: {1}, score {2} ({3} {4}), documents {5}",
        audit.applicationId(), decision.outcome(), score.points(), audit.models().get(0).id(),
        audit.models().get(0).version(), audit.documents().size());
    return decision;
  }

  /**
   * The allocation-free hot path for bulk re-scoring: extract into a caller-owned buffer and score
   * into a caller-owned holder (one of each per thread).
   */
  public double points(CreditFile file, LocalDate asOf, FxRates rates, FeatureBuffer buffer) {
    extractor.extract(file, ExtractionContext.of(asOf, rates), buffer, 0);
    return scorecard.points(buffer.values());
  }
}
// endregion:embedding
