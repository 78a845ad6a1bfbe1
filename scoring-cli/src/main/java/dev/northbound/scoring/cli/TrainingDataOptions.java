package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.money.FxRates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The training data options that {@code train} and {@code bin} share, and what they read. */
final class TrainingDataOptions {

  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "Training data: .csv, .arff or .jsonl.")
  Path data;

  @Option(names = "--target", paramLabel = "COLUMN",
      description = "The target column of a table (not used for .jsonl).")
  String target;

  @Option(names = "--bad-value", paramLabel = "V", defaultValue = "bad",
      description = "The target value that marks a bad row; every other value is good (default: ${DEFAULT-VALUE}).")
  String badValue;

  @Option(names = "--ignore", paramLabel = "COLUMNS", split = ",",
      description = "Columns to leave out, comma-separated.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--weight", paramLabel = "COLUMN",
      description = "A table's column of row weights (numeric, above 0; not a characteristic): a row of weight w"
          + " counts as w rows in binning, WoE and the logistic fit (docs/training.md, \"Weighted rows\").")
  String weight;

  /** Reads the data these options name. */
  TrainData read(Currency currency, FxRates rates) {
    return TrainData.read(data, Optional.ofNullable(target), badValue, ignore, Optional.ofNullable(weight),
        currency, rates);
  }

  /** What the data was, for reports and provenance: file, format, and a table's target and bad value. */
  Map<String, String> describe(TrainData input) {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("file", data.getFileName().toString());
    info.put("format", input.format);
    if (!input.format.equals("jsonl")) {
      info.put("target", target);
      info.put("badValue", badValue);
    }
    if (weight != null) {
      info.put("weight", weight);
    }
    return info;
  }
}
