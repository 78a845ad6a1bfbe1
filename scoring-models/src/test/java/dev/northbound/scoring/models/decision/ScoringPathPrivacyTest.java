package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.NorthboundException;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.testing.CreditFileArbitraries;
import dev.northbound.scoring.core.testing.CreditFileMutations.FuzzCase;
import dev.northbound.scoring.core.testing.CreditFileMutations;
import dev.northbound.scoring.core.testing.RunFigures;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.InMemoryHashRegistry;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs 3,000 fuzzed documents and 1,000 valid ones through the whole path (verify, read, extract,
 * score, decide) with standard output, standard error and java.util.logging captured, and scans
 * every exception message (with its causes), every captured line, the string form of every
 * verified document, credit file and bureau report, and every decision's rules, reason texts and
 * audit identifiers for the inputs' subject references, names, amounts and planted canaries. The
 * subject appears in the audit record only as the HMAC-SHA256 pseudonym under the bank's key.
 *
 * <p>By design an audit record keeps every feature value and a reason code shows the applicant the
 * value it scored; such derived numbers may coincide with an input amount and are not scanned for
 * amounts (they are scanned for identifiers).
 */
class ScoringPathPrivacyTest {

  private static final Pattern AMOUNT = Pattern.compile("[0-9.]+");
  private static final DocumentIssuer ISSUER = DocumentIssuer.of("TransUnion HK");

  /** Everything the run produced that may reach a log or a report, with what it must not contain. */
  private final List<String[]> scanned = new ArrayList<>(); // text, then the secrets
  private int exceptions;

