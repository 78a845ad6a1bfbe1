package dev.northbound.scoring.toolkit.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.northbound.scoring.core.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The JSON Lines format for credit files with outcomes, used by training, evaluation and the demo.
 * Each line is one object:
 *
 * <pre>{"document":{...a credit file, docs/credit-file-format.md...},"outcome":"good"|"bad"|"indeterminate","segment":"..."}</pre>
 *
 * <p>{@code document} and {@code outcome} are required, {@code segment} is optional; nothing else
 * is allowed. An unlabelled file (rejected applicants, whose outcome nobody observed) has lines
 * without {@code outcome}: {@link #writeUnlabelled} writes them and {@link #parseUnlabelled} reads
 * them; {@link #parse} refuses them. The document's digest is computed over its exact bytes as they stand in the line (from
 * its opening to its closing brace), so a generator registers the digest of the compact document it
 * embeds and a bank can verify each line like any other document. Stateless and thread-safe.
 */
public final class CreditFileLines {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
      .build();

  private CreditFileLines() {}

  /**
   * Parses one line (without its line terminator).
   *
   * @param lineNumber the 1-based line number, used in error pointers ({@code /lines/<n>/...})
   * @throws InvalidInputException if the line is not a valid object of this format
   */
  public static CreditFileLine parse(long lineNumber, byte[] line, int length) {
    return fields(lineNumber, line, length, Kind.LABELLED).labelled();
  }

  /**
   * Parses one line of an unlabelled file, such as the rejected applicants of a through-the-door
   * portfolio: a line as {@link #parse} reads it, except that it must have <em>no</em>
   * {@code outcome} field ({@code {"document":{...},"segment":"..."}}, segment optional).
   *
   * @param lineNumber the 1-based line number, used in error pointers ({@code /lines/<n>/...})
   * @throws InvalidInputException if the line is not a valid object of this format, or carries an
   *     outcome (pointer {@code /lines/<n>/outcome}, rule "must be absent in an unlabelled file")
   */
  public static UnlabelledCreditFileLine parseUnlabelled(long lineNumber, byte[] line, int length) {
    Fields f = fields(lineNumber, line, length, Kind.UNLABELLED);
    return new UnlabelledCreditFileLine(lineNumber, f.document, f.segment);
  }

  /** Which lines a parse accepts: with an outcome, without one, or either. */
  private enum Kind { LABELLED, UNLABELLED, EITHER }

  /**
   * Rewrites one line of a labelled or an unlabelled file with its document replaced by
   * {@code convert}'s result, keeping its outcome (or its lack of one) and its segment, and writes
   * it with a trailing {@code \n} in the layout of {@link #write}.
   *
   * @param lineNumber the 1-based line number, used in error pointers ({@code /lines/<n>/...})
   * @param convert turns the document's exact bytes into the compact bytes to write; an
   *     {@link InvalidInputException} it throws comes out with its pointer under
   *     {@code /lines/<n>/document}
   * @throws InvalidInputException if the line is not a valid object of this format, or
   *     {@code convert} rejects the document
   */
  public static void rewrite(long lineNumber, byte[] line, int length, UnaryOperator<byte[]> convert,
      OutputStream out) {
    Fields f = fields(lineNumber, line, length, Kind.EITHER);
    byte[] converted;
    try {
      converted = convert.apply(f.document);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("/lines/" + lineNumber + "/document" + e.pointer(), e.rule(), e.found(), e);
    }
    writeLine(out, converted, Optional.ofNullable(f.outcome), f.segment);
  }

  /** The fields of one line; {@code outcome} null when absent (allowed only when not labelled). */
  private record Fields(long lineNumber, byte[] document, PerformanceOutcome outcome, Optional<String> segment) {
    CreditFileLine labelled() {
      return new CreditFileLine(lineNumber, document, outcome, segment);
    }
  }

  private static Fields fields(long lineNumber, byte[] line, int length, Kind kind) {
    String base = "/lines/" + lineNumber;
    byte[] document = null;
    PerformanceOutcome outcome = null;
    Optional<String> segment = Optional.empty();
    // Repeated fields: the line's own three are checked here; the document's, by the document reader
    // (Jackson's duplicate detection would hash every name of the document while skipping it).
    boolean seenDocument = false;
    boolean seenOutcome = false;
    boolean seenSegment = false;
    try (JsonParser p = FACTORY.createParser(line, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(base, "must be a JSON object", "another value");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        boolean repeated = switch (field) {
          case "document" -> seenDocument;
          case "outcome" -> seenOutcome;
          case "segment" -> seenSegment;
          default -> false;
        };
        if (repeated) {
          throw new InvalidInputException(base, "must be well-formed JSON", "malformed JSON");
        }
        seenDocument |= field.equals("document");
        seenOutcome |= field.equals("outcome");
        seenSegment |= field.equals("segment");
        JsonToken value = p.nextToken();
        switch (field) {
          case "document" -> {
            if (value != JsonToken.START_OBJECT) {
              throw new InvalidInputException(base + "/document", "must be a JSON object", "another value");
            }
            int start = (int) p.currentTokenLocation().getByteOffset();
            p.skipChildren();
            int end = (int) p.currentLocation().getByteOffset();
            document = Arrays.copyOfRange(line, start, end);
          }
          case "outcome" -> {
            if (value != JsonToken.VALUE_STRING) {
              throw new InvalidInputException(base + "/outcome", "must be \"good\", \"bad\" or \"indeterminate\"", "another value");
            }
            outcome = outcome(p.getText(), base);
          }
          case "segment" -> {
            if (value != JsonToken.VALUE_STRING || p.getTextLength() > 64) {
              throw new InvalidInputException(base + "/segment", "must be a string of at most 64 characters", "another value");
            }
            segment = Optional.of(p.getText());
          }
          default -> throw new InvalidInputException(base, "must have only document, outcome and segment", "an unknown field");
        }
      }
      if (p.nextToken() != null) {
        throw new InvalidInputException(base, "must hold exactly one JSON object", "trailing content");
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidInputException(base, "must be well-formed JSON", "malformed JSON");
    }
    if (document == null) {
      throw new InvalidInputException(base + "/document", "is required", "nothing");
    }
    if (kind == Kind.LABELLED && outcome == null) {
      throw new InvalidInputException(base + "/outcome", "is required", "nothing");
    }
    if (kind == Kind.UNLABELLED && outcome != null) {
      throw new InvalidInputException(base + "/outcome", "must be absent in an unlabelled file", "an outcome");
    }
    return new Fields(lineNumber, document, outcome, segment);
  }

  /** How a line that {@link #write} wrote begins: the document is its first field. */
  private static final byte[] CANONICAL_START = "{\"document\":{".getBytes(StandardCharsets.US_ASCII);

  /**
   * Parses one line and hands it to {@code read}, which must read the line's document: the same result,
   * and the same first error, as {@link #parse} followed by {@code read}, with the document tokenized
   * once instead of twice. Reading dominates training and evaluation, and the line parser's pass over
   * the document cost about a third of it.
   *
   * <p>A line in the layout {@link #write} produces (it starts with <code>&#123;"document":&#123;</code>) is taken
   * apart without tokenizing the document: its end is found from the end of the line (the last brace
   * followed by <code>,"outcome":"</code>), or else by counting braces and brackets outside strings;
   * the rest of the line is read as {@link #parse} reads it; the document's JSON is left to {@code read}. Should {@code read} throw, the line is parsed again by
   * {@link #parse}: if the line is not what {@link #parse} accepts, its error is thrown instead, since it
   * would have come first. Any other line, or one whose rest is not what {@link #parse} accepts, goes
   * through {@link #parse} first.
   *
   * @param lineNumber the 1-based line number, used in error pointers
   * @param read reads the line's document (and may use its outcome and segment); a caller that does
   *     not read the document of some line must check that line with {@link #parse}, since the
   *     reader's strict reading of the document as exactly one object is what confirms its end
   * @throws InvalidInputException as {@link #parse}, or as {@code read}
   */
  public static void parseAndRead(long lineNumber, byte[] line, int length, Consumer<CreditFileLine> read) {
    parseAndReadDocument(lineNumber, line, length,
        (document, outcome, segment) -> read.accept(new CreditFileLine(lineNumber, document, outcome, segment)));
  }

  /**
   * Reads one line's document, outcome and segment: the hot path of evaluation and training.
   *
   * @see #parseAndReadDocument
   */
  @FunctionalInterface
  public interface DocumentReader {
    /**
     * Reads one line.
     *
     * @param document the document's exact bytes, a fresh array the reader owns
     * @param outcome the line's outcome
     * @param segment the line's segment label, if any
     */
    void read(byte[] document, PerformanceOutcome outcome, Optional<String> segment);
  }

  /**
   * As {@link #parseAndRead}, handing the document's bytes to {@code read} without wrapping them in
   * a {@link CreditFileLine} (whose defensive copies cost two more copies of every document).
   *
   * @throws InvalidInputException as {@link #parseAndRead}
   */
  public static void parseAndReadDocument(long lineNumber, byte[] line, int length, DocumentReader read) {
    Optional<Taken> apart = takenApart(lineNumber, line, length);
    if (apart.isEmpty()) {
      CreditFileLine parsed = parse(lineNumber, line, length);
      read.read(parsed.documentBytes(), parsed.outcome(), parsed.segment());
      return;
    }
    Taken taken = apart.get();
    try {
      read.read(taken.document, taken.fields.outcome(), taken.fields.segment());
    } catch (RuntimeException e) {
      parse(lineNumber, line, length);
      throw e;
    }
  }

  /** A canonical line taken apart: its document's bytes and the rest of its fields. */
  private record Taken(byte[] document, CreditFileLine fields) {}

  /** A canonical line taken apart without tokenizing its document; empty to leave it to {@link #parse}. */
  private static Optional<Taken> takenApart(long lineNumber, byte[] line, int length) {
    int start = CANONICAL_START.length - 1;
    if (length <= start || !Arrays.equals(line, 0, start + 1, CANONICAL_START, 0, start + 1)) {
      return Optional.empty();
    }
    // The document ends at the last brace followed by the canonical rest, found from the end of the
    // line in a few dozen bytes; if the rest behind it is what parse accepts, it is the document's
    // closing brace: such a brace is outside strings (the quote after it would end a string and be
    // followed by a letter), and one inside the document would leave the document open, so the rest
    // would close one object too many. Lines in another layout are matched by counting braces.
    int end = LineLayout.lastRest(line, start, length);
    Optional<CreditFileLine> fields = end < 0 ? Optional.empty() : rest(lineNumber, line, end, length);
    if (fields.isEmpty()) {
      end = LineLayout.closingBrace(line, start, length);
      if (end < 0) {
        return Optional.empty();
      }
      fields = rest(lineNumber, line, end, length);
      if (fields.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Taken(Arrays.copyOfRange(line, start, end + 1), fields.get()));
  }

  /**
   * The line's fields after the document ending at {@code end}, as {@link #parse} reads the line with
   * that document; empty if parse would not accept them.
   */
  private static Optional<CreditFileLine> rest(long lineNumber, byte[] line, int end, int length) {
    Optional<CreditFileLine> canonical = LineLayout.canonicalRest(lineNumber, line, end, length);
    if (canonical.isPresent()) {
      return canonical;
    }
    // The rest of the line behind a stand-in empty document, parsed as parse parses the whole line.
    int rest = length - end - 1;
    byte[] standIn = Arrays.copyOf(CANONICAL_START, CANONICAL_START.length + 1 + rest);
    standIn[CANONICAL_START.length] = '}';
    System.arraycopy(line, end + 1, standIn, CANONICAL_START.length + 1, rest);
    try {
      return Optional.of(parse(lineNumber, standIn, standIn.length));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  private static PerformanceOutcome outcome(String code, String base) {
    for (PerformanceOutcome o : PerformanceOutcome.values()) {
      if (o.code().equals(code)) {
        return o;
      }
    }
    throw new InvalidInputException(base + "/outcome", "must be \"good\", \"bad\" or \"indeterminate\"", "an unknown code");
  }

  /**
   * Writes one line of an unlabelled file (with a trailing {@code \n}): the document and the
   * optional segment, no outcome; {@link #parseUnlabelled} reads it back.
   *
   * @param compactDocument as {@link #write}
   */
  public static void writeUnlabelled(OutputStream out, byte[] compactDocument, Optional<String> segment) {
    writeLine(out, compactDocument, Optional.empty(), segment);
  }

  /**
   * Writes one line (with a trailing {@code \n}).
   *
   * @param compactDocument the document's exact bytes: a single-line JSON object, as
   *     {@link dev.northbound.scoring.core.document.CreditFileWriter#compact()} writes it
   */
  public static void write(OutputStream out, byte[] compactDocument, PerformanceOutcome outcome, Optional<String> segment) {
    writeLine(out, compactDocument, Optional.of(outcome), segment);
  }

  private static void writeLine(OutputStream out, byte[] compactDocument, Optional<PerformanceOutcome> outcome,
      Optional<String> segment) {
    for (byte b : compactDocument) {
      if (b == '\n' || b == '\r') {
        throw new IllegalArgumentException("the document must be compact: it contains a line break");
      }
    }
    try {
      out.write("{\"document\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.write(compactDocument);
      ByteArrayOutputStream tail = new ByteArrayOutputStream(64);
      try (JsonGenerator g = FACTORY.createGenerator(tail)) {
        g.writeStartObject();
        if (outcome.isPresent()) {
          g.writeStringField("outcome", outcome.get().code());
        }
        if (segment.isPresent()) {
          g.writeStringField("segment", segment.get());
        }
        g.writeEndObject();
      }
      byte[] t = tail.toByteArray(); // {"outcome":...}: splice without its opening brace
      if (t.length > 2) {
        out.write(',');
        out.write(t, 1, t.length - 1);
      } else {
        out.write('}');
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("could not write a credit-file line", e);
    }
  }
}
