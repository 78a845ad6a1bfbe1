package dev.northbound.scoring.toolkit.data;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without decoding them, reusing one
 * growable buffer; a line longer than the limit is rejected as soon as the limit is passed, before
 * more memory is spent. Blank lines are skipped. Not thread-safe.
 */
public final class LineSplitter {

  /** Receives each line: the buffer is reused, so copy what you keep. */
  @FunctionalInterface
  public interface LineConsumer {
    /** Called once per non-blank line with its 1-based number and its bytes {@code [0, length)}. */
    void accept(long lineNumber, byte[] buffer, int length);
  }

  private LineSplitter() {}

  /**
   * Reads every line of {@code in}.
   *
   * @throws InvalidInputException if a line is longer than {@code maxLineBytes}
   */
  public static long forEach(InputStream in, int maxLineBytes, LineConsumer consumer) {
    byte[] chunk = new byte[1 << 16];
    byte[] line = new byte[8192];
    int len = 0;
    long lineNumber = 0;
    try {
      int n;
      while ((n = in.read(chunk)) > 0) {
        int i = 0;
        while (i < n) {
          int j = newline(chunk, i, n);
          int segment = j - i;
          if (segment > maxLineBytes - len) {
            throw new InvalidInputException("/lines/" + (lineNumber + 1),
                "must be at most " + maxLineBytes + " bytes long", "a longer line");
          }
          if (len + segment > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, len + segment)));
          }
          System.arraycopy(chunk, i, line, len, segment);
          len += segment;
          if (j < n) {
            lineNumber++;
            emit(consumer, lineNumber, line, len);
            len = 0;
          }
          i = j + 1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the input", e);
    }
    if (len > 0) {
      lineNumber++;
      emit(consumer, lineNumber, line, len);
    }
    return lineNumber;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;

  /**
   * The index of the first {@code \n} in {@code b[from, to)}, or {@code to}: eight bytes at a time,
   * a byte equal to {@code \n} being a zero byte of the word XOR {@link #NEWLINES}; the lowest flag of
   * {@code (w - ONES) & ~w & HIGHS} marks the first zero byte (a borrow can only flag bytes above it).
   */
  static int newline(byte[] b, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i) ^ NEWLINES;
      long zero = (w - ONES) & ~w & HIGHS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    while (i < to && b[i] != '\n') {
      i++;
    }
    return i;
  }

  private static void emit(LineConsumer consumer, long lineNumber, byte[] line, int len) {
    int end = recordLength(line, len);
    if (end >= 0) {
      consumer.accept(lineNumber, line, end);
    }
  }

  /**
   * The rule every engine applies to a line split at {@code \n}: a trailing {@code \r} is dropped, and
   * a line of only spaces and tabs is blank (counted, but not a record).
   *
   * @param line the line's bytes, without its {@code \n}
   * @param length how many bytes of {@code line} are the line
   * @return the record's length, or {@code -1} for a blank line
   */
  public static int recordLength(byte[] line, int length) {
    int end = length;
    if (end > 0 && line[end - 1] == '\r') {
      end--;
    }
    for (int i = 0; i < end; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return end;
      }
    }
    return -1;
  }
}
