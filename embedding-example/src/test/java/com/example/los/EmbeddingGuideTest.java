package com.example.los;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.Decision;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/embedding.md shows exactly {@link LoanOriginationService}'s code, which this test runs. */
class EmbeddingGuideTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  @Test
  void guide_showsTheCompiledExample() throws IOException {
    Path dir = Examples.dir();
    String repo = System.getProperty("northbound.repo.dir");
    String source = Files.readString(Path.of(repo, "embedding-example/src/main/java/com/example/los/LoanOriginationService.java"));
    String region = source.substring(source.indexOf("// region:embedding\n") + "// region:embedding\n".length(),
        source.indexOf("// endregion:embedding"));
    String doc = Files.readString(dir.getParent().resolve("embedding.md"));
    String block = doc.substring(doc.indexOf("```java\n") + "```java\n".length());
    block = block.substring(0, block.indexOf("```"));
    assertThat(block).isEqualTo(region);
  }

  @Test
  void service_decidesTheExampleFiles() throws IOException {
    Path dir = Examples.dir();
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 3);
    LoanOriginationService service = new LoanOriginationService(FileHashRegistry.load(dir.resolve("registry.json")),
        dir.resolve("scorecard.json"), dir.resolve("policy.json"), key);
    FxRates rates = FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", AS_OF));
    byte[] bytes = Files.readAllBytes(dir.resolve("thick-file-professional.json"));
    String id = CreditFileReader.standard().peekDocumentId(bytes);
    Decision d = service.decide(id, bytes, AS_OF, rates);
    assertThat(d.outcome().name()).isEqualTo("APPROVE");
    assertThat(d.audit().documents()).hasSize(1);
    assertThat(d.audit().models().get(0).id()).isEqualTo("gba-example-personal");
    assertThat(d.audit().toString()).doesNotContain("subj-");

    FeatureBuffer buffer = FeatureBuffer.of(StandardFeatures.extractor().schema());
    assertThat(service.points(CreditFileReader.standard().readUnverified(bytes), AS_OF, rates, buffer)).isEqualTo(631.0);

    byte[] forged = new String(bytes, StandardCharsets.UTF_8).replace("\"declaredMonthlyIncome\"", "\"declaredMonthlyIncome\" ")
        .getBytes(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.decide(id, forged, AS_OF, rates))
        .isInstanceOf(VerificationException.class);
  }
}
