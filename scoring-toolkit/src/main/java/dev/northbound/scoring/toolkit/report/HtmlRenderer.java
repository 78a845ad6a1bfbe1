package dev.northbound.scoring.toolkit.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link HtmlReport}'s parts as one HTML5 page; all text passes through {@link Text#escape}. */
final class HtmlRenderer {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final String CSS = String.join("\n",
      ":root{--text:#1f2933;--muted:#52606d;--line:#e4e7eb;--soft:#f5f7fa;--accent:#0072B2}",
      "*{box-sizing:border-box}",
      "body{margin:0;background:#ffffff;color:var(--text);font:15px/1.5 " + SvgWriter.FONT_STACK + "}",
      ".page{max-width:1180px;margin:0 auto;padding:32px 40px 24px}",
      "header{border-bottom:3px solid var(--accent);padding-bottom:14px;margin-bottom:20px}",
      "h1{font-size:28px;line-height:1.25;margin:0 0 6px;font-weight:650;letter-spacing:-0.01em}",
      ".generated{margin:0;color:var(--muted);font-size:13px}",
      "nav ol{display:flex;flex-wrap:wrap;gap:6px 20px;margin:0 0 20px;padding:0;list-style:none;font-size:13px}",
      "nav a{color:var(--accent);text-decoration:none}",
      ".summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px;margin:0 0 28px}",
      ".figure-card{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:12px 14px}",
      ".summary dt{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:0.04em}",
      ".summary dd{margin:2px 0 0;font-size:24px;font-weight:600;font-variant-numeric:tabular-nums}",
      "section{margin:0 0 32px}",
      "h2{font-size:20px;font-weight:650;margin:0 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}",
      "p{margin:0 0 12px;max-width:78ch}",
      ".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:16px;margin:0 0 16px}",
      "figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:12px 12px 6px;background:#ffffff}",
      "figcaption{font-weight:600;font-size:14px;margin:0 0 4px}",
      ".note{color:var(--muted);font-size:13px;font-weight:400;margin:0 0 6px}",
      "figure svg{display:block;width:100%;height:auto}",
      "table{border-collapse:collapse;margin:0 0 16px;font-size:14px;min-width:50%}",
      "caption{text-align:left;font-weight:600;padding:0 0 6px}",
      "th,td{padding:6px 12px;border-bottom:1px solid var(--line);text-align:left}",
      "th{font-size:12px;text-transform:uppercase;letter-spacing:0.04em;color:var(--muted);"
          + "border-bottom:2px solid #cbd2d9;white-space:nowrap}",
      "tbody tr:nth-child(even){background:var(--soft)}",
      ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "footer{border-top:1px solid var(--line);margin-top:8px;padding-top:12px;color:var(--muted);font-size:13px}",
      "pre{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:10px 12px;"
          + "font:12px/1.45 ui-monospace,'DejaVu Sans Mono','Noto Sans Mono CJK SC',monospace;"
          + "white-space:pre-wrap;overflow-wrap:anywhere}",
      "@page{size:A4;margin:14mm 12mm}",
      "@media print{",
      ":root{--text:#000000;--muted:#333333;--line:#bbbbbb;--soft:#ffffff}",
      "body{font-size:10.5pt;color:#000000;-webkit-print-color-adjust:exact;print-color-adjust:exact}",
      ".page{max-width:none;padding:0}",
      ".summary{grid-template-columns:repeat(4,1fr)}",
      ".figure-card{break-inside:avoid}",
      ".charts{display:block}",
      "figure{break-inside:avoid;page-break-inside:avoid;margin:0 0 10px;max-width:170mm}",
      "figure svg{width:100%;height:auto}",
      "h2,caption,figcaption{break-after:avoid;page-break-after:avoid}",
      "table{break-inside:avoid;page-break-inside:avoid;width:100%}",
      "thead{display:table-header-group}",
      "tr{break-inside:avoid;page-break-inside:avoid}",
      "tbody tr:nth-child(even){background:none}",
      "a{color:#000000;text-decoration:underline}",
      "a[href^=\"http\"]::after{content:\" (\" attr(href) \")\";font-size:90%}",
      "nav{break-after:avoid}",
      "}");

  private HtmlRenderer() {}

  static String render(String title, Instant generatedAt, Map<String, String> keyFigures,
      List<Section> sections, String footer) {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(Text.escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<div class=\"page\">\n")
        .append("<header>\n<h1>").append(Text.escape(title)).append("</h1>\n")
        .append("<p class=\"generated\">Generated <time datetime=\"")
        .append(generatedAt.truncatedTo(ChronoUnit.SECONDS)).append("\">")
        .append(SHOWN.format(generatedAt)).append("</time></p>\n</header>\n");
    out.append("<nav aria-label=\"Contents\"><ol>\n");
    for (int i = 0; i < sections.size(); i++) {
      out.append("<li><a href=\"#section-").append(i + 1).append("\">")
          .append(Text.escape(sections.get(i).heading())).append("</a></li>\n");
    }
    out.append("</ol></nav>\n");
    if (!keyFigures.isEmpty()) {
      out.append("<dl class=\"summary\" aria-label=\"Key figures\">\n");
      keyFigures.forEach((label, value) -> out.append("<div class=\"figure-card\"><dt>")
          .append(Text.escape(label)).append("</dt><dd>").append(Text.escape(value)).append("</dd></div>\n"));
      out.append("</dl>\n");
    }
    out.append("<main>\n");
    for (int i = 0; i < sections.size(); i++) {
      section(out, i + 1, sections.get(i));
    }
    out.append("</main>\n<footer>").append(Text.escape(footer)).append("</footer>\n</div>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void section(StringBuilder out, int number, Section section) {
    out.append("<section id=\"section-").append(number).append("\">\n<h2>")
        .append(Text.escape(section.heading())).append("</h2>\n");
    boolean inCharts = false;
    for (Section.Block block : section.blocks()) {
      boolean figure = block instanceof Section.Figure;
      if (figure != inCharts) {
        out.append(figure ? "<div class=\"charts\">\n" : "</div>\n");
        inCharts = figure;
      }
      if (block instanceof Section.Paragraph paragraph) {
        out.append("<p>").append(Text.escape(paragraph.text())).append("</p>\n");
      } else if (block instanceof Section.Code code) {
        out.append("<pre>").append(Text.escape(code.text())).append("</pre>\n");
      } else if (block instanceof Section.TableBlock table) {
        table(out, table.table());
      } else if (block instanceof Section.Figure chart) {
        out.append("<figure data-chart=\"").append(chart.name()).append("\">\n<figcaption>")
            .append(Text.escape(chart.chart().title()));
        if (!chart.note().isEmpty()) {
          out.append("<p class=\"note\">").append(Text.escape(chart.note())).append("</p>");
        }
        out.append("</figcaption>\n").append(chart.chart().toSvg()).append("</figure>\n");
      }
    }
    out.append(inCharts ? "</div>\n" : "").append("</section>\n");
  }

  private static void table(StringBuilder out, Table table) {
    out.append("<table>\n<caption>").append(Text.escape(table.caption())).append("</caption>\n<thead><tr>");
    for (Table.Column column : table.columns()) {
      out.append(column.kind() == Table.Kind.TEXT ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"num\">")
          .append(Text.escape(column.header())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.cells()) {
      out.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        out.append(table.columns().get(c).kind() == Table.Kind.TEXT ? "<td>" : "<td class=\"num\">")
            .append(Text.escape(row.get(c))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }
}
