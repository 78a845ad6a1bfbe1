package dev.northbound.scoring.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.core.definition.TrustedKeys;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a model file given to a command, whichever data it was trained on. */
final class ModelFiles {

  private ModelFiles() {}

  /**
   * The model file: with its inputs if it has an {@code inputs} section (a model trained on a table,
   * whose schema the inputs define), else over the standard features of credit files; signed by a
   * trusted key if any is given. Either reader checks the whole file, so the look at {@code inputs}
   * only picks one.
   */
  static ModelFile read(Path model, Optional<TrustedKeys> trusted) throws IOException {
    byte[] bytes = Files.readAllBytes(model);
    boolean table;
    try {
      table = new ObjectMapper().readTree(bytes).has("inputs");
    } catch (IOException e) {
      table = false; // the reader reports what is wrong with the file
    }
    if (table) {
      return trusted.isPresent() ? ScorecardFiles.readModel(model, trusted.get()) : ScorecardFiles.readModel(bytes);
    }
    FeatureSchema schema = StandardFeatures.extractor().schema();
    return trusted.isPresent() ? ScorecardFiles.readModel(bytes, schema, trusted.get())
        : ScorecardFiles.readModel(bytes, schema);
  }
}
