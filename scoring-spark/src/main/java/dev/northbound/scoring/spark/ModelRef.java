package dev.northbound.scoring.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is broadcast to executors: a model file's bytes and its seal digest. {@link #load()} reads
 * the file once per JVM and caches the immutable model by digest, so every task of every job on an
 * executor shares one instance; model classes never need to be serializable.
 */
final class ModelRef implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, Scorecard> CACHE = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 64;

  private final String digest;
  private final byte[] bytes;

  private ModelRef(String digest, byte[] bytes) {
    this.digest = digest;
    this.bytes = bytes;
  }

  /**
   * Checks the model file on the driver (a bad file fails here, before any task runs) and wraps it.
   *
   * @throws ModelDefinitionException if the bytes are not a valid, intact model for the standard schema
   */
  static ModelRef of(byte[] modelFile) {
    byte[] copy = modelFile.clone();
    Scorecard card = ScorecardFiles.read(copy, extractor().schema());
    String digest = sealDigest(copy);
    CACHE.putIfAbsent(digest, card);
    return new ModelRef(digest, copy);
  }

  /** The seal digest of the model file (lower-case hex SHA-256 of its canonical content). */
  String digest() {
    return digest;
  }

  /** The model, read at most once per JVM for each digest. */
  Scorecard load() {
    Scorecard card = CACHE.get(digest);
    if (card != null) {
      return card;
    }
    if (CACHE.size() >= MAX_CACHED) {
      CACHE.clear(); // a long-lived executor that has seen many models: start afresh
    }
    return CACHE.computeIfAbsent(digest, d -> ScorecardFiles.read(bytes, extractor().schema()));
  }

  /** The standard feature catalogue every model file is read against. */
  static FeatureExtractor extractor() {
    return StandardFeatures.extractor();
  }

  private static String sealDigest(byte[] file) {
    try {
      JsonNode digest = new ObjectMapper().readTree(file).path("seal").path("digest");
      if (!digest.isTextual()) {
        throw new ModelDefinitionException("/seal/digest: required field is missing");
      }
      return digest.asText();
    } catch (IOException e) {
      throw new ModelDefinitionException("model file: is not valid JSON", e);
    }
  }
}
