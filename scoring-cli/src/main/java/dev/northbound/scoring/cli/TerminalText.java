package dev.northbound.scoring.cli;

/**
 * Makes text from a file safe to print on a terminal: every control character (C0, DEL, C1), the
 * line and paragraph separators and the bidirectional-override characters are written as
 * {@code \\uXXXX}, and a backslash as {@code \\\\}, so a registry or document can neither start a
 * new output line nor send a terminal escape sequence. Printable text, including Chinese, is kept.
 * Every print of registry text goes through {@link #escape}.
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code text} with control and formatting characters escaped. */
  static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
          || c == 0x061C || c == '\\';
      if (unsafe && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (c == '\\') {
          sb.append("\\\\");
        } else if (unsafe) {
          sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }
}
