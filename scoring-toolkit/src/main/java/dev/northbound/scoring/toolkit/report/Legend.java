package dev.northbound.scoring.toolkit.report;

import java.util.ArrayList;
import java.util.List;

/** A one-line legend above the plot: a swatch (line or box) and a label per entry. */
final class Legend {

  private record Entry(String label, String colour, String dash, boolean box) {}

  private final List<Entry> entries = new ArrayList<>();

  Legend line(String label, String colour, String dash) {
    entries.add(new Entry(label, colour, dash, false));
    return this;
  }

  Legend box(String label, String colour) {
    entries.add(new Entry(label, colour, "", true));
    return this;
  }

  /** Draws the entries left to right from {@code x}; labels are shortened to keep the line short. */
  void draw(SvgWriter svg, double x) {
    double y = 24;
    double cursor = x;
    for (Entry entry : entries) {
      if (entry.box()) {
        svg.rect(cursor, y - 9, 14, 10, entry.colour(), "");
      } else {
        svg.line(cursor, y - 4, cursor + 22, y - 4, entry.colour(), 2.5, entry.dash());
      }
      double labelX = cursor + (entry.box() ? 20 : 28);
      String label = Text.shorten(entry.label(), 40);
      svg.text(labelX, y, "start", label, "");
      cursor = labelX + approximateWidth(label) + 18;
    }
  }

  /** A fixed, font-independent estimate of a 13 px label's width, so layout is deterministic. */
  static double approximateWidth(String label) {
    return label.codePointCount(0, label.length()) * 7.0;
  }
}
