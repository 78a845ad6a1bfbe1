package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of Hong Kong Mandatory Provident Fund contributions, in HKD.
 *
 * @param month the contribution month
 * @param relevantIncome the relevant income the trustee reports; not negative
 * @param employeeMandatory the employee's mandatory contribution (5% of relevant income, capped at
 *     HK$1,500); not negative
 * @param employerMandatory the employer's mandatory contribution; not negative
 * @param employeeVoluntary the employee's voluntary contribution; not negative
 * @param employerVoluntary the employer's voluntary contribution; not negative
 */
public record MpfContribution(
    YearMonth month,
    Money relevantIncome,
    Money employeeMandatory,
    Money employerMandatory,
    Money employeeVoluntary,
    Money employerVoluntary) {
  /** Validates the components. */
  public MpfContribution {
    Objects.requireNonNull(month, "month");
    RecordChecks.nonNegative(relevantIncome, "relevantIncome");
    RecordChecks.nonNegative(employeeMandatory, "employeeMandatory");
    RecordChecks.nonNegative(employerMandatory, "employerMandatory");
    RecordChecks.nonNegative(employeeVoluntary, "employeeVoluntary");
    RecordChecks.nonNegative(employerVoluntary, "employerVoluntary");
  }
}
