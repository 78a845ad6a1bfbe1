package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Generated JSON Lines with a few planted defects, and the settings the tests share. */
final class EvaluationFixtures {

  static final Currency CNY = Currency.getInstance("CNY");
  static final FxRates RATES = FxRates.of(new FxRate(Currency.getInstance("HKD"), CNY, new BigDecimal("0.92"),
      "synthetic", LocalDate.of(2026, 10, 31)));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);

  private EvaluationFixtures() {}

  /** The generated lines of seed 11, applicants 0 to n - 1, without their line ends. */
  static List<String> generated(int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticEvaluationData.writeLines(out, 11L, n);
    return new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
  }

  /**
   * The generated lines with three planted at fixed places: line 5 is not JSON, line 9 has its
   * outcome turned indeterminate, line 12 has a negative term in its application.
   */
  static List<String> withDefects(int n) {
    List<String> lines = generated(n);
    lines.set(4, "{\"document\":");
    lines.set(8, lines.get(8).replace("\"outcome\":\"good\"", "\"outcome\":\"indeterminate\"")
        .replace("\"outcome\":\"bad\"", "\"outcome\":\"indeterminate\""));
    lines.set(11, lines.get(11).replaceFirst("\"termMonths\":\\d+", "\"termMonths\":-3"));
    return lines;
  }

  static Path write(Path dir, String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  static RowSource source(Path file) {
    return RowSources.creditFileLines(file, StandardFeatures.extractor(), CNY, RATES, true);
  }

  /** The fixtures plant bad lines on purpose, so these settings opt in to skipping them (not the default). */
  static EvaluationSettings settings() {
    return EvaluationSettings.defaults().withClock(CLOCK).withBootstrap(50, 7L).withFailFast(false);
  }
}