  @Test
  void scoringPath_fuzzedAndValidInputs_noPersonalDataInAnyOutput() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    Logger root = Logger.getLogger("");
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        captured.writeBytes((r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage() + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    List<String> allSecrets = new ArrayList<>();
    Random random = new Random(20261206L);
    try (PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(tee);
      System.setErr(tee);
      root.addHandler(handler);
      for (int n = 0; n < 3_000; n++) {
        fuzzed(CreditFileMutations.next(random), allSecrets);
      }
      for (int n = 0; n < 1_000; n++) {
        valid(CreditFileArbitraries.creditFile(random), n, allSecrets);
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeHandler(handler);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    int leaks = 0;
    String firstLeak = "";
    for (String[] entry : scanned) {
      for (int i = 1; i < entry.length; i++) {
        if (entry[0].contains(entry[i])) {
          firstLeak = leaks++ == 0 ? "\"" + entry[i] + "\" in: " + entry[0] : firstLeak;
        }
      }
    }
    for (String secret : allSecrets) {
      if (logs.contains(secret)) {
        firstLeak = leaks++ == 0 ? "\"" + secret + "\" in the captured output" : firstLeak;
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("inputs", 4_000);
    figures.put("exception messages scanned", exceptions);
    figures.put("texts scanned (messages, string forms, decisions, audit identifiers)", scanned.size());
    figures.put("distinct personal values searched for", allSecrets.stream().distinct().count());
    figures.put("characters of captured output and log records", logs.length());
    figures.put("personal values found", leaks);
    RunFigures.write("privacy", figures);
    assertThat(leaks).as("personal values found; the first: %s", firstLeak).isZero();
  }

  /** A fuzzed document through every step it reaches; every exception is scanned. */
  private void fuzzed(FuzzCase c, List<String> allSecrets) {
    // The document id is not personal: verification messages name it by design.
    List<String> personal = c.secrets().stream().filter(s -> !s.startsWith("doc-")).toList();
    allSecrets.addAll(personal);
    String[] secrets = personal.toArray(String[]::new);
    try {
      String id;
      try {
        id = CreditFileReader.standard().peekDocumentId(c.bytes());
      } catch (NorthboundException e) {
        id = "fuzz-1";
        exception(e, secrets);
      }
      DocumentVerifier verifier = DocumentVerifier.of(InMemoryHashRegistry.of(ISSUER.issue(id, c.bytes())));
      try {
        verifier.verify(id, "Another issuer", c.bytes());
      } catch (NorthboundException e) {
        exception(e, secrets);
      }
      VerifiedDocument doc = verifier.verify(id, c.bytes());
      scan(doc.toString(), secrets);
      CreditFile file = CreditFileReader.standard().read(doc);
      // The application id is the bank's reference, kept in the audit record by design.
      String applicationId = file.application().applicationId();
      String[] identifiers = personal.stream().filter(s -> !AMOUNT.matcher(s).matches() && !s.equals(applicationId))
          .toArray(String[]::new);
      decide(StandardPath.inCny(file), secrets, identifiers);
    } catch (NorthboundException e) {
      exception(e, secrets);
    }
  }

  /** A valid file, its application id replaced by a bank reference (which the audit record keeps). */
  private void valid(CreditFile generated, int n, List<String> allSecrets) {
    Application a = generated.application();
    CreditFile file = new CreditFile(new Application("APP-" + n, a.product(), a.amount(), a.termMonths(),
        a.annualRatePercent(), a.declaredMonthlyIncome(), a.declaredMonthlyObligations(), a.cityOfResidence(),
        a.ageBand(), a.applicationDate()), generated.bureauReport(), generated.alternativeData(), List.of());
    String id = "doc-" + n;
    byte[] bytes = CreditFileWriter.standard().write(StandardPath.inCny(file), id);
    List<String> personal = new ArrayList<>(CreditFileMutations.secretsOf(new String(bytes, StandardCharsets.UTF_8)));
    personal.remove("APP-" + n);
    personal.remove(id);
    allSecrets.addAll(personal);
    String[] all = personal.toArray(String[]::new);
    String[] identifiers = personal.stream().filter(s -> !AMOUNT.matcher(s).matches()).toArray(String[]::new);
    try {
      VerifiedDocument doc = DocumentVerifier.of(InMemoryHashRegistry.of(ISSUER.issue(id, bytes))).verify(id, bytes);
      scan(doc.toString(), all);
      decide(CreditFileReader.standard().read(doc), all, identifiers);
    } catch (NorthboundException e) {
      exception(e, all);
    }
  }

  private void decide(CreditFile file, String[] all, String[] identifiers) {
    scan(file.toString(), all);
    file.bureauReport().ifPresent(r -> scan(r.toString(), all));
    FeatureVector vector = StandardPath.EXTRACTOR.extract(file, StandardPath.context(file));
    ScoreResult score = StandardPath.SCORECARD.score(vector);
    scan(score.toString(), identifiers);
    Decision d = StandardPath.POLICY_STANDARD.decide(file, vector, score, file.application().applicationDate());
    // The application id is the bank's reference, kept in the audit record by design (random ids may
    // share words with random names, so it is blanked before the scan).
    scan(d.toString().replace(file.application().applicationId(), "<application id>"), identifiers);
    for (DecisionReason r : d.rules()) {
      scan(r.toString(), all);
    }
    for (ReasonCode r : d.scoreReasons()) {
      scan(r.code() + " " + r.messageEn() + " " + r.messageZh(), all);
    }
    AuditRecord audit = d.audit();
    scan(audit.policyId() + audit.policyVersion() + audit.documents() + audit.models() + audit.subjectPseudonym(), all);
    file.bureauReport().ifPresentOrElse(
        r -> assertThat(audit.subjectPseudonym()).hasValue(StandardPath.PSEUDONYMISER.pseudonymise(r.subjectRef())),
        () -> assertThat(audit.subjectPseudonym()).isEmpty());
  }

  private void exception(Throwable e, String[] secrets) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      exceptions++;
      scan(String.valueOf(t.getMessage()), secrets);
    }
  }

  private void scan(String text, String[] secrets) {
    String[] entry = new String[secrets.length + 1];
    entry[0] = text;
    System.arraycopy(secrets, 0, entry, 1, secrets.length);
    scanned.add(entry);
  }
}
