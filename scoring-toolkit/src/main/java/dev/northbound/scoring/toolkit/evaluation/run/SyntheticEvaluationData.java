package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * SYNTHETIC data for demos, tests and the offline-evaluation benchmark: JSON Lines of generated
 * credit files with outcomes ({@link PortfolioGenerator}, compact documents) and a hand-built
 * scorecard over the standard features. Nothing here describes a real person, and the scorecard's
 * points were set by hand (sensible directions, not fitted): use it to exercise the pipeline, never
 * to judge applicants.
 *
 * <p>Run as a tool: {@code java -cp scoring-cli-all.jar
 * dev.northbound.scoring.toolkit.evaluation.run.SyntheticEvaluationData LINES SEED DATA.jsonl MODEL.json}
 * (a data file ending in {@code .gz} is gzip-compressed at the fastest level; the documents are about
 * 22 KB each, so a million lines are about 22 GB uncompressed).
 * Stateless and thread-safe.
 */
public final class SyntheticEvaluationData {

  private static final double INF = Double.POSITIVE_INFINITY;

  private SyntheticEvaluationData() {}

  private record Encoded(byte[] document, PerformanceOutcome outcome, String segment) {}

  /**
   * Writes {@code lines} generated credit files (applicants 0 to lines - 1 of {@code seed}) as JSON
   * Lines: segment = the generator's segment name, outcome good or bad, document ids
   * {@code syn-SEED-INDEX}. Amounts are in HKD: evaluate with {@code --fx HKD/CNY=0.92}.
   *
   * @param out where to write; not closed
   * @param seed the portfolio seed
   * @param lines how many lines, at least 0
   */
  public static void writeLines(OutputStream out, long seed, int lines) {
    PortfolioGenerator generator = PortfolioGenerator.of(GeneratorConfig.defaults());
    CreditFileWriter writer = CreditFileWriter.compact();
    int chunk = 4096;
    for (int from = 0; from < lines; from += chunk) {
      int count = Math.min(chunk, lines - from);
      generator.stream(seed, from, count)
          .map(a -> new Encoded(writer.write(a.creditFile(), "syn-" + seed + "-" + a.index()),
              a.bad() ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD, a.segment().name()))
          .forEachOrdered(e -> CreditFileLines.write(out, e.document, e.outcome, Optional.of(e.segment)));
    }
  }

  /**
   * The hand-built scorecard over {@link StandardFeatures#extractor()}'s schema: six
   * characteristics (worst status in 12 months, debt-to-income, revolving utilisation, hard
   * enquiries in 6 months, verified income, alternative sources), initial score 400, scaling 600
   * points at odds 50:1 and 20 points to double the odds, grades A to E.
   */
  public static Scorecard scorecard() {
    FeatureSchema schema = StandardFeatures.extractor().schema();
    return Scorecard.builder(schema).id("synthetic-gba-demo").version("2026.11.1").initialScore(400)
        .scaling(Scaling.of(600, 50, 20))
        .grades(RiskGrades.of(List.of("A", "B", "C", "D", "E"), List.of(600.0, 580.0, 560.0, 540.0)))
        .provenance(ModelProvenance.of("hand-built (SyntheticEvaluationData)", "synthetic",
            Instant.parse("2026-11-01T00:00:00Z"), Map.of("target", "outcome", "badValue", "bad"), 0L))
        .addCharacteristic(Characteristic.of("worst_status_12m", "E01", "Recent late payments",
            "近期有逾期还款", List.of(Bin.closedOpen(-INF, 1, 45), Bin.closedOpen(1, 2, 20),
                Bin.closedOpen(2, INF, 0), Bin.missing(25))))
        .addCharacteristic(Characteristic.of("debt_to_income_ratio", "E02",
            "Debt payments are high relative to income", "负债收入比偏高",
            List.of(Bin.openClosed(-INF, 0.3, 40), Bin.openClosed(0.3, 0.5, 25), Bin.openClosed(0.5, 0.8, 10),
                Bin.interval(0.8, false, INF, false, 0), Bin.missing(5))))
        .addCharacteristic(Characteristic.of("revolving_utilisation", "E03", "High use of revolving credit",
            "循环信用使用率偏高", List.of(Bin.openClosed(-INF, 0.3, 35), Bin.openClosed(0.3, 0.7, 20),
                Bin.interval(0.7, false, INF, false, 5), Bin.missing(20))))
        .addCharacteristic(Characteristic.of("hard_enquiries_6m", "E04", "Many recent credit applications",
            "近期信贷申请次数较多", List.of(Bin.closedOpen(-INF, 1, 30), Bin.closedOpen(1, 3, 20),
                Bin.closedOpen(3, INF, 0), Bin.missing(15))))
        .addCharacteristic(Characteristic.of("verified_monthly_income", "E05", "Low verified income",
            "核实收入偏低", List.of(Bin.closedOpen(-INF, 10000, 5), Bin.closedOpen(10000, 25000, 20),
                Bin.closedOpen(25000, INF, 35), Bin.missing(0))))
        .addCharacteristic(Characteristic.of("alternative_source_count", "E06", "Few alternative data sources",
            "替代数据来源较少", List.of(Bin.closedOpen(-INF, 2, 5), Bin.closedOpen(2, 4, 15),
                Bin.closedOpen(4, INF, 25), Bin.missing(5))))
        .build();
  }

  /**
   * The tool: {@code LINES SEED DATA_FILE MODEL_FILE}.
   *
   * @param args the arguments
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: SyntheticEvaluationData LINES SEED DATA_FILE MODEL_FILE");
    }
    int lines = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    long start = System.nanoTime();
    Path data = Path.of(args[2]);
    try (OutputStream out = new BufferedOutputStream(open(data), 1 << 20)) {
      writeLines(out, seed, lines);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    ScorecardFiles.write(scorecard(), Path.of(args[3]));
    System.out.printf(java.util.Locale.ROOT, "wrote %,d lines in %.1f s%n", lines, (System.nanoTime() - start) / 1e9);
  }

  private static OutputStream open(Path data) throws IOException {
    OutputStream file = Files.newOutputStream(data);
    if (!data.getFileName().toString().endsWith(".gz")) {
      return file;
    }
    return new GZIPOutputStream(file, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }
}
