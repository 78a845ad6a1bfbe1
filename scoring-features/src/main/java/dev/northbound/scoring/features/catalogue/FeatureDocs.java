package dev.northbound.scoring.features.catalogue;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Renders an extractor's features as Markdown: one table per group (in {@link FeatureGroup} order)
 * with each feature's position, name, definition, unit, risk direction and sources, headed by the
 * schema fingerprint, then one table per optional extractor. {@code docs/features.md} is {@link
 * #catalogue()}: this rendering of {@link StandardFeatures#extractor()} and {@link
 * StandardFeatures#optional()}; a test fails when the two differ.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeatureDocs {

  /**
   * The heading that ends the rendering. The worked example that follows it in docs/features.md is
   * produced from the example credit files by the {@code features} command and checked by the CLI's
   * tests, so this class does not render it.
   */
  public static final String WORKED_EXAMPLE_HEADING = "\n## Worked example\n\n";


  /** The command that rewrites {@code docs/features.md} from the schema. */
  public static final String REGENERATE = "mvn -B -o -pl scoring-features -am verify -Dtest=FeatureDocsTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dnorthbound.updateDocs=true";

  /** The head of every feature table. */
  private static final String HEADER = "| # | Name | Definition | Unit | Risk direction | Sources |\n"
      + "|---:|---|---|---|---|---|\n";

  private FeatureDocs() {}

  /** The Markdown of {@code docs/features.md} (up to its worked example), with Unix line endings. */
  public static String catalogue() {
    return render(StandardFeatures.extractor(), StandardFeatures.optional());
  }

  /**
   * The Markdown document for {@code extractor}'s features followed by the features of each of
   * {@code optional}, with Unix line endings.
   */
  public static String render(FeatureExtractor extractor, List<? extends FeatureExtractor> optional) {
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(optional, "optional");
    FeatureSchema schema = extractor.schema();
    StringBuilder md = new StringBuilder(16_384);
    md.append("# Feature catalogue\n\n")
        .append("<!-- Generated from the schema by ").append(FeatureDocs.class.getName())
        .append("; do not edit by hand. Regenerate with: ").append(REGENERATE).append(" -->\n\n")
        .append("- Features: ").append(schema.size()).append('\n')
        .append("- Schema fingerprint (SHA-256): `").append(schema.fingerprint()).append("`\n\n")
        .append("Every feature is computed as of `ExtractionContext.asOf()`: records dated after it (accounts")
        .append(" opened, history months, enquiries, bills, tax assessments, contributions, public records)")
        .append(" are ignored. Amounts are in the context's reporting currency (CNY by default), each")
        .append(" converted with the caller's rates (each between 0.000001 and 1,000,000) and rounded to cents")
        .append(" before any sum or ratio; sums are exact, and a converted amount or a sum past 10^16 units is an")
        .append(" `InvalidInputException` naming the amount, never a wrapped number. The as-of date may not be")
        .append(" before the application's date (`/application/applicationDate: must not be after the as-of")
        .append(" date`). A feature")
        .append(" that cannot be computed is missing with a reason, never a silent zero: `NO_BUREAU_FILE`")
        .append(" (no Hong Kong bureau report), `NO_HISTORY` (no records of the kind needed),")
        .append(" `NOT_APPLICABLE` (a zero denominator, or an event that never happened), `UNAVAILABLE` or")
        .append(" `NO_CONSENT`.\n")
        .append("The risk direction says how risk is expected to move as the value rises.\n\n")
        .append("The sources are the personal data a feature is computed from (the application itself is not a")
        .append(" source). When the extraction context names a consent scope (`ExtractionContext.consent()`), only")
        .append(" the sources a consent in force on the application date grants for that bank, purpose and")
        .append(" crossing are read (`Consents.check`), and a feature whose sources present in the file are all")
        .append(" withheld is missing with `NO_CONSENT`. A feature with no source, or none of whose sources the")
        .append(" file holds, is never withheld (a file without a bureau report still has `has_bureau_file` 0).\n");
    for (FeatureGroup group : FeatureGroup.values()) {
      boolean any = false;
      for (int i = 0; i < schema.size(); i++) {
        FeatureDefinition d = schema.definition(i);
        if (d.group() != group) {
          continue;
        }
        if (!any) {
          md.append("\n## ").append(title(group)).append("\n\n")
              .append(HEADER);
          any = true;
        }
        row(md, extractor, i);
      }
    }
    if (!optional.isEmpty()) {
      md.append("\n## Optional extractors\n\n")
          .append("Not part of the standard catalogue (nor of its fingerprint): compose them after it, so the")
          .append(" standard features keep their positions (`StandardFeatures.withThinFileObligations()` is the")
          .append(" standard catalogue followed by `thin-file-obligations`). Positions below are within each")
          .append(" extractor.\n");
      for (FeatureExtractor e : optional) {
        md.append("\n### `").append(e.name()).append("`\n\n").append(HEADER);
        for (int i = 0; i < e.schema().size(); i++) {
          row(md, e, i);
        }
      }
    }
    md.append(WORKED_EXAMPLE_HEADING);
    return md.toString();
  }

  private static void row(StringBuilder md, FeatureExtractor e, int i) {
    FeatureDefinition d = e.schema().definition(i);
    Set<DataSource> sources = e.sourcesOf(i);
    StringJoiner names = new StringJoiner(", ");
    for (DataSource s : sources) {
      names.add("`" + s.name() + "`");
    }
    md.append("| ").append(i).append(" | `").append(d.name()).append("` | ").append(cell(d.description()))
        .append(" | ").append(cell(d.unit())).append(" | ")
        .append(d.riskDirection().name().toLowerCase(Locale.ROOT)).append(" | ")
        .append(sources.isEmpty() ? "none (the application)" : names.toString()).append(" |\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String title(FeatureGroup group) {
    String words = group.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
