package dev.northbound.scoring.toolkit.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a JSON Lines line's document ends and what follows it, found without a JSON parser, for
 * {@link CreditFileLines#parseAndRead}: each answer is checked there against what {@link
 * CreditFileLines#parse} accepts. Stateless.
 */
final class LineLayout {

  /** How the rest of a line that {@link CreditFileLines#write} wrote begins, right after the document. */
  private static final byte[] CANONICAL_REST = ",\"outcome\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SEGMENT = "\",\"segment\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMPTY = new byte[0];
  private static final PerformanceOutcome[] OUTCOMES = PerformanceOutcome.values();
  private static final byte[][] CODES = Arrays.stream(OUTCOMES)
      .map(o -> o.code().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

  private LineLayout() {}

  /** The index of the last {@code '}'} after {@code start} followed by {@link #CANONICAL_REST}, or -1. */
  static int lastRest(byte[] b, int start, int length) {
    for (int i = length - CANONICAL_REST.length - 1; i >= start; i--) {
      if (b[i] == '}' && Arrays.equals(b, i + 1, i + 1 + CANONICAL_REST.length, CANONICAL_REST, 0,
          CANONICAL_REST.length)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The fields of the rest of a line after the document ending at {@code end}, if the rest is exactly
   * as {@link CreditFileLines#write} writes it with an outcome and a segment, if any, of at most 64
   * printable ASCII characters other than quote and backslash (<code>,"outcome":"bad"}</code> or
   * <code>,"outcome":"bad","segment":"S"}</code>): what {@link CreditFileLines#parse} reads from it
   * (such a segment is its bytes), read without a parser; empty for anything else, left to the parser.
   * The document bytes of the result are empty.
   */
  static Optional<CreditFileLine> canonicalRest(long lineNumber, byte[] line, int end, int length) {
    int from = end + 1 + CANONICAL_REST.length;
    if (from > length || !Arrays.equals(line, end + 1, from, CANONICAL_REST, 0, CANONICAL_REST.length)
        || line[length - 1] != '}') {
      return Optional.empty();
    }
    int quote = from;
    while (quote < length && line[quote] != '"') {
      quote++;
    }
    Optional<PerformanceOutcome> found = outcome(line, from, quote);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PerformanceOutcome outcome = found.get();
    if (quote == length - 2) { // "}
      return Optional.of(new CreditFileLine(lineNumber, EMPTY, outcome, Optional.empty()));
    }
    int segment = quote + SEGMENT.length;
    if (segment > length - 2 || !Arrays.equals(line, quote, segment, SEGMENT, 0, SEGMENT.length)
        || line[length - 2] != '"' || length - 2 - segment > 64) {
      return Optional.empty();
    }
    for (int i = segment; i < length - 2; i++) {
      if (line[i] < 0x20 || line[i] > 0x7e || line[i] == '"' || line[i] == '\\') {
        return Optional.empty();
      }
    }
    return Optional.of(new CreditFileLine(lineNumber, EMPTY, outcome,
        Optional.of(new String(line, segment, length - 2 - segment, StandardCharsets.US_ASCII))));
  }

  /** The outcome whose code is {@code line[from, to)}, if any. */
  private static Optional<PerformanceOutcome> outcome(byte[] line, int from, int to) {
    for (int o = 0; o < CODES.length; o++) {
      if (Arrays.equals(line, from, to, CODES[o], 0, CODES[o].length)) {
        return Optional.of(OUTCOMES[o]);
      }
    }
    return Optional.empty();
  }

  /**
   * The index of the brace that closes the object opening at {@code start}, counting braces and
   * brackets outside strings (a backslash in a string escapes the next byte); -1 if the line ends
   * first or a bracket closes it. For well-formed JSON this is where a JSON parser ends the object.
   */
  static int closingBrace(byte[] b, int start, int length) {
    int depth = 0;
    for (int i = start; i < length; i++) {
      byte c = b[i];
      if (c == '"') {
        for (i++; i < length && b[i] != '"'; i++) {
          if (b[i] == '\\') {
            i++;
          }
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return c == '}' ? i : -1;
      }
    }
    return -1;
  }
}
