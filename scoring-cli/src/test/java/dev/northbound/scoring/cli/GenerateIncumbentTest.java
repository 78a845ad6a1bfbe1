package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import dev.northbound.scoring.toolkit.synthetic.SyntheticDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --incumbent}: accepts, rejects without outcome, truth, one registry. */
class GenerateIncumbentTest {

  private static final Pattern TRUTH = Pattern.compile("\\{\"id\":\"(syn-7-\\d{7})\",\"outcome\":\"(good|bad)\"}");

  @TempDir Path dir;

  private CliTestSupport.Run generate(String prefix) {
    return CliTestSupport.run("generate", "--size", "2000", "--seed", "7", "--out", dir.resolve(prefix + "accepts.jsonl").toString(),
        "--incumbent", "rule", "--reject-share", "0.3", "--override-share", "0.05", "--visibility", "0.8",
        "--rejects", dir.resolve(prefix + "rejects.jsonl").toString(), "--truth", dir.resolve(prefix + "truth.jsonl").toString());
  }

  @Test
  void generate_incumbentSplitsThePortfolioIntoAcceptsRejectsAndTruth() throws IOException {
    CliTestSupport.Run run = generate("");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("wrote 1398 accepted synthetic credit files", "602 rejected ones",
        "the digests of all 2000");
    FileHashRegistry registry = FileHashRegistry.load(dir.resolve("accepts.registry.json"));
    assertThat(registry.entries()).hasSize(2000);
    DocumentVerifier verifier = DocumentVerifier.of(registry);
    CreditFileReader reader = CreditFileReader.standard();

    List<String> acceptIds = new ArrayList<>();
    int[] acceptBads = {0};
    forEachLine(dir.resolve("accepts.jsonl"), (no, buf, len) -> {
      var line = CreditFileLines.parse(no, buf, len);
      byte[] doc = line.documentBytes();
      String id = reader.peekDocumentId(doc);
      assertThat(reader.read(verifier.verify(id, doc)).documents()).hasSize(1);
      acceptIds.add(id);
      acceptBads[0] += line.outcome() == PerformanceOutcome.BAD ? 1 : 0;
    });
    List<String> rejectIds = new ArrayList<>();
    forEachLine(dir.resolve("rejects.jsonl"), (no, buf, len) -> {
      assertThatThrownBy(() -> CreditFileLines.parse(no, buf, len)).isInstanceOf(InvalidInputException.class)
          .hasMessage("/lines/" + no + "/outcome: is required; found nothing");
      byte[] doc = CreditFileLines.parseUnlabelled(no, buf, len).documentBytes();
      String id = reader.peekDocumentId(doc);
      assertThat(reader.read(verifier.verify(id, doc)).documents()).hasSize(1);
      rejectIds.add(id);
    });
    List<String> truth = Files.readAllLines(dir.resolve("truth.jsonl"), StandardCharsets.UTF_8);

    // Seed 7, 2,000 applicants, reject share 0.3, override 0.05, visibility 0.8 (as ThroughTheDoorTest):
    // 1,398 accepts with 72 bads, 602 rejects with 146 bads.
    assertThat(acceptIds).hasSize(1398);
    assertThat(acceptBads[0]).isEqualTo(72);
    assertThat(rejectIds).hasSize(602);
    assertThat(truth).hasSize(602);
    // Every applicant exactly once, in one of the two files.
    Set<String> all = new HashSet<>(acceptIds);
    all.addAll(rejectIds);
    assertThat(all).hasSize(2000);
    for (int i = 0; i < 2000; i++) {
      assertThat(all).contains(SyntheticDocument.documentId(7, i));
    }
    // The truth file: the rejects' ids in order, each with the generator's outcome, nothing else.
    PortfolioGenerator gen = PortfolioGenerator.of(GeneratorConfig.defaults());
    int truthBads = 0;
    for (int r = 0; r < truth.size(); r++) {
      Matcher m = TRUTH.matcher(truth.get(r));
      assertThat(m.matches()).as(truth.get(r)).isTrue();
      assertThat(m.group(1)).isEqualTo(rejectIds.get(r));
      int index = Integer.parseInt(m.group(1).substring("syn-7-".length()));
      assertThat(m.group(2)).isEqualTo(gen.generate(7, index).bad() ? "bad" : "good");
      truthBads += m.group(2).equals("bad") ? 1 : 0;
    }
    assertThat(truthBads).isEqualTo(146);
  }

  @Test
  void generate_incumbentIsDeterministic() throws IOException {
    assertThat(generate("a-").exitCode()).isZero();
    assertThat(generate("b-").exitCode()).isZero();
    for (String f : List.of("accepts.jsonl", "rejects.jsonl", "truth.jsonl", "accepts.registry.json")) {
      assertThat(Files.readAllBytes(dir.resolve("a-" + f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve("b-" + f)));
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).hasSize(8); // no temporary file left behind
    }
  }

  @Test
  void generate_optionsOfIncumbentWithoutItAreUsageErrors() {
    Path out = dir.resolve("x.jsonl");
    CliTestSupport.Run run = CliTestSupport.run("generate", "--size", "10", "--out", out.toString(),
        "--rejects", dir.resolve("r.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--rejects is for --incumbent");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void generate_incumbentUsageErrorsComeBeforeAnyWork() {
    String out = dir.resolve("a.jsonl").toString();
    String rej = dir.resolve("r.jsonl").toString();
    String tru = dir.resolve("t.jsonl").toString();
    assertUsage("--incumbent needs --rejects FILE.jsonl and --truth FILE.jsonl",
        "--out", out, "--incumbent", "rule", "--rejects", rej);
    assertUsage("--incumbent must be rule, found scorecard",
        "--out", out, "--incumbent", "scorecard", "--rejects", rej, "--truth", tru);
    assertUsage("--incumbent: --reject-share must be more than 0 and at most 0.95, found 0.99",
        "--out", out, "--incumbent", "rule", "--rejects", rej, "--truth", tru, "--reject-share", "0.99");
    assertUsage("--incumbent: --visibility must be between 0 and 1, found -0.1",
        "--out", out, "--incumbent", "rule", "--rejects", rej, "--truth", tru, "--visibility", "-0.1");
    assertUsage("--out and --truth name the same file",
        "--out", out, "--incumbent", "rule", "--rejects", rej, "--truth", out);
    assertUsage("--rejects and --truth name the same file",
        "--out", out, "--incumbent", "rule", "--rejects", rej, "--truth", rej);
    assertUsage("--truth and --registry name the same file",
        "--out", out, "--incumbent", "rule", "--rejects", rej, "--truth", tru, "--registry", tru);
    assertThat(dir).isEmptyDirectory();
  }

  private void assertUsage(String message, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "generate";
    all[1] = "--size";
    all[2] = "10";
    System.arraycopy(args, 0, all, 3, args.length);
    CliTestSupport.Run run = CliTestSupport.run(all);
    assertThat(run.exitCode()).as(message).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }

  private static void forEachLine(Path file, LineSplitter.LineConsumer consumer) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      LineSplitter.forEach(in, 1 << 22, consumer);
    }
  }
}
