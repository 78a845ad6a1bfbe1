package dev.northbound.scoring.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Whole-file writes that a reader never sees half done: the bytes go to a temporary file in the
 * target's folder, which is then moved over the target (atomically where the file system can). A
 * run killed halfway leaves the old file, or none, never a truncated one; the temporary file is
 * removed on every failure the JVM survives.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code bytes} to {@code path}, replacing an existing file. The folder must exist.
   *
   * @throws IOException if writing or moving fails
   */
  public static void write(Path path, byte[] bytes) throws IOException {
    Objects.requireNonNull(bytes, "bytes");
    Path dir = Objects.requireNonNull(path, "path").toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write already failed; its exception is the one to report
        }
      }
    }
  }
}
