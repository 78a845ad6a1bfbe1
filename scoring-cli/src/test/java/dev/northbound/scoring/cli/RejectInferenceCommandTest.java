package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reject-inference} end to end on {@code generate --incumbent rule} output: seed 42, 4,000
 * applicants, 30% rejected (5% overrides) on the hidden risk alone (visibility 0).
 */
class RejectInferenceCommandTest {

  @TempDir static Path dir;
  static Path accepts;
  static Path rejects;
  static Path truth;

  @BeforeAll
  static void generate() {
    accepts = dir.resolve("accepts.jsonl");
    rejects = dir.resolve("rejects.jsonl");
    truth = dir.resolve("truth.jsonl");
    CliTestSupport.Run run = CliTestSupport.run("generate", "--size", "4000", "--seed", "42",
        "--out", accepts.toString(), "--incumbent", "rule", "--reject-share", "0.3",
        "--override-share", "0.05", "--visibility", "0", "--rejects", rejects.toString(),
        "--truth", truth.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static CliTestSupport.Run study(Path report, String... extra) {
    List<String> args = new ArrayList<>(List.of("reject-inference", "--accepts", accepts.toString(),
        "--rejects", rejects.toString(), "--fx", "HKD/CNY=0.92", "--report", report.toString()));
    args.addAll(List.of(extra));
    return CliTestSupport.run(args.toArray(String[]::new));
  }

  @Test
  void rejectInference_withTruth_reportsBothViewsSideBySide() throws IOException {
    Path report = dir.resolve("with-truth");
    CliTestSupport.Run run = study(report, "--truth", truth.toString(), "--methods", "none,oracle");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // The same numbers as the library on the same population (RejectInferenceStudyTest).
    assertThat(run.out()).contains(
        "Trained on 1,950 accepts and 851 rejects; tested on 835 accepts and 364 rejects.",
        "| none | 0.7447 | 4.43% | 0.6377 |", "| oracle | 0.7961 | 3.47% | 0.6446 |");
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.get("report").asText()).isEqualTo("reject-inference");
    assertThat(json.get("truth").asBoolean()).isTrue();
    assertThat(json.has("note")).isFalse();
    JsonNode none = json.get("candidates").get(0);
    JsonNode oracle = json.get("candidates").get(1);
    assertThat(none.get("name").asText()).isEqualTo("none");
    assertThat(none.get("throughTheDoor").get("auc").asDouble()).isEqualTo(0.7447049525816649);
    assertThat(oracle.get("throughTheDoor").get("auc").asDouble()).isEqualTo(0.7960528626624517);
    assertThat(none.get("accepts").get("auc").asDouble()).isEqualTo(0.6376971030436377);
    assertThat(none.get("throughTheDoor").get("tradeoff").get("approved").asLong()).isEqualTo(835);
    assertThat(none.get("throughTheDoor").get("calibration")).hasSize(10);
    assertThat(json.get("split").get("testRejects").asInt()).isEqualTo(364);
    String html = Files.readString(report.resolve("report.html"));
    assertThat(html).contains("Through the door, with the truth", "The accepted applicants alone",
        "data-chart=\"auc-by-candidate\"", "oracle (through the door)", "none (accepts)");
    // Aggregates only: no document id reaches the report.
    assertThat(html).doesNotContain("syn-42-");
    assertThat(Files.readString(report.resolve("report.json"))).doesNotContain("syn-42-");
  }

  @Test
  void rejectInference_withoutTruth_saysSoAndReportsTheAccepts() throws IOException {
    Path report = dir.resolve("no-truth");
    CliTestSupport.Run run = study(report, "--methods", "none");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("No truth file: the rejected applicants' outcomes are unknown",
        "| none | n/a | n/a | 0.6377 |");
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.get("truth").asBoolean()).isFalse();
    assertThat(json.get("note").asText()).startsWith("No truth file:");
    assertThat(json.get("candidates").get(0).has("throughTheDoor")).isFalse();
    assertThat(json.get("candidates").get(0).get("accepts").get("auc").asDouble())
        .isEqualTo(0.6376971030436377);
  }

  @Test
  void rejectInference_everyMethod_besideNoneOnTheSameSplit() throws IOException {
    Path report = dir.resolve("methods");
    CliTestSupport.Run run = study(report, "--truth", truth.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode candidates = new ObjectMapper().readTree(report.resolve("report.json").toFile()).get("candidates");
    assertThat(candidates).extracting(c -> c.get("name").asText())
        .containsExactly("none", "hard-cutoff", "fuzzy", "parcelling");
    // The same split and the same accepts-only card as the none-and-oracle run above.
    assertThat(candidates.get(0).get("throughTheDoor").get("auc").asDouble()).isEqualTo(0.7447049525816649);
    for (JsonNode c : candidates) {
      assertThat(c.get("throughTheDoor").get("tradeoff").get("approved").asLong()).isEqualTo(835);
    }
  }

  @Test
  void rejectInference_usageErrors_exitTwoBeforeAnyWork() throws IOException {
    Path report = dir.resolve("refused");
    assertUsage(study(report, "--methods", "oracle"), "--methods oracle needs --truth");
    assertUsage(study(report, "--methods", "none,bogus"), "--methods must name none, hard-cutoff, fuzzy,"
        + " parcelling, oracle; found bogus");
    assertUsage(study(report, "--methods", "none,none"), "--methods names none twice");
    assertUsage(study(report, "--methods", "none", "--test-share", "1"), "--test-share must be more than 0");
    assertUsage(study(report, "--methods", "none", "--cv", "1"), "--cv must be at least 2");
    assertUsage(CliTestSupport.run("reject-inference", "--accepts", accepts.toString(), "--rejects",
        rejects.toString(), "--methods", "none", "--report", truth.toString()), "is a file; give a folder");
    assertThat(report).doesNotExist();
    Path busy = dir.resolve("busy");
    Files.createDirectories(busy);
    Files.writeString(busy.resolve("notes.txt"), "mine");
    assertUsage(study(busy, "--methods", "none"), "choose a new or empty directory for --report");
    assertThat(busy.resolve("report.json")).doesNotExist();
  }

  @Test
  void rejectInference_brokenTruth_isBadInputNamingTheLine() throws IOException {
    Path broken = dir.resolve("broken-truth.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(truth));
    lines.add(lines.get(0));
    Files.write(broken, lines);
    CliTestSupport.Run run = study(dir.resolve("broken"), "--truth", broken.toString(), "--methods", "none");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("--truth", "/lines/" + lines.size() + "/id: must not repeat");
  }

  private static void assertUsage(CliTestSupport.Run run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }
}
