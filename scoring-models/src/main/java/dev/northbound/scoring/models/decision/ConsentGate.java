package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.core.definition.DefinitionJson.fail;
import static dev.northbound.scoring.core.definition.DefinitionJson.required;

import dev.northbound.scoring.core.consent.ConsentCheck;
import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.consent.Consents;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The policy's consent section and the check behind {@code RF_CONSENT_MISSING}. Stateless. */
final class ConsentGate {
  private ConsentGate() {}

  /** The outcome: whether a needed source is held without consent, and the consents relied on. */
  record Outcome(boolean missing, List<ConsentAudit> reliedOn) {}

  /** Binds the section, or returns empty when the policy has none. */
  static Optional<ConsentScope> scope(PolicyJson.ConsentSection j) {
    if (j == null) {
      return Optional.empty();
    }
    String bank = PolicyChecks.text(j.bank(), "/consent/bank");
    String purpose = required(j.purpose(), "/consent/purpose");
    boolean crossBorder = required(j.crossBorder(), "/consent/crossBorder");
    ConsentPurpose p;
    if (purpose.equals(ConsentPurpose.CREDIT_APPLICATION.name())) {
      p = ConsentPurpose.CREDIT_APPLICATION;
    } else if (purpose.equals(ConsentPurpose.ACCOUNT_REVIEW.name())) {
      p = ConsentPurpose.ACCOUNT_REVIEW;
    } else {
      throw fail("/consent/purpose", "must be CREDIT_APPLICATION or ACCOUNT_REVIEW (a credit decision)",
          "another purpose");
    }
    return Optional.of(new ConsentScope(bank, p, crossBorder));
  }

  /**
   * Checks the file's consents for {@code scope} on the application date: a source the decision
   * needs that the file holds but no consent grants is missing consent. The consents relied on are
   * those that grant a source the file holds and the decision needs, with those sources.
   */
  static Outcome check(CreditFile file, ConsentScope scope, Set<DataSource> needed) {
    ConsentCheck check = Consents.check(file, scope, file.application().applicationDate());
    EnumSet<DataSource> used = EnumSet.noneOf(DataSource.class);
    used.addAll(file.sourcesPresent());
    used.retainAll(needed);
    Set<DataSource> granted = check.granted();
    boolean missing = !granted.containsAll(used);
    List<ConsentAudit> relied = new ArrayList<>(2);
    for (Consent c : file.consents()) {
      if (!check.reliedOn().contains(c.consentId())) {
        continue;
      }
      EnumSet<DataSource> sources = EnumSet.copyOf(c.sources());
      sources.retainAll(used);
      if (!sources.isEmpty()) {
        relied.add(new ConsentAudit(c.consentId(), c.purpose(), sources, c.grantedOn(), c.expiresOn()));
      }
    }
    return new Outcome(missing, List.copyOf(relied));
  }
}
