package dev.northbound.scoring.toolkit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the files of a report into a directory, touching nothing else in it.
 *
 * <ul>
 *   <li><b>Where.</b> The directory must be new, empty, or (with {@link #replacingPreviousReport()})
 *       hold a previous report of the same file names and nothing else. Any other entry makes the
 *       writer refuse with a {@link ReportDirectoryException} before it changes anything: a report
 *       never overwrites or deletes a file it did not write, so pointing it at a working folder is
 *       harmless.
 *   <li><b>How.</b> Each file is written to a temporary file in the same directory ({@code
 *       .NAME.tmp-DIGITS}) and forced to disk; once all are written, each is renamed over its name
 *       with {@link StandardCopyOption#ATOMIC_MOVE}. A failure or a kill at any moment leaves, under
 *       each name, either the previous file or the new one, whole. A failed run deletes its own
 *       temporary files; those of a killed run are deleted by the next run that writes into the
 *       directory, which recognises them by that pattern and deletes nothing else.
 *   <li><b>Concurrency.</b> A run holds the directory's lock file ({@value #LOCK_FILE}, locked with
 *       {@link java.nio.channels.FileChannel#tryLock()} and deleted at the end) while it inspects and
 *       writes; a second run, in this process or another, is refused with reason {@code LOCKED}.
 * </ul>
 *
 * <p>{@code report.json} is canonical JSON (see {@link #json(Object)}). Writers are immutable and
 * thread-safe.
 */
public final class ReportWriter {

  /** The name of the JSON file in a report directory. */
  public static final String JSON_FILE = "report.json";
  /** The name of the HTML file in a report directory. */
  public static final String HTML_FILE = "report.html";
  /** The lock file that exists in a report directory while a run writes into it. */
  public static final String LOCK_FILE = "report.lock";

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** Test hook, called at each step of a write with the file's name; it may throw to simulate a failure. */
  interface Hook {
    /** After the temporary file of {@code fileName} is written ({@code renamed} false) or renamed (true). */
    void at(String fileName, boolean renamed) throws IOException;
  }

  private final boolean replace;
  private final Hook hook;

  ReportWriter(boolean replace, Hook hook) {
    this.replace = replace;
    this.hook = Objects.requireNonNull(hook, "hook");
  }

  /** A writer into a new or empty directory only. */
  public static ReportWriter create() {
    return new ReportWriter(false, (name, renamed) -> {});
  }

  /** This writer, also allowed to replace a previous report (of the same file names, and nothing else). */
  public ReportWriter replacingPreviousReport() {
    return new ReportWriter(true, hook);
  }

  /** Whether this writer replaces a previous report. */
  public boolean replacesPreviousReport() {
    return replace;
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
   * Checks, without changing anything, that this writer would write {@code report.json} and {@code
   * report.html} into {@code reportDirectory}; call it before a long run to fail early.
   *
   * @throws ReportDirectoryException if it would refuse
   * @throws IOException if the directory cannot be listed
   */
  public void check(Path reportDirectory) throws IOException {
    Path target = target(reportDirectory);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      ReportDirectoryContents.of(target, Set.of(JSON_FILE, HTML_FILE)).check(target, replace);
    }
  }

  /**
   * Writes {@code report.json} and {@code report.html} into {@code reportDirectory}.
   *
   * @param reportDirectory the report directory; it and its parents are created if missing
   * @param data the report data for {@code report.json} (see {@link #json(Object)})
   * @param html the page for {@code report.html}
   * @return the report directory
   * @throws IllegalArgumentException if the data is not valid report JSON
   * @throws ReportDirectoryException if the directory is refused (see the class comment)
   * @throws IOException if writing fails; each file then holds its previous content or the new one
   */
  public Path write(Path reportDirectory, Object data, HtmlReport html) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(JSON_FILE, json(data));
    files.put(HTML_FILE, html.toHtml().getBytes(StandardCharsets.UTF_8));
    return write(reportDirectory, files);
  }

  /**
   * Writes the given files into {@code reportDirectory}, in name order.
   *
   * @param reportDirectory the report directory; it and its parents are created if missing
   * @param files file name to content; names are plain file names of letters, digits, dots, hyphens
   *     and underscores, not starting with a dot, and not {@value #LOCK_FILE}
   * @return the report directory
   * @throws IllegalArgumentException if there is no file or a name is not allowed
   * @throws ReportDirectoryException if the directory is refused (see the class comment)
   * @throws IOException if writing fails; each file then holds its previous content or the new one
   */
  public Path write(Path reportDirectory, Map<String, byte[]> files) throws IOException {
    Map<String, byte[]> sorted = checkedCopy(files);
    Path target = target(reportDirectory);
    boolean created = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (created) {
      Files.createDirectories(target);
    }
    boolean done = false;
    try (ReportLock lock = ReportLock.acquire(target)) {
      ReportDirectoryContents contents = ReportDirectoryContents.of(target, sorted.keySet());
      contents.check(target, replace);
      for (Path stale : contents.staleTemporary()) {
        Files.deleteIfExists(stale); // a killed run's, by its name pattern; nothing else is ever deleted
      }
      writeAll(target, sorted);
      done = true;
    } finally {
      if (created && !done) {
        deleteIfEmpty(target);
      }
    }
    if (target.getParent() != null) {
      Durable.syncDirectory(target.getParent());
    }
    return target;
  }

  private void writeAll(Path target, Map<String, byte[]> files) throws IOException {
    List<Path> temporary = new ArrayList<>();
    try {
      List<Path> ready = new ArrayList<>();
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path tmp = Files.createTempFile(target, "." + file.getKey() + ".tmp-", "");
        temporary.add(tmp);
        Durable.write(tmp, file.getValue());
        hook.at(file.getKey(), false);
        ready.add(tmp);
      }
      int i = 0;
      for (String name : files.keySet()) {
        Files.move(ready.get(i), target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        temporary.set(i++, null);
        hook.at(name, true);
      }
      Durable.syncDirectory(target);
    } catch (IOException | RuntimeException | Error e) {
      for (Path tmp : temporary) {
        if (tmp != null) {
          try {
            Files.deleteIfExists(tmp); // our own temporary file
          } catch (IOException cleanup) {
            e.addSuppressed(cleanup);
          }
        }
      }
      throw e;
    }
  }

  private static void deleteIfEmpty(Path directory) {
    try {
      Files.deleteIfExists(directory); // created by this run; fails harmlessly if anything is in it
    } catch (IOException e) {
      // not empty or not ours to remove: leave it
    }
  }

  private static Path target(Path reportDirectory) throws IOException {
    Path target = Objects.requireNonNull(reportDirectory, "reportDirectory").toAbsolutePath().normalize();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new ReportDirectoryException(target, ReportDirectoryException.Reason.NOT_A_DIRECTORY,
          "exists and is not a directory");
    }
    return target;
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
      if (!FILE_NAME.matcher(fileName).matches() || fileName.equals(LOCK_FILE)) {
        throw new IllegalArgumentException("report file name must be a plain file name of letters, digits, "
            + "'.', '-' and '_' not starting with '.' (and not " + LOCK_FILE + "), found \"" + fileName + "\"");
      }
      copy.put(fileName, content.clone());
    });
    return copy;
  }
}
