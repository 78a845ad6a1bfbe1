package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.report.BarChart;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bin report of {@code northbound bin}: binning alone, for a modeller and a validator to review
 * before any model is fitted. Per characteristic the bin table (range or group, count, share, goods,
 * bads, bad rate, WoE, IV) and the bad rate / WoE chart, the same sections the training report
 * shows; the IV of every characteristic; and the explicit spec the bins came from, which
 * {@code train --spec} reproduces exactly. Aggregates only, no row of data.
 */
public final class BinReport {

  /** The version of {@code report.json}'s layout. */
  public static final int SCHEMA_VERSION = 1;

  private final BinningRun run;
  private final long rows;
  private final long bads;
  private final Instant generatedAt;
  private final Map<String, String> data;

  private BinReport(BinningRun run, long rows, long bads, Instant generatedAt, Map<String, String> data) {
    this.run = run;
    this.rows = rows;
    this.bads = bads;
    this.generatedAt = generatedAt;
    this.data = data;
  }

  /**
   * A bin report.
   *
   * @param run the binning
   * @param binned the data it binned (for the row and bad counts)
   * @param generatedAt the report time
   * @param data what the data was, for example {@code file}, {@code format}, {@code target}
   */
  public static BinReport of(BinningRun run, Dataset binned, Instant generatedAt, Map<String, String> data) {
    Objects.requireNonNull(run, "run");
    long bads = 0;
    for (boolean b : binned.bad()) {
      bads += b ? 1 : 0;
    }
    return new BinReport(run, binned.rows(), bads, Objects.requireNonNull(generatedAt, "generatedAt"),
        new TreeMap<>(data));
  }

  /** The content of {@code report.json}. */
  public Map<String, Object> json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("report", "binning");
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("generatedAt", generatedAt.toString());
    root.put("data", data);
    root.put("rows", rows);
    root.put("bads", bads);
    List<Object> characteristics = new ArrayList<>();
    for (BinningResult b : run.binnings()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("name", b.characteristic());
      node.put("numeric", b.numeric());
      node.put("iv", b.iv());
      b.trend().ifPresent(t -> node.put("trend", t.name()));
      node.put("bins", TrainingReportJson.bins(b, rows, Optional.empty()));
      characteristics.add(node);
    }
    root.put("characteristics", characteristics);
    root.put("spec", TrainingReportJson.parseSpec(specText()));
    return root;
  }

  /** The page of {@code report.html}. */
  public HtmlReport html() {
    HtmlReport.Builder page = HtmlReport.builder().title("Binning report")
        .generatedAt(generatedAt)
        .keyFigure("Rows", String.format(java.util.Locale.ROOT, "%,d", rows))
        .keyFigure("Bad rate", String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * bads / rows))
        .keyFigure("Characteristics", Integer.toString(run.binnings().size()));
    List<BinningResult> byIv = new ArrayList<>(run.binnings());
    byIv.sort(Comparator.comparingDouble(BinningResult::iv).reversed().thenComparing(BinningResult::characteristic));
    Table.Builder table = Table.builder("Information value").textColumn("Characteristic")
        .numberColumn("IV", 4).numberColumn("Bins", 0);
    byIv.forEach(b -> table.row(b.characteristic(), b.iv(), b.bins().size()));
    page.section(Section.builder("Characteristics")
        .paragraph("Binning alone, before any model is fitted (" + data.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("")
            + "). Review each characteristic's bins; edit cuts or groups in the spec below and run"
            + " bin or train with it: only what you edit changes.")
        .chart("information-value", BarChart.of("Information value per characteristic",
            "Information value", byIv.stream().map(BinningResult::characteristic).toList(),
            byIv.stream().mapToDouble(BinningResult::iv).toArray(), 3))
        .table(table.build())
        .build());
    Set<String> names = new HashSet<>();
    for (int k = 0; k < run.binnings().size(); k++) {
      page.section(TrainingReportSections.characteristic(run.binnings().get(k), k, rows, Optional.empty(),
          "not fitted yet", names));
    }
    page.section(Section.builder("Spec of these bins")
        .paragraph("Every bin made explicit: northbound train --spec with this file gives exactly these bins.")
        .code(specText())
        .build());
    return page.footer("Produced by Northbound binning. Aggregate figures only.").build();
  }

  private String specText() {
    return new String(run.usedSpec().toBytes(), StandardCharsets.UTF_8);
  }
}
