package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.money.FxRates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** The built-in {@link RowSource}s. Files ending in {@code .gz} are read through gzip. */
public final class RowSources {

  private RowSources() {}

  /**
   * JSON Lines of credit files with outcomes ({@code docs/credit-file-format.md}, lines as {@link
   * dev.northbound.scoring.toolkit.data.CreditFileLines}): each document is read unverified and
   * without provenance (no digest), its features extracted as of its application date in {@code currency} with {@code rates}; the month
   * is the application month; indeterminate lines are counted and excluded.
   *
   * @param file the file
   * @param extractor the extractor; its schema must be the model's
   * @param currency the reporting currency
   * @param rates the exchange rates to it
   * @param segments whether to use each line's {@code segment} as its group (for fairness)
   * @return the source
   */
  public static RowSource creditFileLines(Path file, FeatureExtractor extractor, Currency currency, FxRates rates,
      boolean segments) {
    return new CreditFileLineSource(Objects.requireNonNull(file, "file"), Objects.requireNonNull(extractor, "extractor"),
        Objects.requireNonNull(currency, "currency"), Objects.requireNonNull(rates, "rates"), segments);
  }

  /**
   * The decoder of {@link #creditFileLines} without the file, for engines that split the input
   * themselves (Spark executors): the same reading, extraction, month, segment and error pointers
   * ({@code /lines/<n>/...}). Confined to one thread.
   *
   * @param extractor the extractor; its schema must be the model's
   * @param currency the reporting currency
   * @param rates the exchange rates to it
   * @param segments whether to use each line's {@code segment} as its group (for fairness)
   * @param asOf one as-of date for every file; empty for each file's application date (as {@link
   *     #creditFileLines} does)
   * @return the decoder
   */
  public static RowDecoder creditFileLineDecoder(FeatureExtractor extractor, Currency currency, FxRates rates,
      boolean segments, java.util.Optional<java.time.LocalDate> asOf) {
    return CreditFileLineSource.decoder(Objects.requireNonNull(extractor, "extractor"),
        Objects.requireNonNull(currency, "currency"), Objects.requireNonNull(rates, "rates"), segments,
        Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * The {@link RowSource#description()} of {@link #creditFileLines} for a file of this name, for an
   * engine that reads the file itself.
   *
   * @param fileName the file's name (without directories)
   * @return the description
   */
  public static String creditFileLinesDescription(String fileName) {
    return CreditFileLineSource.description(Objects.requireNonNull(fileName, "fileName"));
  }

  /**
   * A CSV of already-computed features: a header row naming features of {@code schema} (matched by
   * name; schema features without a column are missing) and the special {@code columns}; cells
   * {@code ""}, {@code NA} and {@code ?} are missing. The header is read now.
   *
   * @param file the file
   * @param schema the model's schema
   * @param required the features that must have a column (the model's characteristics)
   * @param columns the target, bad value and optional date and segment columns
   * @return the source
   * @throws IOException if the header cannot be read
   * @throws dev.northbound.scoring.core.InvalidInputException if the header is missing a required or
   *     special column, or repeats a name
   */
  public static RowSource featureCsv(Path file, FeatureSchema schema, List<String> required, TableColumns columns)
      throws IOException {
    return new FeatureCsvSource(Objects.requireNonNull(file, "file"), Objects.requireNonNull(schema, "schema"),
        List.copyOf(required), Objects.requireNonNull(columns, "columns"));
  }

  /**
   * CSV or ARFF of the raw columns a tabular model was trained on (the model file's {@code inputs}):
   * categorical labels map to the training codes; unknown labels and missing markers score the
   * missing bin.
   *
   * @param segmentColumn the column whose values group the fairness table, if any
   * @throws dev.northbound.scoring.core.InvalidInputException if a column is absent or of the wrong
   *     type, or a row is malformed
   */
  public static RowSource tabular(Path file, dev.northbound.scoring.toolkit.tabular.TabularInputs inputs, String target,
      String badValue, java.util.Optional<String> segmentColumn) {
    return new TabularSource(file, inputs, target, badValue, segmentColumn);
  }

  /**
   * The {@link RowSource#description()} of {@link #tabular} for a table of this name and number of
   * rows, for an engine that reads the table itself.
   *
   * @param fileName the table's name (a file name without directories; no personal data)
   * @param rows the number of rows (blank lines not counted)
   * @return the description
   */
  public static String tabularDescription(String fileName, long rows) {
    return TabularSource.description(Objects.requireNonNull(fileName, "fileName"), rows);
  }
}
