package dev.northbound.scoring.core.document;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The field names seen so far in each open object, by nesting level, to reject a repeated field.
 * Jackson's own check builds a hash set for every object of three or more fields; this keeps a
 * small table per level, reused by every object at that level, and moves to a hash set only for an
 * object of more than {@value #SMALL} fields (which only a skipped value can have), so that a check
 * stays constant-time. The tables of all levels share two flat arrays, and beside each name sits its
 * hash code, so that a check compares integers and compares strings only when two hashes are
 * equal. Not thread-safe; one instance serves one document.
 */
final class FieldNames {

  static final int SMALL = 16;

  /** Every field name the format defines, in either version. */
  private static final Set<String> DEFINED = Set.of(
      "accountId", "accounts", "ageBand", "alternativeData", "amount", "annualRatePercent", "application",
      "applicationDate", "applicationId", "assessedIncome", "assessedOn", "balance", "bank", "bills",
      "bureau", "bureauReport", "city", "cityOfResidence", "closedOn", "consentId", "consents",
      "contributionBase", "creditLimit", "crossBorder", "currency", "date", "declaredMonthlyIncome",
      "declaredMonthlyObligations", "defaultDate", "defaults", "dischargedOn", "documentId", "dueDate",
      "employeeMandatory", "employeeVoluntary", "employerMandatory", "employerVoluntary", "enquiries",
      "expiresOn", "filedOn", "filedOnTime", "format", "grantedOn", "hard", "history", "historyFrom",
      "jurisdiction", "kind", "month", "monthlyInstalment", "mpf", "openedOn", "originalAmount", "paidOn",
      "paidOnTime", "pastDue", "period", "product", "products", "provider", "publicRecords", "purpose",
      "relevantIncome", "rent", "reportDate", "schemes", "settledOn", "socialInsurance", "sources", "status",
      "subjectRef", "taxCharged", "taxRecords", "termMonths", "type", "version", "withdrawnOn",
      "yearOfAssessment");

  /** Levels the tables first have room for: the format nests 6 deep; deeper ones grow them. */
  static final int FIRST_LEVELS = 8;

  /** The names of level {@code l} at {@code [l * SMALL, l * SMALL + counts[l])}. */
  private String[] names;
  private int[] hashes;
  /** How many names each level holds; above {@link #SMALL}, the level's names are in {@link #large}. */
  private final int[] counts;
  private final Set<?>[] large;

  /** For objects nested at most {@code maxLevel} deep (the top-level object is level 1). */
  FieldNames(int maxLevel) {
    int levels = Math.min(maxLevel, FIRST_LEVELS) + 1;
    names = new String[levels * SMALL];
    hashes = new int[levels * SMALL];
    counts = new int[maxLevel + 1];
    large = new Set<?>[maxLevel + 1];
  }

  /** Starts an object at {@code level}: no names seen. */
  void open(int level) {
    if ((level + 1) * SMALL > names.length) {
      names = Arrays.copyOf(names, (level + 1) * SMALL);
      hashes = Arrays.copyOf(hashes, (level + 1) * SMALL);
    }
    if (counts[level] > SMALL) {
      large[level] = null;
    }
    counts[level] = 0;
  }

  /** Whether {@code name} was seen in the object open at {@code level}. */
  boolean seen(int level, String name) {
    int n = counts[level];
    if (n > SMALL) {
      return large[level].contains(name);
    }
    return indexOf(level * SMALL, n, name) >= 0;
  }

  /**
   * Records {@code name} in the object open at {@code level}, unless it was {@link #seen} there.
   *
   * @return false if the name was seen already
   */
  boolean add(int level, String name) {
    int n = counts[level];
    if (n > SMALL) {
      @SuppressWarnings("unchecked") // only this class fills the array, with sets of strings
      Set<String> set = (Set<String>) large[level];
      return set.add(name);
    }
    int base = level * SMALL;
    if (indexOf(base, n, name) >= 0) {
      return false;
    }
    if (n == SMALL) {
      Set<String> set = new HashSet<>(4 * SMALL);
      for (int i = base; i < base + n; i++) {
        set.add(names[i]);
      }
      set.add(name);
      large[level] = set;
    } else {
      names[base + n] = name;
      hashes[base + n] = name.hashCode();
    }
    counts[level] = n + 1;
    return true;
  }

  /**
   * Whether {@code name} is a field name the format defines: only such a name may appear in the
   * pointer of a failure raised before the reader has checked the name.
   */
  static boolean isDefined(String name) {
    return DEFINED.contains(name);
  }

  private int indexOf(int base, int n, String name) {
    int hash = name.hashCode();
    for (int i = base; i < base + n; i++) {
      if (hashes[i] == hash && names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
