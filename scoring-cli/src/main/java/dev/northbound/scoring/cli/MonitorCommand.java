package dev.northbound.scoring.cli;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationReport;
import dev.northbound.scoring.toolkit.evaluation.run.MonitoringRun;
import dev.northbound.scoring.toolkit.evaluation.run.RowSource;
import dev.northbound.scoring.toolkit.evaluation.run.UnusableRowException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the stability view (PSI of the score, CSI per characteristic, PSI by month) between two samples. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
    description = "Compare a current sample with a baseline under a model: PSI of the score over the baseline's "
        + "deciles, CSI of every characteristic over its bins, bands, and PSI month by month; written atomically "
        + "to DIR/report.json and DIR/report.html. With too few rows for a meaningful PSI the status is "
        + "INSUFFICIENT_DATA instead of a band (docs/evaluation.md).")
final class MonitorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin EvaluateInputs inputs;

  @Option(names = "--baseline", required = true, paramLabel = "FILE", description = "The baseline sample.")
  Path baseline;

  @Option(names = "--current", required = true, paramLabel = "FILE", description = "The current sample.")
  Path current;

  @Option(names = "--report", required = true, paramLabel = "DIR", description = "The report directory: new or empty, or holding a previous report with --replace-report.")
  Path report;

  @Override
  public Integer call() throws Exception {
    ReportDirectories.check(report, inputs.replaceReport);
    Scorecard card = inputs.loadModel();
    RowSource base = inputs.source(baseline, card);
    RowSource now = inputs.source(current, card);
    var err = spec.commandLine().getErr();
    EvaluationReport result;
    try (EvaluateInputs.Progress progress = new EvaluateInputs.Progress(err, "monitor",
        base.sizeInBytes() + now.sizeInBytes())) {
      long[] offsetAndLast = {0, 0};
      result = MonitoringRun.monitor(card, base, now, inputs.settings(), (read, total, records) -> {
        if (read < offsetAndLast[1]) {
          offsetAndLast[0] += offsetAndLast[1]; // the current sample has started
        }
        offsetAndLast[1] = read;
        progress.progress(offsetAndLast[0] + read, -1, records);
      });
    } catch (UnusableRowException e) {
      return RowErrors.stopped(e, sample(e, base, now), err);
    }
    EvaluationReport written = result;
    ReportDirectories.write(inputs.replaceReport, writer -> written.write(report, writer));
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = (Map<String, Object>) result.data().get("metrics");
    spec.commandLine().getOut().println(String.format(Locale.ROOT, "score PSI %.4f (%s), %,d rows skipped; report in %s",
        metrics.get("psi"), metrics.get("psiBand"), result.rowsSkipped(), report));
    @SuppressWarnings("unchecked")
    Map<String, Object> rows = (Map<String, Object>) result.data().get("rows");
    RowErrors.printSkipped(spec.commandLine().getOut(), "Baseline rows", rows.get("baseline"));
    RowErrors.printSkipped(spec.commandLine().getOut(), "Current rows", rows.get("current"));
    return ExitCodes.OK;
  }

  /** The option and file of the sample the unusable row came from. */
  private String sample(UnusableRowException e, RowSource base, RowSource now) {
    String input = e.input().orElse("");
    boolean fromBase = input.equals(base.description());
    boolean fromNow = input.equals(now.description());
    if (fromBase && !fromNow) {
      return "--baseline " + baseline;
    }
    if (fromNow && !fromBase) {
      return "--current " + current;
    }
    return baseline.equals(current) ? "--baseline and --current " + baseline
        : "--baseline " + baseline + " or --current " + current;
  }
}
