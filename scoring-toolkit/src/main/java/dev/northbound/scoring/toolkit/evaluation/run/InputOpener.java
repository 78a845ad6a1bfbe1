package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.toolkit.data.Compression;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Opening input files: plain or gzip (by content, {@link Compression}), counting the bytes read for progress. */
final class InputOpener {

  /** The longest record read: a credit file's document limit plus room for the JSON Lines wrapper. */
  static final int MAX_LINE_BYTES = 64 << 20;

  private InputOpener() {}

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Splits {@code file} into lines, reporting compressed bytes read to {@code progress}. */
  static long lines(Path file, LineSplitter.LineConsumer consumer, LongConsumer progress) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        Counting counting = new Counting(new BufferedInputStream(raw, 1 << 16), progress);
        InputStream in = Compression.decompressed(counting)) {
      long last = LineSplitter.forEach(in, MAX_LINE_BYTES, consumer);
      progress.accept(counting.count);
      return last;
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Counts bytes and reports the count at most every megabyte. */
  private static final class Counting extends FilterInputStream {
    private final LongConsumer progress;
    private long count;
    private long reported;

    Counting(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(long n) {
      count += n;
      if (count - reported >= (1 << 20)) {
        reported = count;
        progress.accept(count);
      }
    }
  }
}
