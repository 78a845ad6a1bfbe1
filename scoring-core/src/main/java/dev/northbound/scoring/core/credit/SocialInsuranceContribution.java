package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * One month of mainland social-insurance contributions.
 *
 * @param city the city where contributions are made, for example "Shenzhen"
 * @param month the contribution month
 * @param contributionBase the monthly contribution base (salary bounded by the city's floor and
 *     cap); positive
 * @param schemes the schemes contributed to; not empty
 */
public record SocialInsuranceContribution(
    String city, YearMonth month, Money contributionBase, Set<InsuranceScheme> schemes) {
  /** Validates the components. */
  public SocialInsuranceContribution {
    RecordChecks.notBlank(city, "city");
    Objects.requireNonNull(month, "month");
    RecordChecks.positive(contributionBase, "contributionBase");
    schemes = Set.copyOf(Objects.requireNonNull(schemes, "schemes"));
    if (schemes.isEmpty()) {
      throw new IllegalArgumentException("schemes must not be empty");
    }
  }
}
