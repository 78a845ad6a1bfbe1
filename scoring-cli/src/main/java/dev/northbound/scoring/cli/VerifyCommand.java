package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Verifies files against a registry of issuer digests, DVP-style. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Verify documents against the digests their issuers registered (DVP-style).",
        "Each file's exact bytes are checked under the documentId it carries, before it is parsed;",
        "every file is checked and reported, then a summary; exit code 4 if any fails (a file whose id",
        "cannot even be read fails as UNREADABLE_ID), 2 if one is missing and none failed."})
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--registry", required = true, paramLabel = "REGISTRY",
      description = "The hash registry (docs/registry-format.md).")
  Path registry;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to verify.")
  List<Path> files;

  @Override
  public Integer call() {
    InputFiles.requireFile(registry);
    CreditFileReader reader = CreditFileReader.standard();
    RegistryCheck check = new RegistryCheck(DocumentVerifier.of(FileHashRegistry.load(registry)), reader);
    var out = spec.commandLine().getOut();
    int failed = 0;
    int missing = 0;
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = InputFiles.readDocument(file, reader.limits().maxDocumentBytes());
      } catch (UsageException e) {
        out.println("MISSING   " + TerminalText.escape(file.toString()));
        missing++;
        continue;
      } catch (InvalidInputException e) {
        // Too large to read: its digest cannot be checked, so it is not verified.
        out.println("FAILED    " + TerminalText.escape(file.toString()) + "  -  TOO_LARGE");
        failed++;
        continue;
      }
      RegistryCheck.Outcome o = check.check(bytes);
      String id = TerminalText.escape(o.documentId().orElse("-"));
      if (o.passed()) {
        VerifiedDocument doc = o.verified().orElseThrow();
        out.println("verified  " + TerminalText.escape(file.toString()) + "  " + id + "  "
            + TerminalText.escape(doc.provenance().issuer()) + "  "
            + TerminalText.escape(doc.provenance().algorithm()) + ":"
            + TerminalText.escape(doc.provenance().digestHex()));
      } else {
        out.println("FAILED    " + TerminalText.escape(file.toString()) + "  " + id + "  " + o.reason());
        failed++;
      }
    }
    out.println(files.size() + " checked, " + (files.size() - failed - missing) + " verified, "
        + failed + " failed, " + missing + " missing");
    if (failed > 0) {
      spec.commandLine().getErr().println("verification failed: " + failed + " of " + files.size()
          + " files failed verification");
      return ExitCodes.VERIFICATION_FAILED;
    }
    if (missing > 0) {
      spec.commandLine().getErr().println("no such file: " + missing + " of " + files.size() + " files are missing");
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }
}
