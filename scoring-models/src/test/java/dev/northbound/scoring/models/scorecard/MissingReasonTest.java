package dev.northbound.scoring.models.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A missing value is explained by the absence of data, not by what present data would have meant. */
class MissingReasonTest {

  private static final FeatureSchema SCHEMA = FeatureSchema.of(List.of(new FeatureDefinition("revolving_utilisation",
      "Balance over limit of revolving accounts.", "ratio", FeatureGroup.CAPACITY, RiskDirection.INCREASING)));

  private static Scorecard card() {
    // [-inf, 0.5) 40 points, [0.5, +inf) 10, missing 20: a missing value is 20 points below the best.
    Characteristic c = Characteristic.of("revolving_utilisation", "C01", "Revolving credit is heavily used",
        "循环信用额度使用率偏高", List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 0.5, 40),
            Bin.closedOpen(0.5, Double.POSITIVE_INFINITY, 10), Bin.missing(20)))
        .withMissingReason("No revolving credit on a Hong Kong credit file", "香港信用报告中无循环信贷记录");
    return Scorecard.builder(SCHEMA).id("t").version("1").initialScore(500).scaling(Scaling.of(600, 50, 20))
        .grades(RiskGrades.of(List.of("A", "B"), List.of(530.0)))
        .provenance(ModelProvenance.of("test", "none", java.time.Instant.EPOCH, java.util.Map.of(), 0))
        .addCharacteristic(c).build();
  }

  private static ReasonCode reason(Scorecard card, double value, boolean missing) {
    FeatureVector v = FeatureVector.of(SCHEMA, new double[] {value},
        new byte[] {missing ? MissingReason.NO_BUREAU_FILE.code() : 0});
    return card.score(v).reasonCodes().get(0);
  }

  @Test
  void missingValue_getsTheMissingReason() {
    ReasonCode r = reason(card(), Double.NaN, true);
    assertThat(r.pointsBelow()).isEqualTo(20.0);
    assertThat(r.messageEn()).isEqualTo("No revolving credit on a Hong Kong credit file");
    assertThat(r.messageZh()).isEqualTo("香港信用报告中无循环信贷记录");
    assertThat(r.applicantValue()).isEqualTo("missing");
  }

  @Test
  void presentValue_getsTheUsualReason() {
    ReasonCode r = reason(card(), 0.9, false);
    assertThat(r.pointsBelow()).isEqualTo(30.0);
    assertThat(r.messageEn()).isEqualTo("Revolving credit is heavily used");
  }

  @Test
  void modelFile_keepsTheMissingReason() {
    Scorecard card = card();
    byte[] bytes = ScorecardFiles.toBytes(card);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .contains("\"missingReasonEn\": \"No revolving credit on a Hong Kong credit file\"");
    assertThat(ScorecardFiles.read(bytes, SCHEMA)).isEqualTo(card);
  }

  @Test
  void missingReason_mustNotBeBlank() {
    Characteristic c = card().characteristics().get(0);
    assertThatThrownBy(() -> c.withMissingReason(" ", "x")).isInstanceOf(ModelDefinitionException.class);
  }
}
