package dev.northbound.scoring.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.SubjectPseudonymiser;
import dev.northbound.scoring.toolkit.data.CreditFileLine;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationReport;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationRun;
import dev.northbound.scoring.toolkit.evaluation.run.ProgressListener;
import dev.northbound.scoring.toolkit.evaluation.run.RowSource;
import dev.northbound.scoring.toolkit.evaluation.run.RowSources;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import dev.northbound.scoring.toolkit.synthetic.SyntheticApplicant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credit-file JSON through Spark: 2,000 synthetic JSON Lines lines plus deliberately broken ones,
 * scored and decided exactly as the single-machine pipeline does (read, extract, score, decide),
 * with the broken rows in the error column; and the spark-submit job's report.json and report.html on
 * the same file, equal to the local engine's.
 */
class CreditFileLinesSparkTest {

  static final int SYNTHETIC = 2_000;
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  static final ExtractionContext CONTEXT = new ExtractionContext(AS_OF, Money.CNY,
      FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", AS_OF)));
  static final byte[] KEY = new byte[32];
  /** Broken lines, each with the error it must produce. */
  static final String[][] BROKEN = {
    {"{\"document\":{}, \"outcome\":", "", "must be well-formed JSON", "malformed JSON"},
    {"{\"document\":{\"format\":\"northbound.credit-file\"},\"outcome\":\"late\"}", "/outcome",
        "must be \"good\", \"bad\" or \"indeterminate\"", "an unknown code"},
    {"[1,2,3]", "", "must be a JSON object", "another value"},
  };

  static List<String> lines;

  @BeforeAll
  static void generate() {
    PortfolioGenerator gen = PortfolioGenerator.of(GeneratorConfig.defaults());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (SyntheticApplicant a : gen.batch(7L, 0, SYNTHETIC)) {
      byte[] doc = CreditFileWriter.compact().write(a.creditFile(), "syn-7-" + a.index());
      CreditFileLines.write(out, doc, a.bad() ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD, Optional.of(a.segment().name()));
    }
    lines = new ArrayList<>(Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n")));
    for (int i = 0; i < BROKEN.length; i++) {
      lines.add(500 * (i + 1), BROKEN[i][0]);
    }
  }

  static Dataset<Row> dataset(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      rows.add(RowFactory.create((long) i, lines.get(i)));
    }
    StructType schema = new StructType().add("n", DataTypes.LongType, false).add("value", DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema).repartition(4);
  }

  @Test
  void scoreCreditFileLines_withPolicy_equalsSingleMachinePipelineAndKeepsBadRows() throws IOException {
    SparkSession spark = SharedSpark.session();
    String policyJson = Files.readString(FeatureRows.MODEL.resolveSibling("policy.json"));
    SparkScoring scoring = SparkScoring.create(spark, FeatureRows.modelBytes()).withPolicy(policyJson, KEY);
    List<Row> out = scoring.scoreCreditFileLines(dataset(spark), "value", CONTEXT)
        .orderBy("n").select("n", "outcome", "segment", "score", "pd", "grade", "reason_codes", "decision", "error")
        .collectAsList();
    assertThat(out).hasSize(SYNTHETIC + BROKEN.length);

    FeatureExtractor extractor = StandardFeatures.extractor();
    DecisionPolicy policy = DecisionPolicy.parse(policyJson, extractor.schema(), SubjectPseudonymiser.of(KEY));
    int errors = 0;
    for (Row r : out) {
      byte[] bytes = lines.get((int) r.getLong(0)).getBytes(StandardCharsets.UTF_8);
      String pointer = "";
      try {
        CreditFileLine line;
        try {
          line = CreditFileLines.parse(1, bytes, bytes.length);
        } catch (InvalidInputException e) {
          throw e; // pointer prefix stays "": the line's own pointer follows
        }
        pointer = "/document";
        CreditFile file = CreditFileReader.standard().readUnverified(line.documentBytes());
        FeatureVector v = extractor.extract(file, CONTEXT);
        ScoreResult s = FeatureRows.CARD.score(v);
        assertThat(r.isNullAt(8)).as("error of line %s", r.getLong(0)).isTrue();
        assertThat(r.getString(1)).isEqualTo(line.outcome().code());
        assertThat(r.getString(2)).isEqualTo(line.segment().orElseThrow());
        assertThat(r.getDouble(3)).isEqualTo(s.points());
        assertThat(r.getDouble(4)).isEqualTo(s.probabilityOfDefault());
        assertThat(r.getString(5)).isEqualTo(s.grade());
        assertThat(r.<String>getList(6)).isEqualTo(s.reasonCodes().stream().map(c -> c.code()).toList());
        assertThat(r.getString(7)).isEqualTo(policy.decide(file, v, s, AS_OF).outcome().name());
      } catch (InvalidInputException e) {
        errors++;
        Row err = r.getStruct(8);
        assertThat(r.isNullAt(3)).isTrue();
        assertThat(List.of(err.getString(0), err.getString(1), err.getString(2)))
            .containsExactly(orRoot(pointer + e.pointer().replaceFirst("^/lines/1", "")), e.rule(), e.found());
      }
    }
    assertThat(errors).isEqualTo(BROKEN.length);
    for (int i = 0; i < BROKEN.length; i++) {
      Row err = out.get(500 * (i + 1)).getStruct(8);
      assertThat(List.of(err.getString(0), err.getString(1), err.getString(2)))
          .containsExactly(BROKEN[i][1].isEmpty() ? "/" : BROKEN[i][1], BROKEN[i][2], BROKEN[i][3]);
    }
  }

  private static String orRoot(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }

  @Test
  void sparkJob_jsonLinesInFourSplits_writesTheLocalEnginesReport(@TempDir Path dir) throws IOException {
    List<String> file = new ArrayList<>(lines);
    file.add(1200, " "); // a blank line: not a record, but the lines after it count it
    Path data = dir.resolve("portfolio.jsonl");
    Files.write(data, file, StandardCharsets.UTF_8);
    Path out = dir.resolve("report");
    Configuration hadoop = SharedSpark.session().sparkContext().hadoopConfiguration();
    hadoop.set("mapreduce.input.fileinputformat.split.maxsize", Long.toString(Files.size(data) / 4 + 1));
    try {
      assertThat(org.apache.spark.api.java.JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext())
          .newAPIHadoopFile(data.toString(), org.apache.hadoop.mapreduce.lib.input.TextInputFormat.class,
              org.apache.hadoop.io.LongWritable.class, org.apache.hadoop.io.Text.class, hadoop)
          .getNumPartitions()).as("splits read by the job").isEqualTo(4);
      SparkJob.run(SharedSpark.session(), SparkReportsTest.CLOCK, "--model", FeatureRows.MODEL.toString(),
          "--data", data.toString(), "--fx", "HKD/CNY=0.92", "--segment-by", "segment", "--bootstrap", "20",
          "--seed", "7", "--skip-invalid", "true", "--out", out.toString());
    } finally {
      hadoop.unset("mapreduce.input.fileinputformat.split.maxsize");
    }
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    RowSource source = RowSources.creditFileLines(data, StandardFeatures.extractor(), Money.CNY,
        FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "command line", today)), true);
    EvaluationReport local = EvaluationRun.evaluate(FeatureRows.CARD, source, SparkReportsTest.SETTINGS,
        ProgressListener.NONE);

    assertThat(Files.readString(out.resolve("report.json"))).isEqualTo(new String(local.json(), StandardCharsets.UTF_8));
    assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(local.html().toHtml());
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.at("/data/source").asText()).isEqualTo("JSON Lines of credit files (portfolio.jsonl)");
    assertThat(report.at("/rows/read").asLong()).isEqualTo(SYNTHETIC + BROKEN.length);
    assertThat(report.at("/rows/scored").asLong()).isEqualTo(SYNTHETIC);
    assertThat(report.at("/rows/skipped").asLong()).isEqualTo(BROKEN.length);
    // Broken lines were inserted at indexes 500, 1000 and 1500 (lines 501, 1001, 1501); the blank line
    // at index 1200 moves the last one to line 1502.
    List<String> listed = new ArrayList<>();
    report.at("/rows/skippedListed").forEach(e -> listed.add(e.get("line").asLong() + " " + e.get("pointer").asText()
        + " " + e.get("rule").asText()));
    assertThat(listed).containsExactly(
        "501 /lines/501 must be well-formed JSON",
        "1001 /lines/1001/outcome must be \"good\", \"bad\" or \"indeterminate\"",
        "1502 /lines/1502 must be a JSON object");
  }
}
