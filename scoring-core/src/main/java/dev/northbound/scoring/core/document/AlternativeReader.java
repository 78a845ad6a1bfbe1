package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.ScalarReaders.require;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.Jurisdiction;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.document.ScalarReaders.Sign;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads alternative data: bills, rent, tax records, MPF and social insurance; every group optional. */
final class AlternativeReader {

  /** The immutable set of each combination of schemes, by the bit mask of their ordinals. */
  @SuppressWarnings("unchecked") // only schemes() fills it, with sets of schemes
  private static final Set<InsuranceScheme>[] SCHEME_SETS = new Set[1 << InsuranceScheme.values().length];

  /** The amounts of an MPF contribution, in the order of its constructor. */
  private static final String[] MPF_AMOUNTS = {"relevantIncome", "employeeMandatory", "employerMandatory",
      "employeeVoluntary", "employerVoluntary"};

  private AlternativeReader() {}

  /**
   * Reads the alternative data of format version 2 ({@code v2}: bills, rent, MPF and social insurance
   * as columns, see {@link ColumnReader}) or 1 (an object per entry); tax records are objects in both.
   */
  static AlternativeData read(JsonInput in, boolean v2) {
    int at = in.startObject();
    int max = in.limits().maxAlternativeEntries();
    List<UtilityBill> bills = List.of();
    List<RentPayment> rent = List.of();
    List<TaxRecord> tax = List.of();
    List<MpfContribution> mpf = List.of();
    List<SocialInsuranceContribution> social = List.of();
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "bills" -> bills = v2 ? ColumnReader.bills(in, max)
            : ScalarReaders.list(in, max, "bills", AlternativeReader::bill);
        case "rent" -> rent = v2 ? ColumnReader.rent(in, max)
            : ScalarReaders.list(in, max, "rent payments", AlternativeReader::rent);
        case "taxRecords" -> tax = ScalarReaders.list(in, max, "tax records", AlternativeReader::tax);
        case "mpf" -> mpf = v2 ? ColumnReader.mpf(in, max)
            : ScalarReaders.list(in, max, "MPF contributions", AlternativeReader::mpf);
        case "socialInsurance" -> social = v2 ? ColumnReader.social(in, max)
            : ScalarReaders.list(in, max, "contributions", AlternativeReader::social);
        default -> throw in.unknownField(at);
      }
    }
    return new AlternativeData(bills, rent, tax, mpf, social);
  }

  private static UtilityBill bill(JsonInput in) {
    int at = in.startObject();
    BillKind kind = null;
    String provider = null;
    YearMonth period = null;
    Money amount = null;
    LocalDate dueDate = null;
    LocalDate paidOn = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "kind" -> kind = ScalarReaders.enumValue(in, BillKind.class);
        case "provider" -> provider = ScalarReaders.text(in);
        case "period" -> period = DateReaders.month(in);
        case "amount" -> amount = ScalarReaders.money(in, Sign.NON_NEGATIVE);
        case "dueDate" -> dueDate = DateReaders.date(in);
        case "paidOn" -> paidOn = DateReaders.date(in);
        default -> throw in.unknownField(at);
      }
    }
    return new UtilityBill(require(kind, in, at, "kind"), require(provider, in, at, "provider"),
        require(period, in, at, "period"), require(amount, in, at, "amount"), require(dueDate, in, at, "dueDate"),
        Optional.ofNullable(paidOn));
  }

  private static RentPayment rent(JsonInput in) {
    int at = in.startObject();
    YearMonth period = null;
    Money amount = null;
    LocalDate dueDate = null;
    LocalDate paidOn = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "period" -> period = DateReaders.month(in);
        case "amount" -> amount = ScalarReaders.money(in, Sign.POSITIVE);
        case "dueDate" -> dueDate = DateReaders.date(in);
        case "paidOn" -> paidOn = DateReaders.date(in);
        default -> throw in.unknownField(at);
      }
    }
    return new RentPayment(require(period, in, at, "period"), require(amount, in, at, "amount"),
        require(dueDate, in, at, "dueDate"), Optional.ofNullable(paidOn));
  }

  static TaxRecord tax(JsonInput in) {
    int at = in.startObject();
    Jurisdiction jurisdiction = null;
    Integer year = null;
    Money income = null;
    Money charged = null;
    LocalDate assessedOn = null;
    Boolean filedOnTime = null;
    Boolean paidOnTime = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "jurisdiction" -> jurisdiction = ScalarReaders.enumValue(in, Jurisdiction.class);
        case "yearOfAssessment" -> year = ScalarReaders.integer(in, 1990, 2100);
        case "assessedIncome" -> income = ScalarReaders.money(in, Sign.NON_NEGATIVE);
        case "taxCharged" -> charged = ScalarReaders.money(in, Sign.NON_NEGATIVE);
        case "assessedOn" -> assessedOn = DateReaders.date(in);
        case "filedOnTime" -> filedOnTime = ScalarReaders.bool(in);
        case "paidOnTime" -> paidOnTime = ScalarReaders.bool(in);
        default -> throw in.unknownField(at);
      }
    }
    require(jurisdiction, in, at, "jurisdiction");
    require(year, in, at, "yearOfAssessment");
    require(income, in, at, "assessedIncome");
    require(charged, in, at, "taxCharged");
    if (!income.currency().equals(charged.currency())) {
      throw new InvalidInputException(in.pointerAt(at) + "/taxCharged/currency", "must be the currency of assessedIncome",
          "another currency");
    }
    return new TaxRecord(jurisdiction, year, income, charged, require(assessedOn, in, at, "assessedOn"),
        require(filedOnTime, in, at, "filedOnTime"), require(paidOnTime, in, at, "paidOnTime"));
  }

  private static MpfContribution mpf(JsonInput in) {
    int at = in.startObject();
    YearMonth month = null;
    String[] names = MPF_AMOUNTS;
    Money[] amounts = new Money[names.length];
    while (in.nextField()) {
      String name = in.fieldName();
      if (name.equals("month")) {
        month = DateReaders.month(in);
        continue;
      }
      int i = indexOf(names, name);
      if (i < 0) {
        throw in.unknownField(at);
      }
      amounts[i] = ScalarReaders.money(in, Sign.NON_NEGATIVE);
      if (!amounts[i].currency().equals(Money.HKD)) {
        throw new InvalidInputException(in.pointerAt(at) + "/" + name + "/currency", "must be HKD", "another currency");
      }
    }
    require(month, in, at, "month");
    for (int i = 0; i < names.length; i++) {
      require(amounts[i], in, at, names[i]);
    }
    return new MpfContribution(month, amounts[0], amounts[1], amounts[2], amounts[3], amounts[4]);
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static SocialInsuranceContribution social(JsonInput in) {
    int at = in.startObject();
    String city = null;
    YearMonth month = null;
    Money base = null;
    Set<InsuranceScheme> schemes = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "city" -> city = ScalarReaders.text(in);
        case "month" -> month = DateReaders.month(in);
        case "contributionBase" -> base = ScalarReaders.money(in, Sign.POSITIVE);
        case "schemes" -> schemes = schemes(in);
        default -> throw in.unknownField(at);
      }
    }
    return new SocialInsuranceContribution(require(city, in, at, "city"), require(month, in, at, "month"),
        require(base, in, at, "contributionBase"), require(schemes, in, at, "schemes"));
  }

  static Set<InsuranceScheme> schemes(JsonInput in) {
    int at = in.startArray();
    int max = InsuranceScheme.values().length;
    Set<InsuranceScheme> schemes = EnumSet.noneOf(InsuranceScheme.class);
    while (in.nextElement(at, schemes.size(), max, "schemes")) {
      if (!schemes.add(ScalarReaders.enumValue(in, InsuranceScheme.class))) {
        throw in.fail("must not repeat a scheme", "a repeated scheme");
      }
    }
    if (schemes.isEmpty()) {
      throw new InvalidInputException(in.pointerAt(at), "must not be empty", "an empty array");
    }
    int mask = 0;
    for (InsuranceScheme s : schemes) {
      mask |= 1 << s.ordinal();
    }
    // The record would copy the EnumSet into an immutable set for every contribution; the immutable
    // set of each combination is made once and shared instead (a benign race: any two made are equal).
    Set<InsuranceScheme> shared = SCHEME_SETS[mask];
    if (shared == null) {
      shared = Set.copyOf(schemes);
      SCHEME_SETS[mask] = shared;
    }
    return shared;
  }
}
