package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --rejects FILE --reject-inference METHOD} on the through-the-door files of {@code generate}. */
class TrainRejectInferenceTest {

  @TempDir static Path dir;
  private static Path accepts;
  private static Path rejects;
  private static int rejectCount;

  @BeforeAll
  static void generate() throws IOException {
    accepts = dir.resolve("accepts.jsonl");
    rejects = dir.resolve("rejects.jsonl");
    CliTestSupport.Run run = CliTestSupport.run("generate", "--size", "3000", "--seed", "7", "--out",
        accepts.toString(), "--incumbent", "rule", "--reject-share", "0.3", "--override-share", "0.05",
        "--visibility", "0.8", "--rejects", rejects.toString(), "--truth", dir.resolve("truth.jsonl").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    rejectCount = (int) Files.lines(rejects).count();
    assertThat(rejectCount).isBetween(800, 1000);
  }

  private static CliTestSupport.Run train(String model, String... extra) {
    List<String> args = new ArrayList<>(List.of("--data", accepts.toString(), "--fx", "HKD/CNY=0.92", "--cv", "2",
        "--l2", "1", "--out", dir.resolve(model).toString()));
    args.addAll(Arrays.asList(extra));
    return TrainCommandTest.train(Map.of("SOURCE_DATE_EPOCH", "1790000000")::get, args.toArray(String[]::new));
  }

  private static Scorecard card(String model) throws IOException {
    return ScorecardFiles.read(dir.resolve(model), StandardFeatures.extractor().schema());
  }

  private static double inferredBadRate(String out) {
    Matcher m = Pattern.compile("rejects inferred, inferred bad rate (\\d+\\.\\d+)%").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Double.parseDouble(m.group(1)) / 100;
  }

  @Test
  void train_eachMethod() throws IOException {
    CliTestSupport.Run plain = train("plain.json");
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(plain.out()).doesNotContain("Reject inference", "Weighted rows");
    assertThat(card("plain.json").provenance().settings()).doesNotContainKeys("data.rejects",
        "rejectInference.method");

    double hard = 0;
    double fuzzy = 0;
    for (String method : List.of("hard-cutoff", "fuzzy", "parcelling")) {
      String model = method + ".json";
      CliTestSupport.Run run = train(model, "--rejects", rejects.toString(), "--reject-inference", method);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains(String.format(java.util.Locale.ROOT, "Reject inference %s (uplift %s): %,d"
          + " rejects inferred", method, method.equals("parcelling") ? "1.5" : "1", rejectCount));
      assertThat(run.out()).contains("Weighted rows: total weight");
      Map<String, String> settings = card(model).provenance().settings();
      assertThat(settings).containsEntry("data.rejects", "rejects.jsonl")
          .containsEntry("rejectInference.method", method)
          .containsEntry("rejectInference.uplift", method.equals("parcelling") ? "1.5" : "1");
      double rate = inferredBadRate(run.out());
      assertThat(rate).isBetween(0.01, 0.6);
      if (method.equals("hard-cutoff")) {
        hard = rate;
      } else if (method.equals("fuzzy")) {
        fuzzy = rate;
      }
    }
    // Hard cutoff labels round(sum of PDs) rejects bad; fuzzy's bad weight is the sum of PDs.
    assertThat(hard).isCloseTo(fuzzy, org.assertj.core.api.Assertions.within(1.0 / rejectCount + 0.0001));

    CliTestSupport.Run up = train("uplift.json", "--rejects", rejects.toString(), "--reject-inference", "fuzzy",
        "--uplift", "2");
    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(card("uplift.json").provenance().settings()).containsEntry("rejectInference.uplift", "2");
    assertThat(inferredBadRate(up.out())).isGreaterThan(fuzzy);

    CliTestSupport.Run none = train("none.json", "--rejects", rejects.toString(), "--reject-inference", "none");
    assertThat(none.exitCode()).as(none.err()).isZero();
    assertThat(none.out()).contains(String.format(java.util.Locale.ROOT, "Reject inference none: %,d rejects left out.",
        rejectCount)).doesNotContain("Weighted rows");
    assertThat(card("none.json").provenance().settings()).containsEntry("rejectInference.method", "none");
    // none trains on the accepts alone: the same card as without --rejects.
    assertThat(card("none.json").characteristics()).isEqualTo(card("plain.json").characteristics());
  }

  @Test
  void train_usageErrors() {
    assertUsage(train("u1.json", "--reject-inference", "fuzzy"),
        "--reject-inference needs --rejects FILE, the rejected applicants");
    assertUsage(train("u2.json", "--rejects", rejects.toString()),
        "--rejects needs --reject-inference METHOD (none, hard-cutoff, fuzzy or parcelling)");
    assertUsage(train("u3.json", "--rejects", rejects.toString(), "--reject-inference", "reclassify"),
        "--reject-inference must be one of none, hard-cutoff, fuzzy, parcelling, found reclassify");
    assertUsage(train("u4.json", "--rejects", rejects.toString(), "--reject-inference", "fuzzy", "--uplift", "0.5"),
        "--uplift must be a finite number, at least 1, found 0.5");
    assertUsage(train("u5.json", "--uplift", "2"), "--uplift needs --rejects and --reject-inference");
    List<String> boosted = List.of("--data", accepts.toString(), "--fx", "HKD/CNY=0.92", "--method", "boosted",
        "--out", dir.resolve("u6.json").toString(), "--rejects", rejects.toString(), "--reject-inference", "fuzzy");
    assertUsage(TrainCommandTest.train(Map.<String, String>of()::get, boosted.toArray(String[]::new)),
        "reject inference needs the WoE trainer: the boosted trainer takes no weights");
    assertUsage(train("u7.json", "--rejects", dir.resolve("rejects.csv").toString(), "--reject-inference", "fuzzy"),
        "--rejects must be of the kind of --data: JSON Lines of credit files (.jsonl), found rejects.csv");
    assertUsage(train("rejects.jsonl", "--rejects", rejects.toString(), "--reject-inference", "fuzzy"),
        "is the --rejects file: a run never overwrites its input");
  }

  @Test
  void train_refusesLabelledRejects() {
    CliTestSupport.Run run = train("l.json", "--rejects", accepts.toString(), "--reject-inference", "fuzzy");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("--rejects", "/lines/1/outcome", "must be absent in an unlabelled file");
  }

  private static void assertUsage(CliTestSupport.Run run, String message) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message);
  }
}
