package dev.northbound.scoring.toolkit.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.toolkit.data.CreditFileLine;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioFiles;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreditFileTableUnlabelledTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final FxRates RATES = FxRates.of(new FxRate(Currency.getInstance("HKD"), CNY,
      new BigDecimal("0.92"), "test", LocalDate.of(2026, 10, 31)));

  @Test
  void readUnlabelled_givesTheColumnsOfRead(@TempDir Path dir) throws IOException {
    Path labelled = dir.resolve("p.jsonl");
    PortfolioFiles.write(PortfolioGenerator.of(GeneratorConfig.defaults()), 7, 60, labelled,
        dir.resolve("r.json"), Instant.parse("2026-12-01T00:00:00Z"), n -> { });
    // The same documents without outcomes (indeterminate lines too: an unlabelled file keeps all).
    ByteArrayOutputStream unlabelled = new ByteArrayOutputStream();
    List<String> lines = Files.readAllLines(labelled);
    int determinate = 0;
    for (int i = 0; i < lines.size(); i++) {
      byte[] bytes = lines.get(i).getBytes(StandardCharsets.UTF_8);
      CreditFileLine line = CreditFileLines.parse(i + 1, bytes, bytes.length);
      if (line.outcome() != dev.northbound.scoring.toolkit.data.PerformanceOutcome.INDETERMINATE) {
        CreditFileLines.writeUnlabelled(unlabelled, line.documentBytes(), line.segment());
        determinate++;
      }
    }
    CreditFileTable read = CreditFileTable.read(labelled, StandardFeatures.extractor(), CNY, RATES);
    CreditFileTable rejects = CreditFileTable.readUnlabelled(
        new ByteArrayInputStream(unlabelled.toByteArray()), StandardFeatures.extractor(), CNY,
        RATES);
    assertThat(rejects.data().rows()).isEqualTo(determinate).isEqualTo(read.data().rows());
    assertThat(rejects.data().columns()).isEqualTo(read.data().columns());
    assertThat(rejects.data().badCount()).isZero();
    assertThat(read.data().badCount()).isPositive();
    assertThat(rejects.indeterminate()).isZero();
    assertThat(rejects.schema()).isEqualTo(read.schema());
  }

  @Test
  void readUnlabelled_refusesALineWithAnOutcome(@TempDir Path dir) throws IOException {
    Path labelled = dir.resolve("p.jsonl");
    PortfolioFiles.write(PortfolioGenerator.of(GeneratorConfig.defaults()), 7, 3, labelled,
        dir.resolve("r.json"), Instant.parse("2026-12-01T00:00:00Z"), n -> { });
    assertThatThrownBy(() -> CreditFileTable.readUnlabelled(labelled,
        StandardFeatures.extractor(), CNY, RATES))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/lines/1/outcome")
        .hasMessageContaining("must be absent in an unlabelled file");
  }
}
