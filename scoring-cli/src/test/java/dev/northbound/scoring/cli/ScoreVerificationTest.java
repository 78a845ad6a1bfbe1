package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verification can be neither bypassed nor masked: every failure ends in exit 4, after every file. */
class ScoreVerificationTest {

  private static Path examples;

  @BeforeAll
  static void examples() {
    examples = Path.of(System.getProperty("northbound.repo.dir", "../"), "docs", "examples");
  }

  private static String ex(String name) {
    return examples.resolve(name).toString();
  }

  /** The thick file with its declared income raised: parses, but no longer matches its registered digest. */
  private static Path forged(Path dir) throws IOException {
    String text = Files.readString(examples.resolve("thick-file-professional.json"));
    String edited = text.replace("\"amount\": 52000.00", "\"amount\": 92000.00");
    assertThat(edited).isNotEqualTo(text);
    return Files.writeString(dir.resolve("forged.json"), edited);
  }

  private static Path withBom(Path dir) throws IOException {
    byte[] b = Files.readAllBytes(examples.resolve("thin-file-graduate.json"));
    byte[] out = new byte[b.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(b, 0, out, 3, b.length);
    return Files.write(dir.resolve("bom.json"), out);
  }

  private static Path truncatedStart(Path dir) throws IOException {
    byte[] b = Files.readAllBytes(examples.resolve("recent-delinquency.json"));
    return Files.write(dir.resolve("truncated.json"), java.util.Arrays.copyOfRange(b, 5, b.length));
  }

  private static CliTestSupport.Run score(boolean policy, String... files) {
    List<String> args = new ArrayList<>(List.of("score", "--model", ex("scorecard.json"), "--registry",
        ex("registry.json"), "--as-of", "2026-11-20", "--fx", "HKD/CNY=0.92"));
    if (policy) {
      args.addAll(List.of("--policy", ex("policy.json")));
    }
    args.addAll(List.of(files));
    return CliTestSupport.run(args.toArray(String[]::new));
  }

  @Test
  void score_registryWithoutPolicy_forgedDocumentExits4WithMarker(@TempDir Path dir) throws IOException {
    // Before: printed a score and exited 0 with no marker.
    CliTestSupport.Run r = score(false, forged(dir).toString());
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.out()).contains("forged.json\n  verified  FAILED  DIGEST_MISMATCH\n");
    assertThat(r.err()).contains("verification failed: 1 of 1 files failed verification");
  }

