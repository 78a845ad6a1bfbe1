package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * Exchange-rate options shared by commands that extract features. Nothing is assumed: a file with
 * amounts in a currency that has no rate to the reporting currency fails with exit code 3. A badly
 * formed rate (lower-case or unknown codes, a rate that is not a plain decimal, a rate outside
 * {@link FxRate#MIN_RATE} to {@link FxRate#MAX_RATE}) is a usage error, exit code 2, whose message
 * names the option and the form expected and never repeats the value given.
 */
final class FxOptions {

  private static final Pattern SPEC = Pattern.compile("([^/=]+)/([^/=]+)=([^/=]+)");
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,20}(\\.[0-9]{1,20})?");
  private static final String EXAMPLE = "e.g. --fx HKD/CNY=0.9215";

  @Option(names = "--fx", paramLabel = "FROM/TO=RATE",
      description = "An exchange rate, e.g. HKD/CNY=0.9215 (one unit of FROM buys RATE units of TO; RATE a plain "
          + "decimal from 0.000001 to 1000000). Repeatable.")
  List<String> rates = new ArrayList<>();

  @Option(names = "--fx-source", paramLabel = "SOURCE", defaultValue = "command line",
      description = "Where the rates come from, recorded in audit output (default: ${DEFAULT-VALUE}).")
  String source;

  @Option(names = "--currency", paramLabel = "CCY", defaultValue = "CNY",
      description = "The reporting currency (default: ${DEFAULT-VALUE}).")
  String currency;

  Currency reportingCurrency() {
    return currency(currency).orElseThrow(() -> new UsageException(
        "--currency must be an upper-case ISO 4217 currency code, e.g. --currency CNY; found a value that is not one"));
  }

  FxRates fxRates(LocalDate asOf) {
    List<FxRate> list = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      list.add(rate(rates.get(i), asOf, ordinal(i)));
    }
    try {
      return FxRates.copyOf(list);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fx gives the rate between two currencies more than once (either direction):"
          + " give each pair once, " + EXAMPLE);
    }
  }

  private FxRate rate(String spec, LocalDate asOf, String which) {
    Matcher m = SPEC.matcher(spec);
    if (!m.matches()) {
      throw new UsageException("--fx (" + which + ") must look like FROM/TO=RATE, " + EXAMPLE
          + "; found a value of another form");
    }
    Currency from = currency(m.group(1)).orElseThrow(() -> badCode(which, "FROM"));
    Currency to = currency(m.group(2)).orElseThrow(() -> badCode(which, "TO"));
    if (from.equals(to)) {
      throw new UsageException("--fx (" + which + ") must convert between two different currencies, " + EXAMPLE
          + "; found the same code twice");
    }
    if (!DECIMAL.matcher(m.group(3)).matches()) {
      throw new UsageException("--fx (" + which + ") RATE must be a plain decimal number such as 0.9215"
          + " (no sign, exponent or grouping); found a value of another form");
    }
    BigDecimal rate = new BigDecimal(m.group(3));
    if (rate.compareTo(FxRate.MIN_RATE) < 0 || rate.compareTo(FxRate.MAX_RATE) > 0) {
      throw new UsageException("--fx (" + which + ") RATE must be between " + FxRate.MIN_RATE.toPlainString()
          + " and " + FxRate.MAX_RATE.toPlainString() + " units of TO per unit of FROM; found a "
          + (rate.compareTo(FxRate.MIN_RATE) < 0 ? "smaller" : "larger") + " rate");
    }
    if (source == null || source.isBlank()) {
      throw new UsageException("--fx-source must not be blank, e.g. --fx-source \"CFETS central parity\"");
    }
    return new FxRate(from, to, rate, source, asOf);
  }

  private static UsageException badCode(String which, String part) {
    return new UsageException("--fx (" + which + ") " + part + " must be an upper-case ISO 4217 currency code, "
        + EXAMPLE + "; found a code that is not one");
  }

  /** The currency of an upper-case ISO 4217 code the JDK knows, or empty. */
  private static java.util.Optional<Currency> currency(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Currency.getInstance(code));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private String ordinal(int i) {
    return rates.size() == 1 ? "the rate given" : "rate " + (i + 1) + " of " + rates.size();
  }
}
