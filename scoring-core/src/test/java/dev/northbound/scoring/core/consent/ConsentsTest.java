package dev.northbound.scoring.core.consent;

import static dev.northbound.scoring.core.consent.ConsentFinding.EXPIRED;
import static dev.northbound.scoring.core.consent.ConsentFinding.GRANTED;
import static dev.northbound.scoring.core.consent.ConsentFinding.NOT_CROSS_BORDER;
import static dev.northbound.scoring.core.consent.ConsentFinding.NOT_YET_VALID;
import static dev.northbound.scoring.core.consent.ConsentFinding.NO_CONSENT;
import static dev.northbound.scoring.core.consent.ConsentFinding.OTHER_BANK;
import static dev.northbound.scoring.core.consent.ConsentFinding.OTHER_SUBJECT;
import static dev.northbound.scoring.core.consent.ConsentFinding.OUTSIDE_PURPOSE;
import static dev.northbound.scoring.core.consent.ConsentFinding.WITHDRAWN;
import static dev.northbound.scoring.core.credit.DataSource.HK_BUREAU;
import static dev.northbound.scoring.core.credit.DataSource.MPF;
import static dev.northbound.scoring.core.credit.DataSource.RENT;
import static dev.northbound.scoring.core.credit.DataSource.SOCIAL_INSURANCE;
import static dev.northbound.scoring.core.credit.DataSource.TAX;
import static dev.northbound.scoring.core.credit.DataSource.UTILITIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentsTest {

  private static final LocalDate APPLIED = LocalDate.of(2026, 6, 15);
  private static final String BANK = "BANK-QH-001";
  private static final String SUBJECT = "S-0001";
  private static final ConsentScope SCOPE = new ConsentScope(BANK, ConsentPurpose.CREDIT_APPLICATION, true);

  /** A consent of SUBJECT to BANK for credit applications on personal loans, cross-border, 2026-01-01 to 2026-12-31. */
  private static Consent consent(String id, DataSource... sources) {
    return new Consent(id, SUBJECT, BANK, ConsentPurpose.CREDIT_APPLICATION, Set.of(ProductType.PERSONAL_LOAN),
        Set.of(sources), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Optional.empty(), true);
  }

  private static Consent dated(Consent c, LocalDate granted, LocalDate expires, Optional<LocalDate> withdrawn) {
    return new Consent(c.consentId(), c.subjectRef(), c.bank(), c.purpose(), c.products(), c.sources(), granted,
        expires, withdrawn, c.crossBorder());
  }

  private static Consent withdrawn(Consent c, LocalDate on) {
    return dated(c, c.grantedOn(), c.expiresOn(), Optional.of(on));
  }

  private static Application application() {
    return new Application("app-1", ProductType.PERSONAL_LOAN, Money.of("100000.00", Money.CNY), 12,
        new BigDecimal("12"), Money.of("20000.00", Money.CNY), Money.of("0.00", Money.CNY), "Shenzhen",
        AgeBand.AGE_25_34, APPLIED);
  }

  private static CreditFile file(boolean bureau, Consent... consents) {
    Optional<HkCreditReport> report = bureau
        ? Optional.of(new HkCreditReport(SUBJECT, "TU-HK", APPLIED, List.of(), List.of(), List.of(), List.of()))
        : Optional.empty();
    return new CreditFile(application(), report, AlternativeData.empty(), List.of(), List.of(consents));
  }

  private static ConsentCheck check(Consent... consents) {
    return Consents.check(file(true, consents), SCOPE, APPLIED);
  }

  /** Every source NO_CONSENT but those given. */
  private static Map<DataSource, ConsentFinding> findings(Object... sourceFinding) {
    Map<DataSource, ConsentFinding> m = new EnumMap<>(DataSource.class);
    for (DataSource s : DataSource.values()) {
      m.put(s, NO_CONSENT);
    }
    for (int i = 0; i < sourceFinding.length; i += 2) {
      m.put((DataSource) sourceFinding[i], (ConsentFinding) sourceFinding[i + 1]);
    }
    return m;
  }

  @Test
  void check_consentInForceGrantsItsSourcesOnly() {
    ConsentCheck c = check(consent("CNS-1", HK_BUREAU, TAX));
    assertThat(c.findings()).isEqualTo(findings(HK_BUREAU, GRANTED, TAX, GRANTED));
    assertThat(c.granted()).containsExactly(HK_BUREAU, TAX);
    assertThat(c.reliedOn()).containsExactly("CNS-1");
  }

  @Test
  void check_noConsents_everySourceNoConsent() {
    ConsentCheck c = check();
    assertThat(c.findings()).isEqualTo(findings());
    assertThat(c.granted()).isEmpty();
    assertThat(c.reliedOn()).isEmpty();
  }

  @Test
  void check_expiredTheDayBefore_expired_lastDayStillGranted() {
    Consent c = consent("CNS-1", MPF);
    assertThat(check(dated(c, c.grantedOn(), LocalDate.of(2026, 6, 14), Optional.empty())).findings())
        .isEqualTo(findings(MPF, EXPIRED));
    ConsentCheck lastDay = check(dated(c, c.grantedOn(), APPLIED, Optional.empty()));
    assertThat(lastDay.finding(MPF)).isEqualTo(GRANTED);
    assertThat(lastDay.reliedOn()).containsExactly("CNS-1");
  }

  @Test
  void check_expiredConsentIsNotReliedOn() {
    Consent c = consent("CNS-1", MPF);
    assertThat(check(dated(c, c.grantedOn(), LocalDate.of(2026, 6, 14), Optional.empty())).reliedOn()).isEmpty();
  }

  @Test
  void check_withdrawnOnTheDateItself_withdrawn() {
    ConsentCheck c = check(withdrawn(consent("CNS-1", TAX, RENT), APPLIED));
    assertThat(c.findings()).isEqualTo(findings(TAX, WITHDRAWN, RENT, WITHDRAWN));
    assertThat(c.reliedOn()).isEmpty();
  }

  @Test
  void check_withdrawnEarlier_withdrawn_withdrawnTheDayAfter_granted() {
    assertThat(check(withdrawn(consent("CNS-1", TAX), LocalDate.of(2026, 3, 1))).finding(TAX)).isEqualTo(WITHDRAWN);
    assertThat(check(withdrawn(consent("CNS-1", TAX), LocalDate.of(2026, 6, 16))).finding(TAX)).isEqualTo(GRANTED);
  }

  @Test
  void check_withdrawnAndExpired_withdrawnComesFirst() {
    Consent c = dated(consent("CNS-1", TAX), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        Optional.of(LocalDate.of(2025, 6, 1)));
    assertThat(check(c).finding(TAX)).isEqualTo(WITHDRAWN);
  }

  @Test
  void check_grantedTheDayAfter_notYetValid_grantedThatDay_granted() {
    Consent c = consent("CNS-1", UTILITIES);
    assertThat(check(dated(c, LocalDate.of(2026, 6, 16), LocalDate.of(2026, 12, 31), Optional.empty())).findings())
        .isEqualTo(findings(UTILITIES, NOT_YET_VALID));
    assertThat(check(dated(c, APPLIED, APPLIED, Optional.empty())).finding(UTILITIES)).isEqualTo(GRANTED);
  }

  @Test
  void check_anotherPurpose_outsidePurpose() {
    Consent c = consent("CNS-1", HK_BUREAU);
    Consent marketing = new Consent(c.consentId(), SUBJECT, BANK, ConsentPurpose.MARKETING, c.products(),
        c.sources(), c.grantedOn(), c.expiresOn(), Optional.empty(), true);
    ConsentCheck check = check(marketing);
    assertThat(check.findings()).isEqualTo(findings(HK_BUREAU, OUTSIDE_PURPOSE));
    assertThat(check.reliedOn()).isEmpty();
  }

  @Test
  void check_productNotCovered_outsidePurpose() {
    Consent c = consent("CNS-1", HK_BUREAU);
    Consent cards = new Consent(c.consentId(), SUBJECT, BANK, c.purpose(), Set.of(ProductType.CARD), c.sources(),
        c.grantedOn(), c.expiresOn(), Optional.empty(), true);
    assertThat(check(cards).finding(HK_BUREAU)).isEqualTo(OUTSIDE_PURPOSE);
  }

  @Test
  void check_anotherBank_otherBank() {
    Consent c = consent("CNS-1", HK_BUREAU);
    Consent other = new Consent(c.consentId(), SUBJECT, "BANK-SZ-002", c.purpose(), c.products(), c.sources(),
        c.grantedOn(), c.expiresOn(), Optional.empty(), true);
    assertThat(check(other).findings()).isEqualTo(findings(HK_BUREAU, OTHER_BANK));
  }

  @Test
  void check_notCrossBorder_refusedOnlyForACrossBorderScope() {
    Consent c = consent("CNS-1", MPF);
    Consent domestic = new Consent(c.consentId(), SUBJECT, BANK, c.purpose(), c.products(), c.sources(),
        c.grantedOn(), c.expiresOn(), Optional.empty(), false);
    assertThat(check(domestic).findings()).isEqualTo(findings(MPF, NOT_CROSS_BORDER));
    ConsentScope local = new ConsentScope(BANK, ConsentPurpose.CREDIT_APPLICATION, false);
    assertThat(Consents.check(file(true, domestic), local, APPLIED).finding(MPF)).isEqualTo(GRANTED);
  }

  @Test
  void check_anotherSubjectThanTheBureauReports_otherSubject_withoutAReportGranted() {
    Consent c = consent("CNS-1", SOCIAL_INSURANCE);
    Consent other = new Consent(c.consentId(), "S-0002", BANK, c.purpose(), c.products(), c.sources(),
        c.grantedOn(), c.expiresOn(), Optional.empty(), true);
    assertThat(check(other).findings()).isEqualTo(findings(SOCIAL_INSURANCE, OTHER_SUBJECT));
    // Without a bureau report there is no subject to compare with.
    assertThat(Consents.check(file(false, other), SCOPE, APPLIED).finding(SOCIAL_INSURANCE)).isEqualTo(GRANTED);
  }

  @Test
  void check_twoConsentsOneGrants_grantedWhateverTheOrder() {
    Consent expired = dated(consent("CNS-OLD", MPF, TAX), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        Optional.empty());
    Consent current = consent("CNS-NEW", MPF, RENT);
    Map<DataSource, ConsentFinding> expected = findings(MPF, GRANTED, TAX, EXPIRED, RENT, GRANTED);
    ConsentCheck oldFirst = check(expired, current);
    assertThat(oldFirst.findings()).isEqualTo(expected);
    assertThat(oldFirst.reliedOn()).containsExactly("CNS-NEW");
    ConsentCheck newFirst = check(current, expired);
    assertThat(newFirst.findings()).isEqualTo(expected);
    assertThat(newFirst.reliedOn()).containsExactly("CNS-NEW");
  }

  @Test
  void check_twoRefusals_theEarlierFindingInTheOrderIsReported() {
    Consent expired = dated(consent("CNS-A", TAX), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        Optional.empty());
    Consent wd = withdrawn(consent("CNS-B", TAX), LocalDate.of(2026, 5, 1));
    assertThat(check(expired, wd).finding(TAX)).isEqualTo(WITHDRAWN);
    assertThat(check(wd, expired).finding(TAX)).isEqualTo(WITHDRAWN);
  }

  @Test
  void check_reliedOnListsEveryGrantingConsentInFileOrder() {
    Consent c3 = consent("CNS-3", RENT);
    Consent expired = dated(consent("CNS-2", UTILITIES), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        Optional.empty());
    Consent c1 = consent("CNS-1", HK_BUREAU, RENT);
    ConsentCheck c = check(c3, expired, c1);
    assertThat(c.reliedOn()).containsExactly("CNS-3", "CNS-1");
    assertThat(c.granted()).containsExactly(HK_BUREAU, RENT);
    assertThat(c.finding(UTILITIES)).isEqualTo(EXPIRED);
  }

  @Test
  void check_usesTheGivenDateNotTheApplications() {
    Consent c = consent("CNS-1", TAX);
    assertThat(Consents.check(file(true, c), SCOPE, LocalDate.of(2027, 1, 1)).finding(TAX)).isEqualTo(EXPIRED);
  }

  @Test
  void check_nullArguments_rejected() {
    CreditFile f = file(true);
    assertThatThrownBy(() -> Consents.check(null, SCOPE, APPLIED)).isInstanceOf(NullPointerException.class)
        .hasMessage("file");
    assertThatThrownBy(() -> Consents.check(f, null, APPLIED)).isInstanceOf(NullPointerException.class)
        .hasMessage("scope");
    assertThatThrownBy(() -> Consents.check(f, SCOPE, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }
}
