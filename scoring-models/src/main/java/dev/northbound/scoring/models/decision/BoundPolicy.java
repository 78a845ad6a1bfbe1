package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.core.definition.DefinitionJson.required;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.VerificationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A policy's terms bound to a schema, and the rule evaluation of {@link DecisionPolicy}. Immutable
 * and thread-safe; {@link #decide} has no side effect (a re-run on the same inputs gives an equal
 * decision).
 */
final class BoundPolicy {

  final String id;
  final String version;
  final Currency currency;
  final FeatureSchema schema;
  final SubjectPseudonymiser pseudonymiser;
  final int chargeOffYears;
  final ScoreBands bands;
  final int minBureauAccounts;
  final int[] alternativeFeatures;
  final int minimumAlternative;
  final int incomeIndex;
  final int obligationsIndex;
  final Affordability affordability;
  final Optional<ConsentScope> consent;
  final Optional<ThinFileRules> thinPath;
  /** The score bands of a thin file, when the thin-file path sets its own cutoffs. */
  final Optional<ScoreBands> thinBands;
  final boolean secondLook;
  final DataNeeds needs;
  /** Every rule's reason, by ordinal, with this policy's parameters filled in once. */
  private final DecisionReason[] reasons;
  /** The audit entries of features, the missing ones built once. */
  private final AuditedFeatures auditedFeatures;

  BoundPolicy(PolicyJson j, FeatureSchema schema, SubjectPseudonymiser pseudonymiser) {
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
    List<Integer> own = new ArrayList<>();
    for (int i = 0; i < alt.size(); i++) {
      alternativeFeatures[i] = PolicyChecks.feature(schema, alt.get(i), "/thinFile/alternativeDataFeatures/" + i);
      own.add(alternativeFeatures[i]);
    }
    this.minimumAlternative = PolicyChecks.range(thin.minimumPresent(), 0, alt.size(), "/thinFile/minimumPresent");
    PolicyJson.Limit limit = required(j.limit(), "/limit");
    this.incomeIndex = PolicyChecks.feature(schema, limit.incomeFeature(), "/limit/incomeFeature");
    this.obligationsIndex = PolicyChecks.feature(schema, limit.obligationsFeature(), "/limit/obligationsFeature");
    this.affordability = PolicyChecks.affordability(limit);
    this.consent = ConsentGate.scope(j.consent());
    this.thinPath = ThinFileRules.of(j.thinFilePath(), schema, currency);
    PolicyJson.ThinFilePath tp = j.thinFilePath();
    this.thinBands = tp == null || tp.pointsCutoffs() == null && tp.gradeCutoffs() == null ? Optional.empty()
        : Optional.of(ScoreBands.of(tp.pointsCutoffs(), tp.gradeCutoffs(), "/thinFilePath"));
    this.secondLook = j.secondLook() != null && j.secondLook();
    own.add(incomeIndex);
    own.add(obligationsIndex);
    thinPath.ifPresent(t -> own.addAll(t.features()));
    this.needs = DataNeeds.of(schema, own);
    this.reasons = new DecisionReason[Rule.values().length];
    for (Rule r : Rule.values()) {
      reasons[r.ordinal()] = r == Rule.KO_CHARGE_OFF ? r.reason(chargeOffYears)
          : r == Rule.RF_THIN_EVIDENCE ? r.reason(thinPath.map(ThinFileRules::evidenceText).orElse(""))
          : r == Rule.ST_STARTER_LIMIT ? r.reason(thinPath.flatMap(ThinFileRules::starter)
              .map(StarterLimit::maxTermMonths).orElse(0))
          : r.reason();
    }
    this.auditedFeatures = AuditedFeatures.of(schema);
  }

  /** The score bands that decide {@code file}: the thin-file path's for a thin file when it sets any. */
  ScoreBands bandsFor(CreditFile file) {
    return thinBands.isPresent() && isThin(file) ? thinBands.get() : bands;
  }

  /** Whether {@code file} is thin: fewer bureau accounts than {@code minBureauAccounts} (none without a report). */
  boolean isThin(CreditFile file) {
    return CreditChecks.bureauAccounts(file) < minBureauAccounts;
  }

  /** The second score of a second-look decision, before the file tells whether it is thin. */
  record BureauOnly(SecondLook look, List<ReasonCode> reasons, List<ModelInfo> models) {}

