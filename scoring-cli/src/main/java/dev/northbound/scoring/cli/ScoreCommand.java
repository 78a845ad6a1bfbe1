package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.DecisionReason;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Scores credit files with a model file and, optionally, decides with a policy. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score credit files: points, PD, grade and bilingual reason codes; with --policy, the decision.",
        "With --registry each file is verified first (a failed file is declined by the policy's knock-out);",
        "without it, files are read unverified and a policy refers them."})
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A scorecard model file.")
  Path model;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "Score as of this date (yyyy-MM-dd).")
  LocalDate asOf;

  @Option(names = "--policy", paramLabel = "POLICY", description = "A decision policy (docs/decision-policy.md).")
  Optional<Path> policy;

  @Option(names = "--registry", paramLabel = "REGISTRY", description = "Verify each file against this hash registry first.")
  Optional<Path> registry;

  @Mixin FxOptions fx;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Credit files (JSON).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    FeatureExtractor extractor = StandardFeatures.extractor();
    InputFiles.requireFile(model);
    Scorecard card = ScorecardFiles.read(model, extractor.schema());
    PrintWriter out = spec.commandLine().getOut();
    Optional<DecisionPolicy> decide = policy.map(p -> {
      InputFiles.requireFile(p);
      return DecisionPolicy.load(p, extractor.schema(), Pseudonyms.fromEnvironment(spec.commandLine().getErr()));
    });
    Optional<DocumentVerifier> verifier = registry.map(r -> {
      InputFiles.requireFile(r);
      return DocumentVerifier.of(FileHashRegistry.load(r));
    });
    ExtractionContext context = new ExtractionContext(asOf, fx.reportingCurrency(), fx.fxRates(asOf));
    CreditFileReader reader = CreditFileReader.standard();
    for (Path file : files) {
      byte[] bytes = InputFiles.readDocument(file, reader.limits().maxDocumentBytes());
      CreditFile credit = read(reader, verifier, bytes, out, file);
      FeatureVector vector = extractor.extract(credit, context);
      ScoreResult result = card.score(vector);
      out.println(file);
      out.printf(Locale.ROOT, "  model     %s %s%n", result.model().id(), result.model().version());
      out.printf(Locale.ROOT, "  score     %.1f points   PD %.4f   grade %s%n",
          result.points(), result.probabilityOfDefault(), result.grade());
      for (ReasonCode r : result.reasonCodes()) {
        out.printf(Locale.ROOT, "  reason    %s  -%.1f  %s (%s)%n             %s%n",
            r.code(), r.pointsBelow(), r.messageEn(), r.applicantValue(), r.messageZh());
      }
      if (decide.isPresent()) {
        printDecision(out, decide.get().decide(credit, vector, result, asOf));
      }
    }
    return ExitCodes.OK;
  }

  private static CreditFile read(CreditFileReader reader, Optional<DocumentVerifier> verifier, byte[] bytes,
      PrintWriter out, Path file) {
    if (verifier.isEmpty()) {
      return reader.readUnverified(bytes);
    }
    String id = reader.peekDocumentId(bytes);
    try {
      return reader.read(verifier.get().verify(id, bytes));
    } catch (VerificationException e) {
      // Keep going with the failure recorded in the provenance: the policy's knock-out declines it.
      CreditFile unverified = reader.readUnverified(bytes);
      return unverified.withDocuments(List.of(verifier.get().failed(e, bytes)));
    }
  }

  private static void printDecision(PrintWriter out, Decision d) {
    out.printf(Locale.ROOT, "  decision  %s%s%n", d.outcome(),
        d.approvedLimit().map(m -> "   limit " + m).orElse(""));
    for (DecisionReason r : d.rules()) {
      out.printf(Locale.ROOT, "  rule      %s  %s%n             %s%n", r.code(), r.messageEn(), r.messageZh());
    }
  }
}
