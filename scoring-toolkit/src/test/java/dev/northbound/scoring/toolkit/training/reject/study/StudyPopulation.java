package dev.northbound.scoring.toolkit.training.reject.study;

import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.IncumbentPolicy;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import dev.northbound.scoring.toolkit.synthetic.ThroughTheDoorFiles;
import dev.northbound.scoring.toolkit.tabular.CreditFileTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** A generated through-the-door population written to files and read back, as the CLI reads it. */
record StudyPopulation(Dataset accepts, RejectFile rejects, boolean[] truth, Path truthFile) {

  static final Currency CNY = Currency.getInstance("CNY");
  static final FxRates RATES = FxRates.of(new FxRate(Currency.getInstance("HKD"), CNY,
      new BigDecimal("0.92"), "test", LocalDate.of(2026, 10, 31)));

  /** Seed 42, {@code size} applicants, reject share 0.3, override share 0.05. */
  static StudyPopulation generate(Path dir, int size, double visibility) throws IOException {
    ThroughTheDoorFiles.Targets targets = new ThroughTheDoorFiles.Targets(dir.resolve("a.jsonl"),
        dir.resolve("r.jsonl"), dir.resolve("t.jsonl"), dir.resolve("reg.json"));
    ThroughTheDoorFiles.write(PortfolioGenerator.of(GeneratorConfig.defaults()), 42, size,
        new IncumbentPolicy(0.3, 0.05, visibility), targets,
        Instant.parse("2026-12-01T00:00:00Z"), n -> { });
    Dataset accepts = CreditFileTable.read(targets.accepts(), StandardFeatures.extractor(), CNY,
        RATES).data();
    RejectFile rejects = RejectFile.read(targets.rejects(), StandardFeatures.extractor(), CNY, RATES);
    return new StudyPopulation(accepts, rejects, TruthFile.read(targets.truth(), rejects),
        targets.truth());
  }
}
