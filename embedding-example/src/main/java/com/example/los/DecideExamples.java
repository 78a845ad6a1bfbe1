package com.example.los;

import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.models.decision.Approve;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionReason;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs {@link LoanOriginationService} over the shipped example credit files in {@code docs/examples}
 * and prints one line per file: name, outcome, limit (approvals), the model's id and the rule codes.
 * Its tests run it in the test JVM (class path) and in a child JVM with the runtime on the module
 * path, and compare the lines.
 */
public final class DecideExamples {

  /** The example applicants, in the order printed. */
  public static final List<String> FILES = List.of("cross-border-trader.json", "recent-delinquency.json",
      "thick-file-professional.json", "thin-file-graduate.json");

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private DecideExamples() {}

  /** The lines for the examples in {@code dir} (registry.json, scorecard.json, policy.json and {@link #FILES}). */
  public static List<String> decide(Path dir) throws IOException {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 3);
    LoanOriginationService service = new LoanOriginationService(FileHashRegistry.load(dir.resolve("registry.json")),
        dir.resolve("scorecard.json"), dir.resolve("policy.json"), key);
    FxRates rates = FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "example", AS_OF));
    List<String> lines = new ArrayList<>();
    for (String name : FILES) {
      byte[] bytes = Files.readAllBytes(dir.resolve(name));
      Decision d = service.decide(CreditFileReader.standard().peekDocumentId(bytes), bytes, AS_OF, rates);
      String limit = d instanceof Approve a ? " " + a.limit().currency() + " " + a.limit().amount().toPlainString() : "";
      lines.add(name + " " + d.outcome() + limit + " " + d.audit().models().get(0).id() + " "
          + d.rules().stream().map(DecisionReason::code).collect(Collectors.joining(",")));
    }
    return lines;
  }

  /** Prints the lines for the examples in the directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    for (String line : decide(Path.of(args[0]))) {
      System.out.println(line);
    }
  }
}
