package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.core.verify.RegisteredDigest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The issuing side: registers documents' digests, as an issuer does on the DVP. */
@Command(name = "registry", mixinStandardHelpOptions = true,
    description = "Maintain a hash registry (the issuing side, for tests, demos and integration tests).",
    subcommands = RegistryCommand.Add.class)
final class RegistryCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code registry add}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Record each file's SHA-256 digest under its documentId.",
          "Creates the registry if it does not exist; re-adding an identical document is a no-op."})
  static final class Add implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--registry", required = true, paramLabel = "REGISTRY", description = "The registry file.")
    Path registry;

    @Option(names = "--issuer", required = true, paramLabel = "NAME", description = "The issuing institution.")
    String issuer;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to register.")
    List<Path> files;

    @Override
    public Integer call() {
      try {
        RegisteredDigest.requireName(issuer, "--issuer");
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage() + " (the issuing institution's name, as it should appear in the registry)");
      }
      FileHashRegistry reg = Files.exists(registry) ? FileHashRegistry.load(registry) : FileHashRegistry.create(registry);
      DocumentIssuer issuing = DocumentIssuer.of(issuer);
      CreditFileReader reader = CreditFileReader.standard();
      var out = spec.commandLine().getOut();
      for (Path file : files) {
        byte[] bytes = InputFiles.readDocument(file, reader.limits().maxDocumentBytes());
        String id;
        try {
          // An issuer registers only documents that read: a digest of a broken file would vouch for nothing.
          reader.readUnverified(bytes);
          id = reader.peekDocumentId(bytes);
        } catch (InvalidInputException e) {
          throw InputFileException.of("document", file, e);
        }
        RegisteredDigest entry = issuing.issue(id, bytes);
        Optional<RegisteredDigest> existing = reg.lookup(id);
        if (existing.isPresent()) {
          RegisteredDigest e = existing.get();
          if (e.digestHex().equalsIgnoreCase(entry.digestHex()) && e.issuer().equals(issuer)
              && e.algorithm().equals(entry.algorithm())) {
            out.println("already   " + TerminalText.escape(id) + "  " + TerminalText.escape(file.toString()));
            continue;
          }
          throw new InvalidInputException("/documentId",
              "must not be registered twice with different content or issuer", "an id already in the registry");
        }
        reg.add(entry);
        out.println("added     " + TerminalText.escape(id) + "  " + TerminalText.escape(entry.algorithm()) + ":"
            + TerminalText.escape(entry.digestHex()) + "  " + TerminalText.escape(file.toString()));
      }
      reg.save();
      return ExitCodes.OK;
    }
  }
}
