package dev.northbound.scoring.cli;

import dev.northbound.scoring.toolkit.data.Compression;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.IncumbentPolicy;
import dev.northbound.scoring.toolkit.synthetic.PortfolioFiles;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import dev.northbound.scoring.toolkit.synthetic.ThroughTheDoor;
import dev.northbound.scoring.toolkit.synthetic.ThroughTheDoorFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a synthetic Greater Bay Area portfolio (docs/synthetic-data.md). */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Generate a SYNTHETIC Greater Bay Area portfolio with its hash registry.",
        "Writes JSON Lines of credit files with outcomes (docs/synthetic-data.md) and the registry of their",
        "documents' digests. Same seed, same bytes.",
        "With --incumbent rule, a past policy decides first (docs/reject-inference.md, The simulation):",
        "--out gets the accepted applicants with outcomes, --rejects the rejected ones without an outcome,",
        "--truth the rejects' outcomes (for evaluation only); the registry covers every document.",
        "An output named *.gz is gzip-compressed. A run of more than 10,000 files first prints its estimated size."})
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--size", required = true, paramLabel = "N", description = "Number of applicants.")
  int size;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE.jsonl",
      description = "The JSON Lines file to write; gzip-compressed if its name ends in .gz (FILE.jsonl.gz).")
  Path out;

  @Option(names = "--registry", paramLabel = "REGISTRY",
      description = "The registry to write (default: next to --out, named <out>.registry.json).")
  Optional<Path> registry;

  @Option(names = "--incumbent", paramLabel = "POLICY",
      description = "Simulate a past policy and split the portfolio into accepts and rejects: rule (the"
          + " documented bureau rule mixed with a hidden judgement, docs/reject-inference.md).")
  Optional<String> incumbent;

  @Option(names = "--reject-share", paramLabel = "R",
      description = "With --incumbent: the share rejected, more than 0 and at most 0.95 (default: 0.3).")
  Optional<Double> rejectShare;

  @Option(names = "--override-share", paramLabel = "O",
      description = "With --incumbent: the share of would-be rejects accepted, 0 to 0.5; as many would-be"
          + " accepts are rejected in expectation (default: 0.05).")
  Optional<Double> overrideShare;

  @Option(names = "--visibility", paramLabel = "V",
      description = "With --incumbent: the weight of data the new model also sees in the policy score, 0"
          + " (hidden judgement only) to 1 (bureau rule only) (default: 0.8).")
  Optional<Double> visibility;

  @Option(names = "--rejects", paramLabel = "FILE.jsonl",
      description = "With --incumbent (required): the rejected applicants, without an outcome.")
  Optional<Path> rejects;

  @Option(names = "--truth", paramLabel = "FILE.jsonl",
      description = "With --incumbent (required): the rejects' outcomes, {\"id\":...,\"outcome\":...} per line.")
  Optional<Path> truth;

  @Override
  public Integer call() throws Exception {
    if (size < 1 || size > 50_000_000) {
      throw new UsageException("--size must be between 1 and 50,000,000, found " + size);
    }
    Optional<IncumbentPolicy> policy = policy();
    PortfolioGenerator generator = PortfolioGenerator.of(GeneratorConfig.defaults());
    Path reg = registry.orElseGet(() -> registryFor(out));
    OutputPaths.requireFileTarget("--out", out, "portfolio.jsonl");
    OutputPaths.requireFileTarget("--registry", reg, "registry.json");
    OutputPaths.requireDifferentOutputs("--out", out, "--registry", reg);
    if (size > ESTIMATE_ABOVE) {
      spec.commandLine().getErr().println(estimate(generator));
    }
    if (policy.isPresent()) {
      return throughTheDoor(generator, policy.get(), reg);
    }
    // Fixed, so the same seed gives the same bytes: SOURCE_DATE_EPOCH, else the month after the last application.
    Instant registeredAt = SourceDate.fromEnvironment().orElseGet(() -> generator.config().lastApplicationMonth()
        .plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    try (ProgressBar bar = ProgressBar.create(spec.commandLine().getErr(), "generating", size)) {
      long[] last = {0};
      PortfolioFiles.write(generator, seed, size, out, reg, registeredAt, done -> {
        bar.advance(done - last[0]);
        last[0] = done;
      });
    }
    spec.commandLine().getOut().println("wrote " + size + " synthetic credit files to " + out + " and their digests to " + reg);
    return ExitCodes.OK;
  }

  /** The policy of --incumbent, after checking the options that belong to it; usage errors before any work. */
  private Optional<IncumbentPolicy> policy() {
    if (incumbent.isEmpty()) {
      for (var o : new Object[][] {{"--reject-share", rejectShare}, {"--override-share", overrideShare},
          {"--visibility", visibility}, {"--rejects", rejects}, {"--truth", truth}}) {
        if (((Optional<?>) o[1]).isPresent()) {
          throw new UsageException(o[0] + " is for --incumbent");
        }
      }
      return Optional.empty();
    }
    if (!incumbent.get().strip().toLowerCase(Locale.ROOT).equals("rule")) {
      throw new UsageException("--incumbent must be rule, found " + incumbent.get());
    }
    if (rejects.isEmpty() || truth.isEmpty()) {
      throw new UsageException("--incumbent needs --rejects FILE.jsonl and --truth FILE.jsonl");
    }
    if (size > ThroughTheDoor.MAX_SIZE) {
      throw new UsageException("--size must be at most 10,000,000 with --incumbent, found " + size);
    }
    try {
      return Optional.of(new IncumbentPolicy(rejectShare.orElse(0.3), overrideShare.orElse(0.05),
          visibility.orElse(0.8)));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--incumbent: " + e.getMessage()
          .replace("rejectShare", "--reject-share").replace("overrideShare", "--override-share")
          .replace("visibility", "--visibility"));
    }
  }

  private int throughTheDoor(PortfolioGenerator generator, IncumbentPolicy policy, Path reg) throws Exception {
    Path rej = rejects.get();
    Path tru = truth.get();
    OutputPaths.requireFileTarget("--rejects", rej, "rejects.jsonl");
    OutputPaths.requireFileTarget("--truth", tru, "truth.jsonl");
    OutputPaths.requireDifferentOutputs("--out", out, "--rejects", rej);
    OutputPaths.requireDifferentOutputs("--out", out, "--truth", tru);
    OutputPaths.requireDifferentOutputs("--rejects", rej, "--truth", tru);
    OutputPaths.requireDifferentOutputs("--rejects", rej, "--registry", reg);
    OutputPaths.requireDifferentOutputs("--truth", tru, "--registry", reg);
    Instant registeredAt = registeredAt(generator);
    ThroughTheDoor decisions;
    try (ProgressBar bar = ProgressBar.create(spec.commandLine().getErr(), "generating", size)) {
      decisions = ThroughTheDoorFiles.write(generator, seed, size, policy,
          new ThroughTheDoorFiles.Targets(out, rej, tru, reg), registeredAt, advance(bar));
    }
    int rejected = decisions.rejectedCount();
    spec.commandLine().getOut().println("wrote " + (size - rejected) + " accepted synthetic credit files to " + out
        + ", " + rejected + " rejected ones to " + rej + ", their outcomes to " + tru + " and the digests of all "
        + size + " to " + reg);
    return ExitCodes.OK;
  }

  /** Fixed, so the same seed gives the same bytes: SOURCE_DATE_EPOCH, else the month after the last application. */
  private static Instant registeredAt(PortfolioGenerator generator) {
    return SourceDate.fromEnvironment().orElseGet(() -> generator.config().lastApplicationMonth()
        .plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  private static LongConsumer advance(ProgressBar bar) {
    long[] last = {0};
    return done -> {
      bar.advance(done - last[0]);
      last[0] = done;
    };
  }

  /** Runs larger than this are announced with their estimated output size. */
  static final int ESTIMATE_ABOVE = 10_000;

  /** Files measured for the estimate: the first ones of the run, generated twice. */
  private static final int ESTIMATE_SAMPLE = 200;

  /**
   * One line announcing the output's size: the mean size of the first files' lines (compressed if the
   * output is) times the number of files, over every JSON Lines output (the registry is not counted).
   */
  private String estimate(PortfolioGenerator generator) throws java.io.IOException {
    int sample = Math.min(size, ESTIMATE_SAMPLE);
    return estimateLine(PortfolioFiles.meanLineBytes(generator, seed, sample, out), size, sample,
        Compression.isGzipName(out), incumbent.isPresent());
  }

  /** The estimate's line: {@code mean} bytes a file, {@code size} files, measured on {@code sample}. */
  static String estimateLine(double mean, int size, int sample, boolean gzip, boolean split) {
    double total = mean * size;
    String amount = total >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", total / 1e9)
        : String.format(Locale.ROOT, "%.0f MB", Math.max(1, total / 1e6));
    return "generate: about " + amount + (gzip ? " of gzip-compressed" : " of") + " JSON Lines to write ("
        + String.format(Locale.ROOT, "%,d credit files at about %.1f kB each, measured on the first %d)", size,
            mean / 1e3, sample) + (split ? " across --out and --rejects" : "");
  }

  static Path registryFor(Path jsonl) {
    String name = jsonl.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String base = lower.endsWith(".jsonl.gz") ? name.substring(0, name.length() - ".jsonl.gz".length())
        : name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
    return jsonl.resolveSibling(base + ".registry.json");
  }
}
