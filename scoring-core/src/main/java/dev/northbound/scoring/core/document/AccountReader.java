package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.ScalarReaders.require;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.LoanKind;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import dev.northbound.scoring.core.document.ScalarReaders.Sign;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one account, a tagged union on {@code "type"}, and its payment history. */
final class AccountReader {

  /** The account types as written in the {@code "type"} field. */
  enum Type {
    CREDIT_CARD,
    REVOLVING_LOAN,
    INSTALMENT_LOAN
  }

  private static final String STATUS_CODES = String.join(", ", codes());
  private static final PaymentStatus[] STATUSES = PaymentStatus.values();

  private final boolean v2;
  private JsonInput in;
  private int at;
  private YearMonth historyFrom;
  private HistoryString.Codes codes;
  private Type type;
  private String accountId;
  private Money creditLimit;
  private Money balance;
  private Money pastDue;
  private LocalDate openedOn;
  private LocalDate closedOn;
  private PaymentHistory history;
  private LoanKind kind;
  private Money originalAmount;
  private Money monthlyInstalment;
  private Integer termMonths;

  private AccountReader(boolean v2) {
    this.v2 = v2;
  }

  /** Reads one account of format version 2 ({@code v2}) or 1. */
  static Account read(JsonInput in, boolean v2) {
    return new AccountReader(v2).readAccount(in);
  }

  private Account readAccount(JsonInput input) {
    in = input;
    at = in.startObject();
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "type" -> type = ScalarReaders.enumValue(in, Type.class);
        case "accountId" -> accountId = ScalarReaders.text(in);
        case "creditLimit" -> creditLimit = ScalarReaders.money(in, Sign.NON_NEGATIVE);
        case "balance" -> balance = ScalarReaders.money(in, Sign.NON_NEGATIVE);
        case "pastDue" -> pastDue = ScalarReaders.money(in, Sign.NON_NEGATIVE);
        case "openedOn" -> openedOn = DateReaders.date(in);
        case "closedOn" -> closedOn = DateReaders.date(in);
        case "history" -> {
          if (v2) {
            codes = HistoryString.read(in);
          } else {
            history = history(in);
          }
        }
        case "historyFrom" -> {
          if (!v2) {
            throw in.unknownField(at);
          }
          historyFrom = DateReaders.month(in);
        }
        case "kind" -> kind = ScalarReaders.enumValue(in, LoanKind.class);
        case "originalAmount" -> originalAmount = ScalarReaders.money(in, Sign.POSITIVE);
        case "monthlyInstalment" -> monthlyInstalment = ScalarReaders.money(in, Sign.NON_NEGATIVE);
        case "termMonths" -> termMonths = ScalarReaders.integer(in, 1, InstalmentLoanAccount.MAX_TERM_MONTHS);
        default -> throw in.unknownField(at);
      }
    }
    require(type, in, at, "type");
    require(accountId, in, at, "accountId");
    require(balance, in, at, "balance");
    require(pastDue, in, at, "pastDue");
    require(openedOn, in, at, "openedOn");
    if (v2) {
      history = HistoryString.history(require(codes, in, at, "history"), historyFrom, in, at);
    }
    require(history, in, at, "history");
    ScalarReaders.notBefore(closedOn, openedOn, in, at, "closedOn", "openedOn");
    if (type == Type.INSTALMENT_LOAN) {
      return instalment();
    }
    notFor(kind == null, "kind");
    notFor(originalAmount == null, "originalAmount");
    notFor(monthlyInstalment == null, "monthlyInstalment");
    notFor(termMonths == null, "termMonths");
    require(creditLimit, in, at, "creditLimit");
    sameCurrency(creditLimit, balance, "balance");
    sameCurrency(creditLimit, pastDue, "pastDue");
    Optional<LocalDate> closed = Optional.ofNullable(closedOn);
    return type == Type.CREDIT_CARD
        ? new CreditCardAccount(accountId, creditLimit, balance, pastDue, openedOn, closed, history)
        : new RevolvingLoanAccount(accountId, creditLimit, balance, pastDue, openedOn, closed, history);
  }

  private Account instalment() {
    notFor(creditLimit == null, "creditLimit");
    require(kind, in, at, "kind");
    require(originalAmount, in, at, "originalAmount");
    require(monthlyInstalment, in, at, "monthlyInstalment");
    require(termMonths, in, at, "termMonths");
    sameCurrency(originalAmount, balance, "balance");
    sameCurrency(originalAmount, monthlyInstalment, "monthlyInstalment");
    sameCurrency(originalAmount, pastDue, "pastDue");
    return new InstalmentLoanAccount(accountId, kind, originalAmount, balance, monthlyInstalment, termMonths,
        pastDue, openedOn, Optional.ofNullable(closedOn), history);
  }

  private void notFor(boolean absent, String field) {
    if (!absent) {
      throw new InvalidInputException(in.pointerAt(at) + "/" + field, "must not appear on a " + type + " account",
          "the field");
    }
  }

  private void sameCurrency(Money reference, Money other, String field) {
    if (!reference.currency().equals(other.currency())) {
      throw new InvalidInputException(in.pointerAt(at) + "/" + field + "/currency",
          "must be the currency of the account's " + (type == Type.INSTALMENT_LOAN ? "originalAmount" : "creditLimit"),
          "another currency");
    }
  }

  /** Reads a payment history: months strictly increasing, known status codes, within the limit. */
  private static PaymentHistory history(JsonInput in) {
    int arrayAt = in.startArray();
    int max = in.limits().maxHistoryMonths();
    List<MonthlyStatus> months = new ArrayList<>();
    YearMonth previous = null;
    while (in.nextElement(arrayAt, months.size(), max, "months")) {
      int monthAt = in.startObject();
      YearMonth month = null;
      PaymentStatus status = null;
      while (in.nextField()) {
        switch (in.fieldName()) {
          case "month" -> month = monthAfter(in, previous);
          case "status" -> status = status(in);
          default -> throw in.unknownField(monthAt);
        }
      }
      months.add(new MonthlyStatus(require(month, in, monthAt, "month"), require(status, in, monthAt, "status")));
      previous = month;
    }
    return new PaymentHistory(months);
  }

  private static YearMonth monthAfter(JsonInput in, YearMonth previous) {
    YearMonth month = DateReaders.month(in);
    if (previous != null && !month.isAfter(previous)) {
      throw in.fail("must be after the previous month", month.equals(previous) ? "the same month again" : "an earlier month");
    }
    return month;
  }

  private static PaymentStatus status(JsonInput in) {
    int n = ScalarReaders.stringChars(in);
    for (PaymentStatus s : STATUSES) {
      if (in.charsEqual(n, s.code())) {
        return s; // as PaymentStatus.fromCode, without building the string
      }
    }
    throw in.fail("must be one of " + STATUS_CODES, "an unknown code");
  }

  private static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (PaymentStatus s : PaymentStatus.values()) {
      codes.add(s.code());
    }
    return codes;
  }
}
