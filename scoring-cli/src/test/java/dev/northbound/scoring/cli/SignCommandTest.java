package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keygen, sign and score --trust with real Ed25519 keys, end to end. */
class SignCommandTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("northbound.repo.dir", "../"), "docs", "examples");

  private static CliTestSupport.Run score(Path model, Path policy, String... trust) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("score", "--model", model.toString(),
        "--policy", policy.toString(), "--registry", EXAMPLES.resolve("registry.json").toString(), "--as-of",
        "2026-11-20", "--fx", "HKD/CNY=0.92"));
    for (String t : trust) {
      args.add("--trust");
      args.add(t);
    }
    args.add(EXAMPLES.resolve("thick-file-professional.json").toString());
    return CliTestSupport.run(args.toArray(String[]::new));
  }

  @Test
  void signAndTrust_endToEnd(@TempDir Path dir) throws IOException {
    Path priv = dir.resolve("bank.key");
    Path pub = dir.resolve("bank.pub");
    Path otherPriv = dir.resolve("other.key");
    Path otherPub = dir.resolve("other.pub");
    assertThat(CliTestSupport.run("keygen", "--out-private", priv.toString(), "--out-public", pub.toString())
        .exitCode()).isZero();
    assertThat(CliTestSupport.run("keygen", "--out-private", otherPriv.toString(), "--out-public",
        otherPub.toString()).exitCode()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
    CliTestSupport.Run again = CliTestSupport.run("keygen", "--out-private", priv.toString(), "--out-public",
        dir.resolve("x.pub").toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("will not overwrite");

    Path model = Files.copy(EXAMPLES.resolve("scorecard.json"), dir.resolve("model.json"));
    Path policy = Files.copy(EXAMPLES.resolve("policy.json"), dir.resolve("policy.json"));
    // unsigned files fail under a trusted key, with exit 4
    CliTestSupport.Run unsigned = score(model, policy, pub.toString());
    assertThat(unsigned.exitCode()).isEqualTo(4);
    assertThat(unsigned.err()).contains("verification failed: document gba-example-personal failed verification:"
        + " UNSIGNED (the model file is not signed");

    CliTestSupport.Run sign = CliTestSupport.run("sign", "--key", priv.toString(), model.toString(),
        policy.toString());
    assertThat(sign.exitCode()).isZero();
    assertThat(sign.out()).isEqualTo("signed    " + model + "  model file\nsigned    " + policy + "  policy file\n");
    CliTestSupport.Run trusted = score(model, policy, otherPub.toString(), pub.toString());
    assertThat(trusted.exitCode()).isZero();
    assertThat(trusted.out()).isEqualTo(score(EXAMPLES.resolve("scorecard.json"), EXAMPLES.resolve("policy.json"))
        .out());
    assertThat(trusted.out()).contains("decision  APPROVE   limit CNY 150000.00");

    // signed by a key that is not trusted
    assertThat(score(model, policy, otherPub.toString()).exitCode()).isEqualTo(4);
    // the policy edited after signing: its cutoff lowered
    String text = Files.readString(policy);
    Files.writeString(policy, text.replace("\"approveAtOrAbove\": 600", "\"approveAtOrAbove\": 0"));
    assertThat(Files.readString(policy)).isNotEqualTo(text);
    CliTestSupport.Run edited = score(model, policy, pub.toString());
    assertThat(edited.exitCode()).isEqualTo(4);
    assertThat(edited.err()).contains("SIGNATURE_INVALID (the policy file's signature");
    // a public key given as the signing key, and a private key given as trusted: usage errors
    assertThat(CliTestSupport.run("sign", "--key", pub.toString(), model.toString()).exitCode()).isEqualTo(2);
    assertThat(score(model, policy, priv.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void trust_evaluateMonitorAndExportPmml_loadOnlyASignedModel(@TempDir Path dir) throws IOException {
    Path priv = dir.resolve("bank.key");
    Path pub = dir.resolve("bank.pub");
    assertThat(CliTestSupport.run("keygen", "--out-private", priv.toString(), "--out-public", pub.toString())
        .exitCode()).isZero();
    Path model = CliTestSupport.writeModel(dir);
    Path data = CliTestSupport.writePortfolio(dir, 5L, 400, "");
    String[][] commands = {
        {"evaluate", "--model", model.toString(), "--data", data.toString(), "--fx", "HKD/CNY=0.92",
            "--bootstrap", "2", "--trust", pub.toString(), "--report"},
        {"monitor", "--model", model.toString(), "--baseline", data.toString(), "--current", data.toString(),
            "--fx", "HKD/CNY=0.92", "--trust", pub.toString(), "--report"},
        {"export-pmml", "--model", model.toString(), "--trust", pub.toString(), "--out"}};
    int n = 0;
    for (String[] command : commands) {
      Path out = dir.resolve("unsigned-" + n++);
      CliTestSupport.Run unsigned = CliTestSupport.run(concat(command, out.toString()));
      assertThat(unsigned.exitCode()).as(command[0] + ": " + unsigned.err()).isEqualTo(4);
      assertThat(unsigned.err()).contains("UNSIGNED (the model file is not signed");
      assertThat(out).doesNotExist();
    }
    assertThat(CliTestSupport.run("sign", "--key", priv.toString(), model.toString()).exitCode()).isZero();
    for (String[] command : commands) {
      Path out = dir.resolve("signed-" + n++);
      CliTestSupport.Run signed = CliTestSupport.run(concat(command, out.toString()));
      assertThat(signed.exitCode()).as(command[0] + ": " + signed.err()).isZero();
      assertThat(out).exists();
    }
  }

  private static String[] concat(String[] a, String last) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = last;
    return out;
  }
}
