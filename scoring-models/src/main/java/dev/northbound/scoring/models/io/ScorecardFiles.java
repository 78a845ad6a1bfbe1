package dev.northbound.scoring.models.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.definition.DefinitionJson;
import dev.northbound.scoring.core.definition.DefinitionSignatures;
import dev.northbound.scoring.core.definition.TrustedKeys;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.io.AtomicFiles;
import dev.northbound.scoring.core.verify.DocumentIds;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Objects;

/**
 * Reads and writes scorecard model files: versioned JSON ({@code "format": "northbound.scorecard",
 * "formatVersion": 1}) sealed with the SHA-256 of its canonical content (sorted keys, no whitespace,
 * shortest round-trip numbers, without the {@code "seal"} member). Writing is deterministic (the same
 * scorecard gives the same bytes) and atomic. Reading goes through the one strict definition reader
 * ({@link DefinitionJson}) and fails with one {@link ModelDefinitionException} naming the first
 * defect by JSON Pointer: corrupt JSON, a byte-order mark, a repeated key, a broken seal, an unknown
 * format version, a schema other than the given one, a missing, unknown or mistyped field, a
 * non-finite number, or bins with a gap or an overlap. The seal is unkeyed: it proves the file is
 * intact, not who wrote it. Reading with {@link TrustedKeys} also requires an Ed25519 signature by
 * one of them ({@link #sign}), checked before anything else in the file is believed. The format is
 * documented in {@code docs/model-format.md}, signing in {@code docs/signing.md}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScorecardFiles {

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
    AtomicFiles.write(path, toBytes(file));
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

  /**
   * Reads a model file that must be signed by one of {@code trusted}.
   *
   * @param path the file
   * @param schema the schema the model must have been built for
   * @param trusted the public keys whose signatures are accepted
   * @throws IOException if the file cannot be read
   * @throws VerificationException if the file is unsigned, or its signature verifies under none of
   *     the trusted keys (it was changed after signing, even if re-sealed, or signed by another key)
   * @throws ModelDefinitionException if the file is not a valid, intact model for {@code schema}
   */
  public static Scorecard read(Path path, FeatureSchema schema, TrustedKeys trusted) throws IOException {
    return read(Files.readAllBytes(path), schema, trusted);
  }

  /**
   * Reads a model file's bytes that must be signed by one of {@code trusted}, as
   * {@link #read(Path, FeatureSchema, TrustedKeys)}.
   */
  public static Scorecard read(byte[] bytes, FeatureSchema schema, TrustedKeys trusted) {
    return readModel(bytes, schema, trusted).scorecard();
  }

  /**
   * Reads a model file's bytes that must be signed by one of {@code trusted}, with its {@code
   * inputs} section if it has one, as {@link #read(Path, FeatureSchema, TrustedKeys)}.
   */
  public static ModelFile readModel(byte[] bytes, FeatureSchema schema, TrustedKeys trusted) {
    Objects.requireNonNull(schema, "schema");
    return ModelReader.readFile(ModelReader.verify(parseTrusted(bytes, trusted)), schema);
  }

  /**
   * Reads a model file with its own {@code inputs} section that must be signed by one of {@code
   * trusted}, as {@link #readModel(Path)} and {@link #read(Path, FeatureSchema, TrustedKeys)}.
   */
  public static ModelFile readModel(Path path, TrustedKeys trusted) throws IOException {
    return ModelReader.readWithInputs(ModelReader.verify(parseTrusted(Files.readAllBytes(path), trusted)));
  }

  /**
   * Signs a model file: checks that it is an intact model file (format, version, seal) and returns
   * it with a {@code "signature"} member by {@code key} over its canonical content (the content the
   * seal covers), replacing any earlier signature. Format in {@code docs/signing.md}.
   *
   * @throws ModelDefinitionException if the bytes are not an intact model file
   * @throws IllegalArgumentException if the key is not an Ed25519 private key
   */
  public static byte[] sign(byte[] bytes, PrivateKey key) {
    ObjectNode root = parse(bytes);
    ModelReader.verify(root);
    root.remove(DefinitionSignatures.MEMBER);
    root.set(DefinitionSignatures.MEMBER, DefinitionSignatures.sign(root, key));
    return Canonical.prettyBytes(root);
  }

  /** Parses strictly, then checks the signature before anything else is believed. */
  private static ObjectNode parseTrusted(byte[] bytes, TrustedKeys trusted) {
    Objects.requireNonNull(trusted, "trusted");
    ObjectNode root = parse(bytes);
    JsonNode id = root.get("id");
    DefinitionSignatures.verify(root, trusted,
        id != null && id.isTextual() && DocumentIds.isValid(id.textValue()) ? id.textValue() : "unknown",
        "model file");
    return root;
  }

  /** The file's top-level object, read by the one strict definition reader. */
  static ObjectNode parse(byte[] bytes) {
    return DefinitionJson.readObject(bytes);
  }
}
