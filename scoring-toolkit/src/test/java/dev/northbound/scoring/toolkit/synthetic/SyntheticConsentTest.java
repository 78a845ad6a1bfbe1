package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.HkCreditReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticConsentTest {

  private static final PortfolioGenerator GENERATOR = PortfolioGenerator.of(GeneratorConfig.defaults());

  @Test
  void generate_everyFileCarriesTheConsentDerivedFromIt() {
    Set<String> thinSubjects = new HashSet<>();
    int thin = 0;
    for (SyntheticApplicant a : GENERATOR.batch(42L, 0, 300)) {
      CreditFile f = a.creditFile();
      assertThat(f.consents()).hasSize(1);
      Consent c = f.consents().get(0);
      assertThat(c.consentId()).isEqualTo(String.format("syn-42-%07d-consent", a.index()));
      assertThat(c.bank()).isEqualTo("BANK-QH-001");
      assertThat(c.purpose()).isEqualTo(ConsentPurpose.CREDIT_APPLICATION);
      assertThat(c.products()).containsExactly(f.application().product());
      assertThat(c.sources()).isEqualTo(f.sourcesPresent());
      assertThat(c.sources().contains(DataSource.HK_BUREAU)).isEqualTo(f.bureauReport().isPresent());
      assertThat(c.grantedOn()).isEqualTo(f.application().applicationDate().minusDays(14));
      assertThat(c.expiresOn()).isEqualTo(c.grantedOn().plusYears(1).minusDays(1));
      assertThat(c.withdrawnOn()).isEmpty();
      assertThat(c.crossBorder()).isTrue();
      assertThat(c.inForceOn(f.application().applicationDate())).isTrue();
      if (f.bureauReport().isPresent()) {
        assertThat(c.subjectRef()).isEqualTo(f.bureauReport().get().subjectRef());
      } else {
        thin++;
        assertThat(c.subjectRef()).matches("syn-[0-9a-f]{1,16}");
        thinSubjects.add(c.subjectRef());
      }
    }
    assertThat(thin).isGreaterThan(20);
    assertThat(thinSubjects).hasSize(thin); // one pseudonym per applicant
  }

  @Test
  void generate_theConsentIsAPureFunctionOfSeedAndIndex() {
    CreditFile a = GENERATOR.generate(7L, 123).creditFile();
    CreditFile b = GENERATOR.generate(7L, 123).creditFile();
    assertThat(a.consents()).isEqualTo(b.consents());
    assertThat(GENERATOR.generate(8L, 123).creditFile().consents().get(0).subjectRef())
        .isNotEqualTo(a.consents().get(0).subjectRef());
  }

  @Test
  void addTo_hand_builtThinFileGetsTheDatesAndADerivedSubject() {
    CreditFile base = GENERATOR.generate(42L, 0).creditFile().withConsents(List.of());
    CreditFile thin = new CreditFile(base.application(), java.util.Optional.<HkCreditReport>empty(),
        base.alternativeData(), List.of());
    CreditFile withConsent = SyntheticConsent.addTo(thin, 42L, 0);
    Consent c = withConsent.consents().get(0);
    // The pseudonym: "syn-" + hex of mix64(mix64(42 ^ salt) + gamma * 1).
    assertThat(c.subjectRef()).isEqualTo("syn-" + Long.toHexString(Rand.derived(42L, 0, 0x636F6E73656E74L)));
    assertThat(c.sources()).doesNotContain(DataSource.HK_BUREAU).isEqualTo(thin.sourcesPresent());
    // A file with no source at all gets no consent (a consent covers at least one source).
    CreditFile empty = new CreditFile(base.application(), java.util.Optional.empty(),
        new dev.northbound.scoring.core.credit.AlternativeData(List.of(), List.of(), List.of(), List.of(), List.of()),
        List.of());
    assertThat(SyntheticConsent.addTo(empty, 42L, 0).consents()).isEmpty();
  }
}
