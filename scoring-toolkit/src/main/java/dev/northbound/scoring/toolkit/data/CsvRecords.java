package dev.northbound.scoring.toolkit.data;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.northbound.scoring.core.InvalidInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's one CSV parser: RFC 4180 records read one at a time by Jackson's maintained CSV
 * parser ({@code jackson-dataformat-csv}), with the project's rules on top. Streaming: only the
 * current record is held.
 *
 * <ul>
 *   <li>fields are separated by commas; a field may be wrapped in double quotes, inside which
 *       {@code ""} stands for one quote and commas and line breaks are text (a quoted field may span
 *       lines); there is no backslash escape;
 *   <li>unquoted fields are trimmed; spaces around a quoted field are ignored; text after a closing
 *       quote other than spaces and a comma is an error;
 *   <li>records end at {@code \n}, {@code \r\n} or {@code \r}; a line that is empty or holds only
 *       spaces and tabs is skipped (it is counted, but is not a record);
 *   <li>a UTF-8 byte-order mark at the very start is dropped ({@link #open});
 *   <li>records may have different numbers of fields: the caller checks the width.
 * </ul>
 *
 * <p>Errors are {@link InvalidInputException}s with the pointer {@code /lines/<n>} (1-based, the
 * line on which the bad field starts) and never echo the text. Not thread-safe; close it to release
 * the reader.
 */
public final class CsvRecords implements Closeable {

  private static final CsvFactory FACTORY = new QuoteAwareFactory();

  static {
    FACTORY.enable(CsvParser.Feature.TRIM_SPACES);
    FACTORY.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
    FACTORY.disable(CsvParser.Feature.SKIP_EMPTY_LINES); // blank lines are skipped below, spaces too
    FACTORY.disable(CsvParser.Feature.ALLOW_COMMENTS);
  }

  private final QuoteAwareParser parser;
  private final long firstLine; // the number of the parser's line 1

  private CsvRecords(QuoteAwareParser parser, long firstLine) {
    this.parser = parser;
    this.firstLine = firstLine;
  }

  /**
   * Starts reading CSV text, dropping a leading UTF-8 byte-order mark ({@code U+FEFF}).
   *
   * @param reader the text; a strict UTF-8 decoder lets ill-formed bytes be reported as such
   * @return the records, to be closed by the caller
   * @throws InvalidInputException {@code /lines/1: must be UTF-8 text} if the reader reports
   *     ill-formed input at once
   * @throws UncheckedIOException if the reader fails otherwise
   */
  public static CsvRecords open(Reader reader) {
    PushbackReader in = new PushbackReader(reader, 1);
    try {
      int first = in.read();
      if (first >= 0 && first != '\uFEFF') {
        in.unread(first);
      }
      return new CsvRecords((QuoteAwareParser) FACTORY.createParser(in), 1);
    } catch (CharacterCodingException e) {
      throw NumberCells.notUtf8(1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CSV text", e);
    }
  }

  /**
   * Splits one line that holds one record (for sources that split their input into lines
   * themselves): the same rules, except that a quoted field cannot continue on another line. A line
   * that is blank gives one empty unquoted field.
   *
   * @param line the line, without its line break
   * @param lineNumber the line's 1-based number, for errors and the record
   * @return the record
   * @throws InvalidInputException on a malformed field, or a {@code \r} that would end the record
   *     before the end of the line
   */
  public static CsvRecord splitLine(String line, long lineNumber) {
    try (CsvRecords records = new CsvRecords(
        (QuoteAwareParser) FACTORY.createParser(new StringReader(line)), lineNumber)) {
      Optional<CsvRecord> record = records.next();
      if (record.isPresent() && records.next().isPresent()) {
        throw new InvalidInputException("/lines/" + lineNumber, "must hold one record",
            "a carriage return inside the line");
      }
      return record.orElseGet(() -> new CsvRecord(lineNumber, List.of(""), List.of(false)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot split a line of CSV", e); // a StringReader does not fail
    }
  }

  /**
   * The next record, skipping blank lines.
   *
   * @return the record, or empty at the end of the text
   * @throws InvalidInputException on a malformed field ({@code quotes must be closed}, {@code a
   *     closing quote must be followed by a comma}) or ill-formed UTF-8 ({@code must be UTF-8 text},
   *     pointing at the line where reading stood)
   * @throws IOException if the reader fails
   */
  public Optional<CsvRecord> next() throws IOException {
    while (true) {
      JsonToken token = advance();
      if (token == null) {
        return Optional.empty();
      }
      if (token != JsonToken.START_ARRAY) {
        throw new IllegalStateException("expected the start of a record, found " + token);
      }
      List<String> values = new ArrayList<>();
      List<Boolean> quoted = new ArrayList<>();
      long line = -1;
      while ((token = advance()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new IllegalStateException("the text ended inside a record");
        }
        if (line < 0) {
          line = tokenLine();
        }
        values.add(parser.getText());
        quoted.add(parser.quoted());
      }
      if (values.size() == 1 && values.get(0).isEmpty() && !quoted.get(0)) {
        continue; // a blank line
      }
      return Optional.of(new CsvRecord(line, values, quoted));
    }
  }

  /** The line where reading stands (for errors about what comes next, such as a missing row). */
  public long line() {
    return parser.currentLocation().getLineNr() + firstLine - 1;
  }

  private long tokenLine() {
    return parser.currentTokenLocation().getLineNr() + firstLine - 1;
  }

  private JsonToken advance() throws IOException {
    try {
      return parser.nextToken();
    } catch (CharacterCodingException e) {
      throw NumberCells.notUtf8(Math.toIntExact(line()));
    } catch (StreamConstraintsException e) {
      throw new InvalidInputException("/lines/" + tokenLine(),
          "a field must be at most " + parser.streamReadConstraints().getMaxStringLength()
              + " characters long", "a longer field");
    } catch (StreamReadException e) {
      String message = String.valueOf(e.getOriginalMessage());
      if (message.startsWith("Missing closing quote")) {
        throw new InvalidInputException("/lines/" + tokenLine(), "quotes must be closed",
            "an unterminated quote");
      }
      if (message.contains("Expected column separator")) {
        throw new InvalidInputException("/lines/" + tokenLine(),
            "a closing quote must be followed by a comma or the end of the line",
            "text after a closing quote");
      }
      throw new InvalidInputException("/lines/" + tokenLine(), "must be CSV (RFC 4180)",
          "text the CSV parser rejects");
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** Jackson's parser, telling whether the current field was quoted. */
  private static final class QuoteAwareParser extends CsvParser {
    QuoteAwareParser(IOContext context, int features, int csvFeatures, ObjectCodec codec, Reader reader) {
      super(context, features, csvFeatures, codec, reader);
    }

    /**
     * Whether the current field was quoted. Jackson 2.18 keeps the flag of the field before when a
     * record ends in an empty field ({@code "a",} then the line's end or the end of the text): it
     * reads no character for that field. A quoted empty field ({@code ""}) reads two, so an empty
     * field is quoted only if reading moved past where it started.
     */
    boolean quoted() throws IOException {
      if (!_reader.isCurrentTokenQuoted()) {
        return false;
      }
      return !getText().isEmpty()
          || currentLocation().getCharOffset() > currentTokenLocation().getCharOffset();
    }
  }

  /** Makes {@link QuoteAwareParser}s for text read from a {@link Reader}. */
  private static final class QuoteAwareFactory extends CsvFactory {
    private static final long serialVersionUID = 1L;

    @Override
    protected CsvParser _createParser(Reader reader, IOContext context) {
      return new QuoteAwareParser(context, _parserFeatures, _csvParserFeatures, _objectCodec, reader);
    }
  }
}
