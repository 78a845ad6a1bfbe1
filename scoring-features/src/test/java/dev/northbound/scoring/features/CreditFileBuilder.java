package dev.northbound.scoring.features;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DefaultRecord;
import dev.northbound.scoring.core.credit.Enquiry;
import dev.northbound.scoring.core.credit.EnquiryPurpose;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.PublicRecordType;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a credit file from domain records for tests; the bureau report exists once anything is added to it. */
public final class CreditFileBuilder {

  private Application application = Fixtures.application();
  private boolean bureau;
  private final List<Account> accounts = new ArrayList<>();
  private final List<Enquiry> enquiries = new ArrayList<>();
  private final List<PublicRecord> publicRecords = new ArrayList<>();
  private final List<DefaultRecord> defaults = new ArrayList<>();
  private final List<UtilityBill> bills = new ArrayList<>();
  private final List<RentPayment> rent = new ArrayList<>();
  private final List<TaxRecord> taxes = new ArrayList<>();
  private final List<MpfContribution> mpf = new ArrayList<>();
  private final List<SocialInsuranceContribution> social = new ArrayList<>();

  private CreditFileBuilder() {}

  /** A builder with {@link Fixtures#application()} and nothing else. */
  public static CreditFileBuilder create() {
    return new CreditFileBuilder();
  }

  public CreditFileBuilder application(Application a) {
    application = a;
    return this;
  }

  /** Gives the file an (empty) bureau report. */
  public CreditFileBuilder bureau() {
    bureau = true;
    return this;
  }

  public CreditFileBuilder account(Account a) {
    bureau = true;
    accounts.add(a);
    return this;
  }

  public CreditFileBuilder enquiry(LocalDate date, boolean hard) {
    bureau = true;
    enquiries.add(new Enquiry(date, hard ? EnquiryPurpose.PERSONAL_LOAN : EnquiryPurpose.ACCOUNT_REVIEW, hard));
    return this;
  }

  public CreditFileBuilder publicRecord(PublicRecordType type, LocalDate filed) {
    bureau = true;
    publicRecords.add(new PublicRecord(type, filed, Optional.empty()));
    return this;
  }

  public CreditFileBuilder defaultRecord(Money amount, LocalDate date) {
    bureau = true;
    defaults.add(new DefaultRecord(amount, date, Optional.empty()));
    return this;
  }

  public CreditFileBuilder bill(UtilityBill b) {
    bills.add(b);
    return this;
  }

  public CreditFileBuilder rent(RentPayment r) {
    rent.add(r);
    return this;
  }

  public CreditFileBuilder tax(TaxRecord t) {
    taxes.add(t);
    return this;
  }

  public CreditFileBuilder mpf(MpfContribution c) {
    mpf.add(c);
    return this;
  }

  public CreditFileBuilder social(SocialInsuranceContribution c) {
    social.add(c);
    return this;
  }

  public CreditFile build() {
    Optional<HkCreditReport> report = bureau
        ? Optional.of(new HkCreditReport("subject-1", "TransUnion HK", Fixtures.AS_OF, accounts, enquiries,
            publicRecords, defaults))
        : Optional.empty();
    return new CreditFile(application, report, new AlternativeData(bills, rent, taxes, mpf, social), List.of());
  }
}
