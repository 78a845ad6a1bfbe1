package dev.northbound.scoring.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is broadcast to executors: a model file's bytes and its seal digest. {@link #load()} reads
 * the file once per JVM and caches the immutable model by digest, so every task of every job on an
 * executor shares one instance; model classes never need to be serializable.
 *
 * <p>Two kinds of model file: without an {@code inputs} section, a model of the standard feature
 * catalogue, read against its schema; with one, a model trained on a table, read against the schema
 * its inputs define ({@link ScorecardFiles#readModel(byte[])}), whose {@link TabularInputs} say how to
 * decode the table's raw columns. Either way the seal is verified, on the driver and on every executor.
 */
final class ModelRef implements Serializable {

  private static final long serialVersionUID = 1L;
  /** A model file as read: the scorecard and, for a model trained on a table, its inputs. */
  private record Loaded(Scorecard card, Optional<TabularInputs> inputs) {}

  private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 64;

  private final String digest;
  private final byte[] bytes;
  private final boolean tabular;

  private ModelRef(String digest, byte[] bytes, boolean tabular) {
    this.digest = digest;
    this.bytes = bytes;
    this.tabular = tabular;
  }

  /**
   * Checks the model file on the driver (a bad file fails here, before any task runs) and wraps it.
   *
   * @throws ModelDefinitionException if the bytes are not a valid, intact model for the standard schema
   *     or, with an {@code inputs} section, for the schema its inputs define
   */
  static ModelRef of(byte[] modelFile) {
    byte[] copy = modelFile.clone();
    JsonNode root = parse(copy);
    boolean tabular = root.has("inputs");
    Loaded model = read(copy, tabular);
    JsonNode digest = root.path("seal").path("digest");
    if (!digest.isTextual()) {
      throw new ModelDefinitionException("/seal/digest", "is required", "nothing");
    }
    CACHE.putIfAbsent(digest.asText(), model);
    return new ModelRef(digest.asText(), copy, tabular);
  }

  /** The seal digest of the model file (lower-case hex SHA-256 of its canonical content). */
  String digest() {
    return digest;
  }

  /** The model, read at most once per JVM for each digest. */
  Scorecard load() {
    return loaded().card();
  }

  /** The inputs of a model trained on a table; empty for a model of the standard catalogue. */
  Optional<TabularInputs> inputs() {
    return loaded().inputs();
  }

  private Loaded loaded() {
    Loaded model = CACHE.get(digest);
    if (model != null) {
      return model;
    }
    if (CACHE.size() >= MAX_CACHED) {
      CACHE.clear(); // a long-lived executor that has seen many models: start afresh
    }
    return CACHE.computeIfAbsent(digest, d -> read(bytes, tabular));
  }

  private static Loaded read(byte[] file, boolean tabular) {
    if (tabular) {
      ModelFile model = ScorecardFiles.readModel(file);
      return new Loaded(model.scorecard(), Optional.of(TabularInputs.from(model)));
    }
    return new Loaded(ScorecardFiles.read(file, extractor().schema()), Optional.empty());
  }

  /** The standard feature catalogue a model file without {@code inputs} is read against. */
  static FeatureExtractor extractor() {
    return StandardFeatures.extractor();
  }

  private static JsonNode parse(byte[] file) {
    try {
      return new ObjectMapper().readTree(file);
    } catch (IOException e) {
      ScorecardFiles.readModel(file, extractor().schema()); // throws the reader's own message, with the location
      throw new ModelDefinitionException("", "must be well-formed JSON", "malformed JSON", e);
    }
  }
}
