package dev.northbound.scoring.features.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FeatureDocsTest {

  @Test
  void featuresMd_matchesSchemaRendering() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    assumeTrue(repo != null && Files.isDirectory(Path.of(repo)),
        "northbound.repo.dir is not set to the repository root; cannot check docs/features.md");
    Path doc = Path.of(repo, "docs", "features.md");
    String rendered = FeatureDocs.catalogue();
    if (Boolean.getBoolean("northbound.updateDocs")) {
      // Keep the worked example that follows the rendering (the CLI's tests own it).
      String old = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
      int at = old.indexOf(FeatureDocs.WORKED_EXAMPLE_HEADING);
      String tail = at < 0 ? "" : old.substring(at + FeatureDocs.WORKED_EXAMPLE_HEADING.length());
      Files.createDirectories(doc.getParent());
      Files.writeString(doc, rendered + tail, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(doc)).as("docs/features.md is missing; regenerate it with: " + FeatureDocs.REGENERATE)
        .isTrue();
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    assertThat(text.substring(0, Math.min(text.length(), rendered.length())))
        .as("docs/features.md differs from the schema's rendering; regenerate it with: " + FeatureDocs.REGENERATE)
        .isEqualTo(rendered);
  }

  @Test
  void render_tablePerGroupFingerprintAndWorkedExample() {
    String md = FeatureDocs.catalogue();
    assertThat(md).contains("- Schema fingerprint (SHA-256): `" + StandardFeatures.extractor().schema().fingerprint() + "`")
        .contains("\n## Capacity\n", "\n## Willingness\n", "\n## Credit demand\n", "\n## Depth of history\n",
            "\n## Alternative data\n", "\n## Thin file\n")
        .contains("| 0 | `tax_monthly_income` | ")
        .contains(" | decreasing | `TAX` |\n| 1 | `mpf_monthly_income` | ")
        .contains(" | increasing | none (the application) |\n| 14 | `monthly_debt_service` | ")
        .contains(" | increasing | `HK_BUREAU`, `TAX`, `MPF`, `SOCIAL_INSURANCE` |\n| 16 | `residual_monthly_income` | ")
        .endsWith("\n## Worked example\n\n");
  }

  @Test
  void catalogue_documentsTheOptionalExtractorsAfterTheStandardTables() {
    String md = FeatureDocs.catalogue();
    int optional = md.indexOf("\n## Optional extractors\n");
    assertThat(optional).isGreaterThan(md.indexOf("\n## Thin file\n"));
    assertThat(md.substring(optional))
        .contains("\n### `thin-file-obligations`\n")
        .contains("| 0 | `declared_monthly_obligations` | ")
        .contains(" | none (the application) |\n| 1 | `rent_monthly_obligation` | ")
        .contains(" | increasing | `RENT` |\n")
        .endsWith("\n## Worked example\n\n");
    assertThat(md.substring(0, optional)).doesNotContain("declared_monthly_obligations");
  }
}
