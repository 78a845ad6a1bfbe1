package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.HashRegistry;
import dev.northbound.scoring.core.verify.RegisteredDigest;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import dev.northbound.scoring.toolkit.synthetic.SyntheticApplicant;
import dev.northbound.scoring.toolkit.synthetic.SyntheticDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The demo's data pass, the same path a bank runs per application: the issuer writes each synthetic
 * credit file and registers its digest; the bank verifies the exact bytes against the registry,
 * parses only verified bytes and extracts the standard features as of the application date, reading
 * only the sources the applicant's consent covers for the demo bank. The
 * result is column-wise: one numeric column per feature plus the applicant's index, segment and
 * outcome. Deterministic for any number of cores.
 */
final class DemoPortfolio {

  /** Columns not used as model inputs. */
  static final String INDEX = "applicant_index";

  final PortfolioGenerator generator;
  final long seed;
  final FeatureExtractor extractor;
  final FxRates rates;
  /** The bank and purpose the demo's policy reads for: extraction reads only what a consent covers. */
  private final Optional<ConsentScope> consent;
  private final DocumentIssuer bureauIssuer;
  private final DocumentIssuer altIssuer;
  private final ConcurrentHashMap<String, RegisteredDigest> registered = new ConcurrentHashMap<>();
  private final DocumentVerifier verifier;
  private final CreditFileReader reader = CreditFileReader.standard();

  DemoPortfolio(PortfolioGenerator generator, long seed, FeatureExtractor extractor, Instant registeredAt,
      Optional<ConsentScope> consent) {
    this.consent = consent;
    this.generator = generator;
    this.seed = seed;
    this.extractor = extractor;
    this.rates = FxRates.of(generator.config().hkdToCny());
    Clock clock = Clock.fixed(registeredAt, ZoneOffset.UTC);
    this.bureauIssuer = DocumentIssuer.of(SyntheticDocument.BUREAU_ISSUER,
        dev.northbound.scoring.core.verify.DigestAlgorithm.SHA_256, clock);
    this.altIssuer = DocumentIssuer.of(SyntheticDocument.ALTERNATIVE_ISSUER,
        dev.northbound.scoring.core.verify.DigestAlgorithm.SHA_256, clock);
    HashRegistry registry = id -> Optional.ofNullable(registered.get(id));
    this.verifier = DocumentVerifier.of(registry).withClock(clock);
  }

  /** What the data pass produced. */
  record Data(Dataset dataset, String[] segments, boolean[] thinFile, int verified) {}

  /** One applicant through issue, verification, parsing: its verified credit file. */
  CreditFile verifiedFile(int index) {
    SyntheticApplicant a = generator.generate(seed, index);
    SyntheticDocument doc = SyntheticDocument.issue(a, seed, bureauIssuer, altIssuer);
    registered.put(doc.documentId(), doc.registration());          // the issuing side
    return reader.read(verifier.verify(doc.documentId(), doc.bytes())); // the bank's side
  }

  /** The outcome and segment of applicant {@code index}. */
  SyntheticApplicant applicant(int index) {
    return generator.generate(seed, index);
  }

  ExtractionContext contextFor(CreditFile file) {
    ExtractionContext c = ExtractionContext.of(file.application().applicationDate(), rates);
    return consent.map(c::withConsent).orElse(c);
  }

  Data build(int size, IntConsumer progress) {
    FeatureSchema schema = extractor.schema();
    int n = schema.size();
    double[][] columns = new double[n][size];
    boolean[] bad = new boolean[size];
    boolean[] thin = new boolean[size];
    String[] segments = new String[size];
    AtomicInteger done = new AtomicInteger();
    ThreadLocal<FeatureBuffer> buffers = ThreadLocal.withInitial(() -> FeatureBuffer.of(schema));
    IntStream.range(0, size).parallel().forEach(i -> {
      SyntheticApplicant a = generator.generate(seed, i);
      SyntheticDocument doc = SyntheticDocument.issue(a, seed, bureauIssuer, altIssuer);
      registered.put(doc.documentId(), doc.registration());
      CreditFile file = reader.read(verifier.verify(doc.documentId(), doc.bytes()));
      FeatureBuffer buf = buffers.get();
      extractor.extract(file, contextFor(file), buf, 0);
      double[] v = buf.values();
      for (int f = 0; f < n; f++) {
        columns[f][i] = v[f];
      }
      bad[i] = a.bad();
      thin[i] = file.bureauReport().isEmpty();
      segments[i] = a.segment().name();
      int d = done.incrementAndGet();
      if ((d & 1023) == 0) {
        progress.accept(1024);
      }
    });
    progress.accept(size & 1023);
    List<Column> cols = new ArrayList<>(n + 1);
    for (int f = 0; f < n; f++) {
      cols.add(new NumericColumn(schema.name(f), columns[f]));
    }
    double[] index = new double[size];
    for (int i = 0; i < size; i++) {
      index[i] = i;
    }
    cols.add(new NumericColumn(INDEX, index));
    return new Data(Dataset.of(cols, bad), segments, thin, registered.size());
  }
}
