package dev.northbound.scoring.features.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.northbound.scoring.core.feature.FeatureExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The standard catalogue against its golden vectors ({@link GoldenVectors}, resource {@value
 * GoldenVectors#RESOURCE}): on every case of the seeded {@link GoldenCorpus}, every one of the
 * features must have the same bits ({@link Double#doubleToRawLongBits}) or the same missing reason
 * as the golden file, and a case that fails must fail with the same pointer and message. The input
 * digest of each case is checked too, so a change of the corpus generator is told apart from a
 * change of the extractors. The vectors were generated from the extractors after both they and the
 * frozen copy of the extractors that the single-pass rewrite (commit 2196c4d) replaced were shown
 * to give exactly these values on every case (commit 3625d7b); the copy was then removed.
 *
 * <p>A change of a feature's definition on purpose regenerates the file ({@value
 * GoldenVectors#REGENERATE}); the diff of the decompressed file shows which values moved.
 */
class StandardGoldenTest {

  @Test
  void extract_goldenCorpus_sameBitsAsGoldenVectors() throws IOException {
    GoldenVectors.Table golden = Boolean.getBoolean("northbound.golden.regenerate") ? regenerate() : GoldenVectors.read();
    FeatureExtractor defaults = StandardFeatures.extractor();
    FeatureExtractor custom = StandardFeatures.extractor(GoldenCorpus.SHORT);
    assertThat(golden.header()).as("golden header").isEqualTo(GoldenVectors.header(defaults.schema()))
        .isEqualTo(GoldenVectors.header(custom.schema()));
    List<GoldenCorpus.Case> cases = GoldenCorpus.cases();
    assertThat(golden.rows()).as("golden rows").hasSize(cases.size());
    int input = GoldenVectors.FIXED.indexOf("input_sha256");
    List<String> inputs = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int n = 0; n < cases.size(); n++) {
      GoldenCorpus.Case c = cases.get(n);
      List<String> expected = golden.rows().get(n);
      List<String> actual = GoldenVectors.row(c, c.config().equals("short") ? custom : defaults);
      if (!actual.get(input).equals(expected.get(input))) {
        inputs.add(c.id());
        actual.set(input, expected.get(input));
      }
      values.addAll(GoldenVectors.differences(golden.header(), expected, actual));
    }
    if (!values.isEmpty()) {
      fail(values.size() + " values differ from the golden vectors " + GoldenVectors.RESOURCE
          + (inputs.isEmpty() ? "" : " (and the corpus changed: the input of " + inputs.size() + " cases differs)")
          + "; if on purpose, regenerate with: " + GoldenVectors.REGENERATE + "; the first:\n"
          + String.join("\n", values.subList(0, Math.min(20, values.size()))));
    }
    if (!inputs.isEmpty()) {
      fail("The corpus changed but every value agrees: the input_sha256 of " + inputs.size() + " cases (first "
          + inputs.get(0) + ") differs, so RandomCreditFiles, CreditFileTransforms or the canonical credit-file"
          + " document changed; regenerate with: " + GoldenVectors.REGENERATE);
    }
  }

  /**
   * What the golden file holds, so that a regeneration that loses a kind of case is seen: 5,000
   * cases, of which the 997 no-rate cases with an HKD amount fail (the other 3 have none to convert)
   * and no other; every feature present in some case; every missing reason but {@code UNAVAILABLE}
   * (which no standard feature gives) in some case.
   */
  @Test
  void goldenVectors_coverBothOutcomesEveryFeatureAndMissingReason() {
    GoldenVectors.Table golden = GoldenVectors.read();
    int fixed = GoldenVectors.FIXED.size();
    int features = golden.header().size() - fixed;
    Map<String, Integer> failedByVariant = new TreeMap<>();
    Map<String, Integer> cells = new TreeMap<>();
    int[] present = new int[features];
    for (List<String> row : golden.rows()) {
      String variant = row.get(0).substring(row.get(0).indexOf('/') + 1);
      if (row.size() == fixed) {
        failedByVariant.merge(variant, 1, Integer::sum);
        assertThat(row.get(7)).isEqualTo(row.get(6) + ": needs an exchange rate to CNY; found currency HKD with no rate");
        continue;
      }
      assertThat(row).as(row.get(0)).hasSize(fixed + features);
      for (int i = 0; i < features; i++) {
        String cell = row.get(fixed + i);
        boolean missing = Character.isLetter(cell.charAt(0));
        cells.merge(missing ? cell : "present", 1, Integer::sum);
        present[i] += missing ? 0 : 1;
      }
    }
    assertThat(golden.rows()).hasSize(5_000);
    assertThat(failedByVariant).containsExactly(Map.entry("no-rate", 997));
    assertThat(cells).containsExactly(Map.entry("NOT_APPLICABLE", 7_617), Map.entry("NO_BUREAU_FILE", 24_769),
        Map.entry("NO_HISTORY", 30_743), Map.entry("present", 4_003 * 66 - 7_617 - 24_769 - 30_743));
    for (int i = 0; i < features; i++) {
      assertThat(present[i]).as(golden.header().get(fixed + i)).isPositive();
    }
  }

  /** Writes the golden file from the current extractors and returns what it holds. */
  private static GoldenVectors.Table regenerate() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    assertThat(repo).as("northbound.repo.dir (set by the build) names the repository root").isNotNull();
    FeatureExtractor defaults = StandardFeatures.extractor();
    FeatureExtractor custom = StandardFeatures.extractor(GoldenCorpus.SHORT);
    List<List<String>> rows = new ArrayList<>();
    for (GoldenCorpus.Case c : GoldenCorpus.cases()) {
      rows.add(GoldenVectors.row(c, c.config().equals("short") ? custom : defaults));
    }
    Path file = Path.of(repo, GoldenVectors.SOURCE);
    GoldenVectors.write(file, defaults.schema().fingerprint(), GoldenVectors.header(defaults.schema()), rows);
    return GoldenVectors.read(file);
  }
}
