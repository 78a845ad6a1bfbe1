package dev.northbound.scoring.toolkit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a report directory holds, sorted into the report's own files (regular files under the names
 * the report writes), stale temporary files of a report writer ({@code .NAME.tmp-DIGITS} for one of
 * those names), the lock file, and everything else ("other" entries, which a writer never touches).
 */
record ReportDirectoryContents(List<String> previous, List<Path> staleTemporary, List<String> other) {

  /** A writer's temporary file: {@code .} + the final name + {@code .tmp-} + digits. */
  static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.tmp-[0-9]+");

  static ReportDirectoryContents of(Path directory, Set<String> names) throws IOException {
    List<String> previous = new ArrayList<>();
    List<Path> stale = new ArrayList<>();
    Set<String> other = new TreeSet<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        boolean regular = Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
        Matcher temporary = TEMPORARY.matcher(name);
        if (regular && names.contains(name)) {
          previous.add(name);
        } else if (regular && temporary.matches() && names.contains(temporary.group(1))) {
          stale.add(entry);
        } else if (!(regular && name.equals(ReportWriter.LOCK_FILE))) {
          other.add(name);
        }
      }
    }
    previous.sort(null);
    stale.sort(null);
    return new ReportDirectoryContents(List.copyOf(previous), List.copyOf(stale), List.copyOf(other));
  }

  /** Throws unless a writer may write here ({@code replace}: over a previous report of these names). */
  void check(Path directory, boolean replace) throws ReportDirectoryException {
    if (!other.isEmpty()) {
      throw new ReportDirectoryException(directory, ReportDirectoryException.Reason.HOLDS_OTHER_FILES,
          "the report directory holds " + other.size() + (other.size() == 1 ? " entry" : " entries")
              + " that " + (other.size() == 1 ? "is" : "are") + " not part of a report (first: " + other.get(0)
              + "); a report is written only into a new or empty directory, or over a previous report "
              + "and nothing else, so that no other file is ever overwritten or deleted");
    }
    if (!previous.isEmpty() && !replace) {
      throw new ReportDirectoryException(directory, ReportDirectoryException.Reason.HOLDS_PREVIOUS_REPORT,
          "the report directory holds a previous report (" + String.join(", ", previous) + ")");
    }
  }
}
