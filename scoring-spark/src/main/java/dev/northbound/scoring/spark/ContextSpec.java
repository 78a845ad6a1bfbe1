package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An {@link ExtractionContext} in a form Spark can ship to executors (dates, codes and decimal
 * strings), rebuilt there once per partition.
 */
final class ContextSpec implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LocalDate asOf;
  private final String currency;
  private final String[][] rates; // from, to, rate, source, asOf
  private final boolean perApplication;

  private ContextSpec(LocalDate asOf, String currency, String[][] rates, boolean perApplication) {
    this.asOf = asOf;
    this.currency = currency;
    this.rates = rates;
    this.perApplication = perApplication;
  }

  /**
   * The context with its as-of date replaced, for each row, by the application date of the row's
   * credit file (as the single-machine evaluation does: a back-test sees what was known then).
   */
  static ContextSpec asOfEachApplication(ExtractionContext context) {
    ContextSpec fixed = of(context);
    return new ContextSpec(fixed.asOf, fixed.currency, fixed.rates, true);
  }

  /** The context of one credit file: the fixed one, or as of its application date. */
  ExtractionContext contextFor(ExtractionContext fixed, dev.northbound.scoring.core.credit.CreditFile file) {
    return perApplication
        ? new ExtractionContext(file.application().applicationDate(), fixed.reportingCurrency(), fixed.rates())
        : fixed;
  }

  /** The one as-of date of every file, or empty when each file is read as of its application date. */
  java.util.Optional<LocalDate> fixedAsOf() {
    return perApplication ? java.util.Optional.empty() : java.util.Optional.of(asOf);
  }

  static ContextSpec of(ExtractionContext context) {
    List<FxRate> list = context.rates().rates();
    String[][] rates = new String[list.size()][];
    for (int i = 0; i < rates.length; i++) {
      FxRate r = list.get(i);
      rates[i] = new String[] {r.from().getCurrencyCode(), r.to().getCurrencyCode(), r.rate().toPlainString(),
          r.source(), r.asOf().toString()};
    }
    return new ContextSpec(context.asOf(), context.reportingCurrency().getCurrencyCode(), rates, false);
  }

  ExtractionContext context() {
    List<FxRate> list = new ArrayList<>(rates.length);
    for (String[] r : rates) {
      list.add(new FxRate(Currency.getInstance(r[0]), Currency.getInstance(r[1]), new BigDecimal(r[2]), r[3],
          LocalDate.parse(r[4])));
    }
    return new ExtractionContext(asOf, Currency.getInstance(currency), FxRates.copyOf(list));
  }
}
