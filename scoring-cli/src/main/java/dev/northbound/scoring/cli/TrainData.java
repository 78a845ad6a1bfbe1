package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.ArffReader;
import dev.northbound.scoring.toolkit.data.Compression;
import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import dev.northbound.scoring.toolkit.tabular.CreditFileTable;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.ScorecardAssembler;
import dev.northbound.scoring.toolkit.training.TrainingResult;
import dev.northbound.scoring.toolkit.training.TrainingSpec;
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
    return read(file, target, badValue, ignore, Optional.empty(), currency, rates);
  }

  /**
   * As {@link #read(Path, Optional, String, List, Currency, FxRates)}, with a table's column of row
   * weights ({@code --weight}: numeric, finite, above 0; not a characteristic).
   */
  static TrainData read(Path file, Optional<String> target, String badValue, List<String> ignore,
      Optional<String> weight, Currency currency, FxRates rates) {
    InputFiles.requireFile("--data", file);
    String name = Compression.contentName(file);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      if (weight.isPresent()) {
        throw new UsageException("--weight is for a table (.csv or .arff); credit files carry no weight column");
      }
      CreditFileTable table = InputFiles.read("--data", file,
          () -> CreditFileTable.read(file, StandardFeatures.extractor(), currency, rates));
      return new TrainData(table.data().without(Set.copyOf(ignore)), "jsonl",
          table.indeterminate(), Optional.empty(), table);
    }
    boolean csv = name.endsWith(".csv");
    if (!csv && !name.endsWith(".arff")) {
      throw new UsageException("--data must be a .csv, .arff or .jsonl file (optionally .gz), found "
          + file.getFileName());
    }
    String column = target.orElseThrow(() -> new UsageException("--target is required for a table"));
    ReadOptions plain = ReadOptions.of(column, badValue).ignoring(ignore.toArray(String[]::new))
        .requiringABadRow();
    ReadOptions options = weight.map(plain::weightColumn).orElse(plain);
    Dataset table = InputFiles.read("--data", file,
        () -> csv ? CsvReader.read(file, options) : ArffReader.read(file, options));
    TabularInputs derived = TabularInputs.derive(table);
    return new TrainData(derived.featureTable(table), csv ? "csv" : "arff", 0,
        Optional.of(derived), null);
  }

  /**
   * Reads the rejected applicants of {@code --rejects} in the form of {@link #data}: for credit files
   * (JSON Lines without outcomes, {@link CreditFileTable#readUnlabelled}) the standard features less
   * the ignored columns; for a table (CSV or ARFF, the target column absent or left unread) the
   * training table's inputs, its columns' types declared as in training and each categorical column
   * coded in the training dictionary (a label training never saw is missing). The file must be of the
   * kind of {@code --data}: credit files with credit files, a table with a table.
   */
  Dataset readRejects(Path file, Optional<String> target, String badValue, List<String> ignore,
      Currency currency, FxRates rates) {
    requireSameKind(inputs.isEmpty() ? Path.of("data.jsonl") : Path.of("data.csv"), file);
    InputFiles.requireFile("--rejects", file);
    String name = Compression.contentName(file);
    boolean csv = name.endsWith(".csv");
    if (inputs.isEmpty()) {
      CreditFileTable table = InputFiles.read("--rejects", file,
          () -> CreditFileTable.readUnlabelled(file, StandardFeatures.extractor(), currency, rates));
      return table.data().without(Set.copyOf(ignore));
    }
    TabularInputs training = inputs.get();
    ReadOptions options = training.readOptions(target.orElseThrow(), badValue)
        .ignoring(ignore.toArray(String[]::new)).withoutTarget();
    return InputFiles.read("--rejects", file, () -> training.recodedFeatureTable(
        csv ? CsvReader.read(file, options) : ArffReader.read(file, options)));
  }

  /**
   * The rejects file {@code rejects} is of the kind of the training data {@code data}, by their
   * extensions: JSON Lines of credit files with JSON Lines, a table (CSV or ARFF) with a table.
   *
   * @throws UsageException if not
   */
  static void requireSameKind(Path data, Path rejects) {
    String name = Compression.contentName(rejects);
    boolean jsonl = name.endsWith(".jsonl") || name.endsWith(".ndjson");
    if (!jsonl && !name.endsWith(".csv") && !name.endsWith(".arff")) {
      throw new UsageException("--rejects must be a .csv, .arff or .jsonl file (optionally .gz), found "
          + rejects.getFileName());
    }
    String dataName = Compression.contentName(data);
    boolean dataJsonl = dataName.endsWith(".jsonl") || dataName.endsWith(".ndjson");
    if (jsonl != dataJsonl) {
      throw new UsageException("--rejects must be of the kind of --data: "
          + (dataJsonl ? "JSON Lines of credit files (.jsonl)" : "a table (.csv or .arff)")
          + ", found " + rejects.getFileName());
    }
  }

  /** This data with {@link #data} replaced by {@code augmented} (the accepts and the inferred rejects). */
  TrainData withData(Dataset augmented) {
    return new TrainData(augmented, format, indeterminate, inputs, credit);
  }

  /**
   * Reads a training spec file given as {@code --spec}. A spec that breaks a rule is invalid input
   * (exit 3, as a bad model file), named with the option, the file, the JSON Pointer and the rule.
   */
  static TrainingSpec readSpec(Path file) {
    return InputFiles.read("--spec", file, () -> {
      try {
        return TrainingSpec.read(InputFiles.readDocument(file, MAX_SPEC_BYTES));
      } catch (ModelDefinitionException e) {
        throw asInput(e);
      }
    });
  }

  /** The largest spec file read: 16 MiB (a spec of thousands of characteristics is far smaller). */
  static final long MAX_SPEC_BYTES = 16L << 20;

  /**
   * Runs {@code step}, which uses the spec read from {@code file}; a spec that does not fit the data
   * (a column it names is absent, of another kind, or lacks a grouped label) is invalid input in
   * {@code --spec file}.
   */
  static <T> T withSpec(Optional<Path> file, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (ModelDefinitionException e) {
      if (file.isEmpty()) {
        throw e;
      }
      throw InputFileException.of("--spec", file.get(), asInput(e));
    }
  }

  private static InvalidInputException asInput(ModelDefinitionException e) {
    return new InvalidInputException(e.pointer(), e.rule(), e.found(), e);
  }

  /** The schema the model scores: the table's derived features, or the standard features of credit files. */
  FeatureSchema schema() {
    return inputs.map(TabularInputs::schema).orElseGet(() -> credit.schema());
  }

  /** The model file of a scorecard trained on {@link #data}, with a table's inputs. */
  ModelFile model(Scorecard card) {
    return inputs.map(i -> ModelFile.of(card, i.inputs())).orElseGet(() -> ModelFile.of(card));
  }

  /** The model file of a training result on {@link #data}. */
  ModelFile model(TrainingResult result, ModelIdentity identity) {
    return model(ScorecardAssembler.assemble(result, data, schema(), identity));
  }
}
