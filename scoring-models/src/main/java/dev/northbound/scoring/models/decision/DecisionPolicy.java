package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.core.definition.DefinitionJson.fail;
import static dev.northbound.scoring.core.definition.DefinitionJson.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.definition.DefinitionJson;
import dev.northbound.scoring.core.definition.DefinitionSignatures;
import dev.northbound.scoring.core.definition.TrustedKeys;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.model.ScoringModel;
import dev.northbound.scoring.core.verify.DocumentIds;
import dev.northbound.scoring.models.grade.CapacityWillingnessModel;
import dev.northbound.scoring.models.grade.CombinedScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A credit policy read from JSON (format and rules in {@code docs/decision-policy.md}) and bound to
 * one feature schema: knock-outs that decline, fail-safe rules that refer, score cutoffs and the
 * affordability limit. Rules are evaluated in a fixed order and every rule hit is reported; the
 * outcome is the worst any rule gives: any knock-out declines; otherwise any fail-safe rule or the
 * refer band refers; only an application that hits no rule and affords a positive limit is approved.
 * Missing verification, missing income, missing consent and a thin file without enough alternative
 * data can never approve. Optional sections, absent from older policies (which decide as before):
 * {@code consent} (rule {@code RF_CONSENT_MISSING}), {@code thinFilePath} (obligations of a thin
 * file, {@code RF_THIN_EVIDENCE}, the starter limit {@code ST_STARTER_LIMIT}) and {@code secondLook}.
 * Deciding has no side effect. The audit record keeps only the features the decision used.
 *
 * <p>Immutable and thread-safe. What does not depend on the application is prepared once, when the
 * policy is read: the rule texts, the audit entries of missing features and of small whole values;
 * the loan factors of each rate and term are kept once computed (for up to 256 pairs), which
 * changes no result.
 */
public final class DecisionPolicy {

  private final BoundPolicy terms;

  private DecisionPolicy(PolicyJson j, FeatureSchema schema, SubjectPseudonymiser pseudonymiser) {
    this.terms = new BoundPolicy(j, schema, pseudonymiser);
  }

