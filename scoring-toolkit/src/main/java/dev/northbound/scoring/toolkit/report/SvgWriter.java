package dev.northbound.scoring.toolkit.report;

/**
 * Writes one standalone SVG document with a fixed size. Coordinates are printed with at most two
 * decimals and every piece of text is escaped, so the same calls always give the same bytes.
 */
final class SvgWriter {

  static final int WIDTH = 640;
  static final int HEIGHT = 400;
  static final String FONT_STACK =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans',"
          + " 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC',"
          + " 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

  private final StringBuilder out = new StringBuilder(8192);

  SvgWriter(String title, String description) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" font-family=\"").append(Text.escape(FONT_STACK))
        .append("\" font-size=\"13\" fill=\"").append(Palette.TEXT).append("\">\n")
        .append("<title>").append(Text.escape(title)).append("</title>\n")
        .append("<desc>").append(Text.escape(description)).append("</desc>\n")
        .append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" fill=\"#ffffff\"/>\n");
  }

  static String n(double value) {
    return Text.compact(value, 2);
  }

  SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
    out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
        .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2))
        .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append('"');
    dash(dash);
    out.append("/>\n");
    return this;
  }

  SvgWriter rect(double x, double y, double width, double height, String fill, String tooltip) {
    out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
        .append("\" fill=\"").append(fill).append('"');
    return close("rect", tooltip);
  }

  /** An open line through the points, with an optional dash pattern ({@code ""} for solid). */
  SvgWriter polyline(double[] xs, double[] ys, String stroke, double width, String dash) {
    out.append("<polyline points=\"");
    for (int i = 0; i < xs.length; i++) {
      out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    out.append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
        .append("\" stroke-linejoin=\"round\"");
    dash(dash);
    out.append("/>\n");
    return this;
  }

  /** A filled polygon with a translucent fill and a solid outline. */
  SvgWriter area(double[] xs, double[] ys, String colour, double fillOpacity) {
    out.append("<path d=\"");
    for (int i = 0; i < xs.length; i++) {
      out.append(i == 0 ? "M" : " L").append(n(xs[i])).append(' ').append(n(ys[i]));
    }
    out.append(" Z\" fill=\"").append(colour).append("\" fill-opacity=\"").append(n(fillOpacity))
        .append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"/>\n");
    return this;
  }

  SvgWriter circle(double cx, double cy, double r, String fill, String tooltip) {
    out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"1\"");
    return close("circle", tooltip);
  }

  /** Text at a point; {@code anchor} is start, middle or end; {@code rotate} turns it about the point. */
  SvgWriter text(double x, double y, String anchor, String text, String style) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
        .append(anchor).append('"').append(style.isEmpty() ? "" : " " + style).append('>')
        .append(Text.escape(text)).append("</text>\n");
    return this;
  }

  /** Vertical text reading bottom to top, centred on the point. */
  SvgWriter verticalText(double x, double y, String text, String style) {
    return text(x, y, "middle", text,
        "transform=\"rotate(-90 " + n(x) + ' ' + n(y) + ")\"" + (style.isEmpty() ? "" : " " + style));
  }

  /** Style for text drawn over lines: a white halo painted under the glyphs keeps it legible. */
  static final String HALO = "stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\"";

  String finish() {
    return out.append("</svg>\n").toString();
  }

  /** Ends an element, with a {@code <title>} child as its tooltip when {@code tooltip} is not empty. */
  private SvgWriter close(String element, String tooltip) {
    if (tooltip.isEmpty()) {
      out.append("/>\n");
    } else {
      out.append("><title>").append(Text.escape(tooltip)).append("</title></").append(element).append(">\n");
    }
    return this;
  }

  private void dash(String dash) {
    if (!dash.isEmpty()) {
      out.append(" stroke-dasharray=\"").append(dash).append('"');
    }
  }
}
