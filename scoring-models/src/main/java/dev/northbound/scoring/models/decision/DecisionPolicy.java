package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.core.definition.DefinitionJson.fail;
import static dev.northbound.scoring.core.definition.DefinitionJson.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.definition.DefinitionJson;
import dev.northbound.scoring.core.definition.DefinitionSignatures;
import dev.northbound.scoring.core.definition.TrustedKeys;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.model.ScoringModel;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.DocumentIds;
import dev.northbound.scoring.core.verify.VerificationStatus;
import dev.northbound.scoring.models.grade.CapacityWillingnessModel;
import dev.northbound.scoring.models.grade.CombinedScore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A credit policy read from JSON (format and rules in {@code docs/decision-policy.md}) and bound to
 * one feature schema: knock-outs that decline, fail-safe rules that refer, score cutoffs and the
 * affordability limit. Rules are evaluated in a fixed order and every rule hit is reported; the
 * outcome is the worst any rule gives: any knock-out declines; otherwise any fail-safe rule or the
 * refer band refers; only an application that hits no rule and affords a positive limit is approved.
 * Missing verification, missing income and a thin file without enough alternative data can never
 * approve.
 *
 * <p>Immutable and thread-safe. What does not depend on the application is prepared once, when the
 * policy is read: the rule texts, the audit entries of missing features and of small whole values;
 * the loan factors of each rate and term are kept once computed (for up to 256 pairs), which
 * changes no result.
 */
public final class DecisionPolicy {

  private final String id;
  private final String version;
  private final Currency currency;
  private final FeatureSchema schema;
  private final SubjectPseudonymiser pseudonymiser;
  private final int chargeOffYears;
  private final ScoreBands bands;
  private final int minBureauAccounts;
  private final int[] alternativeFeatures;
  private final int minimumAlternative;
  private final int incomeIndex;
  private final int obligationsIndex;
  private final Affordability affordability;
  /** Every rule's reason, by ordinal, with this policy's parameters filled in once. */
  private final DecisionReason[] reasons;
  /** The audit entries of features, the missing ones built once. */
  private final AuditedFeatures auditedFeatures;

  private DecisionPolicy(PolicyJson j, FeatureSchema schema, SubjectPseudonymiser pseudonymiser) {
    this.schema = schema;
    this.pseudonymiser = pseudonymiser;
    this.id = PolicyChecks.text(j.policyId(), "/policyId");
    this.version = PolicyChecks.text(j.version(), "/version");
    this.currency = PolicyChecks.currency(j.reportingCurrency());
    PolicyJson.KnockOuts ko = required(j.knockOuts(), "/knockOuts");
    this.chargeOffYears = PolicyChecks.range(ko.chargeOffWithinYears(), 1, 10, "/knockOuts/chargeOffWithinYears");
    this.bands = ScoreBands.of(j.pointsCutoffs(), j.gradeCutoffs());
    PolicyJson.ThinFile thin = required(j.thinFile(), "/thinFile");
    this.minBureauAccounts = PolicyChecks.range(thin.minBureauAccounts(), 1, 1000, "/thinFile/minBureauAccounts");
    List<String> alt = required(thin.alternativeDataFeatures(), "/thinFile/alternativeDataFeatures");
    this.alternativeFeatures = new int[alt.size()];
    for (int i = 0; i < alt.size(); i++) {
      alternativeFeatures[i] = PolicyChecks.feature(schema, alt.get(i), "/thinFile/alternativeDataFeatures/" + i);
    }
    this.minimumAlternative = PolicyChecks.range(thin.minimumPresent(), 0, alt.size(), "/thinFile/minimumPresent");
    PolicyJson.Limit limit = required(j.limit(), "/limit");
    this.incomeIndex = PolicyChecks.feature(schema, limit.incomeFeature(), "/limit/incomeFeature");
    this.obligationsIndex = PolicyChecks.feature(schema, limit.obligationsFeature(), "/limit/obligationsFeature");
    this.affordability = PolicyChecks.affordability(limit);
    this.reasons = new DecisionReason[Rule.values().length];
    for (Rule r : Rule.values()) {
      reasons[r.ordinal()] = r == Rule.KO_CHARGE_OFF ? r.reason(chargeOffYears) : r.reason();
    }
    this.auditedFeatures = AuditedFeatures.of(schema);
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
    if (!model.schema().fingerprint().equals(schema.fingerprint())) {
      throw DefinitionJson.fail("", "must be bound to the schema the model scores",
          "the schema of another model");
    }
    bands.requireGrades(model.grades(), "the model's");
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
    if (!model.schema().fingerprint().equals(schema.fingerprint())) {
      throw DefinitionJson.fail("", "must be bound to the schema the model scores",
          "the schema of another model");
    }
    if (!bands.hasGradeCutoffs()) {
      throw DefinitionJson.fail("/gradeCutoffs", "is required to decide on a capacity x willingness grade",
          "nothing");
    }
    bands.requireGrades(model.matrix().combinedGrades(), "the matrix's combined");
  }

  /** The policy id. */
  public String id() {
    return id;
  }

  /** The policy version. */
  public String version() {
    return version;
  }

  /** The reporting currency of limits and amount features (CNY unless the policy says otherwise). */
  public Currency reportingCurrency() {
    return currency;
  }

  /**
   * Decides on one application scored by one model. The score's band comes from the points cutoffs
   * if the policy has them, otherwise from the grade cutoffs on the score's grade.
   *
   * @throws InvalidInputException if the vector or the score belong to another schema, or the
   *     requested amount is not in the reporting currency
   */
  public Decision decide(CreditFile file, FeatureVector vector, ScoreResult score, LocalDate asOf) {
    checkSchema(vector, score.model(), "/score/model/schemaFingerprint");
    return decide(file, vector, bands.band(score), score.reasonCodes(), List.of(score.model()), asOf);
  }

