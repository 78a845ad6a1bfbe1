package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.definition.TrustedKeys;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.Approve;
import dev.northbound.scoring.models.decision.ConsentAudit;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.DecisionReason;
import dev.northbound.scoring.models.decision.change.DocumentSuggestion;
import dev.northbound.scoring.models.decision.change.WhatWouldChange;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
        "With --registry each file's bytes are verified before it is parsed; a failed file is marked",
        "'verified  FAILED', declined by the policy's knock-out, and the run exits 4 after every file.",
        "Without it, files are read unverified and a policy refers them. With --trust, the model and",
        "the policy must be signed by a trusted key (docs/signing.md)."})
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

  @Option(names = "--trust", paramLabel = "KEY",
      description = "Load the model and policy only if signed by this Ed25519 public key (PEM); repeatable.")
  List<Path> trust = new ArrayList<>();

  @Mixin FxOptions fx;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Credit files (JSON).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    FeatureExtractor extractor = StandardFeatures.extractor();
    InputFiles.requireFile(model);
    Optional<TrustedKeys> trusted = TrustOption.load(trust);
    Scorecard card = trusted.isPresent()
        ? ScorecardFiles.read(model, extractor.schema(), trusted.get())
        : ScorecardFiles.read(model, extractor.schema());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<DecisionPolicy> decide = policy.map(p -> {
      InputFiles.requireFile(p);
      var pseudonymiser = Pseudonyms.fromEnvironment(err);
      return trusted.isPresent()
          ? DecisionPolicy.load(p, extractor.schema(), pseudonymiser, trusted.get())
          : DecisionPolicy.load(p, extractor.schema(), pseudonymiser);
    });
    decide.ifPresent(d -> d.requireCompatible(card));
    Optional<RegistryCheck> check = registry.map(r -> {
      InputFiles.requireFile(r);
      return new RegistryCheck(DocumentVerifier.of(FileHashRegistry.load(r)), CreditFileReader.standard());
    });
    ExtractionContext base = new ExtractionContext(asOf, fx.reportingCurrency(), fx.fxRates(asOf));
    // A policy that checks consent reads only what the applicant's consents cover (NO_CONSENT otherwise).
    ExtractionContext context = decide.flatMap(DecisionPolicy::consentScope).map(base::withConsent).orElse(base);
    CreditFileReader reader = CreditFileReader.standard();
    int failed = 0;
    int invalid = 0;
    int missing = 0;
    for (Path file : files) {
      String name = TerminalText.escape(file.toString());
      byte[] bytes;
      try {
        bytes = InputFiles.readDocument(file, reader.limits().maxDocumentBytes());
      } catch (UsageException e) {
        err.println(e.getMessage());
        missing++;
        continue;
      } catch (InvalidInputException e) {
        if (check.isPresent()) { // too large to read: its digest cannot be checked, so it is not verified
          failed++;
          out.println(name);
          out.println("  verified  FAILED  TOO_LARGE");
        } else {
          err.println("invalid input: " + name + ": " + e.getMessage());
          invalid++;
        }
        continue;
      }
      Optional<RegistryCheck.Outcome> verification = check.map(c -> c.check(bytes));
      boolean verificationFailed = verification.isPresent() && !verification.get().passed();
      if (verificationFailed) {
        failed++;
        out.println(name);
        out.println("  verified  FAILED  " + verification.get().reason());
      }
      try {
        scoreOne(out, name, !verificationFailed, read(reader, check, verification, bytes), extractor, context,
            card, decide);
      } catch (InvalidInputException e) {
        if (verificationFailed) {
          out.println("  not scored: the document cannot be read; it is declined as unverified");
        } else {
          err.println("invalid input: " + name + ": " + e.getMessage());
          invalid++;
        }
      }
    }
    if (failed > 0) {
      err.println("verification failed: " + failed + " of " + files.size() + " files failed verification");
      return ExitCodes.VERIFICATION_FAILED;
    }
    if (invalid > 0) {
      return ExitCodes.INVALID_INPUT;
    }
    return missing > 0 ? ExitCodes.USAGE : ExitCodes.OK;
  }

  /** Scores one credit file and prints its result, its name first unless already printed. */
  private void scoreOne(PrintWriter out, String name, boolean printName, CreditFile credit,
      FeatureExtractor extractor, ExtractionContext context, Scorecard card, Optional<DecisionPolicy> decide) {
    FeatureVector vector = extractor.extract(credit, context);
    ScoreResult result = card.score(vector);
    Optional<Decision> decision = decide.map(d -> d.decide(credit, vector, result, asOf));
    List<DocumentSuggestion> suggestions = decision.map(d -> WhatWouldChange.suggest(d, vector, card,
        v -> decide.orElseThrow().decide(credit, v, card.score(v), asOf), SUGGESTIONS)).orElse(List.of());
    if (printName) {
      out.println(name);
    }
    // Model text comes from a file too: printed through the same escaping as registry text.
    out.printf(Locale.ROOT, "  model     %s %s%n", TerminalText.escape(result.model().id()),
        TerminalText.escape(result.model().version()));
    out.printf(Locale.ROOT, "  score     %.1f points   PD %.4f   grade %s%n",
        result.points(), result.probabilityOfDefault(), TerminalText.escape(result.grade()));
    for (ReasonCode r : result.reasonCodes()) {
      out.printf(Locale.ROOT, "  reason    %s  -%.1f  %s (%s)%n             %s%n",
          TerminalText.escape(r.code()), r.pointsBelow(), TerminalText.escape(r.messageEn()),
          TerminalText.escape(r.applicantValue()), TerminalText.escape(r.messageZh()));
    }
    decision.ifPresent(d -> printDecision(out, d));
    for (DocumentSuggestion x : suggestions) {
      out.printf(Locale.ROOT, "  would     %s%s%n             %s%n", x.textEn(),
          x.pointsGain() > 0 ? String.format(Locale.ROOT, "  (+%.1f points)", x.pointsGain()) : "", x.textZh());
    }
  }

  /** The most documents suggested for a referral or a decline. */
  private static final int SUGGESTIONS = 3;

  /**
   * The credit file: unverified without a registry; verified if the bytes passed; otherwise read
   * unverified with the failure recorded in its provenance, so the policy's knock-out declines it.
   */
  private static CreditFile read(CreditFileReader reader, Optional<RegistryCheck> check,
      Optional<RegistryCheck.Outcome> verification, byte[] bytes) {
    if (verification.isEmpty()) {
      return reader.readUnverified(bytes);
    }
    RegistryCheck.Outcome o = verification.get();
    if (o.passed()) {
      return reader.read(o.verified().orElseThrow());
    }
    CreditFile unverified = reader.readUnverified(bytes);
    DocumentVerifier verifier = check.orElseThrow().verifier();
    return unverified.withDocuments(List.of(verifier.failed(o.failure().orElseThrow(), bytes)));
  }

  private static void printDecision(PrintWriter out, Decision d) {
    String term = d instanceof Approve a && a.termMonths().isPresent() ? "   over " + a.termMonths().getAsInt()
        + " months" : "";
    out.printf(Locale.ROOT, "  decision  %s%s%s%n", d.outcome(),
        d.approvedLimit().map(m -> "   limit " + m).orElse(""), term);
    for (DecisionReason r : d.rules()) {
      out.printf(Locale.ROOT, "  rule      %s  %s%n             %s%n", r.code(), r.messageEn(), r.messageZh());
    }
    for (ConsentAudit c : d.audit().consents()) {
      out.printf(Locale.ROOT, "  consent   %s  %s  %s to %s%n", TerminalText.escape(c.consentId()), c.sources(),
          c.grantedOn(), c.expiresOn());
    }
  }
}