  Decision decide(CreditFile file, FeatureVector vector, DecisionOutcome band, List<ReasonCode> scoreReasons,
      List<ModelInfo> models, LocalDate asOf, Optional<BureauOnly> bureauOnly) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(asOf, "asOf");
    Application app = file.application();
    boolean thin = isThin(file);
    Optional<SecondLook> look = Optional.empty();
    if (bureauOnly.isPresent()) {
      SecondLook s = bureauOnly.get().look();
      SecondLook.Basis used = thin ? SecondLook.Basis.THIN_FILE_IGNORED_BUREAU_ONLY
          : s.bureauOnlyBand().ordinal() < s.band().ordinal() ? SecondLook.Basis.BUREAU_ONLY
          : SecondLook.Basis.WITH_ALTERNATIVE_DATA;
      look = Optional.of(new SecondLook(s.points(), s.grade(), s.band(), s.bureauOnlyPoints(), s.bureauOnlyGrade(),
          s.bureauOnlyBand(), used));
      if (used == SecondLook.Basis.BUREAU_ONLY) {
        band = s.bureauOnlyBand();
        scoreReasons = bureauOnly.get().reasons();
      }
      List<ModelInfo> all = new ArrayList<>(models);
      for (ModelInfo m : bureauOnly.get().models()) {
        if (!all.contains(m)) {
          all.add(m);
        }
      }
      models = all;
    }
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
    List<ConsentAudit> relied = List.of();
    if (consent.isPresent()) {
      ConsentGate.Outcome o = ConsentGate.check(file, consent.get(), needs.sources(models));
      if (o.missing()) {
        hits.refer(Rule.RF_CONSENT_MISSING);
      }
      relied = o.reliedOn();
    }
    boolean hasIncome = !vector.isMissing(incomeIndex);
    boolean hasObligations = !vector.isMissing(obligationsIndex);
    // A thin file without the obligations feature: established by the thin-file path, if the policy has one.
    Optional<BigDecimal> thinObligations = Optional.empty();
    if (!hasObligations && thin && thinPath.isPresent() && thinPath.get().establishesObligations()) {
      Optional<BigDecimal> income = hasIncome ? Optional.of(Affordability.amountFeature(vector, incomeIndex))
          : Optional.empty();
      thinObligations = thinPath.get().obligations(vector, income);
      hasObligations = thinObligations.isPresent();
    }
    if (!hasIncome) {
      hits.refer(Rule.RF_INCOME_MISSING);
    }
    if (!hasObligations) {
      hits.refer(Rule.RF_OBLIGATIONS_MISSING);
    }
    if (thin && alternativePresent(vector) < minimumAlternative) {
      hits.refer(Rule.RF_THIN_FILE);
    }
    if (thin && thinPath.isPresent() && !thinPath.get().evidenceMet(vector)) {
      hits.refer(Rule.RF_THIN_EVIDENCE);
    }
    if (band == DecisionOutcome.REFER) {
      hits.refer(Rule.SC_REFER);
    } else if (band == DecisionOutcome.DECLINE) {
      hits.decline(Rule.SC_DECLINE);
    }
    Optional<StarterLimit> starter = thin ? thinPath.flatMap(ThinFileRules::starter) : Optional.empty();
    int term = starter.map(s -> s.termFor(app.termMonths())).orElse(app.termMonths());
    BigDecimal limit = BigDecimal.ZERO;
    if (hasIncome && hasObligations) {
      BigDecimal income = Affordability.amountFeature(vector, incomeIndex);
      BigDecimal instalment = affordability.instalment(income,
          thinObligations.isPresent() ? thinObligations.get() : Affordability.amountFeature(vector, obligationsIndex));
      if (instalment.signum() > 0) {
        if (!app.amount().currency().equals(currency)) {
          throw new InvalidInputException("/application/amount/currency", "must be the policy's reporting currency",
              "another currency");
        }
        BigDecimal cap = app.amount().amount();
        if (starter.isPresent()) {
          cap = cap.min(starter.get().maxAmount().amount());
        }
        limit = affordability.limit(instalment, app.product(), term, app.annualRatePercent(), cap);
      }
      if (limit.signum() <= 0) {
        hits.decline(Rule.AF_NO_CAPACITY);
      }
    }
    List<AuditedFeature> features = needs.auditIndexes(models).map(kept -> auditedFeatures.of(vector, kept))
        .orElseGet(() -> auditedFeatures.of(vector));
    AuditRecord audit = PolicyChecks.audit(this, file, features, models, asOf, relied, look);
    if (hits.decline) {
      return new Decline(hits.all, scoreReasons, audit);
    }
    if (!hits.all.isEmpty()) {
      return new Refer(hits.all, scoreReasons, audit);
    }
    List<DecisionReason> conditions = starter.isPresent() ? List.of(reasons[Rule.ST_STARTER_LIMIT.ordinal()])
        : List.of();
    OptionalInt offeredTerm = app.product() == ProductType.CARD ? OptionalInt.empty() : OptionalInt.of(term);
    return new Approve(Money.of(limit, currency), conditions, scoreReasons, audit, offeredTerm);
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
