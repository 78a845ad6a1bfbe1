package dev.northbound.scoring.core.feature;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.money.FxRates;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * What every extractor needs besides the credit file: the as-of date (data dated after it is
 * ignored, so offline runs on history cannot see the future), the reporting currency every amount
 * is brought to before a ratio is taken, and the caller's exchange rates. The as-of date may not be
 * before the application's date: an applicant is never scored as of a day before applying (see
 * {@link #checkApplicationDate(CreditFile)}).
 *
 * @param asOf the date features are computed as of
 * @param reportingCurrency the currency of every amount feature (CNY by default)
 * @param rates the caller's exchange rates
 * @param consent the bank and purpose data is read for; when present, a composed extractor reads
 *     only the sources covered by a consent in force on the application date and writes the
 *     features of the others as missing with {@link MissingReason#NO_CONSENT}. Empty for offline
 *     work that reads no consent (training, evaluation).
 */
public record ExtractionContext(LocalDate asOf, Currency reportingCurrency, FxRates rates,
    java.util.Optional<ConsentScope> consent) {

  /** Validates the components. */
  public ExtractionContext {
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(reportingCurrency, "reportingCurrency");
    Objects.requireNonNull(rates, "rates");
  }

  /**
   * Checks that the file's application is dated on or before the as-of date. Every composed extractor
   * calls this before it writes a feature.
   *
   * @throws InvalidInputException at {@code /application/applicationDate} if the application is dated
   *     after the as-of date
   */
  public void checkApplicationDate(CreditFile file) {
    if (file.application().applicationDate().isAfter(asOf)) {
      throw new InvalidInputException("/application/applicationDate", "must not be after the as-of date",
          "a later date");
    }
  }

  /** A context that reads no consent (offline work). */
  public ExtractionContext(LocalDate asOf, Currency reportingCurrency, FxRates rates) {
    this(asOf, reportingCurrency, rates, java.util.Optional.empty());
  }

  /** This context, reading only what a consent for {@code scope} covers. */
  public ExtractionContext withConsent(ConsentScope scope) {
    return new ExtractionContext(asOf, reportingCurrency, rates, java.util.Optional.of(scope));
  }

  /** A context reporting in CNY. */
  public static ExtractionContext of(LocalDate asOf, FxRates rates) {
    return new ExtractionContext(asOf, dev.northbound.scoring.core.money.Money.CNY, rates);
  }
}
