package dev.northbound.scoring.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The main job. Until the full demo lands it prints what the CLI can do. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the main job end to end on a synthetic Greater Bay Area portfolio.")
final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    out.println("The end-to-end demo is not built yet; these commands are available:");
    spec.commandLine().getParent().usage(out);
    return ExitCodes.OK;
  }
}
