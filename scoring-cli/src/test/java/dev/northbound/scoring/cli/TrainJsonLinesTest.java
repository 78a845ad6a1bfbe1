package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ScorecardFiles;
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

/** {@code train} on JSON Lines of synthetic credit files with outcomes, end to end. */
class TrainJsonLinesTest {

  @Test
  void train_jsonLinesOfCreditFiles(@TempDir Path dir) throws IOException {
    List<SyntheticApplicant> portfolio =
        PortfolioGenerator.of(GeneratorConfig.defaults()).batch(2026L, 0, 800);
    Path data = dir.resolve("portfolio.jsonl");
    int bads = 0;
    try (OutputStream out = Files.newOutputStream(data)) {
      for (SyntheticApplicant a : portfolio) {
        byte[] doc = CreditFileWriter.compact().write(a.creditFile(), "synthetic:" + a.index());
        PerformanceOutcome outcome = a.index() % 40 == 39 ? PerformanceOutcome.INDETERMINATE
            : a.bad() ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD;
        bads += outcome == PerformanceOutcome.BAD ? 1 : 0;
        CreditFileLines.write(out, doc, outcome, Optional.empty());
      }
    }
    Path model = dir.resolve("gba.model.json");
    Path report = dir.resolve("report");
    CliTestSupport.Run run = TrainCommandTest.train(Map.of("SOURCE_DATE_EPOCH", "1790000000")::get,
        "--data", data.toString(), "--fx", "HKD/CNY=0.92", "--cv", "3", "--l2", "1", "--out",
        model.toString(), "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // (without --l2, some 60 strong standard features separate the few dozen bads and the plain
    // maximum-likelihood fit diverges: exit code 3 with the singular-Hessian message)
    // 800 lines, every 40th indeterminate: 20 left out, 780 trained on
    assertThat(run.out()).contains(String.format(java.util.Locale.ROOT,
        "Trained on 780 rows (%d bad, %d good), 20 indeterminate left out", bads, 780 - bads));
    Scorecard card = ScorecardFiles.read(model, StandardFeatures.extractor().schema());
    assertThat(card.characteristics()).isNotEmpty();
    assertThat(card.provenance().settings()).containsEntry("data.format", "jsonl");
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/rows/total").intValue()).isEqualTo(780);
    assertThat(json.at("/rows/bads").intValue()).isEqualTo(bads);
    assertThat(json.at("/rows/excluded/indeterminate").intValue()).isEqualTo(20);
    assertThat(json.at("/cv/auc/folds")).hasSize(3);
    // the synthetic outcomes are driven by capacity and willingness: the card must see it
    assertThat(json.at("/cv/auc/mean").doubleValue()).isGreaterThan(0.6);
    assertThat(json.has("challenger")).isFalse();
  }
}
