package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.DefaultRecord;
import dev.northbound.scoring.core.credit.Enquiry;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Writes the parts of a credit file in canonical field order. One instance writes one document. */
final class JsonOutput {

  /** Writes one element of an array. */
  interface ElementWriter<T> {
    void write(T element) throws IOException;
  }

  private final JsonGenerator g;
  private final boolean v2;
  private final InlineArrays arrays;

  /** An output of format version 2 ({@code v2}) or 1; {@code arrays} is the pretty printer's array indenter. */
  JsonOutput(JsonGenerator g, boolean v2, InlineArrays arrays) {
    this.g = g;
    this.v2 = v2;
    this.arrays = arrays;
  }

  /** Writes the arrays that follow on one line in the pretty form ({@code true}), or one element per line. */
  void inlineArrays(boolean on) {
    arrays.inline(on);
  }

  JsonGenerator generator() {
    return g;
  }

  void bureauReport(HkCreditReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("subjectRef", r.subjectRef());
    g.writeStringField("bureau", r.bureau());
    date("reportDate", r.reportDate());
    g.writeArrayFieldStart("accounts");
    for (int i = 0; i < r.accounts().size(); i++) {
      account(r.accounts().get(i), i);
    }
    g.writeEndArray();
    array("enquiries", r.enquiries(), this::enquiry);
    array("publicRecords", r.publicRecords(), this::publicRecord);
    array("defaults", r.defaults(), this::defaultRecord);
    g.writeEndObject();
  }

  void alternativeData(AlternativeData a) throws IOException {
    if (v2) {
      new ColumnOutput(this).alternativeData(a);
      return;
    }
    g.writeStartObject();
    array("bills", a.bills(), this::bill);
    array("rent", a.rent(), this::rent);
    array("taxRecords", a.taxRecords(), this::tax);
    array("mpf", a.mpf(), this::mpf);
    array("socialInsurance", a.socialInsurance(), this::social);
    g.writeEndObject();
  }

  private void account(Account a, int index) throws IOException {
    g.writeStartObject();
    if (a instanceof InstalmentLoanAccount l) {
      g.writeStringField("type", AccountReader.Type.INSTALMENT_LOAN.name());
      g.writeStringField("accountId", l.accountId());
      g.writeStringField("kind", l.kind().name());
      money("originalAmount", l.originalAmount());
      money("balance", l.balance());
      money("monthlyInstalment", l.monthlyInstalment());
      g.writeNumberField("termMonths", l.termMonths());
    } else {
      boolean card = a instanceof CreditCardAccount;
      g.writeStringField("type", (card ? AccountReader.Type.CREDIT_CARD : AccountReader.Type.REVOLVING_LOAN).name());
      g.writeStringField("accountId", a.accountId());
      money("creditLimit", card ? ((CreditCardAccount) a).creditLimit() : ((RevolvingLoanAccount) a).creditLimit());
      money("balance", a.balance());
    }
    money("pastDue", a.pastDue());
    date("openedOn", a.openedOn());
    date("closedOn", a.closedOn());
    if (v2) {
      String history = HistoryString.write(a.history(), "/bureauReport/accounts/" + index + "/history");
      if (!history.isEmpty()) {
        month("historyFrom", a.history().months().get(0).month());
      }
      g.writeStringField("history", history);
    } else {
      array("history", a.history().months(), this::month);
    }
    g.writeEndObject();
  }

  private void month(MonthlyStatus m) throws IOException {
    g.writeStartObject();
    month("month", m.month());
    g.writeStringField("status", m.status().code());
    g.writeEndObject();
  }

  private void enquiry(Enquiry e) throws IOException {
    g.writeStartObject();
    date("date", e.date());
    g.writeStringField("purpose", e.purpose().name());
    g.writeBooleanField("hard", e.hard());
    g.writeEndObject();
  }

  private void publicRecord(PublicRecord p) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", p.type().name());
    date("filedOn", p.filedOn());
    date("dischargedOn", p.dischargedOn());
    g.writeEndObject();
  }

  private void defaultRecord(DefaultRecord d) throws IOException {
    g.writeStartObject();
    money("amount", d.amount());
    date("defaultDate", d.defaultDate());
    date("settledOn", d.settledOn());
    g.writeEndObject();
  }

  private void bill(UtilityBill b) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", b.kind().name());
    g.writeStringField("provider", b.provider());
    month("period", b.period());
    money("amount", b.amount());
    date("dueDate", b.dueDate());
    date("paidOn", b.paidOn());
    g.writeEndObject();
  }

  private void rent(RentPayment r) throws IOException {
    g.writeStartObject();
    month("period", r.period());
    money("amount", r.amount());
    date("dueDate", r.dueDate());
    date("paidOn", r.paidOn());
    g.writeEndObject();
  }

  void tax(TaxRecord t) throws IOException {
    g.writeStartObject();
    g.writeStringField("jurisdiction", t.jurisdiction().name());
    g.writeNumberField("yearOfAssessment", t.yearOfAssessment());
    money("assessedIncome", t.assessedIncome());
    money("taxCharged", t.taxCharged());
    date("assessedOn", t.assessedOn());
    g.writeBooleanField("filedOnTime", t.filedOnTime());
    g.writeBooleanField("paidOnTime", t.paidOnTime());
    g.writeEndObject();
  }

  private void mpf(MpfContribution m) throws IOException {
    g.writeStartObject();
    month("month", m.month());
    money("relevantIncome", m.relevantIncome());
    money("employeeMandatory", m.employeeMandatory());
    money("employerMandatory", m.employerMandatory());
    money("employeeVoluntary", m.employeeVoluntary());
    money("employerVoluntary", m.employerVoluntary());
    g.writeEndObject();
  }

  private void social(SocialInsuranceContribution s) throws IOException {
    g.writeStartObject();
    g.writeStringField("city", s.city());
    month("month", s.month());
    money("contributionBase", s.contributionBase());
    g.writeArrayFieldStart("schemes");
    for (InsuranceScheme scheme : InsuranceScheme.values()) {
      if (s.schemes().contains(scheme)) {
        g.writeString(scheme.name());
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Money as {@code {"amount": 12.50, "currency": "HKD"}}, the amount plain, scale 0 to 2. */
  void money(String name, Money m) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeFieldName("amount");
    amount(m);
    g.writeStringField("currency", m.currency().getCurrencyCode());
    g.writeEndObject();
  }

  /** The amount of {@code m} as a plain number value, scale 0 to 2. */
  void amount(Money m) throws IOException {
    BigDecimal amount = m.amount();
    if (amount.scale() < 0) {
      amount = amount.setScale(0, RoundingMode.UNNECESSARY);
    } else if (amount.scale() > Money.MAX_SCALE) {
      amount = amount.setScale(Money.MAX_SCALE, RoundingMode.UNNECESSARY);
    }
    g.writeNumber(amount.toPlainString());
  }

  void date(String name, LocalDate date) throws IOException {
    g.writeStringField(name, date.toString());
  }

  private void date(String name, Optional<LocalDate> date) throws IOException {
    if (date.isPresent()) {
      date(name, date.get());
    }
  }

  private void month(String name, YearMonth month) throws IOException {
    g.writeStringField(name, month.toString());
  }

  <T> void array(String name, List<T> items, ElementWriter<T> writer) throws IOException {
    g.writeArrayFieldStart(name);
    for (T item : items) {
      writer.write(item);
    }
    g.writeEndArray();
  }
}
