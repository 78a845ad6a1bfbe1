package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.ExampleParts.hkd;
import static dev.northbound.scoring.core.document.ExampleParts.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.LoanKind;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Versions 1 and 2 of the format: conversions both ways are exact, and each version reads to the same file. */
class FormatVersionsTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final CreditFileReader READER = CreditFileReader.standard();
  private static final CreditFileWriter V1 = CreditFileWriter.standard().version(1);
  private static final CreditFileWriter V2 = CreditFileWriter.standard();

  /** Every status once, a gap of two months, then unknown and no-activity months. */
  static PaymentHistory everyCode() {
    List<MonthlyStatus> months = new ArrayList<>();
    YearMonth m = YearMonth.parse("2024-01");
    for (PaymentStatus s : PaymentStatus.values()) {
      months.add(new MonthlyStatus(m, s));
      m = m.plusMonths(1);
    }
    m = m.plusMonths(2); // 2024-12 and 2025-01 not reported
    months.add(new MonthlyStatus(m, PaymentStatus.CURRENT));
    months.add(new MonthlyStatus(m.plusMonths(1), PaymentStatus.UNKNOWN));
    months.add(new MonthlyStatus(m.plusMonths(5), PaymentStatus.DPD_60));
    return new PaymentHistory(months);
  }

  /** A file with gaps, unknown months, every code, unpaid bills and rent, and several currencies. */
  static CreditFile handBuilt() {
    CreditFile base = ExampleDocuments.recentDelinquency();
    HkCreditReport r = base.bureauReport().orElseThrow();
    HkCreditReport report = new HkCreditReport(r.subjectRef(), r.bureau(), r.reportDate(), List.of(
        new CreditCardAccount("CC-A", hkd("50000.00"), hkd("1200.50"), hkd("0"), LocalDate.parse("2023-12-31"),
            Optional.empty(), everyCode()),
        new InstalmentLoanAccount("PL-B", LoanKind.PERSONAL, cny("100000"), cny("40000"), cny("2000.5"), 60, cny("0"),
            LocalDate.parse("2023-05-02"), Optional.of(LocalDate.parse("2026-01-31")), PaymentHistory.empty()),
        new CreditCardAccount("CC-C", Money.of("8000", USD), Money.of("0", USD), Money.of("0", USD),
            LocalDate.parse("2021-06-01"), Optional.empty(), new PaymentHistory(List.of(
                new MonthlyStatus(YearMonth.parse("2021-06"), PaymentStatus.NO_ACTIVITY),
                new MonthlyStatus(YearMonth.parse("2026-10"), PaymentStatus.CURRENT))))),
        r.enquiries(), r.publicRecords(), r.defaults());
    List<UtilityBill> bills = List.of(
        new UtilityBill(BillKind.MOBILE, "HKT", YearMonth.parse("2026-08"), hkd("238.00"), LocalDate.parse("2026-09-12"),
            Optional.of(LocalDate.parse("2026-09-03"))),
        new UtilityBill(BillKind.WATER, "Shenzhen \"Water\" Group", YearMonth.parse("2026-09"), cny("0"),
            LocalDate.parse("2026-10-12"), Optional.empty()),
        new UtilityBill(BillKind.ELECTRICITY, "CLP Power", YearMonth.parse("2026-07"), hkd("612.4"),
            LocalDate.parse("2026-08-18"), Optional.of(LocalDate.parse("2026-09-30"))));
    List<RentPayment> rent = List.of(
        new RentPayment(YearMonth.parse("2026-09"), cny("5200.00"), LocalDate.parse("2026-09-05"), Optional.empty()),
        new RentPayment(YearMonth.parse("2026-08"), hkd("9800"), LocalDate.parse("2026-08-05"),
            Optional.of(LocalDate.parse("2026-08-04"))));
    List<MpfContribution> mpf = List.of(
        new MpfContribution(YearMonth.parse("2026-08"), hkd("30000"), hkd("1500.00"), hkd("1500"), hkd("0"), hkd("0.50")),
        new MpfContribution(YearMonth.parse("2026-06"), hkd("7000"), hkd("0"), hkd("350"), hkd("100.25"), hkd("0")));
    List<SocialInsuranceContribution> social = List.of(
        new SocialInsuranceContribution("Shenzhen", YearMonth.parse("2026-09"), cny("11500"),
            EnumSet.of(InsuranceScheme.PENSION, InsuranceScheme.MEDICAL)),
        new SocialInsuranceContribution("Zhuhai", YearMonth.parse("2026-08"), cny("9000.10"),
            EnumSet.allOf(InsuranceScheme.class)));
    AlternativeData alt = new AlternativeData(bills, rent, base.alternativeData().taxRecords(), mpf, social);
    return new CreditFile(base.application(), Optional.of(report), alt, List.of());
  }

  static Consent consent(String id) {
    return new Consent(id, "subj-c41e07", "BANK-QH-001", ConsentPurpose.CREDIT_APPLICATION,
        Set.of(ProductType.PERSONAL_LOAN, ProductType.CARD), EnumSet.of(DataSource.HK_BUREAU, DataSource.RENT),
        LocalDate.parse("2026-10-07"), LocalDate.parse("2027-10-07"), Optional.of(LocalDate.parse("2026-10-20")), false);
  }

  private static CreditFile read(byte[] bytes) {
    return READER.readWithoutProvenance(bytes);
  }

  @Test
  void convert_v1ToV2ToV1_sameBytes_andSameFile() {
    CreditFile file = handBuilt();
    for (CreditFileWriter form : List.of(CreditFileWriter.standard(), CreditFileWriter.compact())) {
      byte[] v1 = form.version(1).write(file, "doc-1");
      byte[] v2 = form.version(2).write(read(v1), "doc-1");
      assertThat(form.version(1).write(read(v2), "doc-1")).isEqualTo(v1);
      assertThat(read(v2)).isEqualTo(read(v1)).isEqualTo(file);
      assertThat(READER.peekVersion(v1)).isEqualTo(1);
      assertThat(READER.peekVersion(v2)).isEqualTo(2);
    }
  }

  @Test
  void convert_v2ToV1ToV2_sameBytes() {
    byte[] v2 = V2.write(handBuilt(), "doc-1");
    byte[] v1 = V1.write(read(v2), "doc-1");
    assertThat(V2.write(read(v1), "doc-1")).isEqualTo(v2);
  }

  @Test
  void write_v2_historyStringWithGapsAndEveryCode() {
    String v2 = new String(CreditFileWriter.compact().write(handBuilt(), "doc-1"), StandardCharsets.UTF_8);
    // 2024-01..2024-11 every status in declaration order, two gaps, C, U, three gaps, then 60 days.
    assertThat(v2).contains("\"historyFrom\":\"2024-01\",\"history\":\"C123456LSNU--CU---2\"")
        .contains("\"history\":\"\"}")
        .contains("\"historyFrom\":\"2021-06\",\"history\":\"N" + "-".repeat(63) + "C\"")
        .contains("\"paidOn\":[\"2026-09-03\",null,\"2026-09-30\"]")
        .contains("\"amount\":[238.00,0,612.4],\"currency\":[\"HKD\",\"CNY\",\"HKD\"]")
        .contains("\"employerVoluntary\":[0.50,0]")
        .contains("\"schemes\":[[\"PENSION\",\"MEDICAL\"],[\"PENSION\",\"MEDICAL\",\"UNEMPLOYMENT\",\"WORK_INJURY\","
            + "\"MATERNITY\",\"HOUSING_FUND\"]]");
  }

  @Test
  void read_v2History_monthsStatusesAndIndexesAsWritten() {
    CreditFile file = read(V2.write(handBuilt(), "doc-1"));
    PaymentHistory h = file.bureauReport().orElseThrow().accounts().get(0).history();
    assertThat(h).isEqualTo(everyCode());
    assertThat(h.size()).isEqualTo(14);
    assertThat(h.monthIndex(11)).isEqualTo(2025 * 12 + 1); // 2025-02, after the gap
    assertThat(h.status(13)).isEqualTo(PaymentStatus.DPD_60);
    assertThat(h.positionsOf(PaymentStatus.CURRENT)).isEqualTo(0b00_1000_0000_0001L);
  }

  @Test
  void convert_consents_v2RoundTrip_andV1Refuses() {
    CreditFile file = handBuilt().withConsents(List.of(consent("cns-1"), consent("cns-2")));
    byte[] v2 = V2.write(file, "doc-1");
    assertThat(read(v2)).isEqualTo(file);
    assertThat(V2.write(read(v2), "doc-1")).isEqualTo(v2);
    assertThat(new String(CreditFileWriter.compact().write(file, "doc-1"), StandardCharsets.UTF_8)).contains(
        "\"consents\":[{\"consentId\":\"cns-1\",\"subjectRef\":\"subj-c41e07\",\"bank\":\"BANK-QH-001\","
            + "\"purpose\":\"CREDIT_APPLICATION\",\"products\":[\"CARD\",\"PERSONAL_LOAN\"],"
            + "\"sources\":[\"HK_BUREAU\",\"RENT\"],\"grantedOn\":\"2026-10-07\",\"expiresOn\":\"2027-10-07\","
            + "\"withdrawnOn\":\"2026-10-20\",\"crossBorder\":false},");
    assertThatThrownBy(() -> V1.write(file, "doc-1")).isInstanceOf(InvalidInputException.class)
        .hasMessage("/consents: must be empty to write format version 1; found consents");
  }

  @Test
  void write_v2_historySpanningMoreThan256Months_typedError() {
    CreditFile base = handBuilt();
    HkCreditReport r = base.bureauReport().orElseThrow();
    PaymentHistory wide = new PaymentHistory(List.of(new MonthlyStatus(YearMonth.parse("2005-01"), PaymentStatus.CURRENT),
        new MonthlyStatus(YearMonth.parse("2026-05"), PaymentStatus.CURRENT))); // 257 months from first to last
    HkCreditReport report = new HkCreditReport(r.subjectRef(), r.bureau(), r.reportDate(), List.of(r.accounts().get(0),
        new CreditCardAccount("CC-W", hkd("1000"), hkd("0"), hkd("0"), LocalDate.parse("2004-12-01"), Optional.empty(),
            wide)), List.of(), List.of(), List.of());
    CreditFile file = new CreditFile(base.application(), Optional.of(report), base.alternativeData(), List.of());
    byte[] v1 = V1.write(file, "doc-1");
    assertThat(read(v1)).isEqualTo(file);
    assertThatThrownBy(() -> V2.write(read(v1), "doc-1")).isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts/1/history: must span at most 256 months to be written in format version 2; "
            + "found a longer span");
    // 256 months is the widest span version 2 writes: one month less, and it converts both ways.
    PaymentHistory widest = new PaymentHistory(List.of(wide.months().get(0),
        new MonthlyStatus(YearMonth.parse("2026-04"), PaymentStatus.CURRENT)));
    CreditFile fits = file.withConsents(List.of());
    HkCreditReport r2 = new HkCreditReport(r.subjectRef(), r.bureau(), r.reportDate(), List.of(new CreditCardAccount(
        "CC-W", hkd("1000"), hkd("0"), hkd("0"), LocalDate.parse("2004-12-01"), Optional.empty(), widest)),
        List.of(), List.of(), List.of());
    CreditFile ok = new CreditFile(fits.application(), Optional.of(r2), fits.alternativeData(), List.of());
    assertThat(read(V2.write(ok, "doc-1"))).isEqualTo(ok);
  }

  @Test
  void convert_examples_bothWays_exact() {
    for (ExampleFiles.Example e : ExampleFiles.all()) {
      byte[] committed = e.bytes();
      CreditFile file = read(committed);
      assertThat(file).isEqualTo(e.file());
      assertThat(READER.peekVersion(committed)).isEqualTo(2);
      // Version 1 has no consents: the example without its consent converts both ways, byte for byte.
      CreditFile bare = file.withConsents(List.of());
      byte[] v2 = V2.write(bare, e.documentId());
      byte[] v1 = V1.write(read(v2), e.documentId());
      assertThat(V2.write(read(v1), e.documentId())).as(e.fileName()).isEqualTo(v2);
      assertThat(V1.write(read(V2.write(read(v1), e.documentId())), e.documentId())).isEqualTo(v1);
      assertThat(read(v1)).isEqualTo(read(v2)).isEqualTo(bare);
      assertThat(v2.length).as("version 2 is smaller").isLessThan(v1.length / 2);
    }
  }

  @Test
  void writerVersion_unknown_rejected() {
    assertThatThrownBy(() -> CreditFileWriter.compact().version(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be 1 or 2, found 3");
    assertThat(CreditFileWriter.compact().version(1).version()).isEqualTo(1);
    assertThat(CreditFileWriter.compact().version()).isEqualTo(CreditFileReader.VERSION).isEqualTo(2);
    assertThat(CreditFileReader.SUPPORTED_VERSIONS).containsExactly(1, 2);
  }
}
