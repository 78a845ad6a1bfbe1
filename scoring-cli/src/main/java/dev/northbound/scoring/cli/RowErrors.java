package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.evaluation.run.UnusableRowException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code evaluate} and {@code monitor} report rows that cannot be scored: by default the first
 * one stops the run (exit 3) with its line, pointer and a fix; with {@code --skip-invalid} the counts
 * by reason are printed after the run.
 */
final class RowErrors {

  private static final Pattern NO_RATE_RULE = Pattern.compile("needs an exchange rate to ([A-Z]{3}).*");
  private static final Pattern NO_RATE_FOUND = Pattern.compile("currency ([A-Z]{3}) with no rate");

  private RowErrors() {}

  /**
   * Prints the row that stopped the run and what to do; returns exit code 3.
   *
   * @param where the option and file the row came from, for example {@code --data portfolio.jsonl}
   */
  static int stopped(UnusableRowException e, String where, PrintWriter err) {
    err.println("invalid input in " + TerminalText.escape(where) + ": " + e.getMessage());
    err.println("  at line " + e.line() + e.input().map(i -> " of " + i).orElse("")
        + "; the run stopped there and wrote no report");
    err.println("  fix: " + fix(e) + "; or add --skip-invalid to leave out every row that cannot be scored "
        + "and count them by reason in the report");
    return ExitCodes.INVALID_INPUT;
  }

  /** What to do about {@code e}. */
  static String fix(InvalidInputException e) {
    Matcher rule = NO_RATE_RULE.matcher(e.rule());
    Matcher found = NO_RATE_FOUND.matcher(e.found());
    if (rule.matches() && found.matches()) {
      return "add --fx " + found.group(1) + "/" + rule.group(1) + "=RATE (the " + rule.group(1) + " price of one "
          + found.group(1) + ")";
    }
    return "correct or remove that row";
  }

  /** Prints the counts of skipped rows by reason (nothing if none was skipped). */
  static void printSkipped(PrintWriter out, String label, Object rows) {
    if (!(rows instanceof Map<?, ?> map) || !(map.get("skippedByReason") instanceof Map<?, ?> reasons)
        || reasons.isEmpty()) {
      return;
    }
    out.println(String.format(Locale.ROOT, "%s skipped with --skip-invalid, by reason (also in report.json "
        + "and report.html):", label));
    reasons.forEach((reason, count) -> out.println(String.format(Locale.ROOT, "  %,9d  %s", count, reason)));
  }
}
