package dev.northbound.scoring.toolkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks in generated markup that every horizontal SVG text fits its chart: the extent given by
 * {@link Text#width} (which never underestimates the glyphs) from its x and anchor lies inside
 * {@code [0, SvgWriter.WIDTH]}, and no two texts on the same baseline of one chart overlap.
 * Public (test scope) so every report's tests can use it.
 */
public final class SvgTextFit {

  private static final Pattern SVG = Pattern.compile("<svg[^>]*>(.*?)</svg>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile(
      "<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" text-anchor=\"(start|middle|end)\"([^>]*)>([^<]*)</text>");
  private static final Pattern SIZE = Pattern.compile("font-size=\"([0-9.]+)\"");

  private SvgTextFit() {}

  /** Descriptions of every text that overflows its chart or overlaps another; empty when all fit. */
  public static List<String> problems(String markup) {
    List<String> out = new ArrayList<>();
    Matcher svg = SVG.matcher(markup);
    int chart = 0;
    while (svg.find()) {
      chart++;
      List<double[]> boxes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Matcher text = TEXT.matcher(svg.group(1));
      while (text.find()) {
        if (text.group(4).contains("transform")) {
          continue;
        }
        Matcher size = SIZE.matcher(text.group(4));
        double fontSize = size.find() ? Double.parseDouble(size.group(1)) : 13;
        String content = unescape(text.group(5));
        double x = Double.parseDouble(text.group(1));
        double y = Double.parseDouble(text.group(2));
        double width = Text.width(content, fontSize);
        double left = switch (text.group(3)) {
          case "start" -> x;
          case "middle" -> x - width / 2;
          default -> x - width;
        };
        if (left < 0 || left + width > SvgWriter.WIDTH) {
          out.add("chart " + chart + ": \"" + content + "\" spans " + Math.round(left) + " to "
              + Math.round(left + width));
        }
        for (int i = 0; i < boxes.size(); i++) {
          double[] b = boxes.get(i);
          boolean sameLine = Math.abs(b[2] - y) < Math.min(b[3], fontSize) * 0.8;
          if (sameLine && left < b[1] - 0.5 && b[0] < left + width - 0.5) {
            out.add("chart " + chart + ": \"" + content + "\" overlaps \"" + names.get(i) + "\"");
          }
        }
        boxes.add(new double[] {left, left + width, y, fontSize});
        names.add(content);
      }
    }
    return out;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
