package dev.northbound.scoring.toolkit.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Plain or gzip-compressed files, told apart by their content: an input that starts with the gzip
 * magic bytes {@code 1F 8B} is decompressed whatever its name, any other input is read as it is. An
 * output is compressed when its name ends in {@code .gz}. A truncated or corrupt gzip input fails
 * while it is read with a {@link java.util.zip.ZipException} or {@link java.io.EOFException}, which
 * callers report as invalid input. Stateless and thread-safe.
 */
public final class Compression {

  private static final int BUFFER = 1 << 16;

  private Compression() {}

  /**
   * Opens {@code file} for reading, decompressing it if it is gzip (by its first two bytes).
   *
   * @throws IOException if the file cannot be opened, or starts like gzip but has no valid header
   */
  public static InputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return decompressed(raw);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * {@code in}, buffered, and decompressed if it starts with the gzip magic bytes. Closing the result
   * closes {@code in}.
   *
   * @throws IOException if reading fails, or the input starts like gzip but has no valid header
   */
  public static InputStream decompressed(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new GZIPInputStream(buffered, BUFFER);
    }
    return buffered;
  }

  /** Whether {@code file}'s name ends in {@code .gz} (case-insensitive): its output is compressed. */
  public static boolean isGzipName(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** {@code file}'s name without a trailing {@code .gz}, in lower case: the name of its content. */
  public static String contentName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  /**
   * Wraps {@code out} in gzip (the fastest level, which keeps most of the gain on JSON) when
   * {@code gzip} is true; closing the result finishes the gzip stream and closes {@code out}.
   */
  public static OutputStream compressing(OutputStream out, boolean gzip) throws IOException {
    if (!gzip) {
      return out;
    }
    return new GZIPOutputStream(out, BUFFER) {
      {
        def.setLevel(java.util.zip.Deflater.BEST_SPEED);
      }
    };
  }
}
