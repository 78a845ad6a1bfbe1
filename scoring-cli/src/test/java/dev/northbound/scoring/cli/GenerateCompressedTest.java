package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} writing gzip, and the size it announces before a large run. */
class GenerateCompressedTest {

  @TempDir Path dir;

  @Test
  void generate_gzNameWritesGzipOfTheSameLines() throws IOException {
    Path plain = dir.resolve("a.jsonl");
    Path gz = dir.resolve("b.jsonl.gz");
    CliTestSupport.Run a = CliTestSupport.run("generate", "--size", "30", "--seed", "4", "--out", plain.toString());
    CliTestSupport.Run b = CliTestSupport.run("generate", "--size", "30", "--seed", "4", "--out", gz.toString());
    assertThat(a.exitCode()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(b.err()).doesNotContain("generate: about"); // 30 files: no estimate
    byte[] bytes = Files.readAllBytes(gz);
    assertThat(new int[] {bytes[0] & 0xff, bytes[1] & 0xff}).containsExactly(0x1f, 0x8b);
    try (var in = new GZIPInputStream(Files.newInputStream(gz))) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
    }
    assertThat(Files.readAllBytes(dir.resolve("b.registry.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a.registry.json")));
  }

  @Test
  void generate_gzOutputIsReadByEvaluateAndTrainLikeThePlainFile() throws IOException {
    Path gz = dir.resolve("p.jsonl.gz");
    Path plain = dir.resolve("q.jsonl");
    assertThat(CliTestSupport.run("generate", "--size", "400", "--seed", "9", "--out", gz.toString()).exitCode()).isZero();
    try (var in = new GZIPInputStream(Files.newInputStream(gz))) {
      Files.write(plain, in.readAllBytes());
    }
    Path model = CliTestSupport.writeModel(dir);
    for (Path data : new Path[] {gz, plain}) {
      CliTestSupport.Run eval = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", data.toString(),
          "--fx", "HKD/CNY=0.92", "--report", dir.resolve("r-" + data.getFileName()).toString());
      assertThat(eval.exitCode()).as(eval.err()).isZero();
    }
    // The same report but for the file's name.
    String a = Files.readString(dir.resolve("r-p.jsonl.gz").resolve("report.json"));
    String b = Files.readString(dir.resolve("r-q.jsonl").resolve("report.json"));
    assertThat(a.replaceAll(STAMP, "T")).isEqualTo(b.replace("(q.jsonl)", "(p.jsonl.gz)").replaceAll(STAMP, "T"));
    CliTestSupport.Run train = CliTestSupport.run("train", "--data", gz.toString(), "--fx", "HKD/CNY=0.92",
        "--out", dir.resolve("m.json").toString());
    assertThat(train.exitCode()).as(train.err()).isZero();
  }

  private static final String STAMP = "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(Z| UTC)?";

  @Test
  void estimateLine_roundsToGigabytesOrMegabytes() {
    // 22,300 bytes x 200,000 = 4.46e9 bytes.
    assertThat(GenerateCommand.estimateLine(22_300, 200_000, 200, false, false)).isEqualTo(
        "generate: about 4.5 GB of JSON Lines to write (200,000 credit files at about 22.3 kB each, measured on the"
            + " first 200)");
    // 3,150 bytes x 20,000 = 63 MB, gzip, through the door.
    assertThat(GenerateCommand.estimateLine(3_150, 20_000, 200, true, true)).isEqualTo(
        "generate: about 63 MB of gzip-compressed JSON Lines to write (20,000 credit files at about 3.2 kB each,"
            + " measured on the first 200) across --out and --rejects");
  }

  @Test
  void registryFor_stripsJsonlGz() {
    assertThat(GenerateCommand.registryFor(Path.of("d", "x.jsonl.gz"))).isEqualTo(Path.of("d", "x.registry.json"));
    assertThat(GenerateCommand.registryFor(Path.of("x.jsonl"))).isEqualTo(Path.of("x.registry.json"));
  }
}
