package dev.northbound.scoring.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the standard features of credit files as of a date, one JSON object per file. */
@Command(name = "features", mixinStandardHelpOptions = true,
    description = {"Extract the standard features (docs/features.md) of credit files as of a date.",
        "Prints one JSON object per file: feature name -> value, null for missing with the reason beside it."})
final class FeaturesCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "Compute features as of this date (yyyy-MM-dd); later data is ignored.")
  LocalDate asOf;

  @Mixin FxOptions fx;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Credit files (JSON).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    ExtractionContext context = new ExtractionContext(asOf, fx.reportingCurrency(), fx.fxRates(asOf));
    FeatureExtractor extractor = StandardFeatures.extractor();
    CreditFileReader reader = CreditFileReader.standard();
    var out = spec.commandLine().getOut();
    for (Path file : files) {
      CreditFile credit = InputFiles.read("file", file,
          () -> reader.readUnverified(InputFiles.readDocument(file, reader.limits().maxDocumentBytes())));
      FeatureVector v = InputFiles.read("file", file, () -> extractor.extract(credit, context));
      out.println(JSON.writeValueAsString(toJson(credit, v)));
    }
    return ExitCodes.OK;
  }

  static ObjectNode toJson(CreditFile credit, FeatureVector v) {
    ObjectNode root = JSON.createObjectNode();
    root.put("documentId", credit.documents().isEmpty() ? "" : credit.documents().get(0).documentId());
    root.put("schemaFingerprint", v.schema().fingerprint());
    ObjectNode features = root.putObject("features");
    ObjectNode missing = root.putObject("missing");
    FeatureSchema schema = v.schema();
    for (int i = 0; i < v.size(); i++) {
      if (v.isMissing(i)) {
        features.putNull(schema.name(i));
        missing.put(schema.name(i), v.missingReason(i).orElseThrow().name());
      } else {
        features.put(schema.name(i), v.value(i));
      }
    }
    return root;
  }
}
