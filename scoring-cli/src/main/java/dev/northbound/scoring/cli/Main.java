package dev.northbound.scoring.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code northbound} command line: offline runs over credit files and models. Commands only
 * parse arguments, call the library and print; every piece of logic lives in the library modules.
 */
@Command(
    name = "northbound",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Credit scoring for Hong Kong residents in the Greater Bay Area: verified documents in, "
        + "explainable decisions out.",
    subcommands = {
      CommandLine.HelpCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandSpec spec;

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the CLI without exiting, for tests and embedding.
   *
   * @return the exit code (see {@code --help})
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(commandLine(), out, err, args);
  }

  /**
   * Runs {@code cmd}. picocli's execution exception handler sees only {@link Exception}s; an
   * {@link Error} thrown by a command (an {@link OutOfMemoryError} on a large input above all) is
   * caught here and mapped by {@link ErrorHandler} too, so it never ends in a raw stack trace.
   */
  static int run(CommandLine cmd, PrintWriter out, PrintWriter err, String... args) {
    cmd.setOut(out);
    cmd.setErr(err);
    int code;
    try {
      code = cmd.execute(args);
    } catch (Error e) {
      code = ErrorHandler.handle(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    Commands.register(cmd);
    cmd.registerConverter(java.time.LocalDate.class, new DateConverter());
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println(UsageMessages.withoutValues(ex));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
        c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      return ExitCodes.USAGE;
    });
    applyExitCodeHelp(cmd);
    return cmd;
  }

  private static void applyExitCodeHelp(CommandLine cmd) {
    var usage = cmd.getCommandSpec().usageMessage();
    usage.exitCodeListHeading("%nExit codes:%n");
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    for (String line : ExitCodes.HELP) {
      int colon = line.indexOf(':');
      codes.put(line.substring(0, colon), line.substring(colon + 1));
    }
    usage.exitCodeList(codes);
    for (CommandLine sub : cmd.getSubcommands().values()) {
      applyExitCodeHelp(sub);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"northbound " + (v == null ? "development build" : v)};
    }
  }
}
