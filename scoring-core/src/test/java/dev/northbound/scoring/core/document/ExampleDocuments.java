package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.ExampleParts.bills;
import static dev.northbound.scoring.core.document.ExampleParts.clean;
import static dev.northbound.scoring.core.document.ExampleParts.cny;
import static dev.northbound.scoring.core.document.ExampleParts.concat;
import static dev.northbound.scoring.core.document.ExampleParts.history;
import static dev.northbound.scoring.core.document.ExampleParts.hkd;
import static dev.northbound.scoring.core.document.ExampleParts.mpf;
import static dev.northbound.scoring.core.document.ExampleParts.social;
import static dev.northbound.scoring.core.credit.PaymentStatus.DPD_30;
import static dev.northbound.scoring.core.credit.PaymentStatus.DPD_60;

import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.Enquiry;
import dev.northbound.scoring.core.credit.EnquiryPurpose;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.Jurisdiction;
import dev.northbound.scoring.core.credit.LoanKind;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The four example credit files in {@code docs/examples}, built in code so they are reproducible.
 * {@link ExampleFiles#main} writes them; {@code ExampleFilesTest} checks the committed files still
 * equal what this builds.
 */
final class ExampleDocuments {

  private ExampleDocuments() {}

  static CreditFile thickFileProfessional() {
    Application app = new Application("APP-2026-10-000417", ProductType.PERSONAL_LOAN, cny("150000.00"), 36,
        new BigDecimal("6.50"), hkd("52000.00"), hkd("9800.00"), "Shenzhen", AgeBand.AGE_25_34,
        LocalDate.parse("2026-10-15"));
    HkCreditReport report = new HkCreditReport("subj-7f3a9c", "TransUnion HK", LocalDate.parse("2026-10-12"),
        List.of(
            new CreditCardAccount("TU-CC-118204", hkd("80000.00"), hkd("12450.30"), hkd("0.00"),
                LocalDate.parse("2021-04-06"), Optional.empty(), clean("2023-03", "2026-09")),
            new CreditCardAccount("TU-CC-220931", hkd("50000.00"), hkd("3120.00"), hkd("0.00"),
                LocalDate.parse("2022-01-19"), Optional.empty(), clean("2025-04", "2026-09")),
            new CreditCardAccount("TU-CC-301775", hkd("30000.00"), hkd("0.00"), hkd("0.00"),
                LocalDate.parse("2019-08-02"), Optional.of(LocalDate.parse("2025-02-28")),
                clean("2024-09", "2025-02")),
            new InstalmentLoanAccount("TU-PL-054412", LoanKind.PERSONAL, hkd("200000.00"), hkd("96480.55"),
                hkd("3866.67"), 60, hkd("0.00"), LocalDate.parse("2024-03-08"), Optional.empty(),
                clean("2025-04", "2026-09"))),
        List.of(new Enquiry(LocalDate.parse("2024-03-01"), EnquiryPurpose.PERSONAL_LOAN, true),
            new Enquiry(LocalDate.parse("2025-06-20"), EnquiryPurpose.ACCOUNT_REVIEW, false)),
        List.of(), List.of());
    AlternativeData alt = new AlternativeData(
        concat(bills(BillKind.ELECTRICITY, "CLP Power", "2025-07", "2025-09", 18, 6, Money.HKD,
                "612.40", "588.10", "701.90", "845.30"),
            bills(BillKind.MOBILE, "HKT", "2026-04", "2026-09", 12, 9, Money.HKD, "238.00"),
            bills(BillKind.ELECTRICITY, "China Southern Power Grid Shenzhen", "2026-04", "2026-09", 15, 5,
                Money.CNY, "186.50", "203.20", "251.75")),
        List.of(),
        List.of(hkTax(2023, "598000.00", "62860.00", "2024-06-14"), hkTax(2024, "640000.00", "70080.00",
            "2025-06-13")),
        mpf("2025-04", "2025-09", "52000.00", "500.00"),
        social("Shenzhen", "2026-01", "2026-09", "27501.00"));
    return consented(new CreditFile(app, Optional.of(report), alt, List.of()), "cns-2026-10-000417", "subj-7f3a9c");
  }

  static CreditFile thinFileGraduate() {
    Application app = new Application("APP-2026-11-001038", ProductType.CARD, cny("20000.00"), 12,
        new BigDecimal("18.25"), cny("11500.00"), cny("0.00"), "Shenzhen", AgeBand.AGE_18_24,
        LocalDate.parse("2026-11-03"));
    AlternativeData alt = new AlternativeData(
        concat(bills(BillKind.MOBILE, "China Mobile Hong Kong", "2025-10", "2026-09", 20, 7, Money.HKD, "168.00"),
            bills(BillKind.ELECTRICITY, "China Southern Power Grid Shenzhen", "2025-10", "2026-09", 15, 3,
                Money.CNY, "96.40", "121.80", "143.10"),
            bills(BillKind.WATER, "Shenzhen Water Group", "2026-04", "2026-09", 10, 2, Money.CNY, "38.60")),
        List.of(),
        List.of(hkTax(2024, "96000.00", "0.00", "2025-06-13")),
        List.of(),
        social("Shenzhen", "2026-01", "2026-10", "11500.00"));
    // No bureau report: the consent names the subject by a pseudonymous reference of the bank's.
    return consented(new CreditFile(app, Optional.empty(), alt, List.of()), "cns-2026-11-001038", "subj-9e1d44");
  }

  static CreditFile recentDelinquency() {
    Application app = new Application("APP-2026-10-000962", ProductType.PERSONAL_LOAN, cny("80000.00"), 24,
        new BigDecimal("9.80"), hkd("31000.00"), hkd("14200.00"), "Dongguan", AgeBand.AGE_35_44,
        LocalDate.parse("2026-10-28"));
    HkCreditReport report = new HkCreditReport("subj-c41e07", "TransUnion HK", LocalDate.parse("2026-10-20"),
        List.of(
            new CreditCardAccount("TU-CC-774120", hkd("50000.00"), hkd("46850.20"), hkd("1420.00"),
                LocalDate.parse("2018-05-14"), Optional.empty(),
                history("2024-10", "2026-09", Map.of("2026-01", DPD_30, "2026-03", DPD_30, "2026-04", DPD_60,
                    "2026-08", DPD_30))),
            new CreditCardAccount("TU-CC-775381", hkd("30000.00"), hkd("28910.00"), hkd("0.00"),
                LocalDate.parse("2020-11-03"), Optional.empty(),
                history("2025-04", "2026-09", Map.of("2026-04", DPD_30))),
            new RevolvingLoanAccount("TU-RL-090215", hkd("40000.00"), hkd("37600.00"), hkd("0.00"),
                LocalDate.parse("2023-07-21"), Optional.empty(), clean("2025-04", "2026-09"))),
        List.of(new Enquiry(LocalDate.parse("2026-07-02"), EnquiryPurpose.CREDIT_CARD, true),
            new Enquiry(LocalDate.parse("2026-08-15"), EnquiryPurpose.PERSONAL_LOAN, true),
            new Enquiry(LocalDate.parse("2026-09-09"), EnquiryPurpose.PERSONAL_LOAN, true),
            new Enquiry(LocalDate.parse("2026-10-06"), EnquiryPurpose.CREDIT_CARD, true),
            new Enquiry(LocalDate.parse("2026-05-30"), EnquiryPurpose.ACCOUNT_REVIEW, false)),
        List.of(), List.of());
    AlternativeData alt = new AlternativeData(
        bills(BillKind.MOBILE, "SmarTone", "2025-10", "2026-09", 20, 1, Money.HKD, "198.00"),
        List.of(), List.of(hkTax(2024, "372000.00", "25040.00", "2025-06-13")),
        mpf("2026-01", "2026-09", "31000.00", "0.00"), List.of());
    return consented(new CreditFile(app, Optional.of(report), alt, List.of()), "cns-2026-10-000962", "subj-c41e07");
  }

  static CreditFile crossBorderTrader() {
    Application app = new Application("APP-2026-11-001377", ProductType.PERSONAL_LOAN, cny("300000.00"), 48,
        new BigDecimal("5.90"), cny("68000.00"), cny("12500.00"), "Zhuhai", AgeBand.AGE_45_54,
        LocalDate.parse("2026-11-12"));
    HkCreditReport report = new HkCreditReport("subj-2b8d51", "TransUnion HK", LocalDate.parse("2026-11-05"),
        List.of(
            new CreditCardAccount("TU-CC-402287", hkd("120000.00"), hkd("18300.75"), hkd("0.00"),
                LocalDate.parse("2012-09-17"), Optional.empty(), clean("2023-05", "2026-10")),
            new CreditCardAccount("TU-CC-402288", cny("60000.00"), cny("9420.00"), cny("0.00"),
                LocalDate.parse("2016-03-02"), Optional.empty(), clean("2025-05", "2026-10")),
            new InstalmentLoanAccount("TU-HP-117640", LoanKind.HIRE_PURCHASE, hkd("420000.00"),
                hkd("151250.00"), hkd("8750.00"), 48, hkd("0.00"), LocalDate.parse("2024-01-10"),
                Optional.empty(), clean("2025-05", "2026-10"))),
        List.of(new Enquiry(LocalDate.parse("2023-12-28"), EnquiryPurpose.OTHER, true)),
        List.of(), List.of());
    AlternativeData alt = new AlternativeData(
        concat(bills(BillKind.BROADBAND, "HKBN", "2026-03", "2026-10", 14, 4, Money.HKD, "199.00"),
            bills(BillKind.ELECTRICITY, "China Southern Power Grid Zhuhai", "2026-03", "2026-10", 12, 2,
                Money.CNY, "322.10", "298.40", "410.65")),
        List.of(),
        List.of(hkTax(2024, "486000.00", "47620.00", "2025-06-13"),
            new TaxRecord(Jurisdiction.MAINLAND, 2024, cny("412000.00"), cny("48680.00"),
                LocalDate.parse("2025-06-30"), true, true),
            new TaxRecord(Jurisdiction.MAINLAND, 2025, cny("455000.00"), cny("58480.00"),
                LocalDate.parse("2026-06-28"), true, true)),
        List.of(), social("Zhuhai", "2026-03", "2026-10", "15000.00"));
    return consented(new CreditFile(app, Optional.of(report), alt, List.of()), "cns-2026-11-001377", "subj-2b8d51");
  }

  private static TaxRecord hkTax(int year, String income, String tax, String assessedOn) {
    return new TaxRecord(Jurisdiction.HK, year, hkd(income), hkd(tax), LocalDate.parse(assessedOn), true, true);
  }

  /**
   * The file with the applicant's consent to the sample bank: for a credit application for the
   * applied product, covering every source the file holds, cross-border, granted three weeks before
   * the application and expiring a year after it was granted.
   */
  private static CreditFile consented(CreditFile file, String consentId, String subjectRef) {
    LocalDate granted = file.application().applicationDate().minusWeeks(3);
    Consent consent = new Consent(consentId, subjectRef, "BANK-QH-001", ConsentPurpose.CREDIT_APPLICATION,
        Set.of(file.application().product()), file.sourcesPresent(), granted, granted.plusYears(1),
        Optional.empty(), true);
    return file.withConsents(List.of(consent));
  }
}