  /**
   * Decides on one application scored by a capacity × willingness model, banding the combined grade
   * by the grade cutoffs. Score reasons are capacity's followed by willingness's.
   *
   * @throws IllegalStateException if the policy has no grade cutoffs
   * @throws InvalidInputException as {@link #decide(CreditFile, FeatureVector, ScoreResult, LocalDate)}
   */
  public Decision decide(CreditFile file, FeatureVector vector, CombinedScore score, LocalDate asOf) {
    checkSchema(vector, score.capacity().model(), "/score/capacity/model/schemaFingerprint");
    checkSchema(vector, score.willingness().model(), "/score/willingness/model/schemaFingerprint");
    List<ReasonCode> reasons = new ArrayList<>(score.capacity().reasonCodes());
    reasons.addAll(score.willingness().reasonCodes());
    return decide(file, vector, bands.bandOfGrade(score.grade(), id), reasons,
        List.of(score.capacity().model(), score.willingness().model()), asOf);
  }

  private void checkSchema(FeatureVector vector, ModelInfo model, String pointer) {
    if (!vector.schema().fingerprint().equals(schema.fingerprint())) {
      throw new InvalidInputException("/vector/schemaFingerprint", "must be the fingerprint of the policy's schema",
          "the fingerprint of another schema");
    }
    if (!model.schemaFingerprint().equals(schema.fingerprint())) {
      throw new InvalidInputException(pointer, "must be the fingerprint of the policy's schema",
          "the fingerprint of another schema");
    }
  }

  private Decision decide(CreditFile file, FeatureVector vector, DecisionOutcome band, List<ReasonCode> scoreReasons,
      List<ModelInfo> models, LocalDate asOf) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(asOf, "asOf");
    Application app = file.application();
    Hits hits = new Hits(reasons);
    if (CreditChecks.activeBankruptcyOrIva(file, asOf)) {
      hits.decline(Rule.KO_BANKRUPTCY_OR_IVA);
    }
    if (CreditChecks.chargeOffWithin(file, asOf, chargeOffYears)) {
      hits.decline(Rule.KO_CHARGE_OFF);
    }
    if (CreditChecks.anyDocument(file, VerificationStatus.FAILED)) {
      hits.decline(Rule.KO_DOCUMENT_FAILED);
    }
    if (app.ageBand() == AgeBand.UNDER_18) {
      hits.decline(Rule.KO_UNDER_18);
    }
    if (file.documents().isEmpty()) {
      hits.refer(Rule.RF_NO_DOCUMENTS);
    }
    if (CreditChecks.anyDocument(file, VerificationStatus.UNVERIFIED)) {
      hits.refer(Rule.RF_DOCUMENT_UNVERIFIED);
    }
    OptionalDouble income = vector.isMissing(incomeIndex) ? OptionalDouble.empty()
        : OptionalDouble.of(vector.value(incomeIndex));
    OptionalDouble obligations = vector.isMissing(obligationsIndex) ? OptionalDouble.empty()
        : OptionalDouble.of(vector.value(obligationsIndex));
    if (income.isEmpty()) {
      hits.refer(Rule.RF_INCOME_MISSING);
    }
    if (obligations.isEmpty()) {
      hits.refer(Rule.RF_OBLIGATIONS_MISSING);
    }
    if (CreditChecks.bureauAccounts(file) < minBureauAccounts && alternativePresent(vector) < minimumAlternative) {
      hits.refer(Rule.RF_THIN_FILE);
    }
    if (band == DecisionOutcome.REFER) {
      hits.refer(Rule.SC_REFER);
    } else if (band == DecisionOutcome.DECLINE) {
      hits.decline(Rule.SC_DECLINE);
    }
    BigDecimal limit = BigDecimal.ZERO;
    if (income.isPresent() && obligations.isPresent()) {
      BigDecimal instalment = affordability.instalment(Affordability.amountFeature(vector, incomeIndex),
          Affordability.amountFeature(vector, obligationsIndex));
      if (instalment.signum() > 0) {
        if (!app.amount().currency().equals(currency)) {
          throw new InvalidInputException("/application/amount/currency", "must be the policy's reporting currency",
              "another currency");
        }
        limit = affordability.limit(instalment, app.product(), app.termMonths(), app.annualRatePercent(),
            app.amount().amount());
      }
      if (limit.signum() <= 0) {
        hits.decline(Rule.AF_NO_CAPACITY);
      }
    }
    AuditRecord audit = PolicyChecks.audit(this, file, vector.schema().fingerprint(), auditedFeatures.of(vector),
        models, asOf, pseudonymiser);
    if (hits.decline) {
      return new Decline(hits.all, scoreReasons, audit);
    }
    if (!hits.all.isEmpty()) {
      return new Refer(hits.all, scoreReasons, audit);
    }
    return new Approve(Money.of(limit, currency), List.of(), scoreReasons, audit);
  }

  private int alternativePresent(FeatureVector vector) {
    int n = 0;
    for (int i : alternativeFeatures) {
      if (!vector.isMissing(i)) {
        n++;
      }
    }
    return n;
  }

  /** The rules hit, in rule order, and whether any of them declines. */
  private static final class Hits {
    final List<DecisionReason> all = new ArrayList<>(4);
    final DecisionReason[] reasons;
    boolean decline;

    Hits(DecisionReason[] reasons) {
      this.reasons = reasons;
    }

    void decline(Rule r) {
      all.add(reasons[r.ordinal()]);
      decline = true;
    }

    void refer(Rule r) {
      all.add(reasons[r.ordinal()]);
    }
  }
}
