package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes what format version 2 adds: the consents, and the alternative data as columns in the order
 * of {@link ColumnReader}'s column names. One instance writes one document.
 */
final class ColumnOutput {

  /** Writes the value of one entry in a column. */
  private interface ValueWriter<T> {
    void write(T entry) throws IOException;
  }

  private final JsonOutput o;
  private final JsonGenerator g;

  ColumnOutput(JsonOutput o) {
    this.o = o;
    this.g = o.generator();
  }

  void consents(List<Consent> consents) throws IOException {
    o.array("consents", consents, this::consent);
  }

  private void consent(Consent c) throws IOException {
    g.writeStartObject();
    g.writeStringField("consentId", c.consentId());
    g.writeStringField("subjectRef", c.subjectRef());
    g.writeStringField("bank", c.bank());
    g.writeStringField("purpose", c.purpose().name());
    // The sets iterate in declaration order (EnumSet): canonical.
    column("products", List.copyOf(c.products()), p -> g.writeString(p.name()));
    column("sources", List.copyOf(c.sources()), s -> g.writeString(s.name()));
    o.date("grantedOn", c.grantedOn());
    o.date("expiresOn", c.expiresOn());
    if (c.withdrawnOn().isPresent()) {
      o.date("withdrawnOn", c.withdrawnOn().get());
    }
    g.writeBooleanField("crossBorder", c.crossBorder());
    g.writeEndObject();
  }

  void alternativeData(AlternativeData a) throws IOException {
    g.writeStartObject();
    List<UtilityBill> bills = a.bills();
    g.writeObjectFieldStart("bills");
    column("kind", bills, b -> g.writeString(b.kind().name()));
    column("provider", bills, b -> g.writeString(b.provider()));
    column("period", bills, b -> g.writeString(b.period().toString()));
    column("amount", bills, b -> o.amount(b.amount()));
    column("currency", bills, b -> currency(b.amount()));
    column("dueDate", bills, b -> g.writeString(b.dueDate().toString()));
    column("paidOn", bills, b -> dateOrNull(b.paidOn()));
    g.writeEndObject();
    List<RentPayment> rent = a.rent();
    g.writeObjectFieldStart("rent");
    column("period", rent, r -> g.writeString(r.period().toString()));
    column("amount", rent, r -> o.amount(r.amount()));
    column("currency", rent, r -> currency(r.amount()));
    column("dueDate", rent, r -> g.writeString(r.dueDate().toString()));
    column("paidOn", rent, r -> dateOrNull(r.paidOn()));
    g.writeEndObject();
    o.array("taxRecords", a.taxRecords(), o::tax);
    List<MpfContribution> mpf = a.mpf();
    g.writeObjectFieldStart("mpf");
    column("month", mpf, m -> g.writeString(m.month().toString()));
    amounts("relevantIncome", mpf, MpfContribution::relevantIncome);
    amounts("employeeMandatory", mpf, MpfContribution::employeeMandatory);
    amounts("employerMandatory", mpf, MpfContribution::employerMandatory);
    amounts("employeeVoluntary", mpf, MpfContribution::employeeVoluntary);
    amounts("employerVoluntary", mpf, MpfContribution::employerVoluntary);
    g.writeEndObject();
    List<SocialInsuranceContribution> social = a.socialInsurance();
    g.writeObjectFieldStart("socialInsurance");
    column("city", social, s -> g.writeString(s.city()));
    column("month", social, s -> g.writeString(s.month().toString()));
    column("contributionBase", social, s -> o.amount(s.contributionBase()));
    column("currency", social, s -> currency(s.contributionBase()));
    column("schemes", social, this::schemes);
    g.writeEndObject();
    g.writeEndObject();
  }

  /** MPF amounts: the currency is HKD by the format's rule, so only the amounts are written. */
  private void amounts(String name, List<MpfContribution> mpf, Function<MpfContribution, Money> amount)
      throws IOException {
    column(name, mpf, m -> o.amount(amount.apply(m)));
  }

  private void schemes(SocialInsuranceContribution s) throws IOException {
    g.writeStartArray();
    for (InsuranceScheme scheme : InsuranceScheme.values()) {
      if (s.schemes().contains(scheme)) {
        g.writeString(scheme.name());
      }
    }
    g.writeEndArray();
  }

  private void currency(Money m) throws IOException {
    g.writeString(m.currency().getCurrencyCode());
  }

  private void dateOrNull(Optional<LocalDate> date) throws IOException {
    if (date.isPresent()) {
      g.writeString(date.get().toString());
    } else {
      g.writeNull();
    }
  }

  /** A column: one value per entry, on one line in the pretty form. */
  private <T> void column(String name, List<T> entries, ValueWriter<T> value) throws IOException {
    g.writeArrayFieldStart(name);
    o.inlineArrays(true);
    for (T entry : entries) {
      value.write(entry);
    }
    g.writeEndArray();
    o.inlineArrays(false);
  }
}
