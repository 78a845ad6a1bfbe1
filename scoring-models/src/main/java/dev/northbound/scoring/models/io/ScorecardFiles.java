package dev.northbound.scoring.models.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Reads and writes scorecard model files: versioned JSON ({@code "format": "northbound.scorecard",
 * "formatVersion": 1}) sealed with the SHA-256 of its canonical content (sorted keys, no whitespace,
 * shortest round-trip numbers, without the {@code "seal"} member). Writing is deterministic (the same
 * scorecard gives the same bytes) and atomic. Reading fails with one
 * {@link ModelDefinitionException} naming the first defect by JSON Pointer: corrupt JSON, a broken
 * seal, an unknown format version, a schema other than the given one, a missing or mistyped field, a
 * non-finite number, or bins with a gap or an overlap. The format is documented in
 * {@code docs/model-format.md}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScorecardFiles {

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private ScorecardFiles() {}

  /** The model file of {@code card}, pretty-printed UTF-8 with a seal; the same card always gives the same bytes. */
  public static byte[] toBytes(Scorecard card) {
    return toBytes(ModelFile.of(Objects.requireNonNull(card, "card")));
  }

  /**
   * The model file of a scorecard with its optional {@code inputs} section, pretty-printed UTF-8 with
   * a seal; the same content always gives the same bytes.
   */
  public static byte[] toBytes(ModelFile file) {
    Objects.requireNonNull(file, "file");
    ObjectNode root = ModelWriter.content(file);
    String digest = Canonical.digest(root);
    ObjectNode seal = root.putObject("seal");
    seal.put("algorithm", Canonical.ALGORITHM);
    seal.put("digest", digest);
    return Canonical.prettyBytes(root);
  }

  /**
   * Writes the model file of {@code card} to {@code path} atomically: to a temporary file in the same
   * directory, then moved over {@code path}.
   *
   * @throws IOException if writing or moving fails
   */
  public static void write(Scorecard card, Path path) throws IOException {
    write(ModelFile.of(Objects.requireNonNull(card, "card")), path);
  }

  /**
   * Writes a model file, with its {@code inputs} section if any, to {@code path} atomically: to a
   * temporary file in the same directory, then moved over {@code path}.
   *
   * @throws IOException if writing or moving fails
   */
  public static void write(ModelFile file, Path path) throws IOException {
    byte[] bytes = toBytes(file);
    Path dir = path.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a model file.
   *
   * @param path the file
   * @param schema the schema the model must have been built for
   * @throws IOException if the file cannot be read
   * @throws ModelDefinitionException if the file is not a valid, intact model for {@code schema}
   */
  public static Scorecard read(Path path, FeatureSchema schema) throws IOException {
    return read(Files.readAllBytes(path), schema);
  }

  /**
   * Reads a model file's bytes.
   *
   * @param bytes the file's bytes
   * @param schema the schema the model must have been built for
   * @throws ModelDefinitionException if the bytes are not a valid, intact model for {@code schema}
   */
  public static Scorecard read(byte[] bytes, FeatureSchema schema) {
    return readModel(bytes, schema).scorecard();
  }

  /**
   * Reads a model file's bytes for a given schema, with its {@code inputs} section if it has one.
   *
   * @param bytes the file's bytes
   * @param schema the schema the model must have been built for
   * @throws ModelDefinitionException if the bytes are not a valid, intact model for {@code schema},
   *     or its inputs define another schema
   */
  public static ModelFile readModel(byte[] bytes, FeatureSchema schema) {
    Objects.requireNonNull(schema, "schema");
    return ModelReader.readFile(ModelReader.verify(parse(bytes)), schema);
  }

  /**
   * Reads a model file that carries its own {@code inputs} section (a model trained on a table);
   * the feature schema is the one the inputs define.
   *
   * @param path the file
   * @throws IOException if the file cannot be read
   * @throws ModelDefinitionException if the file is not a valid, intact model, has no
   *     {@code inputs}, or its inputs define another schema than the model's
   */
  public static ModelFile readModel(Path path) throws IOException {
    return readModel(Files.readAllBytes(path));
  }

  /**
   * Reads the bytes of a model file that carries its own {@code inputs} section.
   *
   * @param bytes the file's bytes
   * @throws ModelDefinitionException as {@link #readModel(Path)}
   */
  public static ModelFile readModel(byte[] bytes) {
    return ModelReader.readWithInputs(ModelReader.verify(parse(bytes)));
  }

  static JsonNode parse(byte[] bytes) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ModelDefinitionException("model file: is not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
    } catch (IOException e) {
      throw new ModelDefinitionException("model file: could not be parsed", e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ModelDefinitionException("model file: is empty");
    }
    return root;
  }
}
