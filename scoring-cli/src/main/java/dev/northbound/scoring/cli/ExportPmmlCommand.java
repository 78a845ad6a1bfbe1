package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.io.AtomicFiles;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.pmml.PmmlExporter;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Exports a scorecard model file as PMML 4.4: a model over the standard features with the features
 * as fields, a model trained on a table (its file has inputs) with the table's raw columns as fields.
 */
@Command(name = "export-pmml", mixinStandardHelpOptions = true,
    description = {"Export a scorecard model file as PMML 4.4 (Scorecard model, pointsBelow reason codes).",
        "A model trained on credit files takes the standard features as its fields. A model trained on a table "
            + "(CSV or ARFF) takes the table's raw columns: numbers for a numeric column, the labels for a "
            + "categorical one; a label the model does not know is invalid and scores as missing, as in score "
            + "and evaluate."})
final class ExportPmmlCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A scorecard model file, trained on credit files or on a table.")
  Path model;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the PMML.")
  Path out;

  @Option(names = "--trust", paramLabel = "KEY",
      description = "Export the model only if signed by this Ed25519 public key (PEM); repeatable (docs/signing.md).")
  java.util.List<Path> trust = new java.util.ArrayList<>();

  @Override
  public Integer call() throws IOException {
    InputFiles.requireFile(model);
    OutputPaths.requireFileTarget("--out", out, "model.pmml");
    OutputPaths.requireNotAnInput("--out", out, "--model", model);
    ModelFile file = ModelFiles.read(model, TrustOption.load(trust));
    Scorecard card = file.scorecard();
    byte[] pmml = file.inputs().isPresent() ? PmmlExporter.toBytes(card, file.inputs().get())
        : PmmlExporter.toBytes(card);
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    AtomicFiles.write(out, pmml);
    spec.commandLine().getOut().println("wrote " + out);
    return ExitCodes.OK;
  }
}
