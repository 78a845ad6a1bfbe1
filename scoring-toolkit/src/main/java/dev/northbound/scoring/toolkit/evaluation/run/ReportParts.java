package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.BandRange;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
import dev.northbound.scoring.toolkit.report.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Pieces shared by the evaluation and monitoring reports: model, rows, scorecard table. */
final class ReportParts {

  static final int SCHEMA_VERSION = 1;

  private ReportParts() {}

  static Map<String, Object> map() {
    return new LinkedHashMap<>();
  }

  static Object optional(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  static Map<String, Object> range(BandRange range) {
    Map<String, Object> m = map();
    m.put("lower", optional(range.lower()));
    m.put("upper", optional(range.upper()));
    m.put("label", range.toString());
    return m;
  }

  static Map<String, Object> model(Scorecard model) {
    Map<String, Object> m = map();
    m.put("id", model.info().id());
    m.put("version", model.info().version());
    m.put("kind", "scorecard");
    m.put("schemaFingerprint", model.schema().fingerprint());
    m.put("orientation", EvaluationMetrics.ORIENTATION.name());
    m.put("minScore", model.minScore());
    m.put("maxScore", model.maxScore());
    m.put("initialScore", model.initialScore());
    m.put("grades", model.riskGrades().labels());
    m.put("gradeCutoffs", model.riskGrades().cutoffs());
    return m;
  }

  /** The counts of one sample: records, scored, goods, bads, excluded and skipped (with reasons). */
  static Map<String, Object> rows(ScoredSample sample) {
    Map<String, Object> m = map();
    long bads = 0;
    for (boolean b : sample.rows.bad()) {
      bads += b ? 1 : 0;
    }
    m.put("read", sample.records);
    m.put("scored", (long) sample.size());
    m.put("bads", bads);
    m.put("goods", sample.size() - bads);
    m.put("excluded", Map.of("indeterminate", sample.indeterminate));
    m.put("skipped", sample.skipped);
    m.put("skippedByReason", new LinkedHashMap<>(sample.skippedByReason));
    List<Map<String, Object>> listed = new ArrayList<>();
    for (ScoredSample.Skipped s : sample.listed) {
      Map<String, Object> e = map();
      e.put("line", s.line());
      e.put("pointer", s.pointer());
      e.put("rule", s.rule());
      listed.add(e);
    }
    m.put("skippedListed", listed);
    return m;
  }

  static Map<String, Object> index(StabilityIndex index) {
    Map<String, Object> m = map();
    m.put("value", index.value());
    m.put("band", index.band().name());
    List<Map<String, Object>> bins = new ArrayList<>();
    index.bins().forEach(b -> {
      Map<String, Object> e = map();
      e.put("label", b.label());
      e.put("baselineCount", b.baselineCount());
      e.put("currentCount", b.currentCount());
      e.put("baselineShare", b.baselineShare());
      e.put("currentShare", b.currentShare());
      e.put("contribution", b.contribution());
      bins.add(e);
    });
    m.put("bins", bins);
    return m;
  }

  /** The scorecard's characteristics and bins with points and, if given, rows and bads per bin. */
  static List<Map<String, Object>> characteristics(Scorecard model, Optional<BinCounts> counts) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int c = 0; c < model.characteristics().size(); c++) {
      Characteristic ch = model.characteristics().get(c);
      Map<String, Object> m = map();
      m.put("feature", ch.feature());
      ch.partner().ifPresent(p -> m.put("partner", p));
      m.put("reasonCode", ch.reasonCode());
      List<Map<String, Object>> bins = new ArrayList<>();
      for (int b = 0; b < ch.bins().size(); b++) {
        Bin bin = ch.bins().get(b);
        Map<String, Object> e = map();
        e.put("label", bin.label());
        e.put("points", bin.points());
        if (counts.isPresent()) {
          long rows = counts.get().rows(c, b);
          e.put("rows", rows);
          e.put("bads", counts.get().bads(c, b));
          e.put("share", counts.get().total() == 0 ? 0.0 : (double) rows / counts.get().total());
          e.put("badRate", rows == 0 ? null : (double) counts.get().bads(c, b) / rows);
        }
        bins.add(e);
      }
      m.put("bins", bins);
      out.add(m);
    }
    return out;
  }

  /** The scorecard table for the page: characteristic, bin, points and, if given, share and bad rate. */
  static Table scorecardTable(Scorecard model, Optional<BinCounts> counts) {
    Table.Builder t = Table.builder("The model's scorecard: points per bin" + (counts.isPresent()
        ? ", with the share of scored rows and their bad rate" : ""))
        .textColumn("Characteristic").textColumn("Reason code").textColumn("Bin").numberColumn("Points", 1);
    if (counts.isPresent()) {
      t.numberColumn("Rows", 0).percentColumn("Share", 1).textColumn("Bad rate");
    }
    for (int c = 0; c < model.characteristics().size(); c++) {
      Characteristic ch = model.characteristics().get(c);
      for (int b = 0; b < ch.bins().size(); b++) {
        Bin bin = ch.bins().get(b);
        String name = b == 0 ? ch.name() : "";
        String code = b == 0 ? ch.reasonCode() : "";
        if (counts.isPresent()) {
          long rows = counts.get().rows(c, b);
          double share = counts.get().total() == 0 ? 0 : (double) rows / counts.get().total();
          String badRate = rows == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%",
              100.0 * counts.get().bads(c, b) / rows);
          t.row(name, code, bin.label(), bin.points(), rows, share, badRate);
        } else {
          t.row(name, code, bin.label(), bin.points());
        }
      }
    }
    return t.build();
  }

  /** The skipped records by reason, for the page. */
  static Table skippedTable(ScoredSample sample) {
    Table.Builder t = Table.builder("Skipped records by reason (JSON Pointer and rule; values are never shown)")
        .textColumn("Reason").numberColumn("Records", 0);
    sample.skippedByReason.forEach(t::row);
    return t.build();
  }
}
