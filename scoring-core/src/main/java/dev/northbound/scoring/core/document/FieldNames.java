package dev.northbound.scoring.core.document;

import java.util.HashSet;
import java.util.Set;

/**
 * The field names seen so far in each open object, by nesting level, to reject a repeated field.
 * Jackson's own check builds a hash set for every object of three or more fields; this keeps a
 * small array per level, reused by every object at that level, and moves to a hash set only for an
 * object of more than {@value #SMALL} fields (which only a skipped value can have), so that a check
 * stays constant-time. Not thread-safe; one instance serves one document.
 */
final class FieldNames {

  static final int SMALL = 16;

  private final String[][] names;
  private final int[] counts;
  private final Set<?>[] large;

  /** For objects nested at most {@code maxLevel} deep (the top-level object is level 1). */
  FieldNames(int maxLevel) {
    names = new String[maxLevel + 1][];
    counts = new int[maxLevel + 1];
    large = new Set<?>[maxLevel + 1];
  }

  /** Starts an object at {@code level}: no names seen. */
  void open(int level) {
    counts[level] = 0;
    large[level] = null;
  }

  /** Whether {@code name} was seen in the object open at {@code level}. */
  boolean seen(int level, String name) {
    if (large[level] != null) {
      return large[level].contains(name);
    }
    String[] seen = names[level];
    for (int i = 0; i < counts[level]; i++) {
      if (seen[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Records {@code name}, not yet {@link #seen}, in the object open at {@code level}. */
  void add(int level, String name) {
    @SuppressWarnings("unchecked") // only this class fills the array, with sets of strings
    Set<String> set = (Set<String>) large[level];
    if (set != null) {
      set.add(name);
      return;
    }
    if (names[level] == null) {
      names[level] = new String[SMALL];
    }
    int n = counts[level];
    if (n == SMALL) {
      set = new HashSet<>(2 * SMALL);
      for (int i = 0; i < n; i++) {
        set.add(names[level][i]);
      }
      set.add(name);
      large[level] = set;
      return;
    }
    names[level][n] = name;
    counts[level] = n + 1;
  }
}
