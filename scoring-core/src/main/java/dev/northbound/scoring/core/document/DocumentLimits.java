package dev.northbound.scoring.core.document;

import dev.northbound.scoring.core.credit.PaymentHistory;

/**
 * The resource limits a {@link CreditFileReader} enforces while it streams a document, before it
 * spends memory on what it reads. A document that breaks one is rejected with an
 * {@link dev.northbound.scoring.core.InvalidInputException}.
 *
 * <p>{@link #standard()} gives the documented defaults; instances are immutable and thread-safe.
 *
 * @param maxDocumentBytes the largest document, in bytes (default 4 MiB); checked before parsing
 * @param maxDepth the deepest nesting of objects and arrays (default 32)
 * @param maxStringLength the longest string value, in characters (default 256)
 * @param maxNumberLength the longest number, in characters as written (default 32)
 * @param maxAccounts the most accounts on a bureau report (default 200)
 * @param maxHistoryMonths the most months in one payment history (default and ceiling 60)
 * @param maxEnquiries the most enquiries on a bureau report (default 500)
 * @param maxPublicRecords the most public records on a bureau report (default 100)
 * @param maxDefaults the most default records on a bureau report (default 100)
 * @param maxAlternativeEntries the most entries in each alternative-data array: bills, rent, tax
 *     records, MPF and social insurance, each counted separately (default 2,000)
 */
public record DocumentLimits(
    long maxDocumentBytes,
    int maxDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxAccounts,
    int maxHistoryMonths,
    int maxEnquiries,
    int maxPublicRecords,
    int maxDefaults,
    int maxAlternativeEntries) {

  private static final DocumentLimits STANDARD =
      new DocumentLimits(4L * 1024 * 1024, 32, 256, 32, 200, PaymentHistory.MAX_MONTHS, 500, 100, 100, 2_000);

  /**
   * Validates the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive, the depth is below 8 (the format
   *     itself nests 6 deep), a string may not hold a document id (128), a number may not hold an
   *     amount (20), or the history limit exceeds {@link PaymentHistory#MAX_MONTHS}
   */
  public DocumentLimits {
    positive(maxDocumentBytes, "maxDocumentBytes");
    positive(maxAccounts, "maxAccounts");
    positive(maxHistoryMonths, "maxHistoryMonths");
    positive(maxEnquiries, "maxEnquiries");
    positive(maxPublicRecords, "maxPublicRecords");
    positive(maxDefaults, "maxDefaults");
    positive(maxAlternativeEntries, "maxAlternativeEntries");
    if (maxDepth < 8) {
      throw new IllegalArgumentException("maxDepth must be at least 8, found " + maxDepth);
    }
    if (maxStringLength < 128) {
      throw new IllegalArgumentException("maxStringLength must be at least 128, found " + maxStringLength);
    }
    if (maxNumberLength < 20) {
      throw new IllegalArgumentException("maxNumberLength must be at least 20, found " + maxNumberLength);
    }
    if (maxHistoryMonths > PaymentHistory.MAX_MONTHS) {
      throw new IllegalArgumentException("maxHistoryMonths must be at most " + PaymentHistory.MAX_MONTHS
          + ", found " + maxHistoryMonths);
    }
  }

  /** The documented defaults: 4 MiB, depth 32, strings of 256, numbers of 32, 200 accounts, 60 months. */
  public static DocumentLimits standard() {
    return STANDARD;
  }

  private static void positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, found " + value);
    }
  }
}
