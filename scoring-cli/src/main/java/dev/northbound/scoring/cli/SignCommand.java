package dev.northbound.scoring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.definition.DefinitionJson;
import dev.northbound.scoring.core.definition.Ed25519Keys;
import dev.northbound.scoring.core.io.AtomicFiles;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.io.ScorecardFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Signs model files and decision policies with the bank's Ed25519 private key. */
@Command(name = "sign", mixinStandardHelpOptions = true,
    description = {"Sign model files and decision policies with an Ed25519 private key (PEM, PKCS#8).",
        "Each file is checked (a model must be intact, a policy well-formed), then rewritten in place,",
        "atomically, with a \"signature\" member over its canonical content (docs/signing.md).",
        "Load them with 'score --trust PUBLIC.pem'."})
final class SignCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--key", required = true, paramLabel = "PRIVATE.pem", description = "The Ed25519 private key.")
  Path key;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files or decision policies to sign.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    InputFiles.requireFile(key);
    PrivateKey privateKey;
    try {
      privateKey = Ed25519Keys.readPrivate(key);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--key " + TerminalText.escape(key.toString()) + ": " + e.getMessage()
          + " (an Ed25519 private key, as written by 'northbound keygen')");
    }
    for (Path file : files) {
      InputFiles.requireFile(file);
    }
    var out = spec.commandLine().getOut();
    // Every file is read, checked and signed in memory first: a bad file among several changes none.
    List<byte[]> signed = new ArrayList<>(files.size());
    List<Boolean> models = new ArrayList<>(files.size());
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      ObjectNode root = DefinitionJson.readObject(bytes);
      JsonNode format = root.get("format");
      boolean model = format != null && format.isTextual();
      signed.add(model ? ScorecardFiles.sign(bytes, privateKey) : DecisionPolicy.sign(bytes, privateKey));
      models.add(model);
    }
    for (int i = 0; i < files.size(); i++) {
      replace(files.get(i), signed.get(i));
      out.println("signed    " + TerminalText.escape(files.get(i).toString()) + "  "
          + (models.get(i) ? "model file" : "policy file"));
    }
    return ExitCodes.OK;
  }

  private static void replace(Path file, byte[] bytes) {
    try {
      AtomicFiles.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
