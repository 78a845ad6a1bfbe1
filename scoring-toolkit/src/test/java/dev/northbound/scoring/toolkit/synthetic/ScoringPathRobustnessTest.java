package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.testing.CreditFileArbitraries;
import dev.northbound.scoring.core.testing.RunFigures;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.InMemoryHashRegistry;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import dev.northbound.scoring.models.decision.*;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * End to end on valid random files: issue, verify, read, extract, score, decide. Every file reads;
 * every feature is finite or explicitly missing with a reason; every score is finite, within the
 * model's range, with a probability in [0, 1] and one of the model's grades; every file gets a decision
 * with an audit record. Random files of {@link CreditFileArbitraries} (every rule of the format
 * exercised, USD included) and synthetic applicants of {@link PortfolioGenerator}.
 */
class ScoringPathRobustnessTest {

  private static final PortfolioGenerator PORTFOLIO = PortfolioGenerator.of(GeneratorConfig.defaults());
  private static final DocumentIssuer ISSUER = DocumentIssuer.of("TransUnion HK");
  private static final Map<String, AtomicLong> COUNTS = new LinkedHashMap<>();

  @Property(tries = 3000, seed = "20261202", shrinking = ShrinkingMode.OFF)
  void scoringPath_randomValidFile_finiteScoreAndDecision(@ForAll long seed) {
    run(StandardPath.inCny(CreditFileArbitraries.creditFile(new Random(seed))), "doc-" + Long.toHexString(seed));
  }

  @Property(tries = 1000, seed = "20261203", shrinking = ShrinkingMode.OFF)
  void scoringPath_syntheticApplicant_finiteScoreAndDecision(@ForAll @IntRange(min = 0, max = 1_000_000) int index) {
    run(PORTFOLIO.generate(20261203L, index).creditFile(), "syn-" + index);
  }

  private static void run(CreditFile generated, String id) {
    count("files tried");
    byte[] bytes = CreditFileWriter.standard().write(generated, id);
    VerifiedDocument verified = DocumentVerifier.of(InMemoryHashRegistry.of(ISSUER.issue(id, bytes))).verify(id, bytes);
    CreditFile file = CreditFileReader.standard().read(verified);
    assertThat(file.allDocumentsVerified()).isTrue();
    count("files read and verified");

    FeatureVector vector = StandardPath.EXTRACTOR.extract(file, StandardPath.context(file));
    assertThat(vector.size()).isEqualTo(StandardPath.SCHEMA.size());
    double[] values = vector.toArray();
    for (int i = 0; i < vector.size(); i++) {
      if (vector.isMissing(i)) {
        assertThat(vector.missingReason(i)).as(vector.schema().name(i)).isPresent();
        assertThat(values[i]).as(vector.schema().name(i)).isNaN();
        count("feature values missing (with a reason)");
      } else {
        assertThat(Double.isFinite(vector.value(i))).as("%s = %s", vector.schema().name(i), vector.value(i)).isTrue();
        count("feature values finite");
      }
    }

    ScoreResult score = StandardPath.SCORECARD.score(vector);
    assertThat(score.points()).isFinite()
        .isBetween(StandardPath.SCORECARD.minScore(), StandardPath.SCORECARD.maxScore());
    assertThat(score.probabilityOfDefault()).isBetween(0.0, 1.0);
    assertThat(StandardPath.SCORECARD.grades()).contains(score.grade());
    assertThat(score.partialScores()).hasSize(StandardPath.SCORECARD.characteristics().size());
    count("scores in range");

    Decision decision = StandardPath.POLICY_STANDARD.decide(file, vector, score, file.application().applicationDate());
    // Data minimisation: the audit keeps the features the scorecard uses and those the policy reads, in
    // schema order, each with the vector's value or missing reason.
    java.util.Set<String> used = new java.util.HashSet<>(StandardPath.SCORECARD.info().dataUse().orElseThrow().features());
    used.add(StandardPath.POLICY_STANDARD.incomeFeature());
    used.add(StandardPath.POLICY_STANDARD.obligationsFeature());
    used.addAll(StandardPath.POLICY_STANDARD.alternativeDataFeatures());
    java.util.List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < vector.size(); i++) {
      if (used.contains(vector.schema().name(i))) {
        expected.add(vector.schema().name(i));
      }
    }
    assertThat(decision.audit().features()).extracting(a -> a.name()).containsExactlyElementsOf(expected);
    for (var a : decision.audit().features()) {
      int i = vector.schema().indexOf(a.name()).orElseThrow();
      assertThat(a.missingReason()).isEqualTo(vector.missingReason(i));
    }
    assertThat(decision.approvedLimit().isPresent()).isEqualTo(decision instanceof Approve);
    decision.approvedLimit().ifPresent(limit -> assertThat(limit.amount().signum()).isPositive());
    count("decisions: " + decision.outcome());
  }

  private static synchronized void count(String what) {
    COUNTS.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  @AfterContainer
  static void recordFigures() {
    Map<String, Object> figures = new LinkedHashMap<>(COUNTS);
    figures.put("score range of the model", StandardPath.SCORECARD.minScore() + " to " + StandardPath.SCORECARD.maxScore());
    RunFigures.write("scoring-path", figures);
  }
}
