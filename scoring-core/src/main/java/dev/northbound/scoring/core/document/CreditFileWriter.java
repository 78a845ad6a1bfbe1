package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.verify.DocumentIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a credit file as a canonical document: UTF-8 JSON, fields in a fixed order (the order of
 * the domain records' components), two-space indentation, {@code \n} line ends and a final newline,
 * amounts as plain decimal numbers keeping their scale (an amount with a negative scale is written
 * with scale 0, one with trailing zeros beyond two decimals with scale 2). Absent optional values
 * are omitted; arrays are always written, empty or not; {@code bureauReport} is omitted when the
 * file has none. The provenance is not part of the document.
 *
 * <p>{@link #standard()} and {@link #compact()} write format version {@value
 * CreditFileReader#VERSION}: the consents, each payment history as a string of one character per
 * month from {@code historyFrom}, and bills, rent, MPF and social insurance as columns (each column
 * on one line in the pretty form). {@link #version(int) version(1)} writes version 1, the form
 * older readers know. Converting a file between the versions is exact both ways.
 *
 * <p>The same credit file always gives the same bytes, so a digest of them can be registered. What
 * the writer writes, {@link CreditFileReader} reads back to an equal credit file (apart from
 * provenance), provided the file keeps the format's rules (for example no event after the report
 * date).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CreditFileWriter {

  private static final CreditFileWriter STANDARD = new CreditFileWriter(true, CreditFileReader.VERSION);
  private static final CreditFileWriter COMPACT = new CreditFileWriter(false, CreditFileReader.VERSION);
  private static final CreditFileWriter STANDARD_V1 = new CreditFileWriter(true, 1);
  private static final CreditFileWriter COMPACT_V1 = new CreditFileWriter(false, 1);
  private static final JsonFactory FACTORY = new JsonFactory();

  private final boolean pretty;
  private final int version;

  private CreditFileWriter(boolean pretty, int version) {
    this.pretty = pretty;
    this.version = version;
  }

  /** The writer of the canonical pretty-printed form (2-space indent, {@code \n}, trailing newline). */
  public static CreditFileWriter standard() {
    return STANDARD;
  }

  /**
   * The writer of the canonical compact form: the same fields in the same order on one line, with no
   * whitespace and no trailing newline, so a document can stand as one value in a JSON Lines file.
   */
  public static CreditFileWriter compact() {
    return COMPACT;
  }

  /**
   * This writer's form (pretty or compact) in format version {@code version}: 2 (the default, the
   * latest) or 1 (for readers that only know version 1; a file with consents cannot be written in it).
   *
   * @throws IllegalArgumentException if the version is not 1 or 2
   */
  public CreditFileWriter version(int version) {
    if (version == 2) {
      return pretty ? STANDARD : COMPACT;
    }
    if (version == 1) {
      return pretty ? STANDARD_V1 : COMPACT_V1;
    }
    throw new IllegalArgumentException("version must be 1 or 2, found " + version);
  }

  /** The format version this writer writes. */
  public int version() {
    return version;
  }

  /**
   * Writes {@code file} under {@code documentId}.
   *
   * @param file the credit file; its provenance is not written
   * @param documentId the document id, see {@link DocumentIds}
   * @return the canonical document bytes
   * @throws IllegalArgumentException if the document id is malformed
   * @throws InvalidInputException if the file cannot be written in this writer's version: in version
   *     1, a file with consents (pointer {@code /consents}); in version 2, a payment history spanning
   *     more than 256 months (pointer {@code /bureauReport/accounts/<i>/history})
   */
  public byte[] write(CreditFile file, String documentId) {
    Objects.requireNonNull(file, "file");
    DocumentIds.require(Objects.requireNonNull(documentId, "documentId"));
    boolean v2 = version == 2;
    if (!v2 && !file.consents().isEmpty()) {
      throw new InvalidInputException("/consents", "must be empty to write format version 1", "consents");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      InlineArrays arrays = new InlineArrays(new DefaultIndenter("  ", "\n"));
      if (pretty) {
        g.setPrettyPrinter(printer(arrays));
      }
      JsonOutput o = new JsonOutput(g, v2, arrays);
      g.writeStartObject();
      g.writeStringField("format", CreditFileReader.FORMAT);
      g.writeNumberField("version", version);
      g.writeStringField("documentId", documentId);
      g.writeFieldName("application");
      application(o, file.application());
      if (v2) {
        new ColumnOutput(o).consents(file.consents());
      }
      if (file.bureauReport().isPresent()) {
        g.writeFieldName("bureauReport");
        o.bureauReport(file.bureauReport().get());
      }
      g.writeFieldName("alternativeData");
      o.alternativeData(file.alternativeData());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the document", e);
    }
    if (pretty) {
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static void application(JsonOutput o, Application a) throws IOException {
    JsonGenerator g = o.generator();
    g.writeStartObject();
    g.writeStringField("applicationId", a.applicationId());
    g.writeStringField("product", a.product().name());
    o.money("amount", a.amount());
    g.writeNumberField("termMonths", a.termMonths());
    g.writeFieldName("annualRatePercent");
    g.writeNumber(a.annualRatePercent().toPlainString());
    o.money("declaredMonthlyIncome", a.declaredMonthlyIncome());
    o.money("declaredMonthlyObligations", a.declaredMonthlyObligations());
    g.writeStringField("cityOfResidence", a.cityOfResidence());
    g.writeStringField("ageBand", a.ageBand().name());
    o.date("applicationDate", a.applicationDate());
    g.writeEndObject();
  }

  private static DefaultPrettyPrinter printer(InlineArrays arrays) {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withArrayIndenter(arrays).withObjectIndenter(indenter);
  }
}
