package dev.northbound.scoring.cli;

import picocli.CommandLine;

/** The list of subcommands, in the order help shows them. */
final class Commands {
  private Commands() {}

  static void register(CommandLine cmd) {
    cmd.addSubcommand("demo", new DemoCommand());
    cmd.addSubcommand("validate", new ValidateCommand());
    cmd.addSubcommand("verify", new VerifyCommand());
    cmd.addSubcommand("registry", new RegistryCommand());
    cmd.addSubcommand("features", new FeaturesCommand());
    cmd.addSubcommand("score", new ScoreCommand());
    cmd.addSubcommand("sign", new SignCommand());
    cmd.addSubcommand("keygen", new KeygenCommand());
    cmd.addSubcommand("export-pmml", new ExportPmmlCommand());
    cmd.addSubcommand("generate", new GenerateCommand());
    cmd.addSubcommand("convert", new ConvertCommand());
    cmd.addSubcommand("bin", new BinCommand());
    cmd.addSubcommand("train", new TrainCommand());
    cmd.addSubcommand("compare", new CompareCommand());
    cmd.addSubcommand("reject-inference", new RejectInferenceCommand());
    cmd.addSubcommand("evaluate", new EvaluateCommand());
    cmd.addSubcommand("monitor", new MonitorCommand());
  }
}