  @Test
  void score_withPolicy_forgedDocumentDeclinedAndExits4(@TempDir Path dir) throws IOException {
    CliTestSupport.Run r = score(true, forged(dir).toString());
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.out()).contains("  verified  FAILED  DIGEST_MISMATCH\n").contains("  decision  DECLINE\n")
        .contains("KO_DOCUMENT_FAILED").doesNotContain("APPROVE");
  }

  @Test
  void score_tamperedFilesThatNoLongerParse_failVerificationNotParsing(@TempDir Path dir) throws IOException {
    // Before: the id was peeked by parsing first, so these gave exit 3 (invalid input) and masked the tampering.
    for (Path file : List.of(withBom(dir), truncatedStart(dir))) {
      CliTestSupport.Run r = score(true, file.toString());
      assertThat(r.exitCode()).as(file.toString()).isEqualTo(4);
      assertThat(r.out()).contains("  verified  FAILED  UNREADABLE_ID\n");
      assertThat(r.err()).doesNotContain("invalid input");
    }
  }

  @Test
  void score_batch_everyFileReportedThenExit4(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.json");
    CliTestSupport.Run r = score(true, ex("thick-file-professional.json"), forged(dir).toString(),
        missing.toString(), truncatedStart(dir).toString(), ex("thin-file-graduate.json"));
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.out()).contains("thick-file-professional.json\n  model ")
        .contains("decision  APPROVE   limit CNY 150000.00")
        .contains("thin-file-graduate.json\n  model ").contains("truncated.json\n  verified  FAILED  UNREADABLE_ID");
    assertThat(r.err()).contains("no such file: " + missing)
        .contains("verification failed: 2 of 5 files failed verification");
  }

  @Test
  void verify_batchWithMissingAndTamperedFiles(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.json");
    CliTestSupport.Run r = CliTestSupport.run("verify", "--registry", ex("registry.json"),
        ex("thick-file-professional.json"), missing.toString(), withBom(dir).toString(), forged(dir).toString());
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.out()).contains("verified  " + ex("thick-file-professional.json") + "  tuhk-2026-10-000417  TransUnion HK")
        .contains("MISSING   " + missing + "\n")
        .contains("FAILED    " + dir.resolve("bom.json") + "  -  UNREADABLE_ID\n")
        .contains("FAILED    " + dir.resolve("forged.json") + "  tuhk-2026-10-000417  DIGEST_MISMATCH\n")
        .endsWith("4 checked, 1 verified, 2 failed, 1 missing\n");
    CliTestSupport.Run onlyMissing = CliTestSupport.run("verify", "--registry", ex("registry.json"),
        ex("thick-file-professional.json"), missing.toString());
    assertThat(onlyMissing.exitCode()).isEqualTo(2);
    assertThat(onlyMissing.out()).endsWith("2 checked, 1 verified, 0 failed, 1 missing\n");
  }

  @Test
  void verify_registryWithControlCharactersInAnIssuer_refusedAtLoad(@TempDir Path dir) throws IOException {
    Path doc = examples.resolve("thick-file-professional.json");
    String digest = dev.northbound.scoring.core.verify.DigestAlgorithm.SHA_256.digestHex(Files.readAllBytes(doc));
    String issuer = "Evil\\u001b[2J\\nverified  fake.json  x  Bank\\u2028\\u202e";
    Path registry = Files.writeString(dir.resolve("registry.json"), "{\"format\":\"northbound.hash-registry\","
        + "\"version\":1,\"entries\":[{\"documentId\":\"tuhk-2026-10-000417\",\"issuer\":\"" + issuer + "\","
        + "\"algorithm\":\"SHA-256\",\"digestHex\":\"" + digest + "\",\"registeredAt\":\"2026-10-01T09:30:00Z\"}]}",
        StandardCharsets.UTF_8);
    CliTestSupport.Run r = CliTestSupport.run("verify", "--registry", registry.toString(), doc.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("invalid definition file (model, policy, grade matrix or registry): /entries/0: must have an issuer and an algorithm that are not "
        + "blank, have at most 200 characters and hold no control or format characters; found a name that breaks "
        + "that rule" + System.lineSeparator());
  }

  @Test
  void verify_fileNameWithControlCharacters_printedEscaped(@TempDir Path dir) throws IOException {
    Path doc = Files.copy(examples.resolve("thick-file-professional.json"), dir.resolve("evil\u001b[2J\nverified x.json"));
    CliTestSupport.Run r = CliTestSupport.run("verify", "--registry", examples.resolve("registry.json").toString(),
        doc.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("evil\\u001B[2J\\u000Averified x.json").doesNotContain("\u001b");
    assertThat(r.out().lines()).hasSize(2);
  }

  @Test
  void score_modelTextIsEscaped(@TempDir Path dir) throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode root = dev.northbound.scoring.core.definition.DefinitionJson
        .readObject(Files.readAllBytes(examples.resolve("scorecard.json")));
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("characteristics").get(0))
        .put("reasonEn", "Debt\u001b[2J\nAPPROVE");
    com.fasterxml.jackson.databind.node.ObjectNode content = root.deepCopy();
    content.remove("seal");
    String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(dev.northbound.scoring.core.definition.CanonicalJson.bytes(content)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("seal")).put("digest", digest);
    Path model = Files.writeString(dir.resolve("model.json"), root.toString());
    CliTestSupport.Run r = CliTestSupport.run("score", "--model", model.toString(), "--as-of", "2026-11-20",
        "--fx", "HKD/CNY=0.92", ex("thick-file-professional.json"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("  reason    C01  -15.0  Debt\\u001B[2J\\u000AAPPROVE (0.28)\n")
        .doesNotContain("\u001b");
  }
}
