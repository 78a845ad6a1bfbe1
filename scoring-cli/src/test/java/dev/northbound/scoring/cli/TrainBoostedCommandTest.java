package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import dev.northbound.scoring.toolkit.synthetic.SyntheticApplicant;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --method boosted} on a CSV table, JSON Lines of credit files, and its usage errors. */
class TrainBoostedCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> EPOCH = Map.of("SOURCE_DATE_EPOCH", "1790000000");

  @Test
  void boosted_onATable_writesALoadableCardWithItsInteractionsAndReport(@TempDir Path dir) throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    Path model = dir.resolve("small.model.json");
    Path report = dir.resolve("report");
    Path spec = dir.resolve("spec.json");
    CliTestSupport.Run run = TrainCommandTest.train(EPOCH::get, "--method", "boosted", "--interactions", "1",
        "--data", csv.toString(), "--target", "outcome", "--bad-value", "default", "--cv", "3",
        "--out", model.toString(), "--report", report.toString(), "--write-spec", spec.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    ModelFile file = ScorecardFiles.readModel(model);
    Scorecard card = file.scorecard();
    assertThat(file.inputs()).isPresent();
    long pairs = card.characteristics().stream().filter(Characteristic::isInteraction).count();
    assertThat(pairs).isLessThanOrEqualTo(1);
    assertThat(run.out()).contains("Trained on 600 rows").contains("Boosted card: " + card.characteristics().size()
        + " characteristics (" + pairs + " interactions)").contains("Boosted    3-fold CV AUC");
    assertThat(card.provenance().settings()).containsEntry("boosting.maxInteractions", "1")
        .containsEntry("data.format", "csv");
    JsonNode json = JSON.readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/kind").textValue()).isEqualTo("boosted-training");
    assertThat(json.at("/cv/auc/folds")).hasSize(3);
    // The spec written is the one used: the automatic spec with every boosting setting explicit.
    JsonNode written = JSON.readTree(spec.toFile());
    assertThat(written.at("/boosting/maxInteractions").intValue()).isEqualTo(1);
    assertThat(written.at("/boosting/interactionBins").intValue()).isEqualTo(8);

    // The same data, seed, time and id (the default id is the file name's) give the same model file,
    // byte for byte, with or without a report.
    Path again = dir.resolve("again").resolve("small.model.json");
    CliTestSupport.Run second = TrainCommandTest.train(EPOCH::get, "--method", "boosted", "--interactions", "1",
        "--data", csv.toString(), "--target", "outcome", "--bad-value", "default", "--cv", "3",
        "--out", again.toString());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(model));
  }

  @Test
  void boosted_onCreditFiles_scoresTheStandardSchema(@TempDir Path dir) throws IOException {
    List<SyntheticApplicant> portfolio = PortfolioGenerator.of(GeneratorConfig.defaults()).batch(2026L, 0, 800);
    Path data = dir.resolve("portfolio.jsonl");
    try (OutputStream out = Files.newOutputStream(data)) {
      for (SyntheticApplicant a : portfolio) {
        byte[] doc = CreditFileWriter.compact().write(a.creditFile(), "synthetic:" + a.index());
        CreditFileLines.write(out, doc, a.bad() ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD, Optional.empty());
      }
    }
    Path model = dir.resolve("gba.model.json");
    CliTestSupport.Run run = TrainCommandTest.train(EPOCH::get, "--method", "boosted", "--data", data.toString(),
        "--fx", "HKD/CNY=0.92", "--cv", "2", "--out", model.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Scorecard card = ScorecardFiles.read(model, StandardFeatures.extractor().schema());
    assertThat(card.characteristics()).isNotEmpty();
    assertThat(card.provenance().settings()).containsEntry("data.format", "jsonl");
  }

  @Test
  void usageErrors_areRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    Path model = dir.resolve("m.json");
    String[] data = {"--data", csv.toString(), "--target", "outcome", "--bad-value", "default", "--out",
        model.toString()};
    assertUsage(concat(data, "--method", "xgb"), "--method must be woe or boosted, found xgb");
    assertUsage(concat(data, "--method", "boosted", "--l2", "1"), "--l2 is for --method woe");
    assertUsage(concat(data, "--interactions", "2"), "--interactions is for --method boosted");
    assertUsage(concat(data, "--method", "boosted", "--interactions", "101"),
        "--interactions must be from 0 to 100, found 101");
    assertThat(model).doesNotExist();
  }

  private static void assertUsage(String[] args, String message) {
    CliTestSupport.Run run = TrainCommandTest.train(EPOCH::get, args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
