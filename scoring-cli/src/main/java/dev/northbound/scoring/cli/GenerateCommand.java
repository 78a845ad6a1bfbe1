package dev.northbound.scoring.cli;

import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioFiles;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a synthetic Greater Bay Area portfolio (docs/synthetic-data.md). */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Generate a SYNTHETIC Greater Bay Area portfolio with its hash registry.",
        "Writes JSON Lines of credit files with outcomes (docs/synthetic-data.md) and the registry of their",
        "documents' digests. Same seed, same bytes."})
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--size", required = true, paramLabel = "N", description = "Number of applicants.")
  int size;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "The JSON Lines file to write.")
  Path out;

  @Option(names = "--registry", paramLabel = "REGISTRY",
      description = "The registry to write (default: next to --out, named <out>.registry.json).")
  Optional<Path> registry;

  @Override
  public Integer call() throws Exception {
    if (size < 1 || size > 50_000_000) {
      throw new UsageException("--size must be between 1 and 50,000,000, found " + size);
    }
    PortfolioGenerator generator = PortfolioGenerator.of(GeneratorConfig.defaults());
    Path reg = registry.orElseGet(() -> registryFor(out));
    OutputPaths.requireFileTarget("--out", out, "portfolio.jsonl");
    OutputPaths.requireFileTarget("--registry", reg, "registry.json");
    OutputPaths.requireDifferentOutputs("--out", out, "--registry", reg);
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

  static Path registryFor(Path jsonl) {
    String name = jsonl.getFileName().toString();
    String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
    return jsonl.resolveSibling(base + ".registry.json");
  }
}
