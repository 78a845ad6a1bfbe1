package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.document.CreditFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks credit files against the document format alone (no verification). */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check credit files against the document format (docs/credit-file-format.md).",
        "Stops at the first invalid file with exit code 3, printing the JSON Pointer and the rule."})
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Credit files (JSON).")
  List<Path> files;

  @Override
  public Integer call() {
    CreditFileReader reader = CreditFileReader.standard();
    var out = spec.commandLine().getOut();
    for (Path file : files) {
      try {
        reader.readUnverified(InputFiles.readDocument(file, reader.limits().maxDocumentBytes()));
        out.println("valid    " + file);
      } catch (InvalidInputException e) {
        out.println("INVALID  " + file);
        spec.commandLine().getErr().println(file + ": " + e.getMessage());
        return ExitCodes.INVALID_INPUT;
      }
    }
    return ExitCodes.OK;
  }
}
