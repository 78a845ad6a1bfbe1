package dev.northbound.scoring.tribuo;

import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.northbound.scoring.core.model.ModelProvenance;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tribuo.Model;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.TrainerProvenance;

/**
 * A Tribuo model's own provenance in the library's form: the trainer's class and its configured
 * parameters (the settings), its seed, the training time, Tribuo's version and the JVM that trained
 * it, and the training data's description and size as the data fingerprint.
 */
final class TribuoProvenance {

  private TribuoProvenance() {}

  static ModelProvenance of(Model<?> model) {
    org.tribuo.provenance.ModelProvenance p = model.getProvenance();
    TrainerProvenance trainer = p.getTrainerProvenance();
    Map<String, String> settings = new TreeMap<>();
    for (Pair<String, Provenance> field : trainer) {
      settings.put(field.getA(), text(field.getB()));
    }
    long seed = 0;
    String seedText = settings.get("seed");
    if (seedText != null) {
      try {
        seed = Long.parseLong(seedText);
      } catch (NumberFormatException e) {
        seed = 0; // a seed Tribuo did not record as an integer stays in the settings as text
      }
    }
    return new ModelProvenance("tribuo " + trainer.getClassName(), data(p.getDatasetProvenance()),
        p.getTrainingTime().toInstant(), settings, seed, Optional.of("tribuo " + p.getTribuoVersion()),
        Optional.of("Java " + p.getJavaVersion() + " on " + p.getOS() + " " + p.getArch()));
  }

  /** The data source's description (or class) with the number of examples and features. */
  private static String data(DatasetProvenance dataset) {
    String source = dataset.getSourceProvenance().getClassName();
    for (Pair<String, Provenance> field : dataset.getSourceProvenance()) {
      if (field.getA().equals("description")) {
        source = text(field.getB());
      }
    }
    return source + " (" + dataset.getNumExamples() + " examples, " + dataset.getNumFeatures() + " features)";
  }

  private static String text(Provenance p) {
    return p instanceof PrimitiveProvenance<?> primitive ? String.valueOf(primitive.getValue()) : p.toString();
  }
}
