package dev.northbound.scoring.models.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.features.catalogue.FeatureSources;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ScorecardFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The promise of data minimisation on the shipped example files: a credit file restricted to a
 * model's sources gives the model's features, and so its score, exactly as the whole file does.
 */
class DataMinimisationTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  private static final ExtractionContext CONTEXT = ExtractionContext.of(AS_OF,
      FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", AS_OF)));
  private static final FeatureExtractor EXTRACTOR = StandardFeatures.extractor();
  private static final List<String> FILES = List.of("cross-border-trader.json", "recent-delinquency.json",
      "thick-file-professional.json", "thin-file-graduate.json");

  private static Path examples() {
    String repo = System.getProperty("northbound.repo.dir");
    Assumptions.assumeTrue(repo != null && Files.isDirectory(Path.of(repo, "docs", "examples")),
        "northbound.repo.dir is not set or has no docs/examples; skipping");
    return Path.of(repo, "docs", "examples");
  }

  private static CreditFile read(String name) throws IOException {
    return CreditFileReader.standard().readUnverified(Files.readAllBytes(examples().resolve(name)));
  }

  @Test
  void restrictedToAFeaturesSources_theFeatureIsUnchanged() throws IOException {
    int compared = 0;
    for (String name : FILES) {
      CreditFile file = read(name);
      FeatureVector whole = EXTRACTOR.extract(file, CONTEXT);
      double[] wholeValues = whole.toArray();
      for (int i = 0; i < whole.size(); i++) {
        String feature = whole.schema().name(i);
        Set<DataSource> sources = FeatureSources.standard(feature).orElseThrow();
        FeatureVector restricted = EXTRACTOR.extract(file.restrictedTo(sources), CONTEXT);
        assertThat(restricted.missingReason(i)).as(name + " " + feature).isEqualTo(whole.missingReason(i));
        assertThat(Double.doubleToLongBits(restricted.toArray()[i])).as(name + " " + feature)
            .isEqualTo(Double.doubleToLongBits(wholeValues[i]));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(4 * EXTRACTOR.schema().size());
  }

  @Test
  void exampleScorecard_scoresARestrictedFileExactlyAsTheWholeFile() throws IOException {
    Scorecard card = ScorecardFiles.read(examples().resolve("scorecard.json"), EXTRACTOR.schema());
    DataUse use = card.info().dataUse().orElseThrow();
    // its eleven characteristics read the bureau, tax, MPF, social insurance and bills, not rent
    assertThat(use.sources()).isEqualTo(EnumSet.of(DataSource.HK_BUREAU, DataSource.TAX, DataSource.MPF,
        DataSource.SOCIAL_INSURANCE, DataSource.UTILITIES));
    for (String name : FILES) {
      CreditFile file = read(name);
      assertThat(card.score(EXTRACTOR.extract(file.restrictedTo(use.sources()), CONTEXT)))
          .as(name).isEqualTo(card.score(EXTRACTOR.extract(file, CONTEXT)));
    }
  }
}
