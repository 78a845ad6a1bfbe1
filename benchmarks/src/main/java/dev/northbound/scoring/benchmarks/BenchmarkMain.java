package dev.northbound.scoring.benchmarks;

import java.util.Collection;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmark jar's entry point: JMH with the command-line options passed through (so
 * {@code -h}, {@code -l}, {@code -lprof} and every run option behave as in {@code org.openjdk.jmh.Main}),
 * the GC profiler added when no profiler is named, and after the run a Markdown table of medians,
 * allocation per op and the ratio of each peer to ours ({@link ResultTable}).
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  /**
   * Runs JMH, then prints the table.
   *
   * @param args JMH's command-line options
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cmd;
    try {
      cmd = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line:");
      System.err.println(" " + e.getMessage());
      System.exit(1);
      return;
    }
    if (cmd.shouldHelp()) {
      cmd.showHelp();
      return;
    }
    if (cmd.shouldList()) {
      new Runner(cmd).list();
      return;
    }
    if (cmd.shouldListWithParams()) {
      new Runner(cmd).listWithParams(cmd);
      return;
    }
    if (cmd.shouldListProfilers()) {
      cmd.listProfilers();
      return;
    }
    if (cmd.shouldListResultFormats()) {
      cmd.listResultFormats();
      return;
    }
    Options options = cmd.getProfilers().isEmpty()
        ? new OptionsBuilder().parent(cmd).addProfiler(GCProfiler.class).build()
        : cmd;
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (NoBenchmarksException e) {
      System.err.println("No matching benchmarks. Miss-spelled regexp?");
      System.exit(1);
      return;
    } catch (RunnerException e) {
      System.err.print("ERROR: ");
      e.printStackTrace(System.err);
      System.exit(1);
      return;
    }
    System.out.println();
    System.out.println("Northbound summary (medians over every measured iteration of every fork):");
    System.out.println();
    System.out.print(ResultTable.of(results).render());
  }
}
