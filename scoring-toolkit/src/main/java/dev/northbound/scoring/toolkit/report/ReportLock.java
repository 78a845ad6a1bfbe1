package dev.northbound.scoring.toolkit.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The exclusive lock of a report directory: the file {@value ReportWriter#LOCK_FILE} in it, locked with
 * {@link FileChannel#tryLock()} (so a killed run's lock is released by the operating system) and
 * deleted when the run ends. A run that locked a file another run had just deleted notices it (the
 * random token it wrote is not what the path now holds) and tries again.
 */
final class ReportLock implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private ReportLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code directory}, which must exist.
   *
   * @throws ReportDirectoryException if another run (in this or another process) holds the lock
   */
  static ReportLock acquire(Path directory) throws IOException {
    Path file = directory.resolve(ReportWriter.LOCK_FILE);
    for (int attempt = 0; attempt < 5; attempt++) {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      FileLock lock = null;
      try {
        lock = tryLock(channel);
        if (lock == null) {
          throw new ReportDirectoryException(directory, ReportDirectoryException.Reason.LOCKED,
              "another run is writing a report into this directory (it holds " + ReportWriter.LOCK_FILE + ")");
        }
        byte[] token = HexFormat.of().formatHex(nextBytes())
            .getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        if (holds(file, token)) {
          return new ReportLock(file, channel, lock);
        }
        lock.release(); // the file we locked was deleted by the run that held it before us
        channel.close();
      } catch (IOException | RuntimeException e) {
        if (lock != null && lock.isValid()) {
          lock.release();
        }
        channel.close();
        throw e;
      }
    }
    throw new ReportDirectoryException(directory, ReportDirectoryException.Reason.LOCKED,
        "other runs keep writing reports into this directory");
  }

  private static byte[] nextBytes() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return b;
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // another writer in this JVM holds it
    }
  }

  private static boolean holds(Path file, byte[] token) throws IOException {
    try {
      return Arrays.equals(Files.readAllBytes(file), token);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Deletes the lock file, then releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
