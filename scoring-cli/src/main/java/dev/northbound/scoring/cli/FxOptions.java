package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Exchange-rate options shared by commands that extract features. Nothing is assumed: a file with
 * amounts in a currency that has no rate to the reporting currency fails with exit code 3.
 */
final class FxOptions {

  @Option(names = "--fx", paramLabel = "FROM/TO=RATE",
      description = "An exchange rate, e.g. HKD/CNY=0.9215 (one unit of FROM buys RATE units of TO). Repeatable.")
  List<String> rates = new ArrayList<>();

  @Option(names = "--fx-source", paramLabel = "SOURCE", defaultValue = "command line",
      description = "Where the rates come from, recorded in audit output (default: ${DEFAULT-VALUE}).")
  String source;

  @Option(names = "--currency", paramLabel = "CCY", defaultValue = "CNY",
      description = "The reporting currency (default: ${DEFAULT-VALUE}).")
  String currency;

  Currency reportingCurrency() {
    try {
      return Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--currency must be an ISO 4217 code, found " + currency);
    }
  }

  FxRates fxRates(LocalDate asOf) {
    List<FxRate> list = new ArrayList<>();
    for (String spec : rates) {
      String[] parts = spec.split("[/=]");
      if (parts.length != 3) {
        throw new UsageException("--fx must look like HKD/CNY=0.9215, found " + spec);
      }
      try {
        list.add(new FxRate(Currency.getInstance(parts[0]), Currency.getInstance(parts[1]),
            new BigDecimal(parts[2]), source, asOf));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--fx " + spec + ": " + e.getMessage());
      }
    }
    try {
      return FxRates.copyOf(list);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fx: " + e.getMessage());
    }
  }
}
