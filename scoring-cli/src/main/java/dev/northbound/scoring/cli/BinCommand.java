package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.io.AtomicFiles;
import dev.northbound.scoring.toolkit.training.BinReport;
import dev.northbound.scoring.toolkit.training.BinningRun;
import dev.northbound.scoring.toolkit.training.BinningTable;
import dev.northbound.scoring.toolkit.training.ScorecardTrainer;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the binning of {@code train} alone, for review before any model is fitted: prints each
 * characteristic's bins (count, share, goods, bads, bad rate, WoE, IV) and writes the spec with
 * every bin explicit, ready to edit and give back to {@code bin} or {@code train} with --spec.
 */
@Command(name = "bin", mixinStandardHelpOptions = true,
    description = {"Bin every characteristic as train would (docs/training-spec.md), print the bins and"
        + " write them as an explicit training spec to edit: change a cut, re-run, and only that"
        + " characteristic's bins change.",
        "--data: a CSV or ARFF table or JSON Lines of credit files with outcomes, as for train."})
final class BinCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TrainingDataOptions dataOptions;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "A training spec to bin by (default: the automatic binning of train).")
  Path specFile;

  @Option(names = "--out-spec", required = true, paramLabel = "FILE",
      description = "Write the spec with every bin explicit to FILE (written atomically; an existing file"
          + " is replaced, as with train --out).")
  Path outSpec;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Also write the bin report (report.json and report.html: every characteristic's bins,"
          + " bad rates, WoE and IV, with charts) into this directory: new or empty, or holding a previous"
          + " report with --replace-report.")
  Path report;

  @Option(names = "--replace-report", description = "Replace a previous report in the --report directory.")
  boolean replaceReport;

  @Mixin FxOptions fx;

  @Override
  public Integer call() throws Exception {
    OutputPaths.requireFileTarget("--out-spec", outSpec, "spec.json");
    OutputPaths.requireNotAnInput("--out-spec", outSpec, "--data", dataOptions.data);
    OutputPaths.requireNotAnInput("--out-spec", outSpec, "--spec", specFile);
    if (report != null) {
      OutputPaths.requireFolderTarget("--report", report);
      if (outSpec.toAbsolutePath().normalize().startsWith(report.toAbsolutePath().normalize())) {
        throw new UsageException("--out-spec must lie outside --report");
      }
      ReportDirectories.check(report, replaceReport);
    }
    Instant now = TrainTime.resolve(System::getenv, Clock.systemUTC());
    TrainingConfig config = (specFile == null ? TrainingConfig.builder()
        : TrainData.readSpec(specFile).toConfig()).build();
    TrainData input = dataOptions.read(
        fx.reportingCurrency(), fx.fxRates(now.atOffset(ZoneOffset.UTC).toLocalDate()));
    BinningRun run = TrainData.withSpec(Optional.ofNullable(specFile),
        () -> InputFiles.read("--data", dataOptions.data, () -> ScorecardTrainer.create(config).bin(input.data)));
    TrainingSpec used = run.usedSpec();
    if (report != null) {
      // The report first, as train does: a refused report directory leaves no spec file behind.
      Map<String, String> dataInfo = dataOptions.describe(input);
      BinReport bins = BinReport.of(run, input.data, now, dataInfo);
      ReportDirectories.write(replaceReport, writer -> writer.write(report, bins.json(), bins.html()));
    }
    Files.createDirectories(outSpec.toAbsolutePath().getParent());
    AtomicFiles.write(outSpec, used.toBytes());
    PrintWriter w = spec.commandLine().getOut();
    w.print(BinningTable.of(run.binnings(), used));
    w.println("Spec: " + outSpec);
    if (report != null) {
      w.println("Report: " + report.resolve("report.html"));
    }
    return ExitCodes.OK;
  }
}
