package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.SharedData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Integer rounding, the IV ceiling and fixed category groups. */
class SpecDetailsTest {

  private static TrainingSpec spec(String body) {
    return TrainingSpec.read(("{\"format\": \"northbound.training-spec\", \"formatVersion\": 1"
        + body + "}").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void whole_roundsHalfAwayFromZero_exactlyOnTheBinaryValue() {
    assertThat(TrainingPass.whole(2.5)).isEqualTo(3.0);
    assertThat(TrainingPass.whole(-2.5)).isEqualTo(-3.0);
    assertThat(TrainingPass.whole(1.4999999999999998)).isEqualTo(1.0);
    // the largest double below 0.5: x + 0.5 rounds up to 1 in floating point, the exact rule does not
    assertThat(TrainingPass.whole(0.49999999999999994)).isEqualTo(0.0);
    assertThat(Double.doubleToRawLongBits(TrainingPass.whole(-0.4)))
        .isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(TrainingPass.whole(-17.5)).isEqualTo(-18.0);
  }

  @Test
  void ivCeiling_flagsALikelyLeak_orDropsItWhenTheSpecSaysSo() {
    Dataset data = SharedData.germanCredit();
    TrainingResult flagged = ScorecardTrainer.create(spec(", \"selection\": {\"ivCeiling\": 0.5}")
        .toConfig().build()).train(data);
    assertThat(flagged.selection().flagged()).containsExactly(new SelectionReport.Flagged(
        "checking_status", "IV 0.6660 is above the ceiling 0.5000: a likely leak"));
    assertThat(flagged.selection().selected()).contains("checking_status");
    TrainingResult dropped = ScorecardTrainer.create(spec(", \"selection\": {\"ivCeiling\": 0.5,"
        + " \"dropAboveIvCeiling\": true}").toConfig().build()).train(data);
    assertThat(dropped.selection().flagged()).isEmpty();
    assertThat(dropped.selection().dropped().get(0)).isEqualTo(new SelectionReport.Dropped(
        "checking_status", SelectionReport.Reason.HIGH_IV,
        "IV 0.6660 is above the ceiling 0.5000: a likely leak"));
  }

  @Test
  void fixedGroups_areKeptExactly_withCountsOfTheData() {
    Dataset data = SharedData.germanCredit();
    BinningRun run = ScorecardTrainer.create(spec(", \"characteristics\": {\"housing\":"
        + " {\"groups\": [[\"own\"], [\"rent\", \"for free\"]]}}").toConfig().build()).bin(data);
    BinningResult housing = run.binnings().stream()
        .filter(b -> b.characteristic().equals("housing")).findFirst().orElseThrow();
    assertThat(housing.attributes()).containsExactly(new Attribute.Categories(List.of("own")),
        new Attribute.Categories(List.of("rent", "for free")), Attribute.Missing.INSTANCE);
    // German credit housing: own 713 (186 bad), rent 179 (70 bad), for free 108 (44 bad)
    assertThat(housing.bins().get(0).goods() + housing.bins().get(0).bads()).isEqualTo(713);
    assertThat(housing.bins().get(0).bads()).isEqualTo(186);
    assertThat(housing.bins().get(1).bads()).isEqualTo(114);
    assertThat(housing.bins().get(1).goods() + housing.bins().get(1).bads()).isEqualTo(287);
    assertThat(run.usedSpec().characteristic("housing").groups())
        .contains(List.of(List.of("own"), List.of("rent", "for free")));
  }
}
