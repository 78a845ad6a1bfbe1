package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.ArffReader;
import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import dev.northbound.scoring.toolkit.tabular.CreditFileTable;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.ScorecardAssembler;
import dev.northbound.scoring.toolkit.training.TrainingResult;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The training data of {@code train}, by the file's extension: a table (CSV or ARFF, whose columns
 * become the model's inputs) or JSON Lines of credit files with outcomes (standard features).
 */
final class TrainData {

  /** The data to train on, how to turn the result into a model file, and what to report. */
  final Dataset data;
  final String format;
  final long indeterminate;
  private final Optional<TabularInputs> inputs;
  private final CreditFileTable credit;

  private TrainData(Dataset data, String format, long indeterminate,
      Optional<TabularInputs> inputs, CreditFileTable credit) {
    this.data = data;
    this.format = format;
    this.indeterminate = indeterminate;
    this.inputs = inputs;
    this.credit = credit;
  }

  static TrainData read(Path file, Optional<String> target, String badValue, List<String> ignore,
      Currency currency, FxRates rates) {
    InputFiles.requireFile("--data", file);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      CreditFileTable table = InputFiles.read("--data", file,
          () -> CreditFileTable.read(file, StandardFeatures.extractor(), currency, rates));
      return new TrainData(table.data().without(Set.copyOf(ignore)), "jsonl",
          table.indeterminate(), Optional.empty(), table);
    }
    boolean csv = name.endsWith(".csv");
    if (!csv && !name.endsWith(".arff")) {
      throw new UsageException("--data must be a .csv, .arff or .jsonl file (uncompressed), found "
          + file.getFileName());
    }
    String column = target.orElseThrow(() -> new UsageException("--target is required for a table"));
    ReadOptions options = ReadOptions.of(column, badValue).ignoring(ignore.toArray(String[]::new))
        .requiringABadRow();
    Dataset table = InputFiles.read("--data", file,
        () -> csv ? CsvReader.read(file, options) : ArffReader.read(file, options));
    TabularInputs derived = TabularInputs.derive(table);
    return new TrainData(derived.featureTable(table), csv ? "csv" : "arff", 0,
        Optional.of(derived), null);
  }

  /** The model file of a training result on {@link #data}. */
  ModelFile model(TrainingResult result, ModelIdentity identity) {
    if (inputs.isPresent()) {
      Scorecard card = ScorecardAssembler.assemble(result, data, inputs.get().schema(), identity);
      return ModelFile.of(card, inputs.get().inputs());
    }
    return ModelFile.of(ScorecardAssembler.assemble(result, data, credit.schema(), identity));
  }
}
