package dev.northbound.scoring.toolkit.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** File-system helpers for {@link ReportWriter}: writing a new file durably and directory fsync. */
final class Durable {

  private Durable() {}

  /** Writes {@code content} into the new (empty) file {@code file} and forces it to disk. */
  static void write(Path file, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /**
   * Forces a directory's entries to disk where the platform allows it (Linux and macOS do; Windows
   * cannot open a directory as a channel, and there the rename itself is what we rely on).
   */
  static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not supported on this platform: the atomic rename still protects each file's name.
    }
  }
}
