package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --weight}: a row of weight 2 trains as that row twice. */
class TrainWeightTest {

  @Test
  void weightTwo_trainsAsTheRowRepeated(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(TrainCommandTest.smallCsv(dir));
    List<String> weighted = new ArrayList<>(List.of(lines.get(0) + ",w"));
    List<String> repeated = new ArrayList<>(List.of(lines.get(0)));
    for (int i = 1; i < lines.size(); i++) {
      boolean twice = i % 3 == 0;
      weighted.add(lines.get(i) + (twice ? ",2" : ",1"));
      repeated.add(lines.get(i));
      if (twice) {
        repeated.add(lines.get(i));
      }
    }
    Path w = Files.write(dir.resolve("weighted.csv"), weighted);
    Path r = Files.write(dir.resolve("repeated.csv"), repeated);
    Scorecard byWeight = train(dir, w, "--weight", "w");
    Scorecard byRows = train(dir, r);
    assertThat(byWeight.characteristics()).extracting(Characteristic::feature)
        .containsExactlyElementsOf(byRows.characteristics().stream().map(Characteristic::feature).toList())
        .doesNotContain("w");
    assertThat(byWeight.initialScore()).isCloseTo(byRows.initialScore(), within(1e-9));
    for (int c = 0; c < byRows.characteristics().size(); c++) {
      List<Bin> a = byWeight.characteristics().get(c).bins();
      List<Bin> b = byRows.characteristics().get(c).bins();
      assertThat(a).hasSameSizeAs(b);
      for (int k = 0; k < a.size(); k++) {
        assertThat(a.get(k).label()).isEqualTo(b.get(k).label());
        assertThat(a.get(k).points()).isCloseTo(b.get(k).points(), within(1e-9));
      }
    }
    assertThat(byWeight.provenance().settings()).containsEntry("data.weight", "w");
  }

  @Test
  void weight_refusedWhereItCannotApply(@TempDir Path dir) throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    CliTestSupport.Run boosted = CliTestSupport.run("train", "--method", "boosted", "--data", csv.toString(),
        "--target", "outcome", "--bad-value", "default", "--weight", "noise", "--out", dir.resolve("m.json").toString());
    assertThat(boosted.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(boosted.err()).contains("--weight needs the WoE trainer");
    CliTestSupport.Run zero = CliTestSupport.run("train", "--data", csv.toString(), "--target", "outcome",
        "--bad-value", "default", "--weight", "Debt Ratio", "--out", dir.resolve("m.json").toString());
    assertThat(zero.exitCode()).as(zero.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(dir.resolve("m.json")).doesNotExist();
  }

  private static Scorecard train(Path dir, Path csv, String... extra) throws IOException {
    Path model = dir.resolve(csv.getFileName() + ".model.json");
    List<String> args = new ArrayList<>(List.of("train", "--data", csv.toString(), "--target", "outcome",
        "--bad-value", "default", "--cv", "2", "--id", "m", "--out", model.toString()));
    args.addAll(List.of(extra));
    CliTestSupport.Run run = CliTestSupport.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return ScorecardFiles.readModel(model).scorecard();
  }
}
