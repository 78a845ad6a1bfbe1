package dev.northbound.scoring.toolkit.data;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of ARFF (a declaration or a data row) into fields, honouring ARFF's quoting
 * (single or double quotes, backslash escapes inside single quotes), which is not CSV's; {@code
 * quoted[i]} tells if field {@code i} was quoted. CSV is read by {@link CsvRecords} only.
 */
final class Fields {

  final List<String> values = new ArrayList<>();
  final List<Boolean> quoted = new ArrayList<>();

  private Fields() {}

  /**
   * Splits {@code line}. A field may be wrapped in one of {@code quotes}; inside, the quote
   * doubled or backslash-escaped stands for itself. Unquoted fields are trimmed.
   *
   * @throws InvalidInputException on an unterminated quote or text after a closing quote
   */
  static Fields split(String line, char delimiter, String quotes, int lineNumber) {
    Fields out = new Fields();
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      if (i < n && quotes.indexOf(line.charAt(i)) >= 0) {
        char quote = line.charAt(i++);
        StringBuilder text = new StringBuilder();
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i++);
          if (c == '\\' && i < n && quote == '\'') {
            text.append(line.charAt(i++));
          } else if (c == quote && i < n && line.charAt(i) == quote) {
            text.append(quote);
            i++;
          } else if (c == quote) {
            closed = true;
            break;
          } else {
            text.append(c);
          }
        }
        if (!closed) {
          throw new InvalidInputException(
              "/lines/" + lineNumber, "quotes must be closed on the same line",
              "an unterminated quote");
        }
        while (i < n && line.charAt(i) == ' ') {
          i++;
        }
        if (i < n && line.charAt(i) != delimiter) {
          throw new InvalidInputException("/lines/" + lineNumber,
              "a closing quote must be followed by a delimiter", "text after a closing quote");
        }
        out.values.add(text.toString());
        out.quoted.add(true);
      } else {
        int end = line.indexOf(delimiter, i);
        end = end < 0 ? n : end;
        out.values.add(line.substring(i, end).trim());
        out.quoted.add(false);
        i = end;
      }
      if (i >= n) {
        return out;
      }
      i++; // the delimiter
    }
  }
}
