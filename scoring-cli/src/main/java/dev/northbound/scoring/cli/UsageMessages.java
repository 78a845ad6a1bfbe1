package dev.northbound.scoring.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ParameterException;

/**
 * picocli's messages for a bad command line, without the values typed: a value given to the wrong
 * option may be an identity number or a name, and stderr ends up in logs. Option names (quoted
 * text that starts with {@code -}) and command-like words (lower-case letters and hyphens) stay,
 * so "Unknown option: '--ouut'" and "Unmatched argument at index 0: 'bogus'" still say what was
 * wrong.
 */
final class UsageMessages {
  private UsageMessages() {}

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  static String withoutValues(ParameterException ex) {
    String message = ex.getMessage() == null ? "bad command line" : ex.getMessage();
    Matcher m = QUOTED.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String quoted = m.group(1);
      boolean optionName = quoted.matches("--?[A-Za-z][A-Za-z0-9-]{0,40}(=[A-Z0-9./_-]{0,40})?");
      boolean commandWord = quoted.matches("[a-z][a-z-]{0,29}");
      m.appendReplacement(sb, Matcher.quoteReplacement(optionName || commandWord ? m.group()
          : "(value not shown)"));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
