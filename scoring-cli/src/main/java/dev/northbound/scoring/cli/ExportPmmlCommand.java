package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.io.AtomicFiles;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ScorecardFiles;
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

/** Exports a scorecard model file as PMML 4.4. */
@Command(name = "export-pmml", mixinStandardHelpOptions = true,
    description = "Export a scorecard model file as PMML 4.4 (Scorecard model, pointsBelow reason codes).")
final class ExportPmmlCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A scorecard model file.")
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
    var trusted = TrustOption.load(trust);
    Scorecard card = trusted.isPresent()
        ? ScorecardFiles.read(model, StandardFeatures.extractor().schema(), trusted.get())
        : ScorecardFiles.read(model, StandardFeatures.extractor().schema());
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    AtomicFiles.write(out, PmmlExporter.toBytes(card));
    spec.commandLine().getOut().println("wrote " + out);
    return ExitCodes.OK;
  }
}
