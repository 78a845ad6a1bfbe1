package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.Samples.edit;
import static dev.northbound.scoring.core.document.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The format's amount ceiling, 999,999,999,999.99 in any field: at the ceiling a document reads,
 * one cent past it (or 1e20, or an amount the fast decimal path cannot hold) it is rejected with
 * the pointer, so no single amount of a file can overflow the feature arithmetic.
 */
class AmountCeilingTest {

  private static final String LOAN_PATH = "/bureauReport/accounts/1";

  @Test
  void read_amountAtTheCeiling_accepted() {
    CreditFile file = read(edit("\"monthlyInstalment\":{\"amount\":2000", "\"monthlyInstalment\":{\"amount\":999999999999.99"));
    InstalmentLoanAccount loan = (InstalmentLoanAccount) file.bureauReport().orElseThrow().accounts().get(1);
    assertThat(loan.monthlyInstalment().amount()).isEqualByComparingTo("999999999999.99");
    assertThat(CreditFileReader.MAX_AMOUNT).isEqualByComparingTo(new BigDecimal("999999999999.99"));
  }

  @Test
  void read_oneCentPastTheCeiling_rejected() {
    assertRejected(edit("\"monthlyInstalment\":{\"amount\":2000", "\"monthlyInstalment\":{\"amount\":1000000000000.00"),
        LOAN_PATH + "/monthlyInstalment/amount: must be at most 999999999999.99; found a larger amount");
  }

  @Test
  void read_instalmentOf1e20_rejected() {
    assertRejected(edit("\"monthlyInstalment\":{\"amount\":2000",
            "\"monthlyInstalment\":{\"amount\":100000000000000000000.00"),
        LOAN_PATH + "/monthlyInstalment/amount: must be at most 999999999999.99; found a larger amount");
  }

  @Test
  void read_everyAmountField_checked() {
    assertRejected(edit("\"amount\":20000.00,\"currency\":\"CNY\"", "\"amount\":60000000000000000,\"currency\":\"CNY\""),
        "/application/amount/amount: must be at most 999999999999.99; found a larger amount");
    assertRejected(edit("30000.00,\"currency\":\"HKD\"", "1000000000000,\"currency\":\"HKD\""),
        "/application/declaredMonthlyIncome/amount: must be at most 999999999999.99; found a larger amount");
    assertRejected(edit("\"creditLimit\":{\"amount\":50000.00", "\"creditLimit\":{\"amount\":1000000000000"),
        "/bureauReport/accounts/0/creditLimit/amount: must be at most 999999999999.99; found a larger amount");
    assertRejected(edit("\"amount\":238.00", "\"amount\":1000000000000.01"),
        "/alternativeData/bills/0/amount/amount: must be at most 999999999999.99; found a larger amount");
    assertRejected(edit("\"employerMandatory\":{\"amount\":1500", "\"employerMandatory\":{\"amount\":9999999999999"),
        "/alternativeData/mpf/0/employerMandatory/amount: must be at most 999999999999.99; found a larger amount");
    assertRejected(edit("\"contributionBase\":{\"amount\":11500", "\"contributionBase\":{\"amount\":1000000000000"),
        "/alternativeData/socialInsurance/0/contributionBase/amount: must be at most 999999999999.99;"
            + " found a larger amount");
  }

  private static CreditFile read(String doc) {
    return CreditFileReader.standard().readUnverified(utf8(doc));
  }

  private static void assertRejected(String doc, String message) {
    assertThatThrownBy(() -> read(doc)).isInstanceOf(InvalidInputException.class).hasMessage(message);
  }
}
