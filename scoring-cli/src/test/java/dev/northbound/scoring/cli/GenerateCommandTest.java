package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path dir;

  @Test
  void generate_isDeterministicAndEveryDocumentVerifies() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    assertThat(CliTestSupport.run("generate", "--size", "300", "--seed", "11", "--out", a.toString()).exitCode()).isZero();
    assertThat(CliTestSupport.run("generate", "--size", "300", "--seed", "11", "--out", b.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllBytes(dir.resolve("a.registry.json"))).isEqualTo(Files.readAllBytes(dir.resolve("b.registry.json")));
    assertThat(Files.readAllLines(a)).hasSize(300);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("a.jsonl", "a.registry.json", "b.jsonl", "b.registry.json");

    // Every embedded document verifies against the registry and reads as a valid credit file.
    var registry = dev.northbound.scoring.core.verify.FileHashRegistry.load(dir.resolve("a.registry.json"));
    var verifier = dev.northbound.scoring.core.verify.DocumentVerifier.of(registry);
    var reader = dev.northbound.scoring.core.document.CreditFileReader.standard();
    int[] bad = {0};
    try (var in = Files.newInputStream(a)) {
      dev.northbound.scoring.toolkit.data.LineSplitter.forEach(in, 1 << 22, (no, buf, len) -> {
        var line = dev.northbound.scoring.toolkit.data.CreditFileLines.parse(no, buf, len);
        byte[] doc = line.documentBytes();
        var file = reader.read(verifier.verify(reader.peekDocumentId(doc), doc));
        assertThat(file.documents()).hasSize(1);
        if (line.outcome() == dev.northbound.scoring.toolkit.data.PerformanceOutcome.BAD) {
          bad[0]++;
        }
      });
    }
    assertThat(registry.entries()).hasSize(300);
    assertThat(bad[0]).isBetween(10, 60); // ~9.6% bad by docs/synthetic-data.md: 29 expected of 300
  }

  @Test
  void generate_withoutIncumbentWritesTheSameBytesAsBefore() throws Exception {
    Path a = dir.resolve("a.jsonl");
    assertThat(CliTestSupport.run("generate", "--size", "50", "--seed", "1", "--out", a.toString()).exitCode()).isZero();
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(a));
    // Pinned from the generator before through-the-door data existed (commit 03161b6), re-pinned when the
    // documents became credit-file format version 2 (the same files, in the new encoding), and again when
    // each file gained its consent (SyntheticConsent). Without their consents the files are still exactly
    // the version-2 files of before: nothing else the generator draws changed.
    assertThat(java.util.HexFormat.of().formatHex(digest)).isEqualTo("2d99ba6134a373985c5904c164b79377193a0ae74bc047291ce70276c35585dc");
    java.io.ByteArrayOutputStream withoutConsents = new java.io.ByteArrayOutputStream();
    long n = 0;
    for (String line : Files.readAllLines(a)) {
      byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      dev.northbound.scoring.toolkit.data.CreditFileLines.rewrite(++n, bytes, bytes.length, doc -> {
        var reader = dev.northbound.scoring.core.document.CreditFileReader.standard();
        return dev.northbound.scoring.core.document.CreditFileWriter.compact().write(
            reader.readWithoutProvenance(doc).withConsents(java.util.List.of()), reader.peekDocumentId(doc));
      }, withoutConsents);
    }
    assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(withoutConsents.toByteArray()))).isEqualTo("4a9eda1782e80f7e3b3cab90028d3351bc9aa6454a89a68174e5d1c67b513fd6");
  }

  @Test
  void generate_otherSeedOtherBytes() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path c = dir.resolve("c.jsonl");
    CliTestSupport.run("generate", "--size", "50", "--seed", "1", "--out", a.toString());
    CliTestSupport.run("generate", "--size", "50", "--seed", "2", "--out", c.toString());
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
  }

  @Test
  void generate_rejectsZeroSize() {
    CliTestSupport.Run run = CliTestSupport.run("generate", "--size", "0", "--out", dir.resolve("x.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--size must be between 1 and 50,000,000, found 0");
  }
}
