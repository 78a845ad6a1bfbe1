package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.Columns.Kind.AMOUNT;
import static dev.northbound.scoring.core.document.Columns.Kind.BILL_KIND;
import static dev.northbound.scoring.core.document.Columns.Kind.CURRENCY;
import static dev.northbound.scoring.core.document.Columns.Kind.DATE;
import static dev.northbound.scoring.core.document.Columns.Kind.DATE_OR_NULL;
import static dev.northbound.scoring.core.document.Columns.Kind.MONTH;
import static dev.northbound.scoring.core.document.Columns.Kind.POSITIVE_AMOUNT;
import static dev.northbound.scoring.core.document.Columns.Kind.SCHEMES;
import static dev.northbound.scoring.core.document.Columns.Kind.TEXT;

import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.internal.BillColumns;
import dev.northbound.scoring.core.internal.MpfColumns;
import dev.northbound.scoring.core.internal.RentColumns;
import dev.northbound.scoring.core.internal.SocialInsuranceColumns;
import java.util.List;

/**
 * Reads the column groups of format version 2's alternative data: bills, rent, MPF and social
 * insurance (see {@link Columns}; {@link AlternativeReader} reads the group around them). Their lists
 * make their records only when they are asked for: what scoring reads (months, due and payment days)
 * sits in flat arrays.
 */
final class ColumnReader {

  static final String[] BILLS = {"kind", "provider", "period", "amount", "currency", "dueDate", "paidOn"};
  static final String[] RENT = {"period", "amount", "currency", "dueDate", "paidOn"};
  static final String[] MPF = {"month", "relevantIncome", "employeeMandatory", "employerMandatory",
      "employeeVoluntary", "employerVoluntary"};
  static final String[] SOCIAL = {"city", "month", "contributionBase", "currency", "schemes"};

  private ColumnReader() {}

  static List<UtilityBill> bills(JsonInput in, int max) {
    Columns c = new Columns(in, BILLS, BILL_KIND, TEXT, MONTH, AMOUNT, CURRENCY, DATE, DATE_OR_NULL);
    c.read(max, "bills");
    return new BillColumns(c.bytes(0), c.objects(1), c.ints(2), c.amounts(3), c.objects(4), c.longs(5),
        c.longs(6));
  }

  static List<RentPayment> rent(JsonInput in, int max) {
    Columns c = new Columns(in, RENT, MONTH, POSITIVE_AMOUNT, CURRENCY, DATE, DATE_OR_NULL);
    c.read(max, "rent payments");
    return new RentColumns(c.ints(0), c.amounts(1), c.objects(2), c.longs(3), c.longs(4));
  }

  static List<MpfContribution> mpf(JsonInput in, int max) {
    Columns c = new Columns(in, MPF, MONTH, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT);
    c.read(max, "MPF contributions");
    return new MpfColumns(c.ints(0), c.amounts(1), c.amounts(2), c.amounts(3), c.amounts(4), c.amounts(5));
  }

  static List<SocialInsuranceContribution> social(JsonInput in, int max) {
    Columns c = new Columns(in, SOCIAL, TEXT, MONTH, POSITIVE_AMOUNT, CURRENCY, SCHEMES);
    c.read(max, "contributions");
    return new SocialInsuranceColumns(c.objects(0), c.ints(1), c.amounts(2), c.objects(3), c.objects(4));
  }
}
