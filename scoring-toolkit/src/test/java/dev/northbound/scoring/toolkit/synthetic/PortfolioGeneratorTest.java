package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.Jurisdiction;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortfolioGeneratorTest {

  private static final PortfolioGenerator GEN = PortfolioGenerator.of(GeneratorConfig.defaults());
  /** 3,000 applicants: every one passed the domain records' constructors to exist at all. */
  private static List<SyntheticApplicant> portfolio;

  @BeforeAll
  static void generate() {
    portfolio = GEN.batch(7L, 0, 3_000);
  }

  @Test
  void generate_sameSeedAndIndex_equalRecords() {
    assertThat(GEN.generate(42L, 1234)).isEqualTo(GEN.generate(42L, 1234));
    assertThat(PortfolioGenerator.of(GeneratorConfig.defaults()).generate(42L, 1234))
        .isEqualTo(GEN.generate(42L, 1234));
  }

  @Test
  void generate_differentIndexOrSeed_differentApplicants() {
    SyntheticApplicant a = GEN.generate(42L, 0);
    SyntheticApplicant b = GEN.generate(42L, 1);
    SyntheticApplicant c = GEN.generate(43L, 0);
    assertThat(a.capacity()).isNotEqualTo(b.capacity());
    assertThat(a.creditFile()).isNotEqualTo(b.creditFile());
    assertThat(a.capacity()).isNotEqualTo(c.capacity());
    assertThat(a.creditFile().application().applicationId()).isEqualTo("SYN-2a-0");
    assertThat(c.creditFile().application().applicationId()).isEqualTo("SYN-2b-0");
  }

  @Test
  void generate_negativeIndex_throws() {
    assertThatThrownBy(() -> GEN.generate(1L, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must not be negative, found -1");
  }

  @Test
  void batch_sameAsOneByOneInIndexOrder() {
    List<SyntheticApplicant> batch = GEN.batch(7L, 100, 50);
    assertThat(batch).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(batch.get(i)).isEqualTo(GEN.generate(7L, 100 + i));
      assertThat(batch.get(i)).isEqualTo(portfolio.get(100 + i));
    }
  }

  @Test
  void stream_negativeCount_throws() {
    assertThatThrownBy(() -> GEN.stream(1L, 0, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from and count must not be negative, found 0 and -5");
  }

  @Test
  void generate_thousandsOfApplicants_datesAndAmountsConsistent() {
    for (SyntheticApplicant a : portfolio) {
      SyntheticChecks.assertConsistent(a);
    }
  }

  @Test
  void recentGraduates_noBureauReportButAlternativeData() {
    List<SyntheticApplicant> graduates = of(Segment.RECENT_GRADUATE);
    assertThat(graduates).hasSizeGreaterThan(500);
    for (SyntheticApplicant a : graduates) {
      CreditFile f = a.creditFile();
      assertThat(f.bureauReport()).isEmpty();
      assertThat(f.alternativeData().bills()).anyMatch(b -> b.kind().isTelecom());
      assertThat(f.alternativeData().bills()).anyMatch(b -> !b.kind().isTelecom());
      assertThat(f.alternativeData().socialInsurance()).isNotEmpty();
      assertThat(f.alternativeData().mpf()).isEmpty();
    }
    assertThat(graduates).anyMatch(a -> !a.creditFile().alternativeData().rent().isEmpty());
    assertThat(graduates).anyMatch(a -> a.creditFile().alternativeData().taxRecords().stream()
        .anyMatch(t -> t.jurisdiction() == Jurisdiction.HK));
  }

  @Test
  void otherSegments_haveBureauReports() {
    for (Segment s : new Segment[] {Segment.YOUNG_PROFESSIONAL, Segment.RETIREE, Segment.OVER_INDEBTED}) {
      assertThat(of(s)).allMatch(a -> a.creditFile().bureauReport().isPresent());
    }
  }

  @Test
  void mpf_contributionsRespectFloorAndCap() {
    BigDecimal cap = new BigDecimal("1500.00");
    long months = 0;
    for (SyntheticApplicant a : portfolio) {
      for (MpfContribution c : a.creditFile().alternativeData().mpf()) {
        months++;
        BigDecimal ri = c.relevantIncome().amount();
        // 5% of relevant income capped at HK$30,000; nothing from the employee below HK$7,100.
        BigDecimal expected = ri.compareTo(new BigDecimal("7100")) < 0
            ? BigDecimal.ZERO
            : ri.min(new BigDecimal("30000")).multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
        assertThat(c.employeeMandatory().amount()).isEqualByComparingTo(expected);
        assertThat(c.employeeMandatory().amount()).isLessThanOrEqualTo(cap);
        assertThat(c.employerMandatory().amount()).isLessThanOrEqualTo(cap);
        assertThat(c.relevantIncome().currency()).isEqualTo(Money.HKD);
      }
    }
    assertThat(months).isGreaterThan(10_000);
  }

  @Test
  void socialInsurance_baseWithinFloorAndCap() {
    for (SyntheticApplicant a : portfolio) {
      for (SocialInsuranceContribution c : a.creditFile().alternativeData().socialInsurance()) {
        assertThat(c.contributionBase().amount().doubleValue()).isBetween(2_360.0, 41_190.0);
        assertThat(c.contributionBase().currency()).isEqualTo(Money.CNY);
      }
    }
  }

  @Test
  void traders_mixHkdAndCny() {
    List<SyntheticApplicant> traders = of(Segment.CROSS_BORDER_TRADER);
    for (SyntheticApplicant a : traders) {
      List<TaxRecord> tax = a.creditFile().alternativeData().taxRecords();
      assertThat(tax).anyMatch(t -> t.jurisdiction() == Jurisdiction.HK && t.assessedIncome().currency() == Money.HKD);
      assertThat(tax).anyMatch(t -> t.jurisdiction() == Jurisdiction.MAINLAND
          && t.assessedIncome().currency() == Money.CNY);
    }
    long cnyCards = traders.stream().flatMap(a -> a.creditFile().bureauReport().stream())
        .flatMap(r -> r.accounts().stream()).filter(acc -> acc.balance().currency() == Money.CNY).count();
    long hkdCards = traders.stream().flatMap(a -> a.creditFile().bureauReport().stream())
        .flatMap(r -> r.accounts().stream()).filter(acc -> acc.balance().currency() == Money.HKD).count();
    assertThat(cnyCards).isPositive();
    assertThat(hkdCards).isGreaterThan(cnyCards);
    assertThat(traders).anyMatch(a -> a.creditFile().alternativeData().bills().stream()
        .anyMatch(b -> b.amount().currency() == Money.HKD));
  }

  @Test
  void overIndebted_moreEnquiriesAndHigherUtilisation() {
    double oi = meanEnquiries(Segment.OVER_INDEBTED);
    double yp = meanEnquiries(Segment.YOUNG_PROFESSIONAL);
    assertThat(oi).isGreaterThan(4 * yp);
  }

  private static double meanEnquiries(Segment s) {
    return of(s).stream().mapToInt(a -> a.creditFile().bureauReport().orElseThrow().enquiries().size())
        .average().orElseThrow();
  }

  private static List<SyntheticApplicant> of(Segment s) {
    return portfolio.stream().filter(a -> a.segment() == s).toList();
  }
}
