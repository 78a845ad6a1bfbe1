package dev.northbound.scoring.toolkit.tabular;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.toolkit.data.Compression;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.data.UnlabelledCreditFileLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The features of a JSON Lines file of credit files with outcomes ({@link CreditFileLines}) as a
 * column-wise {@link Dataset}: one numeric column per feature of the extractor's schema, named as
 * the feature, {@code NaN} where a feature is missing; bad = outcome {@code "bad"}. Each document
 * is read without provenance ({@link CreditFileReader#readWithoutProvenance}: training needs no
 * digest) and its features extracted as of its own application date, in {@code reportingCurrency}
 * with {@code rates}. Lines with outcome
 * {@code "indeterminate"} are left out and counted. Immutable and thread-safe.
 *
 * @param data the features and the target
 * @param indeterminate the number of indeterminate lines left out
 * @param schema the extractor's schema, whose features are the columns in order
 */
public record CreditFileTable(Dataset data, long indeterminate, FeatureSchema schema) {

  /** Validates. */
  public CreditFileTable {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(schema, "schema");
    if (indeterminate < 0) {
      throw new IllegalArgumentException("indeterminate must not be negative");
    }
  }

  /**
   * Reads a JSON Lines file.
   *
   * @throws InvalidInputException if a line or its document breaks a rule (pointer
   *     {@code /lines/<n>/...}, the document's own pointer under {@code /lines/<n>/document})
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CreditFileTable read(Path file, FeatureExtractor extractor,
      Currency reportingCurrency, FxRates rates) {
    try (InputStream in = Compression.open(file)) {
      return read(in, extractor, reportingCurrency, rates);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Lines file " + file.getFileName(), e);
    }
  }

  /**
   * Reads JSON Lines from a stream (not closed).
   *
   * @throws InvalidInputException as {@link #read(Path, FeatureExtractor, Currency, FxRates)}
   */
  public static CreditFileTable read(InputStream in, FeatureExtractor extractor,
      Currency reportingCurrency, FxRates rates) {
    CreditFileReader reader = CreditFileReader.standard();
    FeatureSchema schema = extractor.schema();
    FeatureBuffer buffer = FeatureBuffer.of(schema);
    Columns columns = new Columns(schema.size());
    long[] indeterminate = {0};
    int maxLine = (int) Math.min(Integer.MAX_VALUE - 16, reader.limits().maxDocumentBytes() + 4096);
    LineSplitter.forEach(in, maxLine, (number, bytes, length) -> CreditFileLines.parseAndReadDocument(number, bytes,
        length, (document, outcome, segment) -> {
          if (outcome == PerformanceOutcome.INDETERMINATE) {
            // Left out unread, so checked as a whole line here (parseAndRead leaves the document to the reader).
            CreditFileLines.parse(number, bytes, length);
            indeterminate[0]++;
            return;
          }
          extract(reader, extractor, buffer, number, document, reportingCurrency, rates);
          columns.add(buffer.values(), outcome == PerformanceOutcome.BAD);
        }));
    return new CreditFileTable(columns.dataset(schema), indeterminate[0], schema);
  }

  /**
   * Reads a JSON Lines file of unlabelled credit files ({@link CreditFileLines#parseUnlabelled}: no
   * {@code outcome} field), such as the rejects of a through-the-door portfolio: the same columns as
   * {@link #read(Path, FeatureExtractor, Currency, FxRates)}, every bad flag {@code false} (no
   * outcome is known), nothing left out as indeterminate.
   *
   * @throws InvalidInputException if a line or its document breaks a rule (a line with an outcome:
   *     {@code /lines/<n>/outcome}, "must be absent in an unlabelled file")
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CreditFileTable readUnlabelled(Path file, FeatureExtractor extractor,
      Currency reportingCurrency, FxRates rates) {
    try (InputStream in = Compression.open(file)) {
      return readUnlabelled(in, extractor, reportingCurrency, rates);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Lines file " + file.getFileName(), e);
    }
  }

  /**
   * Reads unlabelled JSON Lines from a stream (not closed).
   *
   * @throws InvalidInputException as {@link #readUnlabelled(Path, FeatureExtractor, Currency, FxRates)}
   */
  public static CreditFileTable readUnlabelled(InputStream in, FeatureExtractor extractor,
      Currency reportingCurrency, FxRates rates) {
    CreditFileReader reader = CreditFileReader.standard();
    FeatureSchema schema = extractor.schema();
    FeatureBuffer buffer = FeatureBuffer.of(schema);
    Columns columns = new Columns(schema.size());
    int maxLine = (int) Math.min(Integer.MAX_VALUE - 16, reader.limits().maxDocumentBytes() + 4096);
    LineSplitter.forEach(in, maxLine, (number, bytes, length) -> {
      UnlabelledCreditFileLine line = CreditFileLines.parseUnlabelled(number, bytes, length);
      extract(reader, extractor, buffer, number, line.documentBytes(), reportingCurrency, rates);
      columns.add(buffer.values(), false);
    });
    return new CreditFileTable(columns.dataset(schema), 0, schema);
  }

  private static void extract(CreditFileReader reader, FeatureExtractor extractor,
      FeatureBuffer buffer, long number, byte[] document, Currency reportingCurrency,
      FxRates rates) {
    CreditFile file;
    try {
      file = reader.readWithoutProvenance(document);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("/lines/" + number + "/document" + e.pointer(), e.rule(),
          e.found(), e);
    }
    buffer.clear();
    extractor.extract(file, new ExtractionContext(file.application().applicationDate(),
        reportingCurrency, rates), buffer, 0);
  }

  /** Growable column-wise storage. */
  private static final class Columns {
    private double[][] values;
    private boolean[] bad = new boolean[256];
    private int rows;

    Columns(int width) {
      values = new double[width][256];
    }

    void add(double[] row, boolean isBad) {
      if (rows == bad.length) {
        bad = Arrays.copyOf(bad, rows * 2);
        for (int j = 0; j < values.length; j++) {
          values[j] = Arrays.copyOf(values[j], rows * 2);
        }
      }
      for (int j = 0; j < values.length; j++) {
        values[j][rows] = row[j];
      }
      bad[rows++] = isBad;
    }

    Dataset dataset(FeatureSchema schema) {
      List<NumericColumn> out = new ArrayList<>();
      for (int j = 0; j < values.length; j++) {
        out.add(NumericColumn.of(schema.name(j), Arrays.copyOf(values[j], rows)));
      }
      return Dataset.of(out, Arrays.copyOf(bad, rows));
    }
  }
}
