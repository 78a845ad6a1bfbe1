package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.definition.Ed25519Keys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Generates an Ed25519 key pair in PEM files, for signing models and policies. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
    description = {"Generate an Ed25519 signing key pair in PEM files (PKCS#8 private, X.509 public).",
        "The private key file is created readable by its owner only; existing files are never overwritten.",
        "For production keep the private key offline or in an HSM (docs/signing.md)."})
final class KeygenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out-private", required = true, paramLabel = "PRIVATE.pem", description = "The new private key file.")
  Path privateFile;

  @Option(names = "--out-public", required = true, paramLabel = "PUBLIC.pem", description = "The new public key file.")
  Path publicFile;

  @Override
  public Integer call() {
    if (privateFile.toAbsolutePath().normalize().equals(publicFile.toAbsolutePath().normalize())) {
      throw new UsageException("--out-private and --out-public must be two different files");
    }
    for (Path p : new Path[] {privateFile, publicFile}) {
      if (Files.exists(p)) {
        throw new UsageException("will not overwrite " + p + ": a key file is never replaced; choose another name");
      }
    }
    KeyPair pair = Ed25519Keys.generate();
    try {
      Ed25519Keys.writePrivate(pair.getPrivate(), privateFile);
      try {
        Ed25519Keys.writePublic(pair.getPublic(), publicFile);
      } catch (IOException e) {
        Files.deleteIfExists(privateFile); // we created it a moment ago; a lone private key is of no use
        throw e;
      }
    } catch (FileAlreadyExistsException e) {
      throw new UsageException("will not overwrite " + e.getFile() + ": a key file is never replaced");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the key files", e);
    }
    spec.commandLine().getOut().println("private key  " + privateFile + "  (owner-only; keep it offline)");
    spec.commandLine().getOut().println("public key   " + publicFile + "  (deploy with the service: score --trust "
        + publicFile + ")");
    return ExitCodes.OK;
  }
}
