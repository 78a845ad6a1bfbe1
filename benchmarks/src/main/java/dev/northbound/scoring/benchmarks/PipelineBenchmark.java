package dev.northbound.scoring.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.DigestAlgorithm;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.InMemoryHashRegistry;
import dev.northbound.scoring.core.verify.RegisteredDigest;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.SubjectPseudonymiser;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole scoring path on credit files of 10 accounts with 24 months of history each
 * ({@link CreditFiles}; {@value #FILES} of them, taken in turn):
 *
 * <ul>
 *   <li>{@code extractAndScore}: the standard catalogue ({@link StandardFeatures#extractor()}) into a
 *       reused {@link FeatureBuffer}, then the {@link BenchmarkCards} scorecard over the standard
 *       schema into a reused holder;
 *   <li>{@code fullPath}: document bytes (the compact canonical form in format version 2,
 *       {@link CreditFileWriter#compact()}, as machine-to-machine documents arrive), verified by a
 *       {@link DocumentVerifier} over an {@link InMemoryHashRegistry}, parsed by
 *       {@link CreditFileReader#read}, extracted, scored with its explanation, and decided by a
 *       {@link DecisionPolicy};
 *   <li>{@code fullPathV1}: the same on the same files written in format version 1
 *       ({@code CreditFileWriter.compact().version(1)}), so both versions are measured in one run;
 *   <li>the floors under {@code fullPath} and {@code fullPathV1}, for information: {@code floorSha256}
 *       ({@code V1}), the document's SHA-256 alone (what verification cannot avoid), and
 *       {@code floorJacksonTokens} ({@code V1}), Jackson's tokens alone (a default {@link JsonFactory}'s
 *       parser over the same bytes, {@code nextToken()} to the end, no value read: the least any
 *       reader built on Jackson costs).
 * </ul>
 *
 * <p>The setup fails unless, in both versions, every document parses back to the file it was written
 * from, the hot path's score equals the full path's, every decision carries the score's reason codes
 * and is the same in both versions, the hash floor hashes the verifier's bytes and the token floor
 * reaches the document's last byte.
 */
@State(Scope.Thread)
public class PipelineBenchmark extends BenchmarkDefaults {

  static final int FILES = 16;

  static final String POLICY = """
      {
        "policyId": "bench-personal-loan",
        "version": "2026.11.1",
        "reportingCurrency": "CNY",
        "knockOuts": {"chargeOffWithinYears": 5},
        "pointsCutoffs": {"approveAtOrAbove": 600, "referAtOrAbove": 560},
        "thinFile": {"minBureauAccounts": 1,
                     "alternativeDataFeatures": ["utility_on_time_ratio", "rent_on_time_ratio"],
                     "minimumPresent": 2},
        "limit": {"incomeFeature": "verified_monthly_income",
                  "obligationsFeature": "existing_monthly_debt_service",
                  "maxDebtToIncome": 0.5, "roundDownTo": 100,
                  "card": {"rule": "MIN_PAYMENT", "minPaymentRate": 0.05}}
      }""";

  CreditFile[] files;
  String[] ids;
  byte[][] documents;
  String[] idsV1;
  byte[][] documentsV1;
  DocumentVerifier verifier;
  CreditFileReader reader;
  FeatureExtractor extractor;
  ExtractionContext context;
  FeatureBuffer buffer;
  Scorecard card;
  ScoreHolder holder;
  DecisionPolicy policy;
  MessageDigest sha256;
  JsonFactory jackson;
  int next;

  /** Writes and registers the documents, builds the path, and checks that its parts agree. */
  @Setup(Level.Trial)
  public void setUp() {
    extractor = StandardFeatures.extractor();
    card = BenchmarkCards.card(extractor.schema());
    context = ExtractionContext.of(CreditFiles.AS_OF, FxRates.of(
        new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "benchmark", CreditFiles.AS_OF)));
    buffer = FeatureBuffer.of(extractor.schema());
    holder = card.newHolder();
    byte[] key = new byte[SubjectPseudonymiser.MIN_KEY_BYTES];
    policy = DecisionPolicy.parse(POLICY, extractor.schema(), SubjectPseudonymiser.of(key));
    files = new CreditFile[FILES];
    ids = new String[FILES];
    documents = new byte[FILES][];
    idsV1 = new String[FILES];
    documentsV1 = new byte[FILES][];
    List<RegisteredDigest> entries = new ArrayList<>();
    Instant registered = CreditFiles.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC);
    for (int i = 0; i < FILES; i++) {
      files[i] = CreditFiles.generate(1000L + i);
      ids[i] = "TU-BENCH-" + i;
      // The compact canonical form: what a bank receives from a bureau's machine interface.
      documents[i] = CreditFileWriter.compact().write(files[i], ids[i]);
      entries.add(new RegisteredDigest(ids[i], "TransUnion HK", "SHA-256",
          DigestAlgorithm.SHA_256.digestHex(documents[i]), registered));
      // The same file in format version 1, registered under its own id (its bytes differ).
      idsV1[i] = "TU-BENCH-V1-" + i;
      documentsV1[i] = CreditFileWriter.compact().version(1).write(files[i], idsV1[i]);
      entries.add(new RegisteredDigest(idsV1[i], "TransUnion HK", "SHA-256",
          DigestAlgorithm.SHA_256.digestHex(documentsV1[i]), registered));
    }
    verifier = DocumentVerifier.of(InMemoryHashRegistry.copyOf(entries))
        .withClock(Clock.fixed(registered, ZoneOffset.UTC));
    reader = CreditFileReader.standard();
    jackson = new JsonFactory();
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    for (int i = 0; i < FILES; i++) {
      ScorecardAgreement.require(reader.peekVersion(documents[i]) == 2
          && reader.peekVersion(documentsV1[i]) == 1, i, "the documents are not in versions 2 and 1");
      Decision v2 = check(i, documents[i], ids[i]);
      Decision v1 = check(i, documentsV1[i], idsV1[i]);
      ScorecardAgreement.require(v1.getClass() == v2.getClass() && v1.scoreReasons().equals(v2.scoreReasons()), i,
          "the decision on version 1 differs from the decision on version 2");
    }
  }

  /** The agreement checks of one document: reads back, hot path = full path, floors over the same bytes. */
  private Decision check(int i, byte[] document, String id) {
    CreditFile read = reader.read(verifier.verify(id, document));
    ScorecardAgreement.require(read.withDocuments(List.of()).equals(files[i]) && read.allDocumentsVerified(), i,
        "the document does not read back to the file it was written from");
    extractor.extract(files[i], context, buffer, 0);
    card.score(buffer.values(), holder);
    double hotPoints = holder.points();
    Decision decision = decide(document, id);
    ScoreResult full = card.score(buffer.toVector());
    ScorecardAgreement.require(full.points() == hotPoints, i, "the hot path's score differs from the full path's");
    ScorecardAgreement.require(decision.scoreReasons().equals(full.reasonCodes()), i,
        "the decision does not carry the score's reason codes");
    ScorecardAgreement.require(
        DigestAlgorithm.SHA_256.digestHex(document).equals(java.util.HexFormat.of().formatHex(sha256.digest(document))),
        i, "the SHA-256 floor hashes other bytes than the verifier");
    // The token floor must read the whole document: its parser ends at the document's last byte,
    // having passed at least one token per value of the file (a version's own bound, see tokensAtLeast).
    ScorecardAgreement.require(tokenEnd(document) == document.length
        && tokens(document) >= tokensAtLeast(files[i], reader.peekVersion(document)), i,
        "the token floor did not read the whole document");
    return decision;
  }

  /**
   * The fewest tokens a document of {@code file} can have in {@code version}: in version 1 every
   * month of payment history is an object of 2 fields (6 tokens); in version 2 an account's history is
   * one string with its first month (2 fields, 4 tokens), and every account is at least an object
   * holding it. Enquiries, bills and the rest only add tokens.
   */
  static int tokensAtLeast(CreditFile file, int version) {
    var accounts = file.bureauReport().orElseThrow().accounts();
    int months = accounts.stream().mapToInt(a -> a.history().size()).sum();
    return version == 1 ? 6 * months : 6 * accounts.size();
  }

  /** Extract and score a parsed file into reused buffers. */
  @Benchmark
  public ScoreHolder extractAndScore() {
    extractor.extract(files[next++ & (FILES - 1)], context, buffer, 0);
    card.score(buffer.values(), holder);
    return holder;
  }

  /** Bytes to decision: verify, parse, extract, score with explanation, decide. */
  @Benchmark
  public Decision fullPath() {
    int i = next++ & (FILES - 1);
    return decide(documents[i], ids[i]);
  }

  /** The same as {@link #fullPath()} on the same files written in format version 1. */
  @Benchmark
  public Decision fullPathV1() {
    int i = next++ & (FILES - 1);
    return decide(documentsV1[i], idsV1[i]);
  }

  /** For information: the version 2 document's SHA-256 alone. */
  @Benchmark
  public byte[] floorSha256() {
    return sha256.digest(documents[next++ & (FILES - 1)]);
  }

  /** For information: the version 1 document's SHA-256 alone. */
  @Benchmark
  public byte[] floorSha256V1() {
    return sha256.digest(documentsV1[next++ & (FILES - 1)]);
  }

  /** For information: Jackson's tokens alone, to the end of the version 2 document, no value read. */
  @Benchmark
  public int floorJacksonTokens() {
    return tokens(documents[next++ & (FILES - 1)]);
  }

  /** For information: Jackson's tokens alone, to the end of the version 1 document, no value read. */
  @Benchmark
  public int floorJacksonTokensV1() {
    return tokens(documentsV1[next++ & (FILES - 1)]);
  }

  private int tokens(byte[] document) {
    int n = 0;
    try (JsonParser p = jackson.createParser(document)) {
      while (p.nextToken() != null) {
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /** The byte offset where the token floor's parser stops. */
  private long tokenEnd(byte[] document) {
    try (JsonParser p = jackson.createParser(document)) {
      while (p.nextToken() != null) {
        // to the end
      }
      return p.currentLocation().getByteOffset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Decision decide(byte[] document, String id) {
    CreditFile file = reader.read(verifier.verify(id, document));
    extractor.extract(file, context, buffer, 0);
    double[] values = buffer.values();
    card.score(values, holder);
    ScoreResult result = card.toResult(values, holder);
    return policy.decide(file, buffer.toVector(), result, CreditFiles.AS_OF);
  }
}
