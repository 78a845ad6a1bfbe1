package dev.northbound.scoring.models.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes a report directory atomically. The files are written into a fresh hidden sibling directory
 * ({@code .NAME.tmp-*}) and forced to disk; then an existing report directory is moved aside
 * ({@code .NAME.old-*}), the new one is moved into place and the old one is deleted. A run that
 * fails or is interrupted never leaves a half-written report under the report's name: the previous
 * report stays as it was and the temporary directory is removed on failure.
 *
 * <p>{@code report.json} is canonical JSON (see {@link #json(Object)}). Writers are stateless,
 * immutable and thread-safe, but two writers must not target the same directory at the same time.
 */
public final class ReportWriter {

  /** The name of the JSON file in a report directory. */
  public static final String JSON_FILE = "report.json";
  /** The name of the HTML file in a report directory. */
  public static final String HTML_FILE = "report.html";

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** A hook run after each file is written; tests use it to simulate a failure mid-write. */
  interface AfterFile {
    void written(String fileName) throws IOException;
  }

  private final AfterFile afterFile;

  ReportWriter(AfterFile afterFile) {
    this.afterFile = afterFile;
  }

  /** Creates a writer. */
  public static ReportWriter create() {
    return new ReportWriter(name -> {});
  }

  /**
   * Serialises report data as canonical JSON: keys sorted by {@link String#compareTo} at every level,
   * two-space indentation, {@code "\n"} line ends and a final newline, UTF-8.
   *
   * @param data a {@link Map}, record or Jackson tree that serialises to a JSON object
   * @return the JSON bytes
   * @throws IllegalArgumentException if the data does not serialise to a JSON object or holds a NaN or
   *     infinite number (the message gives its JSON Pointer)
   */
  public static byte[] json(Object data) {
    return ReportJson.toBytes(Objects.requireNonNull(data, "data"));
  }

  /**
   * Writes {@code report.json} and {@code report.html} into {@code reportDirectory}, replacing any
   * previous report there.
   *
   * @param reportDirectory the report directory; its parent is created if missing
   * @param data the report data for {@code report.json} (see {@link #json(Object)})
   * @param html the page for {@code report.html}
   * @return the report directory
   * @throws IllegalArgumentException if the data is not valid report JSON
   * @throws IOException if writing or moving fails; the previous report is then left in place
   */
  public Path write(Path reportDirectory, Object data, HtmlReport html) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(JSON_FILE, json(data));
    files.put(HTML_FILE, html.toHtml().getBytes(StandardCharsets.UTF_8));
    return write(reportDirectory, files);
  }

  /**
   * Writes the given files into {@code reportDirectory}, replacing any previous report there.
   *
   * @param reportDirectory the report directory; its parent is created if missing
   * @param files file name to content; names are plain file names of letters, digits, dots, hyphens
   *     and underscores, not starting with a dot
   * @return the report directory
   * @throws IllegalArgumentException if there is no file or a name is not a plain file name
   * @throws IOException if writing or moving fails, or the path exists and is not a directory; the
   *     previous report is then left in place
   */
  public Path write(Path reportDirectory, Map<String, byte[]> files) throws IOException {
    Map<String, byte[]> sorted = checkedCopy(files);
    Path target = reportDirectory.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null || target.getFileName() == null) {
      throw new IllegalArgumentException("report directory must have a parent directory");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a directory");
    }
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    Path staging = Files.createTempDirectory(parent, "." + name + ".tmp-");
    try {
      for (Map.Entry<String, byte[]> file : sorted.entrySet()) {
        writeDurably(staging.resolve(file.getKey()), file.getValue());
        afterFile.written(file.getKey());
      }
      Durable.syncDirectory(staging);
      replace(staging, target, parent, name);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Durable.deleteTree(staging);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    Durable.syncDirectory(parent);
    return target;
  }

  private void replace(Path staging, Path target, Path parent, String name) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path aside = Files.createTempDirectory(parent, "." + name + ".old-");
    Files.delete(aside);
    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    Durable.deleteTree(aside);
  }

  private static Map<String, byte[]> checkedCopy(Map<String, byte[]> files) {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one file");
    }
    Map<String, byte[]> copy = new TreeMap<>();
    files.forEach((fileName, content) -> {
      Objects.requireNonNull(fileName, "file name");
      Objects.requireNonNull(content, "content of " + fileName);
      if (!FILE_NAME.matcher(fileName).matches()) {
        throw new IllegalArgumentException("report file name must be a plain file name of letters, digits, "
            + "'.', '-' and '_' not starting with '.', found \"" + fileName + "\"");
      }
      copy.put(fileName, content.clone());
    });
    return copy;
  }

  private static void writeDurably(Path file, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }
}
