package dev.northbound.scoring.toolkit.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A legend above the plot: a swatch (line or box) and a label per entry, left to right, wrapping
 * onto a second line when the first is full. Widths are measured with {@link Text#width}, which
 * never underestimates, so no entry runs past the right edge of the chart. When two lines cannot
 * hold the labels whole at 13 px the legend steps down to 12 and 11 px, then starts at the chart's
 * left edge, and only then shortens labels (with an ellipsis).
 */
final class Legend {

  private record Entry(String label, String colour, String dash, boolean box) {}

  static final double FONT_SIZE = 13;
  private static final double FIRST_LINE = 24;
  private static final double LINE_HEIGHT = 18;
  private static final int MAX_LINES = 2;
  private static final double GAP = 18;

  private final List<Entry> entries = new ArrayList<>();

  Legend line(String label, String colour, String dash) {
    entries.add(new Entry(label, colour, dash, false));
    return this;
  }

  Legend box(String label, String colour) {
    entries.add(new Entry(label, colour, "", true));
    return this;
  }

  /** Draws the entries from {@code x}, within the chart's width. */
  void draw(SvgWriter svg, double x) {
    double right = SvgWriter.WIDTH - 8;
    double start = x;
    List<String> labels = entries.stream().map(Entry::label).toList();
    double size = FONT_SIZE;
    while (lines(labels, start, right, size) > MAX_LINES && size > FONT_SIZE - 2) {
      size--;
    }
    if (lines(labels, start, right, size) > MAX_LINES) {
      start = 8;
    }
    int max = labels.stream().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(1);
    while (lines(labels, start, right, size) > MAX_LINES && max > 4) {
      max--;
      int keep = max;
      labels = labels.stream().map(l -> Text.shorten(l, keep)).toList();
    }
    String style = size == FONT_SIZE ? "" : "font-size=\"" + SvgWriter.n(size) + "\"";
    double y = FIRST_LINE;
    double cursor = start;
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      String label = Text.fit(labels.get(i), size, right - start - swatch(entry.box()));
      double width = swatch(entry.box()) + Text.width(label, size);
      if (cursor > start && cursor + width > right) {
        cursor = start;
        y += LINE_HEIGHT;
      }
      if (entry.box()) {
        svg.rect(cursor, y - 9, 14, 10, entry.colour(), "");
      } else {
        svg.line(cursor, y - 4, cursor + 22, y - 4, entry.colour(), 2.5, entry.dash());
      }
      svg.text(cursor + swatch(entry.box()), y, "start", label, style);
      cursor += width + GAP;
    }
  }

  private int lines(List<String> labels, double start, double right, double size) {
    int lines = 1;
    double cursor = start;
    for (int i = 0; i < entries.size(); i++) {
      double width = swatch(entries.get(i).box())
          + Math.min(Text.width(labels.get(i), size), right - start);
      if (cursor > start && cursor + width > right) {
        lines++;
        cursor = start;
      }
      cursor += width + GAP;
    }
    return lines;
  }

  private static double swatch(boolean box) {
    return box ? 20 : 28;
  }

  /** A conservative estimate of a legend label's width ({@link Text#width} at 13 px). */
  static double approximateWidth(String label) {
    return Text.width(label, FONT_SIZE);
  }
}