  /**
   * Reads a policy and binds it to a schema. The policy may be signed or not; its signature, if any,
   * is not checked (use {@link #load(Path, FeatureSchema, SubjectPseudonymiser, TrustedKeys)} to
   * accept only a policy signed by a trusted key).
   *
   * @param json the policy JSON
   * @param schema the schema of the vectors it will decide on; must have every feature the policy names
   * @param pseudonymiser the bank's keyed pseudonymiser for the audit record
   * @throws ModelDefinitionException if the JSON is malformed, has a repeated key, an unknown field
   *     or a value of another JSON type, breaks a rule or names a feature the schema lacks; the
   *     message is {@code "<pointer>: <rule>; found <what>"}
   */
  public static DecisionPolicy parse(String json, FeatureSchema schema, SubjectPseudonymiser pseudonymiser) {
    return parse(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), schema, pseudonymiser);
  }

  /**
   * Reads a policy file's bytes (UTF-8, no byte-order mark) and binds it to a schema, as
   * {@link #parse(String, FeatureSchema, SubjectPseudonymiser)}.
   *
   * @throws ModelDefinitionException if the bytes are not a valid policy
   */
  public static DecisionPolicy parse(byte[] json, FeatureSchema schema, SubjectPseudonymiser pseudonymiser) {
    return read(DefinitionJson.readObject(json), schema, pseudonymiser);
  }

  /**
   * Reads a policy file's bytes that must be signed by one of {@code trusted}, and binds it.
   *
   * @throws VerificationException if the policy is unsigned or its signature verifies under none of
   *     the trusted keys (it was changed after signing, or signed by another key)
   * @throws ModelDefinitionException if the bytes are not a valid policy
   */
  public static DecisionPolicy parse(byte[] json, FeatureSchema schema, SubjectPseudonymiser pseudonymiser,
      TrustedKeys trusted) {
    Objects.requireNonNull(trusted, "trusted");
    ObjectNode root = DefinitionJson.readObject(json);
    DefinitionSignatures.verify(root, trusted, declaredId(root), "policy file");
    return read(root, schema, pseudonymiser);
  }

  /**
   * Reads a policy file (UTF-8) and binds it to a schema, as {@link #parse(byte[], FeatureSchema,
   * SubjectPseudonymiser)}.
   *
   * @throws ModelDefinitionException if the file cannot be read or is not a valid policy
   */
  public static DecisionPolicy load(Path path, FeatureSchema schema, SubjectPseudonymiser pseudonymiser) {
    return parse(bytes(path), schema, pseudonymiser);
  }

  /**
   * Reads a policy file that must be signed by one of {@code trusted}, as {@link #parse(byte[],
   * FeatureSchema, SubjectPseudonymiser, TrustedKeys)}.
   *
   * @throws VerificationException if it is unsigned or not signed by a trusted key
   * @throws ModelDefinitionException if the file cannot be read or is not a valid policy
   */
  public static DecisionPolicy load(Path path, FeatureSchema schema, SubjectPseudonymiser pseudonymiser,
      TrustedKeys trusted) {
    return parse(bytes(path), schema, pseudonymiser, trusted);
  }

  /**
   * Signs a policy file: checks that it is a policy (strictly, without binding it to a schema) and
   * returns it with a {@code "signature"} member by {@code key} over its canonical content,
   * replacing any earlier signature. Format in {@code docs/signing.md}.
   *
   * @throws ModelDefinitionException if the bytes are not a well-formed policy
   * @throws IllegalArgumentException if the key is not an Ed25519 private key
   */
  public static byte[] sign(byte[] json, PrivateKey key) {
    ObjectNode root = DefinitionJson.readObject(json);
    DefinitionSignatures.checkForm(root);
    root.remove(DefinitionSignatures.MEMBER);
    DefinitionJson.bind(root, PolicyJson.class);
    root.set(DefinitionSignatures.MEMBER, DefinitionSignatures.sign(root, key));
    return PolicyFiles.prettyBytes(root);
  }

  private static DecisionPolicy read(ObjectNode root, FeatureSchema schema, SubjectPseudonymiser pseudonymiser) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    DefinitionSignatures.checkForm(root);
    ObjectNode content = root.deepCopy();
    content.remove(DefinitionSignatures.MEMBER);
    return new DecisionPolicy(DefinitionJson.bind(content, PolicyJson.class), schema, pseudonymiser);
  }

  private static String declaredId(ObjectNode root) {
    JsonNode id = root.get("policyId");
    return id != null && id.isTextual() && DocumentIds.isValid(id.textValue()) ? id.textValue() : "unknown";
  }

  private static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new ModelDefinitionException("", "the policy file must be readable", "an unreadable file", e);
    }
  }

  /**
   * Checks that this policy can decide on the scores of {@code model}: every grade its grade
   * cutoffs list must be one the model can produce. A model grade the policy does not list declines,
   * as documented; a listed grade the model never produces is a misconfiguration (a typo that would
   * silently decline every applicant of the grade meant), so it is rejected.
   *
   * @throws ModelDefinitionException naming the first listed grade the model cannot produce, or if
   *     the model scores another schema than this policy's
   */
  public void requireCompatible(ScoringModel model) {
    Objects.requireNonNull(model, "model");
    if (!model.schema().fingerprint().equals(terms.schema.fingerprint())) {
      throw DefinitionJson.fail("", "must be bound to the schema the model scores",
          "the schema of another model");
    }
    terms.bands.requireGrades(model.grades(), "the model's");
    terms.thinBands.ifPresent(b -> b.requireGrades(model.grades(), "the model's"));
  }

  /**
   * Checks that this policy can decide on the combined grades of {@code model}: it must have grade
   * cutoffs (a combined score is banded by grade), and every grade they list must be a combined
   * grade of the model's matrix.
   *
   * @throws ModelDefinitionException if the policy has no grade cutoffs or lists a grade the matrix
   *     cannot produce
   */
  public void requireCompatible(CapacityWillingnessModel model) {
    Objects.requireNonNull(model, "model");
    if (!model.schema().fingerprint().equals(terms.schema.fingerprint())) {
      throw DefinitionJson.fail("", "must be bound to the schema the model scores",
          "the schema of another model");
    }
    if (!terms.bands.hasGradeCutoffs()) {
      throw DefinitionJson.fail("/gradeCutoffs", "is required to decide on a capacity x willingness grade",
          "nothing");
    }
    terms.bands.requireGrades(model.matrix().combinedGrades(), "the matrix's combined");
    if (terms.thinBands.isPresent() && !terms.thinBands.get().hasGradeCutoffs()) {
      throw DefinitionJson.fail("/thinFilePath/gradeCutoffs", "is required to decide on a capacity x willingness grade",
          "nothing");
    }
    terms.thinBands.ifPresent(b -> b.requireGrades(model.matrix().combinedGrades(), "the matrix's combined"));
  }

  /** The policy id. */
  public String id() {
    return terms.id;
  }

  /** The policy version. */
  public String version() {
    return terms.version;
  }

  /** The reporting currency of limits and amount features (CNY unless the policy says otherwise). */
  public Currency reportingCurrency() {
    return terms.currency;
  }

  /**
   * The consent scope of the policy's {@code consent} section; put it into the extraction context
   * ({@code ExtractionContext.withConsent}) so that a source without consent is not read. When
   * present, {@code RF_CONSENT_MISSING} refers a file that holds a needed source without consent.
   */
  public Optional<ConsentScope> consentScope() {
    return terms.consent;
  }

  /**
   * The sources a decision with these models needs: those the models declare (every source for a
   * model that declares none) and those of the policy's own features (by the standard catalogue,
   * every source for a name outside it). {@code RF_CONSENT_MISSING} checks exactly these.
   */
  public Set<DataSource> neededSources(List<ModelInfo> models) {
    return Collections.unmodifiableSet(terms.needs.sources(List.copyOf(models)));
  }

  /** Whether the policy treats {@code file} as thin: fewer bureau accounts than {@code thinFile.minBureauAccounts}. */
  public boolean isThinFile(CreditFile file) {
    return terms.isThin(Objects.requireNonNull(file, "file"));
  }

  /** The {@code thinFile.alternativeDataFeatures}, in policy order. */
  public List<String> alternativeDataFeatures() {
    List<String> names = new ArrayList<>();
    for (int i : terms.alternativeFeatures) {
      names.add(terms.schema.name(i));
    }
    return List.copyOf(names);
  }

  /** The {@code thinFile.minimumPresent}: a thin file with fewer of them present gets {@code RF_THIN_FILE}. */
  public int minimumAlternativePresent() {
    return terms.minimumAlternative;
  }

  /** The {@code limit.incomeFeature} (missing: {@code RF_INCOME_MISSING}). */
  public String incomeFeature() {
    return terms.schema.name(terms.incomeIndex);
  }

  /** The {@code limit.obligationsFeature} (missing, and not established by the thin-file path: {@code RF_OBLIGATIONS_MISSING}). */
  public String obligationsFeature() {
    return terms.schema.name(terms.obligationsIndex);
  }

  /**
   * The evidence a thin file must show ({@code thinFilePath.evidence}): each feature present and at
   * least its threshold, or {@code RF_THIN_EVIDENCE}; empty when the policy requires none.
   */
  public List<EvidenceRequirement> evidenceRequirements() {
    return terms.thinPath.map(ThinFileRules::evidence).orElse(List.of());
  }

  /** The starter limit of an approved thin file ({@code thinFilePath.starterLimit}), if the policy has one. */
  public Optional<StarterLimit> starterLimit() {
    return terms.thinPath.flatMap(ThinFileRules::starter);
  }

  /** Whether the policy sets {@code secondLook}, which the bureau-only {@code decide} overloads need. */
  public boolean secondLook() {
    return terms.secondLook;
  }

  /**
   * Decides on one application scored by one model. The score's band comes from the points cutoffs
   * if the policy has them, otherwise from the grade cutoffs on the score's grade. Has no side
   * effect: the same inputs always give an equal decision.
   *
   * @throws InvalidInputException if the vector or the score belong to another schema, or the
   *     requested amount is not in the reporting currency
   */
  public Decision decide(CreditFile file, FeatureVector vector, ScoreResult score, LocalDate asOf) {
    checkSchema(vector, score.model(), "/score/model/schemaFingerprint");
    return terms.decide(file, vector, terms.bandsFor(file).band(score), score.reasonCodes(), List.of(score.model()), asOf,
        Optional.empty());
  }

  /**
   * Decides on one application scored by a capacity × willingness model, banding the combined grade
   * by the grade cutoffs. Score reasons are capacity's followed by willingness's.
   *
   * @throws IllegalStateException if the policy has no grade cutoffs
   * @throws InvalidInputException as {@link #decide(CreditFile, FeatureVector, ScoreResult, LocalDate)}
   */
  public Decision decide(CreditFile file, FeatureVector vector, CombinedScore score, LocalDate asOf) {
    checkSchema(vector, score, "/score");
    return terms.decide(file, vector, terms.bandsFor(file).bandOfGrade(score.grade(), terms.id), reasons(score),
        models(score), asOf, Optional.empty());
  }

  /**
   * Decides with a second look (policy field {@code secondLook}): {@code score} uses alternative data,
   * {@code bureauOnly} was computed on the bureau data only (for example the same model on a vector
   * extracted from {@code file.restrictedTo(Set.of(DataSource.HK_BUREAU))}). For a thick file the
   * better of the two bands is used, so alternative data may raise the outcome but never lower it
   * below bureau-only; the score reasons are those of the score used. For a thin file the bureau-only
   * score is ignored. The audit record holds both scores ({@link AuditRecord#secondLook()}).
   *
   * @throws IllegalStateException if the policy does not set {@code secondLook}
   * @throws InvalidInputException as {@link #decide(CreditFile, FeatureVector, ScoreResult, LocalDate)},
   *     for either score
   */
  public Decision decide(CreditFile file, FeatureVector vector, ScoreResult score, ScoreResult bureauOnly,
      LocalDate asOf) {
    requireSecondLook();
    checkSchema(vector, score.model(), "/score/model/schemaFingerprint");
    checkSchema(vector, bureauOnly.model(), "/bureauOnly/model/schemaFingerprint");
    DecisionOutcome band = terms.bandsFor(file).band(score);
    DecisionOutcome bureauBand = terms.bandsFor(file).band(bureauOnly);
    SecondLook look = new SecondLook(OptionalDouble.of(score.points()), score.grade(), band,
        OptionalDouble.of(bureauOnly.points()), bureauOnly.grade(), bureauBand,
        SecondLook.Basis.WITH_ALTERNATIVE_DATA);
    return terms.decide(file, vector, band, score.reasonCodes(), List.of(score.model()), asOf, Optional.of(
        new BoundPolicy.BureauOnly(look, bureauOnly.reasonCodes(), List.of(bureauOnly.model()))));
  }

  /**
   * Decides with a second look on capacity × willingness scores, as
   * {@link #decide(CreditFile, FeatureVector, ScoreResult, ScoreResult, LocalDate)}, banding both
   * combined grades by the grade cutoffs.
   *
   * @throws IllegalStateException if the policy does not set {@code secondLook} or has no grade cutoffs
   * @throws InvalidInputException as {@link #decide(CreditFile, FeatureVector, ScoreResult, LocalDate)}
   */
  public Decision decide(CreditFile file, FeatureVector vector, CombinedScore score, CombinedScore bureauOnly,
      LocalDate asOf) {
    requireSecondLook();
    checkSchema(vector, score, "/score");
    checkSchema(vector, bureauOnly, "/bureauOnly");
    DecisionOutcome band = terms.bandsFor(file).bandOfGrade(score.grade(), terms.id);
    DecisionOutcome bureauBand = terms.bandsFor(file).bandOfGrade(bureauOnly.grade(), terms.id);
    SecondLook look = new SecondLook(OptionalDouble.empty(), score.grade(), band, OptionalDouble.empty(),
        bureauOnly.grade(), bureauBand, SecondLook.Basis.WITH_ALTERNATIVE_DATA);
    return terms.decide(file, vector, band, reasons(score), models(score), asOf,
        Optional.of(new BoundPolicy.BureauOnly(look, reasons(bureauOnly), models(bureauOnly))));
  }

  private void requireSecondLook() {
    if (!terms.secondLook) {
      throw new IllegalStateException("policy " + terms.id
          + " does not set secondLook, which a decision on a bureau-only score needs");
    }
  }

  private static List<ReasonCode> reasons(CombinedScore score) {
    List<ReasonCode> reasons = new ArrayList<>(score.capacity().reasonCodes());
    reasons.addAll(score.willingness().reasonCodes());
    return reasons;
  }

  private static List<ModelInfo> models(CombinedScore score) {
    return List.of(score.capacity().model(), score.willingness().model());
  }

  private void checkSchema(FeatureVector vector, CombinedScore score, String pointer) {
    checkSchema(vector, score.capacity().model(), pointer + "/capacity/model/schemaFingerprint");
    checkSchema(vector, score.willingness().model(), pointer + "/willingness/model/schemaFingerprint");
  }

  private void checkSchema(FeatureVector vector, ModelInfo model, String pointer) {
    if (!vector.schema().fingerprint().equals(terms.schema.fingerprint())) {
      throw new InvalidInputException("/vector/schemaFingerprint", "must be the fingerprint of the policy's schema",
          "the fingerprint of another schema");
    }
    if (!model.schemaFingerprint().equals(terms.schema.fingerprint())) {
      throw new InvalidInputException(pointer, "must be the fingerprint of the policy's schema",
          "the fingerprint of another schema");
    }
  }
}
