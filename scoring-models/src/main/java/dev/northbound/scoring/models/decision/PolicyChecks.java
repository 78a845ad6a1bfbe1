package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.core.definition.DefinitionJson.fail;
import static dev.northbound.scoring.core.definition.DefinitionJson.required;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.DocumentProvenance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Field checks for policy binding, and the assembly of the audit record. */
final class PolicyChecks {
  private PolicyChecks() {}

  static String text(String s, String pointer) {
    if (required(s, pointer).isBlank()) {
      throw fail(pointer, "must not be blank", "a blank string");
    }
    return s;
  }

  static Currency currency(String code) {
    if (code == null) {
      return Money.CNY;
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw fail("/reportingCurrency", "must be an ISO 4217 currency code", "an unknown code");
    }
  }

  static int range(Integer v, int min, int max, String pointer) {
    if (required(v, pointer) < min || v > max) {
      throw fail(pointer, "must be between " + min + " and " + max, "a value outside that range");
    }
    return v;
  }

  static int feature(FeatureSchema schema, String name, String pointer) {
    return schema.indexOf(required(name, pointer)).orElseThrow(
        () -> fail(pointer, "must name a feature of the bound schema", "a name the schema lacks"));
  }

  static Affordability affordability(PolicyJson.Limit limit) {
    BigDecimal dti = required(limit.maxDebtToIncome(), "/limit/maxDebtToIncome");
    if (dti.signum() <= 0 || dti.compareTo(BigDecimal.ONE) > 0) {
      throw fail("/limit/maxDebtToIncome", "must be above 0 and at most 1", "a value outside that range");
    }
    BigDecimal unit = limit.roundDownTo() == null ? new BigDecimal("0.01") : limit.roundDownTo();
    if (unit.signum() <= 0 || unit.stripTrailingZeros().scale() > Money.MAX_SCALE) {
      throw fail("/limit/roundDownTo", "must be positive with at most 2 decimal places", "another number");
    }
    PolicyJson.Card card = required(limit.card(), "/limit/card");
    String rule = required(card.rule(), "/limit/card/rule");
    if (rule.equals("MIN_PAYMENT")) {
      BigDecimal rate = required(card.minPaymentRate(), "/limit/card/minPaymentRate");
      if (card.multiple() != null) {
        throw fail("/limit/card/multiple", "must be absent for the MIN_PAYMENT rule", "a multiple");
      }
      if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
        throw fail("/limit/card/minPaymentRate", "must be above 0 and at most 1", "a value outside that range");
      }
      return new Affordability(dti, unit, true, rate);
    }
    if (rule.equals("MULTIPLE")) {
      BigDecimal multiple = required(card.multiple(), "/limit/card/multiple");
      if (card.minPaymentRate() != null) {
        throw fail("/limit/card/minPaymentRate", "must be absent for the MULTIPLE rule", "a rate");
      }
      if (multiple.signum() <= 0) {
        throw fail("/limit/card/multiple", "must be positive", "a value that is not positive");
      }
      return new Affordability(dti, unit, false, multiple);
    }
    throw fail("/limit/card/rule", "must be MIN_PAYMENT or MULTIPLE", "another rule name");
  }

  static AuditRecord audit(BoundPolicy policy, CreditFile file, List<AuditedFeature> features,
      List<ModelInfo> models, LocalDate asOf, List<ConsentAudit> consents, Optional<SecondLook> secondLook) {
    List<DocumentProvenance> provenance = file.documents();
    DocumentAudit[] docs = new DocumentAudit[provenance.size()];
    for (int i = 0; i < docs.length; i++) {
      DocumentProvenance d = provenance.get(i);
      docs[i] = new DocumentAudit(d.documentId(), d.algorithm(), d.digestHex(), d.status());
    }
    Optional<String> subject = file.bureauReport().map(r -> policy.pseudonymiser.pseudonymise(r.subjectRef()));
    return new AuditRecord(policy.id, policy.version, file.application().applicationId(), subject,
        List.of(docs), models, policy.schema.fingerprint(), asOf, policy.currency, features, consents, secondLook);
  }
}
