package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** registry add: the issuing side registers only documents that read, and all of a batch or none. */
class RegistryCommandTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("northbound.repo.dir", "../"), "docs", "examples");

  @Test
  void add_thenVerify_roundTrip(@TempDir Path dir) {
    Path registry = dir.resolve("registry.json");
    Path doc = EXAMPLES.resolve("thin-file-graduate.json");
    CliTestSupport.Run add = CliTestSupport.run("registry", "add", "--issuer", "TransUnion HK", "--registry",
        registry.toString(), doc.toString());
    assertThat(add.exitCode()).as(add.err()).isZero();
    CliTestSupport.Run verify = CliTestSupport.run("verify", "--registry", registry.toString(), doc.toString());
    assertThat(verify.exitCode()).as(verify.out()).isZero();
  }

  @Test
  void add_aDocumentThatDoesNotRead_exit3NamingTheFile_andNothingRegistered(@TempDir Path dir) throws Exception {
    Path registry = dir.resolve("registry.json");
    Path good = EXAMPLES.resolve("thin-file-graduate.json");
    byte[] bytes = Files.readAllBytes(EXAMPLES.resolve("thick-file-professional.json"));
    Path truncated = Files.write(dir.resolve("truncated.json"), Arrays.copyOf(bytes, bytes.length / 2));

    CliTestSupport.Run add = CliTestSupport.run("registry", "add", "--issuer", "TransUnion HK", "--registry",
        registry.toString(), good.toString(), truncated.toString());

    // before: the truncated file's id could still be peeked, so its digest was registered, exit 0
    assertThat(add.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(add.err()).startsWith("invalid input in document " + truncated + ": ");
    assertThat(registry).doesNotExist();
  }

  @Test
  void add_issuerWithATerminalEscape_usageError(@TempDir Path dir) {
    Path registry = dir.resolve("registry.json");
    CliTestSupport.Run add = CliTestSupport.run("registry", "add", "--issuer", "Bank\u001b[2J", "--registry",
        registry.toString(), EXAMPLES.resolve("thin-file-graduate.json").toString());
    assertThat(add.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(add.err()).isEqualTo("--issuer must hold no control or format characters (the issuing institution's "
        + "name, as it should appear in the registry)" + System.lineSeparator());
    assertThat(registry).doesNotExist();
  }
}
