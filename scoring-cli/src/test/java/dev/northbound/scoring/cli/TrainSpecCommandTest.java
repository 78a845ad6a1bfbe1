package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Bin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --spec/--write-spec} and {@code bin} on German credit and on a small table. */
class TrainSpecCommandTest {

  private static final String SPEC = """
      {"format": "northbound.training-spec", "formatVersion": 1,
       "selection": {"maxPValue": 0.05},
       "protectedAttributes": ["personal_status", "foreign_worker"],
       "integerPoints": true,
       "characteristics": {"checking_status": {"role": "exclude"},
                           "duration": {"kind": "numeric", "cuts": [12, 24, 36]}}}
      """;

  private static Path germanCredit() {
    String shared = System.getProperty("northbound.shared.dir");
    assumeTrue(shared != null, "northbound.shared.dir is not set; skipping");
    Path arff = Path.of(shared, "datasets", "german-credit", "credit-g.arff");
    assumeTrue(Files.isRegularFile(arff), arff + " is absent; skipping");
    return arff;
  }

  private static CliTestSupport.Run train(Path arff, Path spec, Path model, Path written) {
    return TrainCommandTest.train(Map.of("SOURCE_DATE_EPOCH", "1790000000")::get, "--data",
        arff.toString(), "--target", "class", "--bad-value", "bad", "--seed", "42", "--spec",
        spec.toString(), "--out", model.toString(), "--write-spec", written.toString());
  }

  @Test
  void train_withSpec_buildsThatModel_andTheWrittenSpecRoundTripsExactly(@TempDir Path dir)
      throws IOException {
    Path arff = germanCredit();
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, SPEC);
    CliTestSupport.Run first = train(arff, spec, dir.resolve("a.model.json"), dir.resolve("used.json"));
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("Dropped checking_status: the spec excludes it (IV 0.6660)")
        .contains("Dropped property_magnitude: p-value 0.1260 is the highest and above the ceiling")
        .contains("Spec:   " + dir.resolve("used.json"));
    ModelFile model = ScorecardFiles.readModel(dir.resolve("a.model.json"));
    assertThat(model.scorecard().characteristics()).hasSize(10);
    // The provenance names the spec by content: SHA-256 of the spec as read, in canonical form.
    byte[] canonical = dev.northbound.scoring.toolkit.training.TrainingSpec.read(Files.readAllBytes(spec)).toBytes();
    assertThat(model.scorecard().provenance().settings()).containsEntry("data.specSha256",
        java.util.HexFormat.of().formatHex(sha256(canonical)));
    assertThat(model.scorecard().initialScore()).isEqualTo(512.0);
    model.scorecard().characteristics().forEach(c -> {
      for (Bin b : c.bins()) {
        assertThat(b.points()).isEqualTo(Math.rint(b.points()));
      }
    });
    CliTestSupport.Run second = train(arff, dir.resolve("used.json"), dir.resolve("b.model.json"),
        dir.resolve("used-again.json"));
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("used-again.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("used.json")));
    assertThat(ScorecardFiles.readModel(dir.resolve("b.model.json")).scorecard().characteristics())
        .isEqualTo(model.scorecard().characteristics());
  }

  @Test
  void bin_writesTheSameExplicitSpecAsTrain_andPrintsTheBins(@TempDir Path dir) throws IOException {
    Path arff = germanCredit();
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, SPEC);
    assertThat(train(arff, spec, dir.resolve("m.json"), dir.resolve("used.json")).exitCode()).isZero();
    CliTestSupport.Run bin = CliTestSupport.run("bin", "--data", arff.toString(), "--target",
        "class", "--spec", spec.toString(), "--out-spec", dir.resolve("binned.json").toString());
    assertThat(bin.exitCode()).as(bin.err()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("binned.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("used.json")));
    assertThat(bin.out()).contains("duration (numeric, include, IV ")
        .contains("checking_status (categorical, exclude, IV 0.6660)")
        .contains("  [12, 24) ").doesNotContain("personal_status");
  }

  @Test
  @SuppressWarnings("unchecked")
  void bin_report_showsEveryCharacteristicsBins_countsAddingUpToTheData(@TempDir Path dir) throws IOException {
    Path arff = germanCredit();
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, SPEC);
    CliTestSupport.Run bin = CliTestSupport.run("bin", "--data", arff.toString(), "--target",
        "class", "--spec", spec.toString(), "--out-spec", dir.resolve("binned.json").toString(),
        "--report", dir.resolve("bins").toString());
    assertThat(bin.exitCode()).as(bin.err()).isZero();
    Map<String, Object> json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readValue(dir.resolve("bins/report.json").toFile(), Map.class);
    assertThat(json.get("report")).isEqualTo("binning");
    assertThat(json.get("rows")).isEqualTo(1000);
    assertThat(json.get("bads")).isEqualTo(300); // credit-g: 300 bad, 700 good
    List<Map<String, Object>> characteristics = (List<Map<String, Object>>) json.get("characteristics");
    // 20 attributes less the two protected ones
    assertThat(characteristics).hasSize(18)
        .noneMatch(c -> c.get("name").equals("personal_status") || c.get("name").equals("foreign_worker"));
    for (Map<String, Object> c : characteristics) {
      List<Map<String, Object>> bins = (List<Map<String, Object>>) c.get("bins");
      assertThat(bins.stream().mapToInt(b -> (Integer) b.get("count")).sum()).as((String) c.get("name")).isEqualTo(1000);
      assertThat(bins.stream().mapToInt(b -> (Integer) b.get("bads")).sum()).as((String) c.get("name")).isEqualTo(300);
    }
    Map<String, Object> duration = characteristics.stream().filter(c -> c.get("name").equals("duration"))
        .findFirst().orElseThrow();
    assertThat(((List<Map<String, Object>>) duration.get("bins"))).extracting(b -> b.get("range"))
        .containsExactly("< 12", "[12, 24)", "[24, 36)", ">= 36", "missing");
    String html = Files.readString(dir.resolve("bins/report.html"));
    assertThat(html).contains("Binning report").contains("Characteristic: duration")
        .contains("northbound.training-spec").doesNotContain("Bin[");
    assertThat(bin.out()).contains("Report: " + dir.resolve("bins").resolve("report.html"));
  }

  @Test
  void train_badSpec_isInvalidInputNamingPointerAndRule(@TempDir Path dir) throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    Path spec = dir.resolve("bad.json");
    Files.writeString(spec, "{\"format\": \"northbound.training-spec\", \"formatVersion\": 1,"
        + " \"selection\": {\"maxPValue\": 2}}");
    CliTestSupport.Run run = CliTestSupport.run("train", "--data", csv.toString(), "--target",
        "outcome", "--bad-value", "default", "--spec", spec.toString(), "--out",
        dir.resolve("m.json").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().strip()).isEqualTo("invalid input in --spec " + spec
        + ": /selection/maxPValue: must be in (0, 1]; found a positive number");
    assertThat(dir.resolve("m.json")).doesNotExist();
  }

  @Test
  void train_specNamingAnAbsentColumn_isInvalidInput(@TempDir Path dir) throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, "{\"format\": \"northbound.training-spec\", \"formatVersion\": 1,"
        + " \"characteristics\": {\"income\": {\"role\": \"force\"}}}");
    CliTestSupport.Run run = CliTestSupport.run("train", "--data", csv.toString(), "--target",
        "outcome", "--bad-value", "default", "--spec", spec.toString(), "--out",
        dir.resolve("m.json").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().strip()).isEqualTo("invalid input in --spec " + spec
        + ": /characteristics/income: must name a column of the training data; found no such column");
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
