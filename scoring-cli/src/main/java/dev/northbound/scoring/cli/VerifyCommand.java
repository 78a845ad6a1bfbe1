package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.VerificationException;
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
        "Each file is checked under the documentId it carries; exit code 4 if any fails."})
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
    DocumentVerifier verifier = DocumentVerifier.of(FileHashRegistry.load(registry));
    CreditFileReader reader = CreditFileReader.standard();
    var out = spec.commandLine().getOut();
    int failed = 0;
    int unreadable = 0;
    for (Path file : files) {
      byte[] bytes = InputFiles.readDocument(file, reader.limits().maxDocumentBytes());
      String id;
      try {
        id = reader.peekDocumentId(bytes);
      } catch (InvalidInputException e) {
        out.println("INVALID   " + file + "  " + e.getMessage());
        unreadable++;
        continue;
      }
      try {
        VerifiedDocument doc = verifier.verify(id, bytes);
        out.println("verified  " + file + "  " + id + "  " + doc.provenance().issuer() + "  "
            + doc.provenance().algorithm() + ":" + doc.provenance().digestHex());
      } catch (VerificationException e) {
        out.println("FAILED    " + file + "  " + id + "  " + e.reason());
        failed++;
      }
    }
    out.println(files.size() + " checked, " + (files.size() - failed - unreadable) + " verified, "
        + failed + " failed, " + unreadable + " unreadable");
    if (failed > 0) {
      return ExitCodes.VERIFICATION_FAILED;
    }
    return unreadable > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }
}
