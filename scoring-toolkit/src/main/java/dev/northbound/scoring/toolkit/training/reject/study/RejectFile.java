package dev.northbound.scoring.toolkit.training.reject.study;

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
 * The rejected applicants of a through-the-door population, read from an unlabelled JSON Lines
 * file ({@link CreditFileLines#parseUnlabelled}): the same columns as {@code CreditFileTable.read}
 * gives the accepts (one numeric column per feature of the extractor, {@code NaN} where missing,
 * extracted as of each document's application date), every bad flag false, and each line's
 * document id and line number, in file order, so that a truth file can be aligned to them ({@link
 * TruthFile}). Immutable.
 *
 * @param data the features; bad all false
 * @param documentIds the {@code documentId} of each row's document
 * @param lineNumbers the 1-based line of each row in the file
 */
public record RejectFile(Dataset data, List<String> documentIds, long[] lineNumbers) {

  /** Validates and copies. */
  public RejectFile {
    Objects.requireNonNull(data, "data");
    documentIds = List.copyOf(documentIds);
    lineNumbers = lineNumbers.clone();
    if (documentIds.size() != data.rows() || lineNumbers.length != data.rows()) {
      throw new IllegalArgumentException("one id and one line per row (" + data.rows()
          + "); found " + documentIds.size() + " ids and " + lineNumbers.length + " lines");
    }
  }

  /** A copy of the line numbers. */
  @Override
  public long[] lineNumbers() {
    return lineNumbers.clone();
  }

  /**
   * Reads a file of rejected applicants.
   *
   * @throws InvalidInputException if a line or its document breaks a rule (pointer
   *     {@code /lines/<n>/...}; a line with an outcome is refused)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RejectFile read(Path file, FeatureExtractor extractor, Currency reportingCurrency,
      FxRates rates) {
    CreditFileReader reader = CreditFileReader.standard();
    FeatureSchema schema = extractor.schema();
    FeatureBuffer buffer = FeatureBuffer.of(schema);
    List<double[]> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    int maxLine = (int) Math.min(Integer.MAX_VALUE - 16, reader.limits().maxDocumentBytes() + 4096);
    try (InputStream in = Compression.open(file)) {
      LineSplitter.forEach(in, maxLine, (number, bytes, length) -> {
        UnlabelledCreditFileLine line = CreditFileLines.parseUnlabelled(number, bytes, length);
        byte[] document = line.documentBytes();
        CreditFile credit;
        try {
          ids.add(reader.peekDocumentId(document));
          credit = reader.readWithoutProvenance(document);
        } catch (InvalidInputException e) {
          throw new InvalidInputException("/lines/" + number + "/document" + e.pointer(), e.rule(),
              e.found(), e);
        }
        buffer.clear();
        extractor.extract(credit, new ExtractionContext(credit.application().applicationDate(),
            reportingCurrency, rates), buffer, 0);
        rows.add(buffer.values().clone());
        lines.add(number);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Lines file " + file.getFileName(), e);
    }
    List<NumericColumn> columns = new ArrayList<>();
    for (int j = 0; j < schema.size(); j++) {
      double[] values = new double[rows.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = rows.get(r)[j];
      }
      columns.add(NumericColumn.of(schema.name(j), values));
    }
    return new RejectFile(Dataset.of(columns, new boolean[rows.size()]), ids,
        lines.stream().mapToLong(Long::longValue).toArray());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RejectFile r && data.fingerprint().equals(r.data.fingerprint())
        && documentIds.equals(r.documentIds) && Arrays.equals(lineNumbers, r.lineNumbers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(documentIds, Arrays.hashCode(lineNumbers));
  }

  @Override
  public String toString() {
    return "RejectFile[" + data.rows() + " rejects]";
  }
}
