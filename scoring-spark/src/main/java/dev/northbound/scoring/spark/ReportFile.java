package dev.northbound.scoring.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.models.evaluation.BandRange;
import dev.northbound.scoring.models.evaluation.CalibrationRow;
import dev.northbound.scoring.models.evaluation.GainsRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes {@code report.json} of a Spark evaluation: model identity, row counts (scored, skipped,
 * indeterminate), the metrics, deciles, gains and calibration tables, and the error counts by
 * pointer and rule. Counts and metrics only: no row, value or identity from the data.
 */
final class ReportFile {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportFile() {}

  static void write(Path file, SparkScoring scoring, EvaluationSummary s, List<ErrorCount> errors) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("engine", "spark");
    ObjectNode model = root.putObject("model");
    model.put("id", scoring.model().info().id());
    model.put("version", scoring.model().info().version());
    model.put("sealDigest", scoring.modelDigest());
    ObjectNode rows = root.putObject("rows");
    rows.put("scored", s.rowsScored());
    rows.put("skipped", s.rowsSkipped());
    rows.put("indeterminate", s.rowsIndeterminate());
    rows.put("bads", s.discrimination().bads());
    ObjectNode m = root.putObject("metrics");
    m.put("auc", s.discrimination().auc());
    m.put("gini", s.discrimination().gini());
    m.put("ks", s.discrimination().ks().value());
    m.put("ksCutoff", s.discrimination().ks().cutoff());
    m.put("accuracyRatio", s.discrimination().accuracyRatio());
    m.put("brier", s.brierScore());
    m.put("logLoss", s.logLoss());
    ArrayNode deciles = root.putArray("deciles");
    for (double c : s.deciles().cuts()) {
      deciles.add(c);
    }
    ArrayNode gains = root.putArray("gains");
    for (GainsRow g : s.gains().rows()) {
      ObjectNode r = range(gains.addObject(), g.range());
      r.put("rows", g.rows()).put("bads", g.bads()).put("badRate", g.badRate())
          .put("cumulativeApprovalRate", g.cumulativeApprovalRate()).put("cumulativeBadRate", g.cumulativeBadRate())
          .put("lift", g.lift());
    }
    ArrayNode calibration = root.putArray("calibration");
    for (CalibrationRow c : s.calibration()) {
      ObjectNode r = range(calibration.addObject(), c.range());
      r.put("rows", c.rows()).put("bads", c.bads()).put("expectedBads", c.expectedBads()).put("meanPd", c.meanPd())
          .put("observedBadRate", c.observedBadRate());
    }
    ArrayNode errs = root.putArray("errors");
    for (ErrorCount e : errors) {
      errs.addObject().put("pointer", e.pointer()).put("rule", e.rule()).put("rows", e.rows());
    }
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    MAPPER.writeValue(tmp.toFile(), root);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static ObjectNode range(ObjectNode node, BandRange range) {
    range.lower().ifPresent(v -> node.put("lower", v));
    range.upper().ifPresent(v -> node.put("upper", v));
    return node;
  }
}
