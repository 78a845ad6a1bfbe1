package dev.northbound.scoring.core.document;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A strict UTF-8 check (RFC 3629, the well-formed sequences of Unicode table 3-7): no overlong
 * forms, no encoded surrogates, nothing above U+10FFFF, no truncated sequence. Jackson's decoder
 * accepts some of these (an overlong {@code C0 80} reads as U+0000), so the reader checks first.
 */
final class Utf8 {

  /** Returned by {@link #firstInvalid(byte[])} for well-formed input. */
  static final long VALID = Long.MAX_VALUE;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private Utf8() {}

  /** The offset of the first byte of the first ill-formed sequence, or {@link #VALID}. */
  static long firstInvalid(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      // ASCII, the bulk of a document, 32 bytes at a time while they last, then eight at a time.
      while (i <= n - 4 * Long.BYTES && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + Long.BYTES)
          | (long) LONGS.get(b, i + 2 * Long.BYTES) | (long) LONGS.get(b, i + 3 * Long.BYTES)) & HIGH_BITS) == 0) {
        i += 4 * Long.BYTES;
      }
      while (i <= n - Long.BYTES && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
      }
      if (i == n) {
        break;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80; // no overlong form
        hi = c == 0xED ? 0x9F : 0xBF; // no surrogate
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        lo = c == 0xF0 ? 0x90 : 0x80; // no overlong form
        hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
      } else {
        return i;
      }
      if (i + len > n) {
        return i;
      }
      int second = b[i + 1] & 0xFF;
      if (second < lo || second > hi) {
        return i;
      }
      for (int k = 2; k < len; k++) {
        int next = b[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return i;
        }
      }
      i += len;
    }
    return VALID;
  }
}
