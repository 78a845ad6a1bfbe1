package dev.northbound.scoring.core.document;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.internal.StatusMonths;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * The payment history of format version 2: a string of one character per month from {@code
 * historyFrom}, in the spirit of Metro 2's payment history profile. {@code C} current, {@code 1} to
 * {@code 6} for 30 to 180+ days past due, {@code L} charged off, {@code S} settled, {@code N} no
 * activity, {@code U} unknown, {@code -} a month not reported. Stateless and thread-safe.
 */
final class HistoryString {

  /** The longest history string: its span in months, reported or not. */
  static final int MAX_CHARS = 256;

  /** The character of a month not reported. */
  static final char GAP = '-';

  /** The code characters in the order of {@link PaymentStatus}. */
  private static final String CODES = "C123456LSNU";

  private static final String RULE = "must be one of C, 1, 2, 3, 4, 5, 6, L, S, N, U or -";
  /** The status of each ASCII character, or -1 for a gap, or -2 for no code. */
  private static final byte[] BY_CHAR = new byte[128];


  static {
    Arrays.fill(BY_CHAR, (byte) -2);
    for (int i = 0; i < CODES.length(); i++) {
      BY_CHAR[CODES.charAt(i)] = (byte) i;
    }
    BY_CHAR[GAP] = -1;
  }

  /** A history string as read, before its first month is known (fields come in any order). */
  record Codes(byte[] statuses, int length) {}

  private HistoryString() {}

  /** The code character of {@code status}. */
  static char code(PaymentStatus status) {
    return CODES.charAt(status.ordinal());
  }

  /** Reads the string value of {@code history} and checks each character, while it streams. */
  static Codes read(JsonInput in) {
    int n = ScalarReaders.stringChars(in);
    if (n > MAX_CHARS) {
      throw in.fail("must be at most " + MAX_CHARS + " months long", "a string of " + n + " characters");
    }
    byte[] statuses = new byte[n];
    int reported = 0;
    int max = in.limits().maxHistoryMonths();
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      byte s = c < 128 ? BY_CHAR[c] : -2;
      if (s == -2) {
        throw new InvalidInputException(in.pointer() + "/" + i, RULE, "an unknown code");
      }
      if (s >= 0 && ++reported > max) {
        throw new InvalidInputException(in.pointer() + "/" + i, "must have at most " + max + " months reported",
            "more than " + max);
      }
      statuses[i] = s;
    }
    if (n > 0 && (statuses[0] < 0 || statuses[n - 1] < 0)) {
      int i = statuses[0] < 0 ? 0 : n - 1;
      throw new InvalidInputException(in.pointer() + "/" + i, "must not begin or end with -", "a month not reported");
    }
    return new Codes(statuses, n);
  }

  /** The history of {@code codes} from {@code from}, which must be present iff the string is not empty. */
  static PaymentHistory history(Codes codes, YearMonth from, JsonInput in, int accountMark) {
    if (codes.length() == 0) {
      if (from != null) {
        throw new InvalidInputException(in.pointerAt(accountMark) + "/historyFrom",
            "must not appear with an empty history", "the field");
      }
      return PaymentHistory.empty();
    }
    ScalarReaders.require(from, in, accountMark, "historyFrom");
    int first = from.getYear() * 12 + from.getMonthValue() - 1;
    byte[] all = codes.statuses();
    int reported = 0;
    for (byte s : all) {
      reported += s >= 0 ? 1 : 0;
    }
    byte[] statuses = new byte[reported];
    int[] months = new int[reported];
    int k = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] >= 0) {
        statuses[k] = all[i];
        months[k++] = first + i;
      }
    }
    return new PaymentHistory(StatusMonths.of(statuses, months));
  }

  /**
   * The history string of {@code history}: one character per month from its first to its last.
   *
   * @throws InvalidInputException at {@code pointer} if the history spans more than {@value #MAX_CHARS} months
   */
  static String write(PaymentHistory history, String pointer) {
    int n = history.size();
    if (n == 0) {
      return "";
    }
    int first = history.monthIndex(0);
    int span = history.monthIndex(n - 1) - first + 1;
    if (span > MAX_CHARS) {
      throw new InvalidInputException(pointer, "must span at most " + MAX_CHARS
          + " months to be written in format version 2", "a longer span");
    }
    char[] chars = new char[span];
    Arrays.fill(chars, GAP);
    for (int i = 0; i < n; i++) {
      chars[history.monthIndex(i) - first] = code(history.status(i));
    }
    return new String(chars);
  }
}
