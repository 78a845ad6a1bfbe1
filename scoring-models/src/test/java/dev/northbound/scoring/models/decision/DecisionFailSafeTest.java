package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.consent.Consents;
import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.verify.DocumentProvenance;
import dev.northbound.scoring.core.verify.VerificationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Fail-safe: whatever else is true, an unverified document, a missing income or a missing consent never approves. */
class DecisionFailSafeTest {

  private static CreditFile file(ProductType product, int term, boolean bureau, List<VerificationStatus> statuses) {
    List<DocumentProvenance> docs = new ArrayList<>();
    for (int i = 0; i < statuses.size(); i++) {
      docs.add(PolicyFixtures.document("DOC-" + i, statuses.get(i)));
    }
    return PolicyFixtures.file(PolicyFixtures.application(product, "1000000", term, "9.5", AgeBand.AGE_35_44),
        bureau ? PolicyFixtures.clean().bureauReport() : Optional.empty(), docs);
  }

  @Property(tries = 300)
  void unverifiedDocumentNeverApproves(
      @ForAll ProductType product, @ForAll @IntRange(min = 1, max = 480) int term, @ForAll boolean bureau,
      @ForAll @Size(max = 4) List<VerificationStatus> others, @ForAll @IntRange(min = 0, max = 4) int at,
      @ForAll @DoubleRange(min = 0, max = 1e6) double income, @ForAll @DoubleRange(min = 0, max = 1e5) double debt,
      @ForAll @DoubleRange(min = 300, max = 900) double points) {
    List<VerificationStatus> statuses = new ArrayList<>(others);
    statuses.add(Math.min(at, statuses.size()), VerificationStatus.UNVERIFIED);
    Decision d = PolicyFixtures.policy().decide(file(product, term, bureau, statuses),
        PolicyFixtures.vector(income, debt, 0.9, 12), PolicyFixtures.score(points, "A"), PolicyFixtures.AS_OF);
    assertThat(d).isNotInstanceOf(Approve.class);
    assertThat(d.approvedLimit()).isEmpty();
  }

  @Property(tries = 300)
  void missingIncomeNeverApproves(
      @ForAll ProductType product, @ForAll @IntRange(min = 1, max = 480) int term, @ForAll boolean bureau,
      @ForAll @Size(max = 4) List<VerificationStatus> statuses,
      @ForAll @DoubleRange(min = 0, max = 1e5) double debt, @ForAll @DoubleRange(min = 300, max = 900) double points) {
    Decision d = PolicyFixtures.policy().decide(file(product, term, bureau, statuses),
        PolicyFixtures.vector(Double.NaN, debt, 0.9, 12), PolicyFixtures.score(points, "A"), PolicyFixtures.AS_OF);
    assertThat(d).isNotInstanceOf(Approve.class);
    assertThat(d.rules()).extracting(DecisionReason::code).contains("RF_INCOME_MISSING");
  }

  @Property(tries = 300)
  void missingConsentNeverApproves(
      @ForAll ConsentPurpose purpose, @ForAll boolean otherBank, @ForAll boolean crossBorder,
      @ForAll @IntRange(min = -400, max = 400) int expiresInDays, @ForAll @IntRange(min = -30, max = 400) int withdrawnIn,
      @ForAll boolean withdrawn, @ForAll @DoubleRange(min = 0, max = 1e6) double income,
      @ForAll @DoubleRange(min = 0, max = 1e5) double debt, @ForAll @DoubleRange(min = 300, max = 900) double points) {
    LocalDate applied = PolicyFixtures.AS_OF;
    LocalDate grantedOn = applied.minusDays(30);
    LocalDate expires = applied.plusDays(expiresInDays);
    Optional<LocalDate> withdrawnOn = withdrawn ? Optional.of(applied.plusDays(withdrawnIn)) : Optional.empty();
    Assume.that(!expires.isBefore(grantedOn) && !withdrawnOn.map(w -> w.isBefore(grantedOn)).orElse(false));
    Consent c = new Consent("CNS-1", PolicyFixtures.SUBJECT_REF, otherBank ? "BANK-SZ-002" : DecisionConsentTest.BANK,
        purpose, Set.of(ProductType.PERSONAL_LOAN), Set.of(DataSource.HK_BUREAU), grantedOn, expires, withdrawnOn,
        crossBorder);
    CreditFile f = PolicyFixtures.clean().withConsents(List.of(c));
    Decision d = DecisionConsentTest.CONSENT_POLICY.decide(f, PolicyFixtures.vector(income, debt, 0.9, 12),
        PolicyFixtures.score(points, "A"), applied);
    boolean granted = Consents.check(f, DecisionConsentTest.CONSENT_POLICY.consentScope().orElseThrow(), applied)
        .granted().contains(DataSource.HK_BUREAU);
    List<String> codes = d.rules().stream().map(DecisionReason::code).toList();
    assertThat(codes.contains("RF_CONSENT_MISSING")).isEqualTo(!granted);
    if (!granted) {
      assertThat(d).isNotInstanceOf(Approve.class);
      assertThat(d.approvedLimit()).isEmpty();
    }
  }
}
