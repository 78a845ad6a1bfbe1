package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * JSON Lines of credit files with outcomes: each document is read without provenance (no digest is
 * computed: the report never shows one), its features extracted as of its application date, the
 * month taken from that date and the segment from the line.
 */
final class CreditFileLineSource implements RowSource {

  private final Path file;
  private final FeatureExtractor extractor;
  private final Currency currency;
  private final FxRates rates;
  private final boolean segments;

  CreditFileLineSource(Path file, FeatureExtractor extractor, Currency currency, FxRates rates, boolean segments) {
    this.segments = segments;
    this.file = file;
    this.extractor = extractor;
    this.currency = currency;
    this.rates = rates;
  }

  @Override
  public String description() {
    return description(file.getFileName().toString());
  }

  static String description(String fileName) {
    return "JSON Lines of credit files (" + fileName + ")";
  }

  @Override
  public long sizeInBytes() {
    return InputOpener.size(file);
  }

  @Override
  public long forEachRecord(LineSplitter.LineConsumer consumer, LongConsumer progress) throws IOException {
    return InputOpener.lines(file, consumer, progress);
  }

  @Override
  public RowDecoder newDecoder() {
    return decoder(extractor, currency, rates, segments, Optional.empty());
  }

  /**
   * The decoder of one line ({@link CreditFileLines#parseAndRead}: the document tokenized once): read
   * without provenance, extract as of {@code asOf} or the application date. */
  static RowDecoder decoder(FeatureExtractor extractor, Currency currency, FxRates rates, boolean segments,
      Optional<LocalDate> asOf) {
    CreditFileReader reader = CreditFileReader.standard();
    return (lineNumber, record, length, row) -> CreditFileLines.parseAndReadDocument(lineNumber, record, length,
        (document, outcome, segment) -> {
      CreditFile credit;
      try {
        credit = reader.readWithoutProvenance(document);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("/lines/" + lineNumber + "/document" + e.pointer(), e.rule(), e.found(), e);
      }
      LocalDate applied = credit.application().applicationDate();
      row.outcome(outcome);
      row.month(applied.getYear() * 100 + applied.getMonthValue());
      if (segments && segment.isPresent()) {
        if (segment.get().isBlank()) {
          throw new InvalidInputException("/lines/" + lineNumber + "/segment", "must not be blank", "a blank string");
        }
        row.segment(segment.get());
      }
      try {
        extractor.extract(credit, new ExtractionContext(asOf.orElse(applied), currency, rates), row.features(), 0);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("/lines/" + lineNumber + "/document" + e.pointer(), e.rule(), e.found(), e);
      }
    });
  }
}
