package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.decision.SubjectPseudonymiser;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import dev.northbound.scoring.toolkit.synthetic.SyntheticDocument;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #21's property: {@code convert} round-trips 10,000 generated files exactly (version 2 to 1
 * and back gives the same bytes), and a file and its conversion give the same features, score and
 * decision under the example scorecard and policy. Version 1 has no consent record, so the files
 * are the generated ones without their consent; with it, converting to 1 is refused, which the test
 * checks too.
 */
class ConvertRoundTripPropertyTest {

  private static final int FILES = 10_000;
  private static final long SEED = 2026_12_08L;
  private static final CreditFileReader READER = CreditFileReader.standard();

  @TempDir Path dir;

  @Test
  void convert_roundTripsGeneratedFilesExactly() throws IOException {
    Path v2 = dir.resolve("v2.jsonl.gz");
    writeGenerated(v2, false);
    Path v1 = dir.resolve("v1.jsonl");
    Path back = dir.resolve("back.jsonl.gz");
    CliTestSupport.Run down = CliTestSupport.run("convert", "--to", "1", v2.toString(), v1.toString());
    assertThat(down.exitCode()).as(down.err()).isZero();
    CliTestSupport.Run up = CliTestSupport.run("convert", "--to", "2", v1.toString(), back.toString());
    assertThat(up.exitCode()).as(up.err()).isZero();
    List<byte[]> original = documents(v2);
    List<byte[]> converted = documents(v1);
    assertThat(documents(back)).hasSize(FILES).zipSatisfy(original, (b, o) -> assertThat(b).isEqualTo(o));
    assertThat(converted).hasSize(FILES);

    Scorecard card = ScorecardFiles.read(Path.of("..", "docs", "examples", "scorecard.json"),
        StandardFeatures.extractor().schema());
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    DecisionPolicy policy = DecisionPolicy.load(Path.of("..", "docs", "examples", "policy.json"),
        StandardFeatures.extractor().schema(), SubjectPseudonymiser.of(key));
    for (int i = 0; i < FILES; i++) {
      assertThat(READER.peekVersion(original.get(i))).isEqualTo(2);
      assertThat(READER.peekVersion(converted.get(i))).isEqualTo(1);
      CreditFile a = READER.readWithoutProvenance(original.get(i));
      CreditFile b = READER.readWithoutProvenance(converted.get(i));
      assertThat(b).as("file %d", i).isEqualTo(a);
      LocalDate asOf = a.application().applicationDate();
      FxRates rates = FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", asOf));
      FeatureVector va = StandardFeatures.extractor().extract(a, ExtractionContext.of(asOf, rates));
      FeatureVector vb = StandardFeatures.extractor().extract(b, ExtractionContext.of(asOf, rates));
      assertThat(vb).as("features of file %d", i).isEqualTo(va);
      var sa = card.score(va);
      var sb = card.score(vb);
      assertThat(sb).as("score of file %d", i).isEqualTo(sa);
      assertThat(policy.decide(b, vb, sb, asOf)).as("decision of file %d", i).isEqualTo(policy.decide(a, va, sa, asOf));
    }
  }

  @Test
  void convert_generatedFilesKeepTheirConsentSoVersion1IsRefused() throws IOException {
    Path v2 = dir.resolve("with-consents.jsonl");
    writeGenerated(v2, true);
    Path v1 = dir.resolve("v1.jsonl");
    CliTestSupport.Run run = CliTestSupport.run("convert", "--to", "1", v2.toString(), v1.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("invalid input in IN " + v2 + ": /lines/1/document/consents: must be absent to"
        + " write format version 1, which has no consent record (keep version 2); found 1 consent"
        + System.lineSeparator());
    assertThat(v1).doesNotExist();
  }

  /** The generated files in version 2, with or without their consent, as JSON Lines with outcomes. */
  private static void writeGenerated(Path file, boolean consents) throws IOException {
    PortfolioGenerator generator = PortfolioGenerator.of(GeneratorConfig.defaults());
    CreditFileWriter writer = CreditFileWriter.compact().version(2);
    int n = consents ? 50 : FILES;
    try (OutputStream out = dev.northbound.scoring.toolkit.data.Compression.compressing(
        new BufferedOutputStream(Files.newOutputStream(file)), file.toString().endsWith(".gz"))) {
      generator.stream(SEED, 0, n).forEachOrdered(a -> {
        CreditFile f = consents ? a.creditFile() : a.creditFile().withConsents(List.of());
        CreditFileLines.write(out, writer.write(f, SyntheticDocument.documentId(SEED, a.index())),
            a.bad() ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD, Optional.of(a.segment().name()));
      });
    }
  }

  private static List<byte[]> documents(Path file) throws IOException {
    List<byte[]> docs = new ArrayList<>();
    try (InputStream in = dev.northbound.scoring.toolkit.data.Compression.open(file)) {
      LineSplitter.forEach(in, 1 << 24, (no, buf, len) -> docs.add(CreditFileLines.parse(no, buf, len).documentBytes()));
    }
    return docs;
  }
}
