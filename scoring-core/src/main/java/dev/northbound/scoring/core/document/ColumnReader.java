package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonToken;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.document.ScalarReaders.Sign;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the alternative data of format version 2: bills, rent, MPF and social insurance as columns
 * (see {@link Columns}), tax records as objects (as in version 1); every group optional.
 */
final class ColumnReader {

  static final String[] BILLS = {"kind", "provider", "period", "amount", "currency", "dueDate", "paidOn"};
  static final String[] RENT = {"period", "amount", "currency", "dueDate", "paidOn"};
  static final String[] MPF = {"month", "relevantIncome", "employeeMandatory", "employerMandatory",
      "employeeVoluntary", "employerVoluntary"};
  static final String[] SOCIAL = {"city", "month", "contributionBase", "currency", "schemes"};

  private static final Function<JsonInput, ?> MONTH = ScalarReaders::month;
  private static final Function<JsonInput, ?> DATE = ScalarReaders::date;
  private static final Function<JsonInput, ?> CURRENCY = ScalarReaders::currency;
  private static final Function<JsonInput, ?> NON_NEGATIVE = in -> ScalarReaders.amount(in, Sign.NON_NEGATIVE);
  private static final Function<JsonInput, ?> POSITIVE = in -> ScalarReaders.amount(in, Sign.POSITIVE);
  /** A date or null (an unpaid bill or rent payment): a column keeps one value per entry. */
  private static final Function<JsonInput, ?> DATE_OR_NULL = in -> {
    if (in.next() == JsonToken.VALUE_NULL) {
      return null;
    }
    in.pushBack();
    return ScalarReaders.date(in);
  };

  private ColumnReader() {}

  static AlternativeData read(JsonInput in) {
    int at = in.startObject();
    int max = in.limits().maxAlternativeEntries();
    List<UtilityBill> bills = List.of();
    List<RentPayment> rent = List.of();
    List<TaxRecord> tax = List.of();
    List<MpfContribution> mpf = List.of();
    List<SocialInsuranceContribution> social = List.of();
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "bills" -> bills = bills(in, max);
        case "rent" -> rent = rent(in, max);
        case "taxRecords" -> tax = ScalarReaders.list(in, max, "tax records", AlternativeReader::tax);
        case "mpf" -> mpf = mpf(in, max);
        case "socialInsurance" -> social = social(in, max);
        default -> throw in.unknownField(at);
      }
    }
    return new AlternativeData(bills, rent, tax, mpf, social);
  }

  private static List<UtilityBill> bills(JsonInput in, int max) {
    Columns c = new Columns(in, BILLS);
    int n = c.read(max, "bills", in2 -> ScalarReaders.enumValue(in2, BillKind.class), ScalarReaders::text, MONTH,
        NON_NEGATIVE, CURRENCY, DATE, DATE_OR_NULL);
    List<UtilityBill> bills = new ArrayList<>(n);
    try {
      for (int i = 0; i < n; i++) {
        bills.add(new UtilityBill(c.get(0, i), c.get(1, i), c.get(2, i), new Money(c.get(3, i), c.get(4, i)),
            c.get(5, i), Optional.ofNullable((LocalDate) c.get(6, i))));
      }
    } catch (IllegalArgumentException e) {
      throw c.domainRule();
    }
    return bills;
  }

  private static List<RentPayment> rent(JsonInput in, int max) {
    Columns c = new Columns(in, RENT);
    int n = c.read(max, "rent payments", MONTH, POSITIVE, CURRENCY, DATE, DATE_OR_NULL);
    List<RentPayment> rent = new ArrayList<>(n);
    try {
      for (int i = 0; i < n; i++) {
        rent.add(new RentPayment(c.get(0, i), new Money(c.get(1, i), c.get(2, i)), c.get(3, i),
            Optional.ofNullable((LocalDate) c.get(4, i))));
      }
    } catch (IllegalArgumentException e) {
      throw c.domainRule();
    }
    return rent;
  }

  private static List<MpfContribution> mpf(JsonInput in, int max) {
    Columns c = new Columns(in, MPF);
    int n = c.read(max, "MPF contributions", MONTH, NON_NEGATIVE, NON_NEGATIVE, NON_NEGATIVE, NON_NEGATIVE,
        NON_NEGATIVE);
    List<MpfContribution> mpf = new ArrayList<>(n);
    try {
      for (int i = 0; i < n; i++) {
        mpf.add(new MpfContribution(c.get(0, i), hkd(c, 1, i), hkd(c, 2, i), hkd(c, 3, i), hkd(c, 4, i),
            hkd(c, 5, i)));
      }
    } catch (IllegalArgumentException e) {
      throw c.domainRule();
    }
    return mpf;
  }

  private static Money hkd(Columns c, int column, int i) {
    return new Money(c.get(column, i), Money.HKD);
  }

  private static List<SocialInsuranceContribution> social(JsonInput in, int max) {
    Columns c = new Columns(in, SOCIAL);
    int n = c.read(max, "contributions", ScalarReaders::text, MONTH, POSITIVE, CURRENCY, AlternativeReader::schemes);
    List<SocialInsuranceContribution> social = new ArrayList<>(n);
    try {
      for (int i = 0; i < n; i++) {
        social.add(new SocialInsuranceContribution(c.get(0, i), c.get(1, i), new Money(c.get(2, i), c.get(3, i)),
            c.get(4, i)));
      }
    } catch (IllegalArgumentException e) {
      throw c.domainRule();
    }
    return social;
  }
}
